#include <iostream>

#include "cli.h"
#include "output.h"

namespace coopflow::cli {
namespace {

const engine::EventSpec* producer_of(const engine::Workflow& wf, const std::string& kind) {
  for (const auto& e : wf.events) {
    if (e.produces == kind) return &e;
  }
  return nullptr;
}

// One "label: value" line; the value shown terminal_safe.
void line(const char* label, const std::string& value) {
  std::cout << label << terminal_safe(value) << "\n";
}

void print_document(const engine::Document& d, const engine::EventSpec* spec) {
  std::cout << "\n"
            << terminal_safe(d.kind) << " v" << d.version << " by " << terminal_safe(d.author)
            << " at " << terminal_safe(d.at) << "\n";
  for (const auto& f : spec ? spec->fields : std::vector<engine::FieldSpec>{}) {
    if (f.type == engine::FieldType::kCurrency || !d.fields.contains(f.name)) continue;
    std::cout << "  " << f.name << ": " << terminal_safe(display_value(d.fields, f.name, spec))
              << "\n";
  }
}

// What the case's entries produced and decided, its documents, damage, and
// what the user may do next.
void print_events_and_records(const engine::CaseView& v, const std::string& user) {
  const engine::Workflow& wf = v.file.workflow();
  for (const auto& [kind, versions] : v.file.documents()) {
    const auto* spec = producer_of(wf, kind);
    if (kind == "activity") {
      std::cout << "\nactivities: " << versions.size() << "\n";
      for (const auto& d : versions) {
        std::cout << "  " << d.version << ". "
                  << terminal_safe(display_value(d.fields, "title", spec) + ", " +
                                   display_value(d.fields, "from", spec) + " to " +
                                   display_value(d.fields, "to", spec) + ", " +
                                   display_value(d.fields, "mode", spec))
                  << "\n";
      }
      continue;
    }
    print_document(versions.back(), spec);
    if (versions.size() > 1) std::cout << "  (" << versions.size() - 1 << " earlier versions)\n";
  }
  if (!v.approvals.empty()) {
    std::cout << "\ndecisions:\n";
    for (const auto& a : v.approvals) {
      std::cout << "  #" << a.seq << " "
                << terminal_safe(a.decision + " by " + a.actor + " (" + a.role + ") on " +
                                 a.subject_kind + " v" + std::to_string(a.subject_version) +
                                 (a.comment.empty() ? "" : ": " + a.comment))
                << "\n";
    }
  }
  if (!v.attachments.empty()) {
    std::cout << "\nattached documents:\n";
    for (const auto& a : v.attachments) {
      std::cout << "  " << a.number << ". "
                << terminal_safe(a.title + " (" + a.kind + ", " + a.media_type + ", " +
                                 std::to_string(a.size) + " bytes)")
                << "\n";
    }
  }
  if (!v.file.damage().empty()) {
    std::cout << "\ndamaged (run `coopflow verify`):\n";
    for (const auto& d : v.file.damage()) std::cout << "  " << terminal_safe(d) << "\n";
  }
  std::cout << "\nnext for " << terminal_safe(user) << ":";
  if (v.allowed.empty()) std::cout << " nothing";
  std::cout << "\n";
  for (const auto& a : v.allowed) {
    std::cout << "  " << a.event << " (as " << a.role << ")"
              << (a.blocked.empty() ? "" : " - not yet: " + terminal_safe(a.blocked)) << "\n";
  }
}

void print_view(const engine::CaseView& v, const std::string& user) {
  const engine::Workflow& wf = v.file.workflow();
  const auto& req = v.file.request();
  std::cout << terminal_safe(v.summary.id) << "  " << wf.name << " v" << wf.version << "\n"
            << "state:      " << terminal_safe(v.summary.state) << " ("
            << terminal_safe(v.state_path) << ")";
  if (!v.file.suspended_in().empty()) {
    std::cout << ", resumes in " << terminal_safe(v.file.suspended_in());
  }
  if (!v.stage_due.empty()) std::cout << ", due " << v.stage_due << (v.overdue ? " OVERDUE" : "");
  std::cout << "\n";
  line("subject:    ", v.summary.subject);
  const engine::EventSpec& opening = wf.opening_event();
  if (!opening.fields.empty()) {
    // A record that did not start from a request (an import): what it holds.
    for (const auto& f : opening.fields) {
      if (f.name == "subject" || !req.contains(f.name)) continue;
      std::cout << "  " << f.name << ": " << terminal_safe(display_value(req, f.name, &opening))
                << "\n";
    }
    line("recorded:   ",
         v.summary.opened_at + " by " + v.summary.opened_by + " (" + opening.name + ")");
    print_events_and_records(v, user);
    return;
  }
  line("requester:  ", v.summary.requester + " (" + text_member(req, "requester-type") + "), ref " +
                           text_member(req, "reference") + ", received " + v.summary.received);
  line("countries:  ", v.summary.countries);
  const auto partners = req.is_object() ? req.find("partners") : req.end();
  if (partners != req.end() && partners->is_array()) {
    for (const auto& p : *partners) {
      line("partner:    ", text_member(p, "organisation") + " (" + text_member(p, "role") + ")");
    }
  }
  line("opened:     ", v.summary.opened_at + " by " + v.summary.opened_by);
  line("held by:    ",
       v.holders.coordinator + " (coordinator)" +
           (v.holders.manager.empty() ? "" : ", " + v.holders.manager + " (manager)"));
  print_events_and_records(v, user);
}

}  // namespace

void add_show_command(CLI::App& app, Cli& cli) {
  auto case_id = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("show", "a case: state, data, plan, and what you may do next");
  cmd->add_option("case", *case_id, "case id")->required();
  cmd->callback([&cli, case_id] {
    const engine::Actor actor = cli.actor();
    const auto v = cli.office().show(actor, *case_id);
    if (cli.json) return cli.print_json(engine::json_form(v));
    print_view(v, actor.user);
  });
}

}  // namespace coopflow::cli

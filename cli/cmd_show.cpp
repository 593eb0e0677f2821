#include <iostream>

#include "cli.h"
#include "output.h"

namespace coopflow::cli {
namespace {

// A label said in the user's language, padded so that the values line up.
std::string label(const char* msgid) {
  std::string said = say(msgid);
  const std::size_t width = display_width(said);
  return said + std::string(width < 13 ? 13 - width : 1, ' ');
}

// One "label: value" line; the value shown terminal_safe.
void line(const char* msgid, const std::string& value) {
  std::cout << label(msgid) << terminal_safe(value) << "\n";
}

// The state in the user's language, with its code (what `list --state`
// takes) or its path in the workflow's nesting when they say more.
std::string state_said(const engine::CaseView& v) {
  const std::string said = say(v.summary.state.c_str());
  const std::string& code = v.state_path.empty() ? v.summary.state : v.state_path;
  return said == code ? said : said + " (" + code + ")";
}

// A declared field's line: its name (what `do` takes) and its value.
void field_line(const std::string& name, const std::string& value) {
  std::cout << "  " << terminal_safe(say(Message("{1}: {2}", {name, value}))) << "\n";
}

void print_document(const engine::Document& d, const engine::EventSpec* spec) {
  std::cout << "\n"
            << say(Message("{1} v{2} by {3} at {4}",
                           {engine::word(terminal_safe(d.kind)), std::to_string(d.version),
                            terminal_safe(d.author), terminal_safe(d.at)}))
            << "\n";
  for (const auto& f : engine::declared_fields(spec)) {
    if (f.type == engine::FieldType::kCurrency || !d.fields.contains(f.name)) continue;
    field_line(f.name, display_value(d.fields, f.name, spec));
  }
}

// What the case's entries produced and decided, its documents, damage, and
// what the user may do next.
void print_events_and_records(const engine::CaseView& v, const std::string& user) {
  const engine::Workflow& wf = v.file.workflow();
  for (const auto& [kind, versions] : v.file.documents()) {
    const auto* spec = wf.producer_of(kind);
    if (kind == "activity") {
      std::cout << "\n"
                << say(Message("activities: {1}", {std::to_string(versions.size())})) << "\n";
      for (const auto& d : versions) {
        std::cout << "  " << d.version << ". "
                  << terminal_safe(display_value(d.fields, "title", spec) + ", " +
                                   display_value(d.fields, "from", spec) + " → " +
                                   display_value(d.fields, "to", spec) + ", " +
                                   display_value(d.fields, "mode", spec))
                  << "\n";
      }
      continue;
    }
    print_document(versions.back(), spec);
    if (versions.size() > 1) {
      std::cout << "  "
                << say(Message("(earlier versions: {1})", {std::to_string(versions.size() - 1)}))
                << "\n";
    }
  }
  if (!v.approvals.empty()) {
    std::cout << "\n" << say("decisions:") << "\n";
    for (const auto& a : v.approvals) {
      const std::string decided =
          say(Message("{1} by {2} ({3}) on {4} v{5}",
                      {engine::word(a.decision), a.actor, engine::word(a.role),
                       engine::word(a.subject_kind), std::to_string(a.subject_version)}));
      std::cout << "  #" << a.seq << " "
                << terminal_safe(a.comment.empty() ? decided
                                                   : say(Message("{1}: {2}", {decided, a.comment})))
                << "\n";
    }
  }
  if (!v.attachments.empty()) {
    std::cout << "\n" << say("attached documents:") << "\n";
    for (const auto& a : v.attachments) {
      std::cout << "  " << a.number << ". "
                << terminal_safe(
                       say(Message("{1} ({2}, {3}, {4} bytes)",
                                   {a.title, a.kind, a.media_type, std::to_string(a.size)})))
                << "\n";
    }
  }
  if (!v.file.damage().empty()) {
    std::cout << "\n" << say("damaged (run `coopflow verify`):") << "\n";
    for (const auto& d : v.file.damage()) std::cout << "  " << terminal_safe(d) << "\n";
  }
  std::cout << "\n"
            << (v.allowed.empty() ? say(Message("next for {1}: nothing", {terminal_safe(user)}))
                                  : say(Message("next for {1}:", {terminal_safe(user)})))
            << "\n";
  for (const auto& a : v.allowed) {
    std::cout << "  " << say(Message("{1} (as {2})", {a.event, engine::word(a.role)}))
              << (a.blocked.empty()
                      ? ""
                      : " - " + say(Message("not yet: {1}", {terminal_safe(a.blocked)})))
              << "\n";
  }
}

void print_view(const engine::CaseView& v, const std::string& user) {
  const engine::Workflow& wf = v.file.workflow();
  const auto& req = v.file.request();
  std::cout << terminal_safe(v.summary.id) << "  " << wf.name << " v" << wf.version << "\n"
            << label("state:") << terminal_safe(state_said(v));
  if (!v.file.suspended_in().empty()) {
    std::cout << ", " << say(Message("resumes in {1}", {terminal_safe(v.file.suspended_in())}));
  }
  if (!v.stage_due.empty()) {
    std::cout << ", "
              << (v.overdue ? say(Message("due {1} OVERDUE", {v.stage_due}))
                            : say(Message("due {1}", {v.stage_due})));
  }
  std::cout << "\n";
  line("subject:", v.summary.subject);
  const engine::EventSpec& opening = wf.opening_event();
  if (!opening.fields.empty()) {
    // A record that did not start from a request (an import): what it holds.
    for (const auto& f : opening.fields) {
      if (f.name == "subject" || !req.contains(f.name)) continue;
      field_line(f.name, display_value(req, f.name, &opening));
    }
    line("recorded:", say(Message("{1} by {2} ({3})",
                                  {v.summary.opened_at, v.summary.opened_by, opening.name})));
    print_events_and_records(v, user);
    return;
  }
  line("requester:", say(Message("{1} ({2}), ref {3}, received {4}",
                                 {v.summary.requester, text_member(req, "requester-type"),
                                  text_member(req, "reference"), v.summary.received})));
  line("countries:", v.summary.countries);
  const auto partners = req.is_object() ? req.find("partners") : req.end();
  if (partners != req.end() && partners->is_array()) {
    for (const auto& p : *partners) {
      line("partner:", text_member(p, "organisation") + " (" + text_member(p, "role") + ")");
    }
  }
  line("opened:", say(Message("{1} by {2}", {v.summary.opened_at, v.summary.opened_by})));
  line("held by:", v.holders.manager.empty()
                       ? say(Message("{1} (coordinator)", {v.holders.coordinator}))
                       : say(Message("{1} (coordinator), {2} (manager)",
                                     {v.holders.coordinator, v.holders.manager})));
  print_events_and_records(v, user);
}

}  // namespace

void add_show_command(CLI::App& app, Cli& cli) {
  auto case_id = std::make_shared<std::string>();
  auto* cmd =
      app.add_subcommand("show", say("a case: state, data, plan, and what you may do next"));
  cmd->add_option(say("case"), *case_id, say("case id"))->required();
  cmd->callback([&cli, case_id] {
    const engine::Actor actor = cli.actor();
    const auto v = cli.office().show(actor, *case_id);
    if (cli.json) return cli.print_json(engine::json_form(v));
    print_view(v, actor.user);
  });
}

}  // namespace coopflow::cli

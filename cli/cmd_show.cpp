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

nlohmann::json view_json(const engine::CaseView& v, const engine::Workflow& wf) {
  nlohmann::json docs = nlohmann::json::object();
  for (const auto& [kind, versions] : v.file.documents()) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& d : versions) {
      nlohmann::json fields = d.fields;
      const auto* spec = producer_of(wf, kind);
      for (const auto& f : spec ? spec->fields : std::vector<engine::FieldSpec>{}) {
        if (f.type == engine::FieldType::kAmount && fields.contains(f.name)) {
          fields[f.name + "_display"] = display_value(d.fields, f.name, spec);
        }
      }
      list.push_back({{"version", d.version},
                      {"author", d.author},
                      {"seq", d.seq},
                      {"at", d.at},
                      {"fields", fields}});
    }
    docs[kind] = list;
  }
  nlohmann::json approvals = nlohmann::json::array();
  for (const auto& a : v.approvals) approvals.push_back(to_json(a));
  nlohmann::json allowed = nlohmann::json::array();
  for (const auto& a : v.allowed) {
    allowed.push_back({{"event", a.event}, {"role", a.role}, {"blocked", a.blocked}});
  }
  nlohmann::json out = to_json(v.row);
  out["state_path"] = v.state_path;
  out["request"] = v.file.request();
  out["documents"] = docs;
  out["approvals"] = approvals;
  out["allowed_events"] = allowed;
  out["suspended_in"] = v.file.suspended_in();
  out["stage_due"] = v.stage_due;
  out["overdue"] = v.overdue;
  return out;
}

void print_document(const engine::Document& d, const engine::EventSpec* spec) {
  std::cout << "\n" << d.kind << " v" << d.version << " by " << d.author << " at " << d.at << "\n";
  for (const auto& f : spec ? spec->fields : std::vector<engine::FieldSpec>{}) {
    if (f.type == engine::FieldType::kCurrency || !d.fields.contains(f.name)) continue;
    std::cout << "  " << f.name << ": " << display_value(d.fields, f.name, spec) << "\n";
  }
}

}  // namespace

void add_show_command(CLI::App& app, Cli& cli) {
  auto case_id = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("show", "a case: state, data, plan, and what you may do next");
  cmd->add_option("case", *case_id, "case id")->required();
  cmd->callback([&cli, case_id] {
    auto office = cli.office();
    const engine::Actor actor = cli.actor();
    const auto v = office.show(actor, *case_id);
    const engine::Workflow& wf = *cli.registry.find(v.row.workflow, v.row.workflow_version);
    if (cli.json) return cli.print_json(view_json(v, wf));
    const auto& req = v.file.request();
    std::cout << v.row.id << "  " << v.row.workflow << " v" << v.row.workflow_version << "\n"
              << "state:      " << v.row.state << " (" << v.state_path << ")";
    if (!v.file.suspended_in().empty()) std::cout << ", resumes in " << v.file.suspended_in();
    if (!v.stage_due.empty()) std::cout << ", due " << v.stage_due << (v.overdue ? " OVERDUE" : "");
    std::cout << "\nsubject:    " << v.row.subject << "\nrequester:  " << v.row.requester << " ("
              << req.value("requester-type", "") << "), ref " << req.value("reference", "")
              << ", received " << v.row.received << "\ncountries:  " << v.row.countries << "\n";
    for (const auto& p : req.value("partners", nlohmann::json::array())) {
      std::cout << "partner:    " << p.value("organisation", "") << " (" << p.value("role", "")
                << ")\n";
    }
    std::cout << "opened:     " << v.row.opened_at << " by " << v.row.opened_by << "\n";
    for (const auto& [kind, versions] : v.file.documents()) {
      if (kind == "activity") {
        std::cout << "\nactivities: " << versions.size() << "\n";
        for (const auto& d : versions) {
          std::cout << "  " << d.version << ". " << d.fields.value("title", "") << ", "
                    << d.fields.value("from", "") << " to " << d.fields.value("to", "") << ", "
                    << d.fields.value("mode", "") << "\n";
        }
        continue;
      }
      print_document(versions.back(), producer_of(wf, kind));
      if (versions.size() > 1) std::cout << "  (" << versions.size() - 1 << " earlier versions)\n";
    }
    if (!v.approvals.empty()) {
      std::cout << "\ndecisions:\n";
      for (const auto& a : v.approvals) {
        std::cout << "  #" << a.seq << " " << a.decision << " by " << a.actor << " (" << a.role
                  << ") on " << a.subject_kind << " v" << a.subject_version
                  << (a.comment.empty() ? "" : ": " + a.comment) << "\n";
      }
    }
    std::cout << "\nnext for " << actor.user << ":";
    if (v.allowed.empty()) std::cout << " nothing";
    std::cout << "\n";
    for (const auto& a : v.allowed) {
      std::cout << "  " << a.event << " (as " << a.role << ")"
                << (a.blocked.empty() ? "" : " - not yet: " + a.blocked) << "\n";
    }
  });
}

}  // namespace coopflow::cli

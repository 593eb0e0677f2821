// A case's timeline: every journal entry, and what it recorded, read from
// the fold where the fold knows it.
#include <map>

#include "case_page.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/clock.h"
#include "coopflow/engine/values.h"

namespace coopflow::web {
namespace {

std::string comment_in(const Context& c, const nlohmann::json& fields) {
  const std::string comment = member_of(c, fields, "comment");
  return comment.empty() ? "" : c.t("Comment") + before_colon(c.lang, "") + ": " + comment;
}

// What the fold already knows of an entry: the document version it wrote,
// the decision it recorded (by seq).
struct Folded {
  std::map<std::int64_t, const engine::Document*> written;
  std::map<std::int64_t, const engine::Approval*> decided;
};

// What an entry records beside its step: the document version it writes or
// decides on, the values of an event that writes no document (a
// suspension's reason, the partner's reference), and its comment. What the
// fold knows is read from it: a payload is parsed only for values the fold
// does not keep (a page shows every entry).
std::string entry_detail(const Context& c, const engine::Workflow& wf,
                         const engine::JournalEntry& e, const Folded& folded) {
  const engine::EventSpec* spec = wf.find_event(e.event);
  if (spec == nullptr || spec->opens) return "";  // the request has its own section
  if (const auto w = folded.written.find(e.seq); w != folded.written.end()) {
    const std::string comment = comment_in(c, w->second->fields);
    return c.t(w->second->kind) + " v" + std::to_string(w->second->version) +
           (comment.empty() ? "" : " · " + comment);
  }
  const bool no_values = e.payload.find(R"("fields":{})") != std::string::npos;
  if (const auto d = folded.decided.find(e.seq); d != folded.decided.end() && no_values) {
    const engine::Approval& a = *d->second;
    return a.subject_kind.empty()
               ? ""
               : c.said(engine::Message(
                     "on {1}", {c.t(a.subject_kind) + " v" + std::to_string(a.subject_version)}));
  }
  if (no_values && spec->concerns.empty()) return "";
  const nlohmann::json payload = engine::read_payload(e.payload);
  if (!payload.is_object()) return c.said(engine::Message("(damaged payload)"));
  std::vector<std::string> parts;
  for (const auto& [key, decides] :
       {std::pair<const char*, bool>{"produces", false}, {"concerns", true}}) {
    const auto ref = payload.find(key);
    if (ref == payload.end() || !ref->is_object()) continue;
    const std::string version = c.t(member_of(c, *ref, "kind")) + " v" +
                                (ref->contains("version") ? (*ref)["version"].dump() : "?");
    parts.push_back(decides ? c.said(engine::Message("on {1}", {version})) : version);
  }
  const auto fields = payload.find("fields");
  if (fields != payload.end() && fields->is_object()) {
    for (const auto& f : spec->fields) {
      // A document's values are in its section; a comment comes last.
      if (!spec->produces.empty() || f.name == "comment" || !fields->contains(f.name)) continue;
      parts.push_back(capitalised(c.t(f.name), c.lang) + before_colon(c.lang, "") + ": " +
                      shown(c, f, value_of(c, *fields, f.name, spec)));
    }
    const std::string comment = comment_in(c, *fields);
    if (!comment.empty()) parts.push_back(comment);
  }
  return engine::join(parts, " · ");
}

}  // namespace

Html timeline_section(const Context& c, const engine::CaseView& v) {
  Html h = Html::markup("<section class=\"card\"><h2>") + tr(c, "Timeline") +
           Html::markup("</h2><table><thead><tr><th scope=\"col\">#</th><th scope=\"col\">") +
           tr(c, "When") + Html::markup("</th><th scope=\"col\">") + tr(c, "Who") +
           Html::markup("</th><th scope=\"col\">") + tr(c, "What") +
           Html::markup("</th><th scope=\"col\">") + tr(c, "State") +
           Html::markup("</th><th scope=\"col\">") + tr(c, "Details") +
           Html::markup("</th></tr></thead><tbody>");
  Folded folded;
  for (const auto& [kind, versions] : v.file.documents()) {
    for (const auto& d : versions) folded.written[d.seq] = &d;
  }
  for (const auto& a : v.approvals) folded.decided[a.seq] = &a;
  for (const auto& e : *v.entries) {
    h += Html::markup("<tr><td>") + Html::text(std::to_string(e.seq)) +
         Html::markup("</td><td class=\"when\">") + Html::text(engine::local_minute(e.at)) +
         Html::markup("</td><td>") +
         Html::text(c.person(e.actor) + " (" + role_said(c, e.role) + ")") +
         Html::markup("</td><td>") + Html::text(recorded_on_web(c.lang, e.event)) +
         Html::markup("</td><td>") +
         // A step that stays in its state (a version recorded) names it once.
         Html::text(e.from_state.empty() || e.from_state == e.to_state
                        ? c.t(e.to_state)
                        : c.t(e.from_state) + " → " + c.t(e.to_state)) +
         Html::markup("</td><td>") + Html::text(entry_detail(c, v.file.workflow(), e, folded)) +
         Html::markup("</td></tr>");
  }
  return h + Html::markup("</tbody></table></section>");
}

}  // namespace coopflow::web

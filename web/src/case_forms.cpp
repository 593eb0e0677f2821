// The forms of a case's page, built from the workflow's declarations: what
// the user typed comes back with a refusal, a new version starts from the
// latest one, and a choice is made, never preset.
#include "case_forms.h"

#include <algorithm>

#include "api.h"
#include "coopflow/engine/json_forms.h"
#include "coopflow/engine/values.h"

namespace coopflow::web {
namespace {

constexpr const char* kFieldPrefix = "f.";

// A document version's fields as their inputs take them (amounts without
// their currency, which has an input of its own).
engine::RawFields as_typed(const engine::Document& d, const engine::EventSpec& e) {
  engine::RawFields out;
  for (const auto& f : e.fields) {
    if (!d.fields.contains(f.name)) continue;
    out[f.name] = engine::display_value(
        d.fields, f.name, &e, [](const engine::Message& m) { return m.english(); },
        [](const std::string& decimal, const std::string&) { return decimal; });
  }
  return out;
}

// What the event's form starts with.
engine::RawFields start_of(const engine::CaseView& v, const engine::EventSpec& e,
                           const Typed& typed) {
  if (typed.event == e.name) return typed.fields;
  if (e.produces.empty()) return {};
  const auto& documents = v.file.documents();
  const auto it = documents.find(e.produces);
  if (it == documents.end() || it->second.empty() || e.produces == "activity") return {};
  return as_typed(it->second.back(), e);
}

bool listed(const std::string& list, const std::string& item) {
  std::size_t from = 0;
  while (from <= list.size()) {
    const std::size_t comma = std::min(list.find(',', from), list.size());
    if (list.compare(from, comma - from, item) == 0) return true;
    from = comma + 1;
  }
  return false;
}

Html label_for(const Context& c, const std::string& id, const engine::FieldSpec& f) {
  return Html::markup("<label for=\"") + Html::text(id) + Html::markup("\">") +
         Html::text(capitalised(c.t(f.name), c.lang)) +
         (f.required ? Html() : Html::markup(" (") + tr(c, "optional") + Html::markup(")")) +
         Html::markup(" <span class=\"help\">") + Html::text(c.t(f.help.c_str())) +
         Html::markup("</span></label>");
}

// One input for a declared field, named f.NAME, holding value; choice lists
// as checkboxes.
Html field_input(const Context& c, const engine::EventSpec& e, const engine::FieldSpec& f,
                 const std::string& value) {
  const std::string id = e.name + "-" + f.name;
  const Html name = Html::text(kFieldPrefix + f.name);
  const Html required = f.required ? Html::markup(" required") : Html();
  Html h = label_for(c, id, f);
  const auto input = [&](const Html& type, const Html& extra) {
    return Html::markup("<input type=\"") + type + Html::markup("\"") + extra +
           Html::markup(" id=\"") + Html::text(id) + Html::markup("\" name=\"") + name +
           Html::markup("\" value=\"") + Html::text(value) + Html::markup("\"") + required +
           Html::markup(">");
  };
  switch (f.type) {
    case engine::FieldType::kYesNo:
    case engine::FieldType::kChoice: {
      const std::vector<std::string> choices =
          f.type == engine::FieldType::kYesNo ? std::vector<std::string>{"yes", "no"} : f.choices;
      h += Html::markup("<select id=\"") + Html::text(id) + Html::markup("\" name=\"") + name +
           Html::markup("\"") + required + Html::markup(">") +
           option("", c.t("— choose —"), value.empty());
      for (const auto& choice : choices) h += option(choice, c.t(choice), value == choice);
      return h + Html::markup("</select>");
    }
    case engine::FieldType::kChoiceList: {
      h += Html::markup("<fieldset id=\"") + Html::text(id) + Html::markup("\">");
      for (const auto& choice : f.choices) {
        h += Html::markup("<label><input type=\"checkbox\" name=\"") +
             Html::text(kFieldPrefix + f.name + "." + choice) + Html::markup("\" value=\"1\"") +
             (listed(value, choice) ? Html::markup(" checked") : Html()) + Html::markup("> ") +
             Html::text(c.t(choice)) + Html::markup("</label>");
      }
      return h + Html::markup("</fieldset>");
    }
    case engine::FieldType::kText:
      return h + Html::markup("<textarea id=\"") + Html::text(id) + Html::markup("\" name=\"") +
             name + Html::markup("\"") + required + Html::markup(">") + Html::text(value) +
             Html::markup("</textarea>");
    case engine::FieldType::kDate:
      return h + input(Html::markup("date"), Html());
    case engine::FieldType::kCount:
      return h + input(Html::markup("number"), Html::markup(" min=\"0\""));
    default:  // amounts, currencies, countries: typed as the CLI takes them
      return h + input(Html::markup("text"), Html());
  }
}

Html event_form(const Context& c, const engine::CaseView& v, const engine::EventSpec& e,
                const Typed& typed) {
  const engine::RawFields start = start_of(v, e, typed);
  const auto value = [&start](const std::string& name) {
    const auto it = start.find(name);
    return it == start.end() ? std::string() : it->second;
  };
  Html h = Html::markup("<form class=\"card\" method=\"post\" action=\"/cases/") +
           Html::text(url_encode(v.summary.id)) + Html::markup("/events\"><h3>") +
           Html::text(capitalised(c.t(e.summary), c.lang)) + Html::markup("</h3>") + csrf_field(c) +
           Html::markup("<input type=\"hidden\" name=\"event\" value=\"") + Html::text(e.name) +
           Html::markup("\">");
  for (const auto& f : e.fields) h += field_input(c, e, f, value(f.name));
  if (e.find_field("comment") == nullptr) {  // every event takes a comment
    const std::string comment_id = e.name + "-comment";
    h += Html::markup("<label for=\"") + Html::text(comment_id) + Html::markup("\">") +
         tr(c, "Comment") + Html::markup(" (") + tr(c, "optional") +
         Html::markup(")</label><textarea id=\"") + Html::text(comment_id) +
         Html::markup("\" name=\"comment\">") +
         Html::text(typed.event == e.name ? value("comment") : std::string()) +
         Html::markup("</textarea>");
  }
  return h + Html::markup("<button class=\"act\" type=\"submit\" name=\"do\" value=\"") +
         Html::text(e.name) + Html::markup("\">") + Html::text(capitalised(c.t(e.name), c.lang)) +
         Html::markup("</button></form>");
}

std::string person(const engine::User& u) {
  return u.full_name.empty() ? u.name : u.full_name + " (" + u.name + ")";
}

// The users who may hold the case as role, the one who holds it selected
// (listed even if they may no longer hold it, so that saving the other role
// does not change this one unseen).
Html holder_select(const Context& c, const char* role, const std::string& holder, bool none) {
  const std::string id = std::string("holder-") + role;
  Html h = Html::markup("<label for=\"") + Html::text(id) + Html::markup("\">") +
           Html::text(capitalised(c.t(role), c.lang)) + Html::markup("</label><select id=\"") +
           Html::text(id) + Html::markup("\" name=\"") + Html::text(role) + Html::markup("\">");
  if (none) h += option("", c.t("nobody"), holder.empty());
  bool listed_holder = holder.empty();
  for (const auto& u : c.office.may_hold(c.actor(), role)) {
    listed_holder = listed_holder || u.name == holder;
    h += option(u.name, person(u), u.name == holder);
  }
  if (!listed_holder) h += option(holder, holder, true);
  return h + Html::markup("</select>");
}

Html holders_form(const Context& c, const engine::CaseView& v) {
  return Html::markup("<form class=\"card\" method=\"post\" action=\"/cases/") +
         Html::text(url_encode(v.summary.id)) + Html::markup("/holders\"><h3>") +
         tr(c, "Who holds the case") + Html::markup("</h3>") + csrf_field(c) +
         holder_select(c, "coordinator", v.holders.coordinator, false) +
         holder_select(c, "manager", v.holders.manager, true) +
         Html::markup("<button class=\"act\" type=\"submit\">") + tr(c, "Assign") +
         Html::markup("</button></form>");
}

}  // namespace

engine::RawFields typed_fields(const std::map<std::string, std::string>& form) {
  engine::RawFields fields;
  std::map<std::string, std::vector<std::string>> lists;  // choice lists, from checkboxes
  for (const auto& [name, value] : form) {
    if (name.rfind(kFieldPrefix, 0) != 0) continue;
    const std::string field = name.substr(2);
    const auto dot = field.find('.');
    if (dot != std::string::npos) {
      lists[field.substr(0, dot)].push_back(field.substr(dot + 1));
    } else if (!value.empty()) {
      fields[field] = value;  // an empty optional field is one left out
    }
  }
  for (const auto& [field, chosen] : lists) fields[field] = engine::join(chosen, ",");
  const auto comment = form.find("comment");
  if (comment != form.end() && !comment->second.empty()) fields["comment"] = comment->second;
  return fields;
}

Html actions_section(const Context& c, const engine::CaseView& v, const Typed& typed) {
  const engine::Workflow& wf = v.file.workflow();
  Html h = Html::markup("<section class=\"forms\" aria-labelledby=\"act\"><h2 id=\"act\">") +
           tr(c, "What you may do now") + Html::markup("</h2>");
  bool any = false;
  for (const auto& a : v.allowed) {
    const engine::EventSpec* e = wf.find_event(a.event);
    if (e == nullptr) continue;
    any = true;
    if (!a.blocked.empty()) {
      h += Html::markup("<p class=\"card\"><strong>") + Html::text(c.t(a.event)) +
           Html::markup("</strong>") + Html::text(before_colon(c.lang, "") + ": ") +
           Html::text(c.said(a.blocked_why)) + Html::markup("</p>");
      continue;
    }
    h += event_form(c, v, *e, typed);
  }
  const engine::StageSpec* stage = wf.find_stage(v.summary.state);
  if ((stage == nullptr || !stage->terminal) && may_do(c, engine::Authority::assign())) {
    any = true;
    h += holders_form(c, v);
  }
  if (!any) {
    h += Html::markup("<p>") + tr(c, "Nothing, for you, in this state.") + Html::markup("</p>");
  }
  return h + Html::markup("</section>");
}

}  // namespace coopflow::web

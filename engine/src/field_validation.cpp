#include "coopflow/engine/field_validation.h"

#include <algorithm>
#include <set>
#include <utility>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {
namespace {

bool contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// The help of spec's field name, which says it in words ("first day").
const std::string& help_of(const EventSpec& spec, const std::string& name) {
  for (const auto& f : spec.fields) {
    if (f.name == name) return f.help;
  }
  return name;
}

std::string required_text(const std::string& field, const std::string& value) {
  check_text(field, value);
  if (is_blank(value)) {
    Message blank("{1} is empty (only spaces or invisible characters); give it a value",
                  {word(field)});
    // A form's input left empty is simply required.
    if (value.empty()) {
      blank = std::move(blank).in_browser(Message("{1}: a value is required", {word(field)}));
    }
    throw saying<ValidationError>(std::move(blank), field);
  }
  return value;
}

nlohmann::json typed_value(const EventSpec& spec, const FieldSpec& f, const RawFields& raw) {
  const std::string& v = raw.at(f.name);
  const std::string where = f.name + " (" + spec.name + ")";
  switch (f.type) {
    case FieldType::kText:
      return required_text(f.name, v);
    case FieldType::kDate:
      return parse_date(f.name, v);
    case FieldType::kYesNo:
      if (v != "yes" && v != "no") {
        const std::string given = check_text(f.name, v).substr(0, 40);
        // The codes to type on the command line; the form's words in the browser.
        throw saying<ValidationError>(
            Message("{1} must be yes or no, not '{2}'", {word(f.name), given})
                .in_browser(Message("{1} must be {2}, not '{3}'",
                                    {word(f.name), Message::either({"yes", "no"}), given})),
            f.name);
      }
      return v;
    case FieldType::kCurrency:
      currency_minor_digits(f.name, v);
      return v;
    case FieldType::kAmount: {
      const auto cur = raw.find(f.currency_field);
      if (cur == raw.end()) {
        throw saying<ValidationError>(
            Message("{1} needs {2}=CODE to read {3}",
                    {word(spec.name), f.currency_field, word(f.name)})
                .in_browser(Message("{1} needs a {2} to read {3}",
                                    {word(spec.name), word(f.currency_field), word(f.name)})),
            f.currency_field);
      }
      return parse_amount(f.name, v, currency_minor_digits(f.currency_field, cur->second));
    }
    case FieldType::kChoice:
      if (!contains(f.choices, v)) {
        throw saying<ValidationError>(
            Message("{1} must be one of {2}", {word(f.name), join(f.choices, "|")})
                .in_browser(Message("{1} must be {2}", {word(f.name), Message::either(f.choices)})),
            f.name);
      }
      return v;
    case FieldType::kCount:
      return parse_count(f.name, v, f.max);
    case FieldType::kCountries:
      return parse_country_list(f.name, v);
    case FieldType::kChoiceList: {
      nlohmann::json list = nlohmann::json::array();
      std::set<std::string> seen;
      std::size_t start = 0;
      while (true) {
        const auto comma = v.find(',', start);
        const std::string item =
            v.substr(start, comma == std::string::npos ? comma : comma - start);
        if (!contains(f.choices, item)) {
          throw saying<ValidationError>(Message("{1} takes a comma-separated list of {2}",
                                                {word(f.name), join(f.choices, "|")}),
                                        f.name);
        }
        if (!seen.insert(item).second) {
          throw saying<ValidationError>(
              Message("{1} lists {2} twice; name each once", {word(f.name), item}), f.name);
        }
        list.push_back(item);
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
      return list;
    }
  }
  throw saying<ValidationError>(Message("unsupported field type"), where);
}

}  // namespace

nlohmann::json validate_fields(const EventSpec& spec, const RawFields& raw) {
  for (const auto& [name, value] : raw) {
    if (name != "comment" && spec.find_field(name) == nullptr) {
      std::string known;
      for (const auto& f : spec.fields) known += (known.empty() ? "" : ", ") + f.name;
      throw saying<ValidationError>(Message("unknown field '{1}' for {2}; it takes: {3}",
                                            {name.substr(0, 64), word(spec.name),
                                             (known.empty() ? "" : known + ", ") + "comment"}),
                                    name);
    }
  }
  nlohmann::json out = nlohmann::json::object();
  for (const auto& f : spec.fields) {
    if (raw.find(f.name) == raw.end()) {
      if (!f.required) continue;
      throw saying<ValidationError>(
          Message("{1} needs {2}=... ({3})", {word(spec.name), f.name, word(f.help)})
              // The form labels the field with its help already.
              .in_browser(Message("{1} needs a value for {2}", {word(spec.name), word(f.name)})),
          f.name);
    }
    out[f.name] = typed_value(spec, f, raw);
  }
  for (const auto& f : spec.fields) {
    if (f.not_before.empty() || !out.contains(f.name) || !out.contains(f.not_before)) continue;
    if (out[f.name].get<std::string>() < out[f.not_before].get<std::string>()) {
      throw saying<ValidationError>(
          Message("{1}={2} is before {3}={4}; an activity cannot end before it starts",
                  {f.name, out[f.name].get<std::string>(), f.not_before,
                   out[f.not_before].get<std::string>()})
              .in_browser(Message(
                  "{1} ({2}) is before {3} ({4}); an activity cannot end before "
                  "it starts",
                  {word(f.help), out[f.name].get<std::string>(), word(help_of(spec, f.not_before)),
                   out[f.not_before].get<std::string>()})),
          f.name);
    }
  }
  if (const auto c = raw.find("comment"); c != raw.end()) {
    out["comment"] = required_text("comment", c->second);
  }
  return out;
}

const std::vector<std::string>& requester_types() {
  static const std::vector<std::string> types = {"partner-authority", "quebec-government",
                                                 "canada-government", "international-organisation"};
  return types;
}

const std::vector<std::string>& partner_roles() {
  static const std::vector<std::string> roles = {"funder", "co-organiser", "implementer"};
  return roles;
}

nlohmann::json validate_request(const CaseRequest& r, const std::string& today) {
  nlohmann::json out = nlohmann::json::object();
  out["requester"] = required_text("requester", r.requester);
  if (!contains(requester_types(), r.requester_type)) {
    const std::string given = check_text("requester-type", r.requester_type).substr(0, 40);
    throw saying<ValidationError>(
        Message(
            "policy rule 1: a case starts only from an official request by {1}; --requester-type "
            "'{2}' is none of these",
            {join(requester_types(), "|"), given})
            .in_browser(Message("policy rule 1: a case starts only from an official request by "
                                "{1}; the requester type '{2}' is none of these",
                                {Message::either(requester_types()), given})),
        "requester-type");
  }
  out["requester-type"] = r.requester_type;
  out["countries"] = parse_country_list("country", r.countries);
  out["reference"] = required_text("reference", r.reference);
  out["received"] = parse_date("received", r.received);
  if (r.received > today) {
    throw saying<ValidationError>(
        Message("received={1} is in the future; give the date the request arrived", {r.received})
            .in_browser(Message("the date received, {1}, is in the future; give the date the "
                                "request arrived",
                                {r.received})),
        "received");
  }
  out["subject"] = required_text("subject", r.subject);
  nlohmann::json partners = nlohmann::json::array();
  for (const auto& p : r.partners) {
    const auto eq = p.rfind('=');
    const std::string org = eq == std::string::npos ? p : p.substr(0, eq);
    const std::string role = eq == std::string::npos ? "" : p.substr(eq + 1);
    required_text("partner", org);
    if (!contains(partner_roles(), role)) {
      const std::string given = check_text("partner", p).substr(0, 60);
      throw saying<ValidationError>(
          Message("--partner '{1}' needs ORG={2}", {given, join(partner_roles(), "|")})
              .in_browser(Message("the partner '{1}' needs a role: {2}",
                                  {given, Message::either(partner_roles())})),
          "partner");
    }
    const nlohmann::json partner = {{"organisation", org}, {"role", role}};
    if (std::find(partners.begin(), partners.end(), partner) != partners.end()) {
      const std::string given = check_text("partner", p).substr(0, 60);
      throw saying<ValidationError>(
          Message("--partner '{1}' is given twice; name each partner and role once", {given})
              .in_browser(Message("the partner '{1}' is given twice; name each partner and role "
                                  "once",
                                  {given})),
          "partner");
    }
    partners.push_back(partner);
  }
  out["partners"] = partners;
  return out;
}

bool is_stored_form(const FieldSpec& f, const nlohmann::json& v) {
  const auto all_strings = [](const nlohmann::json& list) {
    return list.is_array() &&
           std::all_of(list.begin(), list.end(), [](const auto& i) { return i.is_string(); });
  };
  switch (f.type) {
    case FieldType::kText:
    case FieldType::kDate:
    case FieldType::kYesNo:
    case FieldType::kCurrency:
    case FieldType::kChoice:
      return v.is_string();
    case FieldType::kAmount:
      return v.is_number_integer();
    case FieldType::kChoiceList:
    case FieldType::kCountries:
      return all_strings(v);
    case FieldType::kCount:
      // Counts were stored as text before they were typed.
      return v.is_number_unsigned() ||
             (v.is_string() && !v.get_ref<const std::string&>().empty() &&
              v.get_ref<const std::string&>().find_first_not_of("0123456789") == std::string::npos);
  }
  return false;
}

std::vector<std::string> request_damage(const nlohmann::json& request) {
  std::vector<std::string> out;
  if (!request.is_object()) return {"request"};
  for (const char* key : {"requester", "requester-type", "reference", "received", "subject"}) {
    const auto it = request.find(key);
    if (it == request.end() || !it->is_string()) out.emplace_back(key);
  }
  const auto countries = request.find("countries");
  if (countries == request.end() || !countries->is_array() ||
      !std::all_of(countries->begin(), countries->end(),
                   [](const auto& c) { return c.is_string(); })) {
    out.emplace_back("countries");
  }
  const auto partners = request.find("partners");
  const auto is_partner = [](const nlohmann::json& p) {
    return p.is_object() && p.contains("organisation") && p["organisation"].is_string() &&
           p.contains("role") && p["role"].is_string();
  };
  if (partners != request.end() &&
      (!partners->is_array() || !std::all_of(partners->begin(), partners->end(), is_partner))) {
    out.emplace_back("partners");
  }
  return out;
}

std::vector<std::string> opening_damage(const EventSpec& opening, const nlohmann::json& fields) {
  if (opening.fields.empty()) return request_damage(fields);
  if (!fields.is_object()) return {"fields"};
  std::vector<std::string> out;
  for (const auto& f : opening.fields) {
    const auto it = fields.find(f.name);
    if (it == fields.end() ? f.required : !is_stored_form(f, *it)) out.push_back(f.name);
  }
  return out;
}

namespace {

// A stored value back as the text a user would have typed for it.
std::string typed_back(const FieldSpec& f, const nlohmann::json& v, const nlohmann::json& all) {
  const auto fail = [&] {
    return saying<ValidationError>(
        Message("{1} holds a JSON {2}, which coopflow never writes for it",
                {f.name, v.type_name()}),
        f.name);
  };
  switch (f.type) {
    case FieldType::kAmount: {
      const auto currency = all.find(f.currency_field);
      if (!v.is_number_integer() || currency == all.end() || !currency->is_string()) throw fail();
      return format_amount(v.get<std::int64_t>(),
                           currency_minor_digits(f.currency_field, currency->get<std::string>()));
    }
    case FieldType::kChoiceList:
    case FieldType::kCountries: {
      if (!v.is_array()) throw fail();
      std::vector<std::string> items;
      for (const auto& i : v) {
        if (!i.is_string()) throw fail();
        items.push_back(i.get<std::string>());
      }
      return join(items, ",");
    }
    case FieldType::kCount:
      if (v.is_number_unsigned()) return std::to_string(v.get<std::uint64_t>());
      if (!v.is_string()) throw fail();
      return v.get<std::string>();
    default:
      if (!v.is_string()) throw fail();
      return v.get<std::string>();
  }
}

}  // namespace

std::optional<Message> stored_fields_problem(const EventSpec& spec, const nlohmann::json& stored) {
  if (!stored.is_object()) return Message("its fields are not a JSON object");
  try {
    RawFields raw;
    nlohmann::json expected = stored;
    for (const auto& [name, value] : stored.items()) {
      const FieldSpec* f = spec.find_field(name);
      if (f == nullptr) {
        if (name != "comment" || !value.is_string()) {
          return Message("it holds an unknown field {1}", {name});
        }
        raw[name] = value.get<std::string>();
        continue;
      }
      raw[name] = typed_back(*f, value, stored);
      // Counts were stored as text before they were typed: both are sound.
      if (f->type == FieldType::kCount && value.is_string()) expected[name] = std::stoll(raw[name]);
    }
    if (validate_fields(spec, raw) != expected) {
      return Message("its fields are not as coopflow writes them");
    }
  } catch (const std::exception& e) {
    return message_of(e);
  }
  return std::nullopt;
}

std::optional<Message> stored_opening_problem(const EventSpec& opening,
                                              const nlohmann::json& stored,
                                              const std::string& opened_on) {
  return opening.fields.empty() ? stored_request_problem(stored, opened_on)
                                : stored_fields_problem(opening, stored);
}

std::optional<Message> stored_request_problem(const nlohmann::json& stored,
                                              const std::string& opened_on) {
  if (!request_damage(stored).empty()) {
    return Message("the request's {1} are not in the form coopflow stores",
                   {join(request_damage(stored), ", ")});
  }
  CaseRequest r;
  const auto text = [&](const char* key) { return stored.at(key).get<std::string>(); };
  r.requester = text("requester");
  r.requester_type = text("requester-type");
  r.reference = text("reference");
  r.received = text("received");
  r.subject = text("subject");
  std::vector<std::string> countries;
  for (const auto& c : stored.at("countries")) countries.push_back(c.get<std::string>());
  r.countries = join(countries, ",");
  for (const auto& p : stored.value("partners", nlohmann::json::array())) {
    r.partners.push_back(p.at("organisation").get<std::string>() + "=" +
                         p.at("role").get<std::string>());
  }
  try {
    if (validate_request(r, opened_on) != stored) {
      return Message("the request is not as coopflow writes it");
    }
  } catch (const ValidationError& e) {
    return message_of(e);
  }
  return std::nullopt;
}

}  // namespace coopflow::engine

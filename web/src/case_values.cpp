// Values on a case's page as the reader's language says them.
#include <algorithm>

#include "case_page.h"
#include "coopflow/engine/json_forms.h"
#include "coopflow/engine/values.h"

namespace coopflow::web {

std::string value_of(const Context& c, const nlohmann::json& fields, const std::string& name,
                     const engine::EventSpec* spec) {
  return engine::display_value(fields, name, spec, c.sayer(),
                               [&c](const std::string& decimal, const std::string& currency) {
                                 return amount_in(c.lang, decimal, currency);
                               });
}

std::string member_of(const Context& c, const nlohmann::json& object, const std::string& key) {
  return engine::text_member(object, key, c.sayer());
}

std::string shown(const Context& c, const engine::FieldSpec& f, const std::string& value) {
  switch (f.type) {
    case engine::FieldType::kYesNo:
    case engine::FieldType::kChoice:
      return c.t(value);
    case engine::FieldType::kChoiceList:
    case engine::FieldType::kCountries: {
      std::string out;
      std::size_t from = 0;
      while (from <= value.size()) {
        const std::size_t comma = std::min(value.find(',', from), value.size());
        const std::string item = value.substr(from, comma - from);
        out += (out.empty() ? "" : ", ") + (f.type == engine::FieldType::kCountries
                                                ? engine::country_name(item, c.lang == Lang::kFr)
                                                : c.t(item));
        from = comma + 1;
      }
      return out;
    }
    default:
      return value;
  }
}

}  // namespace coopflow::web

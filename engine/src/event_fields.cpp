#include "coopflow/engine/event_fields.h"

namespace coopflow::engine {

EventFields EventFields::from_payload(const std::string& payload) {
  EventFields f;
  f.payload_ = &payload;
  return f;
}

std::string EventFields::text(const std::string& name) const {
  if (given_ == nullptr && payload_ != nullptr && !parsed_) {
    const auto doc = nlohmann::json::parse(*payload_, nullptr, false);
    parsed_ = doc.is_object() && doc.contains("fields") ? doc["fields"] : nlohmann::json::object();
  }
  const nlohmann::json* fields = given_ != nullptr ? given_ : parsed_ ? &*parsed_ : nullptr;
  if (fields == nullptr || !fields->is_object()) return "";
  const auto it = fields->find(name);
  return it != fields->end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace coopflow::engine

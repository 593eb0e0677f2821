#include "coopflow/engine/event_fields.h"

#include "payload_peek.h"

namespace coopflow::engine {

EventFields EventFields::from_payload(const std::string& payload) {
  EventFields f;
  f.payload_ = &payload;
  return f;
}

std::string EventFields::text(const std::string& name) const {
  if (given_ != nullptr) {
    const auto it = given_->is_object() ? given_->find(name) : given_->end();
    return it != given_->end() && it->is_string() ? it->get<std::string>() : "";
  }
  if (payload_ == nullptr) return "";
  // A guard reads one or two fields: peek at them, never parse the payload whole.
  if (!detail::may_name_any(*payload_, {name})) return "";
  const auto found = detail::peek_payload(*payload_, {{"fields", name}});
  return found && (*found)[0] && (*found)[0]->is_string ? (*found)[0]->text : "";
}

}  // namespace coopflow::engine

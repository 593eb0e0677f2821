#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace coopflow::engine {

// The fields of one event as a machine's guards and actions read them: either
// fields already parsed, or a journal payload that is read only if a guard or
// action asks, and then only for the field it asks for (most replayed events
// need none, and verify replays millions).
// Holds pointers: the json or payload must outlive it. Not thread-safe.
class EventFields {
 public:
  EventFields() = default;
  // Implicit: any parsed fields object will do.
  EventFields(const nlohmann::json& fields)
      : given_(&fields) {}  // NOLINT(google-explicit-constructor)
  static EventFields from_payload(const std::string& payload);

  // The text value of field name, or "" if absent or not text.
  std::string text(const std::string& name) const;

 private:
  const nlohmann::json* given_ = nullptr;
  const std::string* payload_ = nullptr;
};

}  // namespace coopflow::engine

#pragma once

// Internal to the engine: the payload of an event's journal entry, written by
// the command path and matched byte for byte by verify.
#include <nlohmann/json.hpp>
#include <string>

namespace coopflow::engine::detail {

// What a payload states beside its fields: the version of the document the
// event acts on, and the version of the one it writes. Kinds are declared
// identifiers (letters and hyphens: the registry checks), so they need no
// escaping.
struct PayloadFrame {
  std::string concerns_kind;  // "" if the event declares none
  int concerns_version = 0;
  std::string produces_kind;  // "" if the event declares none
  int produces_version = 0;

  // {"concerns":{"kind":K,"version":V},"fields":{...},"produces":{"kind":K,"version":V}}
  // with "concerns" and "produces" only where declared: exactly how nlohmann
  // dumps such an object (keys sorted, no spaces), so entries written before
  // this frame existed match it too.
  std::string wrap(const nlohmann::json& fields) const;
  // Whether payload has this frame around its fields. Allocates nothing:
  // verify asks it for every entry.
  bool frames(const std::string& payload) const;
};

}  // namespace coopflow::engine::detail

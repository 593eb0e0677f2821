#pragma once

#include <optional>
#include <string>
#include <vector>

namespace coopflow::engine::detail {

// A member of a JSON payload by its keys from the top, e.g. {"fields", "comment"}.
using PayloadPath = std::vector<std::string>;

// A scalar found at a path: a string as is, an integer in decimal.
struct PayloadValue {
  bool is_string = false;
  std::string text;
};

// Reads the values at `paths` of a recorded payload without building a
// document: verify replays millions of entries and needs a name or a comment
// from a few of them. A value is given if it is a string or an integer; any
// other value, or none, gives nullopt. Where a key repeats,
// the last one wins, as when the payload is parsed whole. Returns nullopt
// altogether if the payload is not a JSON object.
std::optional<std::vector<std::optional<PayloadValue>>> peek_payload(
    const std::string& payload, const std::vector<PayloadPath>& paths);

}  // namespace coopflow::engine::detail

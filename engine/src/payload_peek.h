#pragma once

#include <optional>
#include <string>
#include <vector>

namespace coopflow::engine::detail {

// A member of a JSON payload by its keys from the top, e.g. {"fields", "comment"}.
using PayloadPath = std::vector<std::string>;

// What was found at a path: a string as is, an integer in decimal, or an
// array whose items are all strings.
struct PayloadValue {
  bool is_string = false;
  std::string text;
  bool is_list = false;
  std::vector<std::string> items;
};

// Reads the values at `paths` of a recorded payload without building a
// document: verify replays millions of entries and needs a name or a comment
// from a few of them. A value is given if it is a string, an integer or an
// array of strings; any other value, or none, gives nullopt. Where a key repeats,
// the last one wins, as when the payload is parsed whole. Returns nullopt
// altogether if the payload is not a JSON object. At most 64 paths.
// False only when no member of payload can be named any of keys: the text has
// no backslash (so no key is escaped) and none of keys appears in it as a
// quoted string. Lets a caller that wants a few optional members skip the
// parse of payloads that cannot hold them (most decisions carry no comment).
bool may_name_any(const std::string& payload, const std::vector<std::string>& keys);

std::optional<std::vector<std::optional<PayloadValue>>> peek_payload(
    const std::string& payload, const std::vector<PayloadPath>& paths);

}  // namespace coopflow::engine::detail

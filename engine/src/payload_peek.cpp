#include "payload_peek.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace coopflow::engine::detail {
namespace {

using Mask = std::uint64_t;  // one bit per wanted path

// What the parser reported at the current place, turned into a PayloadValue
// only where a wanted path asks for it (verify peeks at millions of payloads;
// most of their values are wanted by no path).
struct Seen {
  enum Kind { kOther, kString, kSigned, kUnsigned } kind = kOther;
  const std::string* text = nullptr;  // kString
  std::int64_t number = 0;            // kSigned
  std::uint64_t unsigned_number = 0;  // kUnsigned

  std::optional<PayloadValue> value() const {
    if (kind == kOther) return std::nullopt;
    PayloadValue v;
    v.is_string = kind == kString;
    v.text = kind == kString   ? *text
             : kind == kSigned ? std::to_string(number)
                               : std::to_string(unsigned_number);
    return v;
  }
};

// nlohmann's SAX interface: follows which wanted paths lead to the place the
// parser is at, one bit mask per nesting level, and keeps the values found at
// the wanted paths.
class Peek final : public nlohmann::json_sax<nlohmann::json> {
 public:
  Peek(const std::vector<PayloadPath>& paths, std::vector<std::optional<PayloadValue>>& found)
      : paths_(paths), found_(found) {
    all_ = paths.size() >= 64 ? ~Mask{0} : (Mask{1} << paths.size()) - 1;
  }

  bool top_is_object() const { return top_is_object_; }

  bool null() override { return value(Seen{}); }
  bool boolean(bool) override { return value(Seen{}); }
  bool number_integer(number_integer_t v) override {
    return value(Seen{Seen::kSigned, nullptr, v, 0});
  }
  bool number_unsigned(number_unsigned_t v) override {
    return value(Seen{Seen::kUnsigned, nullptr, 0, v});
  }
  bool number_float(number_float_t, const string_t&) override { return value(Seen{}); }
  bool string(string_t& v) override { return value(Seen{Seen::kString, &v, 0, 0}); }
  bool binary(binary_t&) override { return value(Seen{}); }

  bool start_object(std::size_t) override {
    if (levels_.empty()) top_is_object_ = true;
    open(false);
    return true;
  }
  bool key(string_t& k) override {
    Level& l = levels_.back();
    const std::size_t depth = levels_.size() - 1;
    l.here = 0;
    for (std::size_t i = 0; i < paths_.size(); ++i) {
      if ((l.base >> i & 1) && paths_[i].size() > depth && paths_[i][depth] == k) {
        l.here |= Mask{1} << i;
      }
    }
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override {
    open(true);
    Level& l = levels_.back();
    for (std::size_t i = 0; i < paths_.size(); ++i) {
      if ((l.base >> i & 1) && paths_[i].size() == levels_.size() - 1) {
        l.lists |= Mask{1} << i;
        found_[i] = PayloadValue();
        found_[i]->is_list = true;
      }
    }
    return true;
  }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  // An object or array being parsed. base: the paths that lead to where it
  // sits. here (objects): those that also go through its current key. lists
  // (arrays): the paths it sits at, which collect its items.
  struct Level {
    bool array = false;
    Mask base = 0;
    Mask here = 0;
    Mask lists = 0;
  };

  // The paths that lead to the current place: no path goes through an array.
  Mask place() const {
    if (levels_.empty()) return all_;
    return levels_.back().array ? 0 : levels_.back().here;
  }
  void open(bool array) {
    value(Seen{});  // an object or array replaces whatever was at or below here
    const Mask base = place();
    levels_.push_back(Level{array, base, 0, 0});
  }
  bool close() {
    levels_.pop_back();
    return true;
  }
  // A value at the current place: it is the wanted one where the place is a
  // path, and it replaces the wanted one (as a repeated key does in a parsed
  // document) where the place is on the way to a path.
  bool value(const Seen& seen) {
    const Mask m = place();
    for (std::size_t i = 0; m >> i != 0; ++i) {
      if (m >> i & 1) {
        found_[i] = paths_[i].size() == levels_.size() ? seen.value() : std::nullopt;
      }
    }
    if (levels_.empty() || !levels_.back().array) return true;
    const Mask lists = levels_.back().lists;
    for (std::size_t i = 0; lists >> i != 0; ++i) {
      if (!(lists >> i & 1) || !found_[i] || !found_[i]->is_list) continue;
      if (seen.kind == Seen::kString) {
        found_[i]->items.push_back(*seen.text);
      } else {
        found_[i] = std::nullopt;  // not a list of strings
      }
    }
    return true;
  }

  const std::vector<PayloadPath>& paths_;
  std::vector<std::optional<PayloadValue>>& found_;
  std::vector<Level> levels_;
  Mask all_ = 0;
  bool top_is_object_ = false;
};

}  // namespace

bool may_name_any(const std::string& payload, const std::vector<std::string>& keys) {
  if (payload.find('\\') != std::string::npos) return true;
  std::string quoted;
  for (const auto& key : keys) {
    quoted.assign(1, '"').append(key).append(1, '"');
    if (payload.find(quoted) != std::string::npos) return true;
  }
  return false;
}

std::optional<std::vector<std::optional<PayloadValue>>> peek_payload(
    const std::string& payload, const std::vector<PayloadPath>& paths) {
  if (paths.size() > 64) throw std::invalid_argument("peek_payload: at most 64 paths");
  std::vector<std::optional<PayloadValue>> found(paths.size());
  Peek peek(paths, found);
  if (!nlohmann::json::sax_parse(payload, &peek) || !peek.top_is_object()) return std::nullopt;
  return found;
}

}  // namespace coopflow::engine::detail

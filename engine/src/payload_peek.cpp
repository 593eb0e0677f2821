#include "payload_peek.h"

#include <nlohmann/json.hpp>

namespace coopflow::engine::detail {
namespace {

// nlohmann's SAX interface: follows the path of keys as the parser walks the
// text, and keeps the values found at the wanted paths.
class Peek final : public nlohmann::json_sax<nlohmann::json> {
 public:
  Peek(const std::vector<PayloadPath>& paths, std::vector<std::optional<PayloadValue>>& found)
      : paths_(paths), found_(found) {}

  bool top_is_object() const { return top_is_object_; }

  bool null() override { return value(std::nullopt); }
  bool boolean(bool) override { return value(std::nullopt); }
  bool number_integer(number_integer_t v) override { return value(scalar(false, std::to_string(v))); }
  bool number_unsigned(number_unsigned_t v) override { return value(scalar(false, std::to_string(v))); }
  bool number_float(number_float_t, const string_t&) override { return value(std::nullopt); }
  bool string(string_t& v) override { return value(scalar(true, std::move(v))); }
  bool binary(binary_t&) override { return value(std::nullopt); }

  bool start_object(std::size_t) override {
    if (depth_ == 0) top_is_object_ = true;
    open(true);
    return true;
  }
  bool key(string_t& k) override {
    keys_.back() = std::move(k);
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override {
    open(false);
    for (std::size_t i = 0; i < paths_.size(); ++i) {
      if (in_list_at(paths_[i])) {
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
  static PayloadValue scalar(bool is_string, std::string text) {
    PayloadValue v;
    v.is_string = is_string;
    v.text = std::move(text);
    return v;
  }
  // keys_ holds the key of each enclosing object level; an array level is a
  // level no path goes through.
  void open(bool object) {
    value(std::nullopt);  // an object or array replaces whatever was at or below here
    ++depth_;
    keys_.emplace_back();
    in_array_.push_back(!object);
  }
  bool close() {
    --depth_;
    keys_.pop_back();
    in_array_.pop_back();
    return true;
  }
  // A value at the current place: it is the wanted one if the place is the
  // path, and it replaces the wanted one (as a repeated key does in a parsed
  // document) if the place is on the way to the path.
  bool value(const std::optional<PayloadValue>& v) {
    for (std::size_t i = 0; i < paths_.size(); ++i) {
      if (leads_to(paths_[i])) {
        found_[i] = keys_.size() == paths_[i].size() ? v : std::nullopt;
      } else if (in_list_at(paths_[i]) && found_[i] && found_[i]->is_list) {
        if (v && v->is_string) {
          found_[i]->items.push_back(v->text);
        } else {
          found_[i] = std::nullopt;  // not a list of strings
        }
      }
    }
    return true;
  }
  // Directly inside an array that sits at path.
  bool in_list_at(const PayloadPath& path) const {
    if (keys_.size() != path.size() + 1 || !in_array_.back()) return false;
    for (std::size_t level = 0; level < path.size(); ++level) {
      if (in_array_[level] || keys_[level] != path[level]) return false;
    }
    return true;
  }
  bool leads_to(const PayloadPath& path) const {
    if (keys_.size() > path.size()) return false;
    for (std::size_t level = 0; level < keys_.size(); ++level) {
      if (in_array_[level] || keys_[level] != path[level]) return false;
    }
    return true;
  }

  const std::vector<PayloadPath>& paths_;
  std::vector<std::optional<PayloadValue>>& found_;
  std::vector<std::string> keys_;
  std::vector<bool> in_array_;
  int depth_ = 0;
  bool top_is_object_ = false;
};

}  // namespace

std::optional<std::vector<std::optional<PayloadValue>>> peek_payload(
    const std::string& payload, const std::vector<PayloadPath>& paths) {
  std::vector<std::optional<PayloadValue>> found(paths.size());
  Peek peek(paths, found);
  if (!nlohmann::json::sax_parse(payload, &peek) || !peek.top_is_object()) return std::nullopt;
  return found;
}

}  // namespace coopflow::engine::detail

#include "coopflow/engine/message.h"

namespace coopflow::engine {

Term word(std::string text) {
  Term t(std::move(text));
  t.translated = true;
  return t;
}

std::string Message::english() const {
  return render([](const std::string& s) { return s; });
}

std::string Message::render(const std::function<std::string(const std::string&)>& translate) const {
  const std::string pattern = translate(text_);
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool place = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '1' &&
                       pattern[i + 1] <= '9' && pattern[i + 2] == '}';
    if (!place) {
      out += pattern[i];
      continue;
    }
    const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
    if (n < args_.size()) out += args_[n].translated ? translate(args_[n].text) : args_[n].text;
    i += 2;
  }
  return out;
}

}  // namespace coopflow::engine

#include "coopflow/engine/message.h"

#include "coopflow/storage/errors.h"

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
  std::vector<std::string> filled;
  filled.reserve(args_.size());
  for (const Term& arg : args_) filled.push_back(arg.translated ? translate(arg.text) : arg.text);
  return storage::fill_places(translate(text_), filled);
}

}  // namespace coopflow::engine

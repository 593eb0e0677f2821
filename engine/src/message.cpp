#include "coopflow/engine/message.h"

#include "coopflow/storage/errors.h"

namespace coopflow::engine {

Term::Term(const Message& said) : phrase(std::make_shared<const Message>(said)) {}

Term word(std::string text) {
  Term t(std::move(text));
  t.translated = true;
  return t;
}

Message Message::verbatim(std::string text) {
  // Not a literal: xgettext must not take "{1}" for a text to translate, and
  // the catalog's lookup gives it back unchanged.
  static const std::string kAsIs = "{1}";
  return Message(kAsIs.c_str(), {std::move(text)});
}

std::string Message::english() const {
  return render([](const std::string& s) { return s; });
}

std::string Message::render(const std::function<std::string(const std::string&)>& translate) const {
  std::vector<std::string> filled;
  filled.reserve(args_.size());
  for (const Term& arg : args_) {
    filled.push_back(arg.phrase       ? arg.phrase->render(translate)
                     : arg.translated ? translate(arg.text)
                                      : arg.text);
  }
  return storage::fill_places(translate(text_), filled);
}

}  // namespace coopflow::engine

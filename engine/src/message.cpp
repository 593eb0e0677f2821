#include "coopflow/engine/message.h"

#include "coopflow/storage/errors.h"

namespace coopflow::engine {

Term::Term(const Message& said) : phrase(std::make_shared<const Message>(said)) {}
Term::Term(Message&& said) : phrase(std::make_shared<const Message>(std::move(said))) {}

Term word(std::string text) {
  Term t(std::move(text));
  t.translated = true;
  return t;
}

Message Message::verbatim(std::string text) {
  static constexpr const char* kAsIs = "{1}";  // a name, not a literal: xgettext skips it
  Message m(kAsIs, {std::move(text)});
  m.as_is_ = true;
  return m;
}

namespace {

// The items as words, the last two joined by last ("{1} or {2}"), the
// others by "{1}, {2}".
Message joined(const std::vector<std::string>& items, const char* last) {
  if (items.empty()) return Message::verbatim("");
  Message said("{1}", {word(items.back())});
  for (auto it = items.rbegin() + 1; it != items.rend(); ++it) {
    said = Message(it == items.rbegin() + 1 ? last : N_("{1}, {2}"), {word(*it), std::move(said)});
  }
  return said;
}

}  // namespace

Message Message::either(const std::vector<std::string>& items) {
  return joined(items, N_("{1} or {2}"));
}

Message Message::words(const std::vector<std::string>& items) {
  return joined(items, N_("{1}, {2}"));
}

Message Message::counted(long long n, const char* one, const char* many, std::vector<Term> args) {
  Message m(one, std::move(args));
  m.plural_ = many;
  m.count_ = n;
  return m;
}

Message Message::in_browser(Message instead) && {
  in_browser_ = std::make_shared<const Message>(std::move(instead));
  return std::move(*this);
}

std::string Message::english(Reader reader) const {
  return render([](const std::string& s) { return s; },
                [](const char* one, const char* many, long long n) { return n == 1 ? one : many; },
                reader);
}

std::string Message::render(const Translate& translate, const TranslatePlural& plural,
                            Reader reader) const {
  if (reader == Reader::kBrowser && in_browser_) {
    return in_browser_->render(translate, plural, reader);
  }
  std::vector<std::string> filled;
  filled.reserve(args_.size());
  for (const Term& arg : args_) {
    filled.push_back(arg.phrase       ? arg.phrase->render(translate, plural, reader)
                     : arg.translated ? translate(arg.text)
                                      : arg.text);
  }
  const std::string text = as_is_               ? std::string(text_)
                           : plural_ != nullptr ? plural(text_, plural_, count_)
                                                : translate(text_);
  return storage::fill_places(text, filled);
}

}  // namespace coopflow::engine

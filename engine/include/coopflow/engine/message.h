#pragma once

#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

// A message for people, kept as its English text with numbered places ({1},
// {2}...) and what fills them, so that the CLI and the web server can say it
// in the reader's language (the English text is the catalog's msgid).
// Marks a literal as a message for people, for the catalog (xgettext finds
// it), where it is translated later (a table of texts, a guard's reason); the
// literal itself.
#define N_(msgid) msgid

namespace coopflow::engine {

class Message;

// Where a message is read: on the command line, where its fix may name a
// command or an option to type; or in the browser (the pages and the API),
// where it names what to do there instead.
enum class Reader { kCommandLine, kBrowser };

// What fills a place: a value shown as it is (a case id, a user name), a
// word of coopflow's that has its own translation (an event, a state, a role),
// or a phrase: a message of its own, said in the same language as the one it
// fills (verify's "EC-2026-0001 entry 3: {why}").
struct Term {
  Term(std::string value) : text(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Term(const char* value) : text(value) {}             // NOLINT(google-explicit-constructor)
  Term(const Message& said);                           // NOLINT(google-explicit-constructor)
  Term(Message&& said);                                // NOLINT(google-explicit-constructor)
  std::string text;
  bool translated = false;
  std::shared_ptr<const Message> phrase;  // shared: messages are copied into reports and errors
};
// A word of coopflow's, translated with the message.
Term word(std::string text);

class Message {
 public:
  Message() = default;
  Message(const char* text, std::initializer_list<Term> args = {}) : text_(text), args_(args) {}
  Message(const char* text, std::vector<Term> args) : text_(text), args_(std::move(args)) {}
  // text said as it is in every language: a reason that is not coopflow's
  // (SQLite's integrity check, a JSON parser's), carried where a Message goes.
  static Message verbatim(std::string text);
  // The items, words of coopflow's (roles, events), as alternatives: "a, b or
  // c", in the reader's language; and all of them: "a, b, c".
  static Message either(const std::vector<std::string>& items);
  static Message words(const std::vector<std::string>& items);
  // A message whose words agree with a count n: one or many, as each
  // language's plural rule chooses (English: one for 1; French: for 0 and 1).
  static Message counted(long long n, const char* one, const char* many, std::vector<Term> args);
  // This message, and what a reader in the browser reads instead: the same
  // fact with a fix done in the pages ("see the list of cases" where the
  // command line says "see `coopflow list`").
  Message in_browser(Message instead) &&;

  // Says a msgid; and a counted message's form for n.
  using Translate = std::function<std::string(const std::string&)>;
  using TranslatePlural =
      std::function<std::string(const char* one, const char* many, long long n)>;

  const char* text() const { return text_; }
  bool empty() const { return *text_ == '\0'; }
  std::string english(Reader reader = Reader::kCommandLine) const;
  // The message for reader through translate (given each msgid: the text,
  // and the words) and plural (a counted message's text).
  std::string render(const Translate& translate, const TranslatePlural& plural,
                     Reader reader = Reader::kCommandLine) const;

 private:
  const char* text_ = "";
  std::vector<Term> args_;
  bool as_is_ = false;            // text_ is not translated (verbatim)
  const char* plural_ = nullptr;  // counted: text_ for one, plural_ for many
  long long count_ = 0;
  std::shared_ptr<const Message> in_browser_;  // shared: messages are copied into errors
};

}  // namespace coopflow::engine

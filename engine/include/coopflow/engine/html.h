#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace coopflow::engine {

// A piece of HTML. Markup comes only from string literals in coopflow's own
// code; every other text (anything a user or a file wrote) enters through
// text(), which escapes it for element content and quoted attribute values
// alike. So no data is ever concatenated into markup.
class Html {
 public:
  Html() = default;

  // Markup written in the code: a string literal, never data.
  template <std::size_t N>
  static Html markup(const char (&literal)[N]) {
    Html h;
    h.html_.assign(literal, N - 1);
    return h;
  }
  // Text, escaped: & < > " ' become entities.
  static Html text(std::string_view text);

  Html& operator+=(const Html& more) {
    html_ += more.html_;
    return *this;
  }
  // `return a += b` would copy the whole left side (a reference is returned)
  // at every + of a chain; returning the parameter moves it.
  friend Html operator+(Html a, const Html& b) {
    a += b;
    return a;
  }

  const std::string& str() const { return html_; }

 private:
  std::string html_;
};

}  // namespace coopflow::engine

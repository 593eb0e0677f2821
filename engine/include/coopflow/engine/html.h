#pragma once

#include <algorithm>
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
  // Markup written in the code, held as the literal itself: a page joins a
  // few hundred of them, and copying each into a string of its own cost a
  // case page a fifth of its time (P6).
  class Markup {
   public:
    std::string_view str() const { return literal_; }

   private:
    friend class Html;
    explicit constexpr Markup(std::string_view literal) : literal_(literal) {}
    std::string_view literal_;
  };

  Html() = default;
  Html(Markup m) : html_(m.str()) {}  // NOLINT(google-explicit-constructor): markup is Html

  // Markup written in the code: a string literal, never data.
  template <std::size_t N>
  static constexpr Markup markup(const char (&literal)[N]) {
    return Markup(std::string_view(literal, N - 1));
  }
  // Text, escaped: & < > " ' become entities.
  static Html text(std::string_view text);

  Html& operator+=(const Html& more) {
    html_ += more.html_;
    return *this;
  }
  Html& operator+=(Markup more) {
    html_ += more.str();
    return *this;
  }
  // `return a += b` would copy the whole left side (a reference is returned)
  // at every + of a chain; returning the parameter moves it.
  friend Html operator+(Html a, const Html& b) {
    a += b;
    return a;
  }
  friend Html operator+(Html a, Markup b) {
    a += b;
    return a;
  }
  // Where a chain begins: room for the rest of a typical chain (a table row,
  // a form field), so that its next few + append without reallocating (P6).
  friend Html operator+(Markup a, const Html& b) { return chain(a.str(), b.html_); }
  friend Html operator+(Markup a, Markup b) { return chain(a.str(), b.str()); }

  const std::string& str() const { return html_; }

 private:
  static constexpr std::size_t kChainRoom = 256;
  static Html chain(std::string_view a, std::string_view b) {
    Html h;
    h.html_.reserve(std::max(kChainRoom, a.size() + b.size()));
    h.html_.append(a).append(b);
    return h;
  }
  std::string html_;
};

}  // namespace coopflow::engine

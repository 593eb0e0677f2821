#include "coopflow/engine/html.h"

namespace coopflow::engine {

Html Html::text(std::string_view text) {
  Html h;
  h.html_.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        h.html_ += "&amp;";
        break;
      case '<':
        h.html_ += "&lt;";
        break;
      case '>':
        h.html_ += "&gt;";
        break;
      case '"':
        h.html_ += "&quot;";
        break;
      case '\'':
        h.html_ += "&#39;";
        break;
      default:
        h.html_ += c;
    }
  }
  return h;
}

}  // namespace coopflow::engine

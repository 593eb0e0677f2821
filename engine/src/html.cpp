#include "coopflow/engine/html.h"

namespace coopflow::engine {
namespace {

const char* entity_of(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&#39;";
    default:
      return nullptr;
  }
}

}  // namespace

Html Html::text(std::string_view text) {
  Html h;
  h.html_.reserve(text.size());
  std::size_t plain = 0;  // where the run of characters copied as they are begins
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* entity = entity_of(text[i]);
    if (entity == nullptr) continue;
    h.html_.append(text.substr(plain, i - plain)).append(entity);
    plain = i + 1;
  }
  h.html_.append(text.substr(plain));
  return h;
}

}  // namespace coopflow::engine

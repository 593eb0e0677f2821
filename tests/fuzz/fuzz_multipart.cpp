// libFuzzer: the multipart/form-data reader a browser's upload goes through,
// before anyone is signed in. It must never crash, and what it returns must
// be pieces of the body it was given.
#include <cstdint>
#include <string>

#include "coopflow/web/multipart.h"

using namespace coopflow::web;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // The header's parameters, then a body under a short boundary.
  const std::string boundary = form_boundary(text.substr(0, text.find('\n')));
  if (boundary.size() > 70) __builtin_trap();
  const auto parts = parse_multipart(text, boundary.empty() ? "b" : boundary);
  if (parts) {
    if (parts->size() > kMaxFormParts) __builtin_trap();
    for (const auto& p : *parts) {
      if (p.body.size() > text.size() || text.find(p.body) == std::string::npos) __builtin_trap();
    }
  }
  return 0;
}

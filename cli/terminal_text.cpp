#include "terminal_text.h"

#include <algorithm>
#include <cstdio>

#include "coopflow/engine/values.h"

namespace coopflow::cli {
namespace {

bool needs_escape(long cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void append_hex(std::string& out, const char* format, unsigned long value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, format, value);
  out += buf;
}

}  // namespace

std::string terminal_safe(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const long cp = engine::next_code_point(text, i);
    if (cp < 0) {
      append_hex(out, "\\x%02x", static_cast<unsigned char>(text[start]));
    } else if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (needs_escape(cp)) {
      append_hex(out, cp < 0x80 ? "\\x%02lx" : "\\u%04lx", static_cast<unsigned long>(cp));
    } else {
      out.append(text, start, i - start);
    }
  }
  return out;
}

std::size_t display_width(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace coopflow::cli

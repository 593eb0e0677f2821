#include "coopflow/web/multipart.h"

#include <algorithm>
#include <cctype>

namespace coopflow::web {
namespace {

constexpr std::size_t kMaxHeaderBlock = std::size_t{8} * 1024;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The parameters after a header's first value ("form-data; name="a"; filename="b"),
// by lower-case name. A quoted value runs to the next quote: browsers send a
// quote in a name as %22 and never escape with a backslash (WHATWG HTML).
std::optional<std::vector<std::pair<std::string, std::string>>> parameters(
    const std::string& value) {
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t at = value.find(';');
  while (at != std::string::npos && at < value.size()) {
    ++at;  // past ';'
    const auto equals = value.find('=', at);
    if (equals == std::string::npos) break;
    const std::string name = lower(trimmed(value.substr(at, equals - at)));
    std::size_t from = value.find_first_not_of(" \t", equals + 1);
    if (from == std::string::npos) from = value.size();
    std::string text;
    if (from < value.size() && value[from] == '"') {
      const auto close = value.find('"', from + 1);
      if (close == std::string::npos) return std::nullopt;
      text = value.substr(from + 1, close - from - 1);
      at = value.find(';', close);
    } else {
      at = value.find(';', from);
      text = trimmed(value.substr(from, (at == std::string::npos ? value.size() : at) - from));
    }
    out.emplace_back(name, text);
  }
  return out;
}

// One part's header block (lines ending in CRLF), into part; false if it
// does not name a form-data field.
bool read_headers(const std::string& block, FormPart& part) {
  bool disposed = false;
  std::size_t at = 0;
  while (at < block.size()) {
    auto end = block.find("\r\n", at);
    if (end == std::string::npos) end = block.size();
    const std::string line = block.substr(at, end - at);
    at = end + 2;
    const auto colon = line.find(':');
    if (colon == std::string::npos) return false;
    const std::string name = lower(trimmed(line.substr(0, colon)));
    const std::string value = trimmed(line.substr(colon + 1));
    if (name == "content-type") {
      part.content_type = value;
    } else if (name == "content-disposition") {
      if (lower(trimmed(value.substr(0, value.find(';')))) != "form-data") return false;
      const auto params = parameters(value);
      if (!params) return false;
      for (const auto& [key, text] : *params) {
        if (key == "name") {
          part.name = text;
          disposed = true;
        } else if (key == "filename") {
          part.filename = text;
        }
      }
    }
  }
  return disposed;
}

}  // namespace

std::string form_boundary(const std::string& content_type) {
  if (lower(trimmed(content_type.substr(0, content_type.find(';')))) != "multipart/form-data") {
    return "";
  }
  const auto params = parameters(content_type);
  if (!params) return "";
  for (const auto& [key, text] : *params) {
    if (key == "boundary" && !text.empty() && text.size() <= 70) return text;
  }
  return "";
}

std::optional<std::vector<FormPart>> parse_multipart(const std::string& body,
                                                     const std::string& boundary) {
  if (boundary.empty()) return std::nullopt;
  const std::string dash = "--" + boundary;
  const std::string delimiter = "\r\n" + dash;
  // The first delimiter: at the start, or after a preamble.
  std::size_t at = 0;
  if (body.compare(0, dash.size(), dash) == 0) {
    at = dash.size();
  } else {
    const auto found = body.find(delimiter);
    if (found == std::string::npos) return std::nullopt;
    at = found + delimiter.size();
  }
  std::vector<FormPart> parts;
  while (true) {
    if (body.compare(at, 2, "--") == 0) return parts;  // the closing delimiter
    // Transport padding, then the line break that ends the delimiter.
    while (at < body.size() && (body[at] == ' ' || body[at] == '\t')) ++at;
    if (body.compare(at, 2, "\r\n") != 0) return std::nullopt;
    at += 2;
    if (parts.size() == kMaxFormParts) return std::nullopt;
    // Its headers, up to a blank line; a part without any names no field.
    const auto headers_end = body.find("\r\n\r\n", at);
    if (body.compare(at, 2, "\r\n") == 0 || headers_end == std::string::npos ||
        headers_end - at > kMaxHeaderBlock) {
      return std::nullopt;
    }
    FormPart part;
    if (!read_headers(body.substr(at, headers_end - at), part)) return std::nullopt;
    at = headers_end + 4;
    const auto next = body.find(delimiter, at);
    if (next == std::string::npos) return std::nullopt;
    part.body = std::string_view(body).substr(at, next - at);
    parts.push_back(std::move(part));
    at = next + delimiter.size();
  }
}

}  // namespace coopflow::web

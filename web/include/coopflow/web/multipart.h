#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// multipart/form-data (RFC 7578): how a browser without script sends a file
// with a form. Boost.Beast reads the body whole; this splits it.
namespace coopflow::web {

struct FormPart {
  std::string name;                     // the form control's name
  std::optional<std::string> filename;  // set for a file (maybe empty: no file chosen)
  std::string content_type;             // as sent, "" if none
  std::string_view body;                // the bytes, as sent: a view into the body parsed
};

// At most this many parts: more is no form of ours.
inline constexpr std::size_t kMaxFormParts = 16;

// The boundary a Content-Type header names for multipart/form-data, or "" if
// it is another type or names no valid boundary (1 to 70 characters).
std::string form_boundary(const std::string& content_type);

// The parts of body, or nothing if it is not a well-formed multipart body
// with this boundary: no delimiter, no closing delimiter, a part without a
// form-data Content-Disposition naming it, a header block over 8 KiB or more
// than kMaxFormParts parts.
// Each part's body is a view into body, which must outlive the parts.
std::optional<std::vector<FormPart>> parse_multipart(const std::string& body,
                                                     const std::string& boundary);
std::optional<std::vector<FormPart>> parse_multipart(std::string&& body,
                                                     const std::string& boundary) = delete;

}  // namespace coopflow::web

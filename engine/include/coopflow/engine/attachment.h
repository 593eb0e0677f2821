#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coopflow::engine {

// The largest document attach accepts: a scanned letter or a plan, not an archive.
inline constexpr std::int64_t kMaxAttachmentBytes = std::int64_t{25} * 1024 * 1024;

// The kinds of document a case holds (the request letter is the evidence
// behind policy rule 1).
const std::vector<std::string>& attachment_kinds();

// A document attached to a case, as the office log recorded it.
struct Attachment {
  std::string case_id;
  std::int64_t number = 0;  // 1, 2, ... within the case
  std::int64_t position = 0;
  std::string kind;
  std::string title;
  std::string name;        // the file's name, without its folder
  std::string media_type;  // as libmagic reads the bytes, e.g. application/pdf
  std::int64_t size = 0;
  std::string sha256;  // hex
};

// Who holds a case: whose inbox it is in. Roles still decide who may act.
struct Assignment {
  std::string case_id;
  std::string coordinator;    // responsible; by default the one who opened it
  std::string manager;        // "" for none
  std::int64_t position = 0;  // of the case-assign entry; 0 while never assigned
};

// The media type of bytes, as libmagic recognises them.
std::string media_type_of(std::string_view bytes);

}  // namespace coopflow::engine

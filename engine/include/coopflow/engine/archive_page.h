#pragma once

#include <functional>
#include <string>
#include <vector>

#include "coopflow/engine/case_record.h"
#include "coopflow/engine/message.h"

// The institution's public "Archives of missions" page, made from its
// completed cases (imported missions and closed workflow cases alike).
namespace coopflow::engine {

struct ArchivePage {
  std::string institution;           // who publishes it ("" to leave it out)
  std::string generated_on;          // YYYY-MM-DD
  std::vector<CaseRecord> missions;  // newest first (Office::archive's order)
  // The page's language: its lang attribute ("en", "fr"), and its texts said
  // by say (in English by default).
  std::string lang = "en";
  std::function<std::string(const Message&)> say = [](const Message& m) { return m.english(); };
};

// The year a mission is filed under: its first day's, else the request's.
int archive_year(const CaseRecord& mission);

// One self-contained HTML file: lang, headings per year and mission, a list
// of the years, no external asset, print styles. Every text is escaped.
std::string archive_html(const ArchivePage& page);
// The same as Markdown (CommonMark), user text escaped.
std::string archive_markdown(const ArchivePage& page);

}  // namespace coopflow::engine

// The public archive page, in HTML and Markdown: each mission a heading and
// a paragraph of facts (dates, place, organiser, participants), then what it
// did, grouped by year, newest first, in the manner of the institution's own
// "Archives of missions" page.
#include "coopflow/engine/archive_page.h"

#include <array>
#include <functional>

#include "coopflow/engine/html.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {
namespace {

constexpr std::array<const char*, 12> kMonths = {
    N_("January"), N_("February"), N_("March"),     N_("April"),   N_("May"),      N_("June"),
    N_("July"),    N_("August"),   N_("September"), N_("October"), N_("November"), N_("December")};

using Say = std::function<std::string(const Message&)>;

struct Day {
  int year = 0, month = 0, day = 0;
};

Day day_of(const std::string& iso) {
  if (iso.size() != 10) return {};
  return {std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)), std::stoi(iso.substr(8, 2))};
}

Term month_of(const Day& d) { return word(kMonths.at(static_cast<std::size_t>(d.month - 1))); }
// The day of the month: French writes the first "1er".
Term day_number(const Day& d) { return d.day == 1 ? word(N_("1")) : Term(std::to_string(d.day)); }

// "From April 12 to 15, 2016", "On June 4, 2009", across months and years too;
// each language orders day and month its own way.
std::string dates_text(const std::string& first, const std::string& last, const Say& say) {
  const Day a = day_of(first), b = day_of(last.empty() ? first : last);
  if (a.year == 0) return "";
  const std::string year_a = std::to_string(a.year), year_b = std::to_string(b.year);
  if (first == last || last.empty()) {
    return say(Message("On {1} {2}, {3}", {month_of(a), day_number(a), year_a}));
  }
  if (a.year != b.year) {
    return say(Message("From {1} {2}, {3} to {4} {5}, {6}",
                       {month_of(a), day_number(a), year_a, month_of(b), day_number(b), year_b}));
  }
  if (a.month != b.month) {
    return say(Message("From {1} {2} to {3} {4}, {5}",
                       {month_of(a), day_number(a), month_of(b), day_number(b), year_b}));
  }
  return say(
      Message("From {1} {2} to {3}, {4}", {month_of(a), day_number(a), day_number(b), year_b}));
}

// "Paris and Lyon, France", "Chad and Mali".
std::string place_text(const CaseRecord& m, const std::string& lang, const Say& say) {
  const auto and_list = [&say](const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i == 0) {
        out = items[i];
      } else if (i + 1 == items.size()) {
        out = say(Message("{1} and {2}", {out, items[i]}));
      } else {
        out += ", " + items[i];
      }
    }
    return out;
  };
  std::vector<std::string> countries;
  for (const auto& c : m.countries) countries.push_back(country_name(c, lang == "fr"));
  std::string where = and_list(countries);
  if (m.places.empty()) return where;
  if (countries.size() > 1) return and_list(m.places) + " (" + where + ")";
  return and_list(m.places) + (where.empty() ? "" : ", " + where);
}

// The facts of a mission as one paragraph of sentences.
std::string facts_text(const CaseRecord& m, const std::string& lang, const Say& say) {
  const std::string& first = m.first_day.empty() ? m.summary.received : m.first_day;
  std::string out = dates_text(first, m.last_day, say);
  const std::string place = place_text(m, lang, say);
  if (!place.empty()) {
    out = out.empty() ? say(Message("In {1}", {place})) : say(Message("{1}, in {2}", {out, place}));
  }
  if (!out.empty()) out += ".";
  if (!m.summary.requester.empty()) {
    // A case opened from a request names its requester; an imported mission its organiser.
    out += (out.empty() ? "" : " ") +
           say(m.requester_type.empty() ? Message("Organised by {1}.", {m.summary.requester})
                                        : Message("At the request of {1}.", {m.summary.requester}));
  }
  if (m.participants) {
    const std::string n = std::to_string(*m.participants);
    out +=
        " " + say(Message::counted(*m.participants, "{1} participant.", "{1} participants.", {n}));
  }
  return out;
}

// Text as one paragraph: line breaks and runs of spaces as single spaces.
std::string one_paragraph(const std::string& text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Text with its control characters (C0, DEL, C1) and the bidirectional
// overrides and isolates (which can make a public page say what its text
// does not) replaced by U+FFFD. The text is valid UTF-8 (the write path).
std::string without_controls(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const long cp = next_code_point(text, i);
    const bool control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
                         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    if (control || cp < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(text, start, i - start);
    }
  }
  return out;
}

// The missions of each year, newest year first (missions arrive sorted).
void by_year(const std::vector<CaseRecord>& missions,
             const std::function<void(int year, std::size_t begin, std::size_t end)>& visit) {
  std::size_t begin = 0;
  while (begin < missions.size()) {
    const int year = archive_year(missions[begin]);
    std::size_t end = begin;
    while (end < missions.size() && archive_year(missions[end]) == year) ++end;
    visit(year, begin, end);
    begin = end;
  }
}

std::string span_text(const ArchivePage& page) {
  const std::size_t n = page.missions.size();
  if (n == 0) return page.say(Message("No mission is recorded for these years."));
  const int newest = archive_year(page.missions.front()),
            oldest = archive_year(page.missions.back());
  const std::string years = newest == oldest
                                ? std::to_string(newest)
                                : std::to_string(oldest) + "\u2013" + std::to_string(newest);
  return page.say(Message::counted(static_cast<long long>(n), "{1} mission, {2}.",
                                   "{1} missions, {2}.", {std::to_string(n), years}));
}

std::string made_by(const ArchivePage& page) {
  return page.say(
      Message("Made by coopflow from the office's record on {1}.", {page.generated_on}));
}

constexpr const char kStyle[] =
    "body{font-family:Georgia,'Times New Roman',serif;line-height:1.5;color:#1a1a1a;"
    "background:#fff;max-width:46rem;margin:0 auto;padding:1.5rem}"
    "header{border-bottom:3px solid #1d3f72;margin-bottom:1.5rem}"
    ".institution{font-family:Arial,Helvetica,sans-serif;text-transform:uppercase;"
    "letter-spacing:.08em;color:#1d3f72;margin:0}"
    "h1{font-size:2rem;margin:.2rem 0 .5rem}"
    "h2{font-size:1.5rem;color:#1d3f72;border-bottom:1px solid #c8d3e3;margin-top:2rem}"
    "h3{font-size:1.15rem;margin:1.25rem 0 .25rem}"
    ".facts{font-family:Arial,Helvetica,sans-serif;font-size:.95rem;color:#333;margin:.25rem 0}"
    "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}"
    "a{color:#1d3f72}a:focus{outline:3px solid #f0a500;outline-offset:2px}"
    "footer{margin-top:3rem;border-top:1px solid #c8d3e3;font-size:.85rem;color:#555}"
    "@media print{body{max-width:none;padding:0;font-size:11pt}nav{display:none}"
    "h2{break-after:avoid}article{break-inside:avoid}a{color:inherit;text-decoration:none}}";

}  // namespace

int archive_year(const CaseRecord& mission) {
  const std::string& day = mission.first_day.empty() ? mission.summary.received : mission.first_day;
  return day.size() >= 4 ? std::stoi(day.substr(0, 4)) : 0;
}

std::string archive_html(const ArchivePage& page) {
  const std::string title = page.say(Message("Archives of missions"));
  Html h = Html::markup("<!DOCTYPE html>\n<html lang=\"") + Html::text(page.lang) +
           Html::markup(
               "\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>") +
           Html::text(title) + Html::markup("</title>\n<style>");
  h += Html::markup(kStyle) + Html::markup("</style>\n</head>\n<body>\n<header>\n");
  if (!page.institution.empty()) {
    h += Html::markup("<p class=\"institution\">") +
         Html::text(without_controls(page.institution)) + Html::markup("</p>\n");
  }
  h += Html::markup("<h1>") + Html::text(title) + Html::markup("</h1>\n<p>") +
       Html::text(span_text(page)) + Html::markup("</p>\n");
  Html years, sections;
  by_year(page.missions, [&](int year, std::size_t begin, std::size_t end) {
    const Html id = Html::text("y" + std::to_string(year));
    const Html label = Html::text(std::to_string(year));
    years += Html::markup("<li><a href=\"#") + id + Html::markup("\">") + label +
             Html::markup("</a></li>");
    sections += Html::markup("<section aria-labelledby=\"") + id + Html::markup("\">\n<h2 id=\"") +
                id + Html::markup("\">") + label + Html::markup("</h2>\n");
    for (std::size_t i = begin; i < end; ++i) {
      const CaseRecord& m = page.missions[i];
      sections += Html::markup("<article>\n<h3>") +
                  Html::text(without_controls(one_paragraph(m.summary.subject))) +
                  Html::markup("</h3>\n<p class=\"facts\">") +
                  Html::text(without_controls(facts_text(m, page.lang, page.say))) +
                  Html::markup("</p>\n");
      if (!m.public_text.empty()) {
        sections += Html::markup("<p>") +
                    Html::text(without_controls(one_paragraph(m.public_text))) +
                    Html::markup("</p>\n");
      }
      sections += Html::markup("</article>\n");
    }
    sections += Html::markup("</section>\n");
  });
  if (!page.missions.empty()) {
    h += Html::markup("<nav aria-label=\"") + Html::text(page.say(Message("Years"))) +
         Html::markup("\">\n<ul>") + years + Html::markup("</ul>\n</nav>\n");
  }
  h += Html::markup("</header>\n<main>\n") + sections + Html::markup("</main>\n<footer>\n<p>") +
       Html::text(made_by(page)) + Html::markup("</p>\n</footer>\n</body>\n</html>\n");
  return h.str();
}

namespace {

// Text that CommonMark shows as written: its punctuation that could start
// markup escaped with a backslash, HTML's specials as entities.
std::string markdown_text(const std::string& text) {
  std::string out;
  for (const char c : without_controls(one_paragraph(text))) {
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '|':
      case '!':
      case '~':
        out += '\\';
        out += c;
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      default:
        out += c;
    }
  }
  // A paragraph that starts like a list item would become one: "- ", "1. ".
  if (!out.empty() && (out[0] == '-' || out[0] == '+' || out[0] == '=')) out.insert(0, "\\");
  const auto digits = out.find_first_not_of("0123456789");
  if (digits != 0 && digits != std::string::npos && (out[digits] == '.' || out[digits] == ')')) {
    out.insert(digits, "\\");
  }
  return out;
}

}  // namespace

std::string archive_markdown(const ArchivePage& page) {
  std::string out = "# " + markdown_text(page.say(Message("Archives of missions"))) + "\n\n";
  if (!page.institution.empty()) out += markdown_text(page.institution) + "\n\n";
  out += span_text(page) + "\n";
  by_year(page.missions, [&](int year, std::size_t begin, std::size_t end) {
    out += "\n## " + std::to_string(year) + "\n";
    for (std::size_t i = begin; i < end; ++i) {
      const CaseRecord& m = page.missions[i];
      out += "\n### " + markdown_text(m.summary.subject) + "\n\n" +
             markdown_text(facts_text(m, page.lang, page.say)) + "\n";
      if (!m.public_text.empty()) out += "\n" + markdown_text(m.public_text) + "\n";
    }
  });
  out += "\n---\n\n" + markdown_text(made_by(page)) + "\n";
  return out;
}

}  // namespace coopflow::engine

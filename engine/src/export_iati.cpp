// IATI 2.03 iati-activities, written with libxml2's streaming writer (it
// escapes every text and attribute).
#include <libxml/xmlwriter.h>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/exports.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {
namespace {

const xmlChar* x(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

// XML 1.0 cannot carry C0 controls other than tab and line ends, nor U+FFFE
// and U+FFFF, even escaped: such a character (which the CLI accepts in free
// text) becomes U+FFFD in the export, and the rest of the text is kept.
std::string xml_text(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const long cp = next_code_point(text, i);
    const bool allowed =
        cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF);
    out += allowed ? text.substr(start, i - start) : "\xEF\xBF\xBD";
  }
  return out;
}

// libxml2 prints its I/O errors on stderr by default; a failed write is
// reported once, by whoever owns the stream.
void ignore_libxml_message(void* /*context*/, const char* /*format*/, ...) {}

int write_to_stream(void* context, const char* buffer, int len) {
  auto* out = static_cast<std::ostream*>(context);
  out->write(buffer, len);
  return *out ? len : -1;
}

}  // namespace

std::string iati_activity_status(const CaseRecord& r) {
  const std::string& state = r.summary.state;
  if (r.on_hold) return "6";
  if (r.final) return state == "Closed" ? "4" : "5";
  if (state == "Delivery") return "2";
  if (state == "FollowUp" || state == "ReportReview") return "3";
  return "1";
}

struct IatiExport::Writer {
  xmlTextWriterPtr w = nullptr;
  std::ostream* out = nullptr;

  // A stream that failed (a full disk) is for its owner to report when it
  // closes it; anything else libxml2 refuses is a defect.
  void check(int rc) const {
    if (rc < 0 && *out) throw InternalError("libxml2 refused to write the IATI export");
  }
  void start(const char* element) { check(xmlTextWriterStartElement(w, x(element))); }
  void end() { check(xmlTextWriterEndElement(w)); }
  void attribute(const char* name, const std::string& value) {
    check(xmlTextWriterWriteAttribute(w, x(name), x(xml_text(value).c_str())));
  }
  void narrative(const std::string& text) {
    start("narrative");
    check(xmlTextWriterWriteString(w, x(xml_text(text).c_str())));
    end();
  }
  // <element attr=value...><narrative>text</narrative></element>; no
  // narrative if text is empty.
  void element(const char* name, const std::vector<std::pair<const char*, std::string>>& attributes,
               const std::string& text = "") {
    start(name);
    for (const auto& [attr, value] : attributes) attribute(attr, value);
    if (!text.empty()) narrative(text);
    end();
  }
};

IatiExport::IatiExport(std::ostream& out, IatiReporter reporter, const std::string& generated_at)
    : writer_(std::make_unique<Writer>()), reporter_(std::move(reporter)) {
  writer_->out = &out;
  xmlSetGenericErrorFunc(nullptr, ignore_libxml_message);
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(write_to_stream, nullptr, &out, nullptr);
  if (buffer == nullptr) throw InternalError("libxml2 could not make an output buffer");
  writer_->w = xmlNewTextWriter(buffer);  // owns buffer from here
  if (writer_->w == nullptr) {
    xmlOutputBufferClose(buffer);
    throw InternalError("libxml2 could not make a writer");
  }
  writer_->check(xmlTextWriterSetIndent(writer_->w, 1));
  writer_->check(xmlTextWriterStartDocument(writer_->w, "1.0", "UTF-8", nullptr));
  writer_->start("iati-activities");
  writer_->attribute("version", "2.03");
  writer_->attribute("generated-datetime", generated_at);
}

IatiExport::~IatiExport() {
  if (writer_ && writer_->w) xmlFreeTextWriter(writer_->w);
}

void IatiExport::add(const CaseRecord& r) {
  Writer& w = *writer_;
  const CaseSummary& s = r.summary;
  w.start("iati-activity");
  w.attribute("last-updated-datetime", s.updated_at);
  w.start("iati-identifier");
  w.check(xmlTextWriterWriteString(w.w, x((reporter_.ref + "-" + s.id).c_str())));
  w.end();
  // IATI needs a name in reporting-org: the reference stands in until
  // iati.org-name is set.
  const std::string self = reporter_.name.empty() ? reporter_.ref : reporter_.name;
  w.element("reporting-org", {{"ref", reporter_.ref}, {"type", reporter_.type}}, self);
  w.element("title", {}, s.subject);
  // What it did, when that is recorded (an imported mission's summary, a
  // report's results); else the request it answered.
  w.element("description", {{"type", "1"}},
            !r.public_text.empty() ? r.public_text
            : r.reference.empty()  ? s.subject + " (" + s.requester + ")"
                                   : s.subject + " (" + s.requester + ", " + r.reference + ")");
  // The institution is accountable and implements; funders fund; other
  // partners (implementers, co-organisers) implement with it.
  for (const char* role : {"2", "4"}) {
    w.element("participating-org",
              {{"ref", reporter_.ref}, {"type", reporter_.type}, {"role", role}}, self);
  }
  for (const Partner& p : r.partners) {
    w.element("participating-org", {{"role", p.role == "funder" ? "1" : "4"}}, p.organisation);
  }
  w.element("activity-status", {{"code", iati_activity_status(r)}});
  // Actual start: the first day delivered, else the day the case was opened.
  // Actual end: for a closed case its last day delivered, else (and for every
  // other final state) the day it reached that state.
  w.element(
      "activity-date",
      {{"type", "2"}, {"iso-date", r.first_day.empty() ? s.opened_at.substr(0, 10) : r.first_day}});
  if (r.final) {
    const bool delivered = s.state == "Closed" && !r.last_day.empty();
    w.element("activity-date", {{"type", "4"}, {"iso-date", delivered ? r.last_day : r.closed}});
  }
  // Percentages in hundredths that add up to exactly 100.
  const auto n = static_cast<long>(r.countries.size());
  for (long i = 0; i < n; ++i) {
    const long share = 10000 / n + (i == n - 1 ? 10000 % n : 0);
    std::string percent = std::to_string(share / 100) + "." + std::to_string(share % 100 / 10) +
                          std::to_string(share % 10);
    w.element("recipient-country",
              {{"code", r.countries[static_cast<std::size_t>(i)]}, {"percentage", percent}});
  }
  if (r.budget) {
    // Committed (status 2), original (type 1), over the year from its approval.
    w.start("budget");
    w.attribute("type", "1");
    w.attribute("status", "2");
    w.element("period-start", {{"iso-date", r.budget->approved_on}});
    w.element("period-end", {{"iso-date", add_days(r.budget->approved_on, 364)}});
    w.start("value");
    w.attribute("currency", r.budget->currency);
    w.attribute("value-date", r.budget->approved_on);
    w.check(xmlTextWriterWriteString(w.w, x(r.budget->amount.c_str())));
    w.end();
    w.end();
  }
  w.end();
  ++activities_;
}

void IatiExport::finish() {
  if (activities_ == 0) {
    throw saying<ConflictError>(
        Message("there are no cases to export; IATI needs at least one activity"));
  }
  writer_->end();
  writer_->check(xmlTextWriterEndDocument(writer_->w));
  writer_->check(xmlTextWriterFlush(writer_->w));
}

}  // namespace coopflow::engine

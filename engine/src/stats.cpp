// The office dashboard: cases, decisions, durations and delivery, folded from
// every case's journal in one snapshot.
#include "coopflow/engine/stats.h"

#include <algorithm>
#include <cmath>
#include <ctime>

#include "coopflow/engine/clock.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "records.h"

namespace coopflow::engine {
namespace {

// Seconds since the epoch of a recorded time; -1 if it is not one.
double seconds_of(const std::string& at) {
  const auto whole = utc_seconds(at);
  return whole ? static_cast<double>(*whole) + std::stod("0" + at.substr(19, 7)) : -1;
}

double days_from(const std::string& from, const std::string& to) {
  const double a = seconds_of(from), b = seconds_of(to);
  return a < 0 || b < 0 ? -1 : (b - a) / 86400.0;
}

// The nearest-rank percentile of sorted values.
double percentile(const std::vector<double>& sorted, double p) {
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
  return sorted[std::max<std::size_t>(rank, 1) - 1];
}

std::map<std::string, Durations> summarise(std::map<std::string, std::vector<double>>& samples) {
  std::map<std::string, Durations> out;
  for (auto& [name, values] : samples) {
    std::sort(values.begin(), values.end());
    // Hundredths of a day (about a quarter of an hour) are precision enough.
    const auto hundredths = [](double d) { return std::round(d * 100) / 100; };
    out[name] = {static_cast<long>(values.size()), hundredths(percentile(values, 0.5)),
                 hundredths(percentile(values, 0.9))};
  }
  return out;
}

std::string text_of(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

OfficeStats Office::stats(const Actor& actor, const std::string& year,
                          const std::string& workflow) {
  if (!year.empty()) parse_year("--year", year);
  if (!workflow.empty()) registry_.latest(workflow);
  OfficeStats out;
  out.year = year;
  out.workflow = workflow;
  std::map<std::string, std::vector<double>> stage_samples, turnaround_samples;
  read([&] {
    require(actor, Authority::read_record());
    storage::CaseFilter filter;
    filter.workflow = workflow;
    for (const auto& row : store_->list_cases(filter)) {
      if (!year.empty() && row.received.substr(0, 4) != year) continue;
      const CaseSummary summary = detail::to_summary(row);
      const Workflow& wf = workflow_of(summary);
      CaseFile file(wf);
      std::string entered;
      for (const auto& r : store_->journal(summary.id)) {
        const JournalEntry e = detail::to_entry(r);
        const EventSpec* spec = e.seq == 1 ? nullptr : wf.find_event(e.event);
        if (spec != nullptr && (spec->decision || spec->aside)) {
          ++out.decisions[e.event];
          const Document* concerned =
              spec->concerns.empty() ? nullptr : file.latest(spec->concerns);
          const double days = concerned ? days_from(concerned->at, e.at) : -1;
          if (spec->decision && days >= 0) turnaround_samples[e.event].push_back(days);
        }
        if (e.from_state != e.to_state && !e.from_state.empty()) {
          const double days = days_from(entered, e.at);
          if (days >= 0) stage_samples[e.from_state].push_back(days);
        }
        if (e.from_state != e.to_state) entered = e.at;
        if (e.seq == 1 && is_utc_timestamp(summary.received + "T00:00:00.000000Z")) {
          entered = summary.received + "T00:00:00.000000Z";  // the first stage: from arrival
        }
        file.apply(e);
      }
      ++out.cases;
      ++out.by_state[file.state()];
      const nlohmann::json& request = file.request();
      ++out.by_requester_type[text_of(request, "requester-type")];
      if (const auto c = request.find("countries"); c != request.end() && c->is_array()) {
        for (const auto& code : *c) {
          if (code.is_string()) ++out.by_country[code.get<std::string>()];
        }
      }
      if (const auto p = request.find("partners"); p != request.end() && p->is_array()) {
        for (const auto& partner : *p) {
          if (partner.is_object()) ++out.by_partner[text_of(partner, "organisation")];
        }
      }
      // Delivered activities: what an event declares a count of participants
      // for (a logged activity, an imported mission), by the year of its first
      // date; a count left out adds no one.
      const auto count_activity = [&out](const EventSpec& e, const nlohmann::json& fields,
                                         std::string when) {
        bool dated = false, activity = false;
        long people = 0;
        for (const FieldSpec& f : e.fields) {
          activity = activity || f.archive == ArchiveRole::kParticipants;
          const auto it = fields.find(f.name);
          if (it == fields.end()) continue;
          if (f.type == FieldType::kDate && it->is_string() && !dated) {
            when = it->get<std::string>().substr(0, 4);
            dated = true;
          }
          if (f.archive == ArchiveRole::kParticipants && it->is_number_integer()) {
            people = it->get<long>();
          }
        }
        if (!activity) return;
        ++out.activities_by_year[when];
        out.participants_by_year[when] += people;
      };
      if (!wf.opening_event().fields.empty()) {
        count_activity(wf.opening_event(), request, summary.received.substr(0, 4));
      }
      for (const auto& [kind, versions] : file.documents()) {
        for (const EventSpec& e : wf.events) {
          if (e.produces != kind) continue;
          for (const Document& d : versions) count_activity(e, d.fields, d.at.substr(0, 4));
        }
      }
    }
  });
  out.stage_days = summarise(stage_samples);
  out.turnaround = summarise(turnaround_samples);
  return out;
}

}  // namespace coopflow::engine

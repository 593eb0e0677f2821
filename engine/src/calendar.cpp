#include "coopflow/engine/calendar.h"

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

#include "coopflow/engine/errors.h"

namespace coopflow::engine {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

// "2026-11-30" → "20261130"; "2026-11-25T06:18:00.123Z" → "20261125T061800Z".
std::string compact(const std::string& iso, bool with_time) {
  std::string out = iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
  if (with_time) out += "T" + iso.substr(11, 2) + iso.substr(14, 2) + iso.substr(17, 2) + "Z";
  return out;
}

std::string events_of(const Task& t) {
  std::string out;
  for (const auto& e : t.events) out += (out.empty() ? "" : ", ") + e.event;
  return out;
}

}  // namespace

std::string tasks_calendar(const std::vector<Task>& tasks, const std::string& origin,
                           const std::string& now,
                           const std::function<std::string(const Message&)>& say) {
  std::unique_ptr<icalcomponent, ComponentFree> calendar(icalcomponent_vanew(
      ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
      icalproperty_new_prodid("-//coopflow//tasks//EN"), icalproperty_new_calscale("GREGORIAN"),
      icalproperty_new_method(ICAL_METHOD_PUBLISH), nullptr));
  if (!calendar) throw InternalError("libical could not make a calendar");
  const icaltimetype stamp = icaltime_from_string(compact(now, true).c_str());
  for (const Task& t : tasks) {
    if (t.due.empty()) continue;
    icaltimetype day = icaltime_from_string(compact(t.due, false).c_str());
    icaltimetype next = day;
    icaltime_adjust(&next, 1, 0, 0, 0);
    const std::string what = events_of(t);
    const Term state = word(t.summary.state);
    const std::string summary =
        say(what.empty() ? Message("{1} {2} due — {3}", {t.summary.id, state, t.summary.subject})
                         : Message("{1} {2} due: {3} — {4}",
                                   {t.summary.id, state, what, t.summary.subject}));
    const std::string description =
        t.summary.subject + "\n" + t.summary.requester + "\n" +
        say(Message("{1}, {2}, due {3}", {t.summary.id, state, t.due})) +
        (what.empty() ? "" : "\n" + say(Message("next: {1}", {what})));
    const std::string uid = t.summary.id + "-" + t.summary.state + "-" + t.due + "@" + origin;
    icalcomponent* event =
        icalcomponent_vanew(ICAL_VEVENT_COMPONENT, icalproperty_new_uid(uid.c_str()),
                            icalproperty_new_dtstamp(stamp), icalproperty_new_dtstart(day),
                            icalproperty_new_dtend(next), icalproperty_new_summary(summary.c_str()),
                            icalproperty_new_description(description.c_str()),
                            icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT), nullptr);
    if (event == nullptr) throw InternalError("libical could not make an event");
    icalcomponent_add_component(calendar.get(), event);
  }
  // libical's _r functions hand over a string to free().
  const std::unique_ptr<char, void (*)(void*)> text(icalcomponent_as_ical_string_r(calendar.get()),
                                                    &std::free);
  if (!text) throw InternalError("libical could not write the calendar");
  return std::string(text.get());
}

}  // namespace coopflow::engine

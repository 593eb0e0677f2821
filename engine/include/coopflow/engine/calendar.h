#pragma once

#include <functional>
#include <string>
#include <vector>

#include "coopflow/engine/office.h"

namespace coopflow::engine {

// An iCalendar feed (RFC 5545, written by libical) of the tasks' deadlines:
// one all-day event on each due date, named after the case and what is due.
// Tasks without a deadline are left out. Each event's UID is stable (case,
// stage clock and database), so that a calendar that subscribes updates them
// instead of adding copies. now: the DTSTAMP, YYYY-MM-DDTHH:MM:SS...Z. The
// events' texts are said by say, in the reader's language.
std::string tasks_calendar(const std::vector<Task>& tasks, const std::string& origin,
                           const std::string& now,
                           const std::function<std::string(const Message&)>& say);

}  // namespace coopflow::engine

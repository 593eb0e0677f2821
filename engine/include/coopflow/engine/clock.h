#pragma once

#include <chrono>
#include <ctime>
#include <optional>
#include <string>

namespace coopflow::engine {

using TimePoint = std::chrono::system_clock::time_point;

// Where the engine gets "now", so that tests can fix time. Implementations must
// be safe to call from the thread that owns the engine.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// Starts at a fixed instant and advances by one second on each call.
class SteppingClock final : public Clock {
 public:
  explicit SteppingClock(TimePoint start) : next_(start) {}
  TimePoint now() const override {
    const TimePoint t = next_;
    next_ += std::chrono::seconds(1);
    return t;
  }
  // Jumps ahead: days (or a session's idle minutes) pass between two commands.
  void skip(std::chrono::seconds by) { next_ += by; }

 private:
  mutable TimePoint next_;
};

// "2026-11-23T20:19:40.123456Z": UTC, fixed width, so that text order is time order.
std::string format_utc(TimePoint t);
// Whether text is a time format_utc could have written: a real date, a time
// of day, six decimals, Z.
bool is_utc_timestamp(const std::string& text);
// The seconds since the epoch of a time format_utc wrote (its fraction
// dropped); nullopt if text is not one.
std::optional<std::time_t> utc_seconds(const std::string& text);
// A recorded time as people read it, to the minute, in the machine's time zone
// (TZ) and named by its abbreviation: "2026-11-25 02:39 EST"; text that is not
// a recorded time (an edited database) as it is.
std::string local_minute(const std::string& text);
// The calendar year of a YYYY-MM-DD date.
int year_of(const std::string& iso_date);

}  // namespace coopflow::engine

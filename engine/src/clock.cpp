#include "coopflow/engine/clock.h"

#include <cstdio>
#include <ctime>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {

std::string format_utc(TimePoint t) {
  const auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
  const std::time_t secs = static_cast<std::time_t>(micros / 1000000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<long long>(micros % 1000000));
  return buf;
}

bool is_utc_timestamp(const std::string& t) {
  static const char kShape[] = "dddd-dd-ddTdd:dd:dd.ddddddZ";
  if (t.size() != sizeof kShape - 1) return false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const bool digit = t[i] >= '0' && t[i] <= '9';
    if (kShape[i] == 'd' ? !digit : t[i] != kShape[i]) return false;
  }
  try {
    parse_date("at", t.substr(0, 10));
  } catch (const ValidationError&) {
    return false;
  }
  return std::stoi(t.substr(11, 2)) < 24 && std::stoi(t.substr(14, 2)) < 60 &&
         std::stoi(t.substr(17, 2)) < 60;
}

std::optional<std::time_t> utc_seconds(const std::string& text) {
  if (!is_utc_timestamp(text)) return std::nullopt;
  std::tm tm{};
  tm.tm_year = std::stoi(text.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(text.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(text.substr(8, 2));
  tm.tm_hour = std::stoi(text.substr(11, 2));
  tm.tm_min = std::stoi(text.substr(14, 2));
  tm.tm_sec = std::stoi(text.substr(17, 2));
  return ::timegm(&tm);
}

std::string local_minute(const std::string& text) {
  const auto seconds = utc_seconds(text);
  if (!seconds) return text;
  std::tm local{};
  localtime_r(&*seconds, &local);
  char buf[64];
  return std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M %Z", &local) > 0 ? buf : text;
}

int year_of(const std::string& iso_date) { return std::stoi(iso_date.substr(0, 4)); }

}  // namespace coopflow::engine

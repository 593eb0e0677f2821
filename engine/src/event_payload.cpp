#include "event_payload.h"

#include <charconv>

namespace coopflow::engine::detail {
namespace {

void put_reference(std::string& out, const char* key, const std::string& kind, int version) {
  out += '"';
  out += key;
  out += "\":{\"kind\":\"";
  out += kind;
  out += "\",\"version\":";
  char digits[16];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, version).ptr);
  out += '}';
}

void put_head(std::string& out, const PayloadFrame& f) {
  out += '{';
  if (!f.concerns_kind.empty()) {
    put_reference(out, "concerns", f.concerns_kind, f.concerns_version);
    out += ',';
  }
  out += "\"fields\":";
}

void put_tail(std::string& out, const PayloadFrame& f) {
  if (!f.produces_kind.empty()) {
    out += ',';
    put_reference(out, "produces", f.produces_kind, f.produces_version);
  }
  out += '}';
}

}  // namespace

std::string PayloadFrame::wrap(const nlohmann::json& fields) const {
  std::string out;
  put_head(out, *this);
  out += fields.dump();
  put_tail(out, *this);
  return out;
}

bool PayloadFrame::frames(const std::string& payload) const {
  thread_local std::string head, tail;
  head.clear();
  tail.clear();
  put_head(head, *this);
  put_tail(tail, *this);
  return payload.size() >= head.size() + tail.size() + 2 &&
         payload.compare(0, head.size(), head) == 0 &&
         payload.compare(payload.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace coopflow::engine::detail

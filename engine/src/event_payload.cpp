#include "event_payload.h"

#include <charconv>
#include <string_view>

namespace coopflow::engine::detail {
namespace {

// The frame is written once, below, as pieces handed to a sink: one sink
// builds the text (the write path), another matches it in place (verify, once
// per entry, without building anything).
struct Appender {
  std::string& out;
  void operator()(std::string_view piece) const { out.append(piece); }
};

struct Measurer {
  std::size_t size = 0;
  void operator()(std::string_view piece) { size += piece.size(); }
};

struct Matcher {
  const std::string& text;
  std::size_t at;
  bool ok = true;
  void operator()(std::string_view piece) {
    if (ok && text.compare(at, piece.size(), piece) == 0) {
      at += piece.size();
    } else {
      ok = false;
    }
  }
};

template <class Sink>
void put_reference(Sink& out, std::string_view key, const std::string& kind, int version) {
  char digits[16];
  const char* end = std::to_chars(digits, digits + sizeof digits, version).ptr;
  out("\"");
  out(key);
  out("\":{\"kind\":\"");
  out(kind);
  out("\",\"version\":");
  out(std::string_view(digits, static_cast<std::size_t>(end - digits)));
  out("}");
}

template <class Sink>
void put_head(Sink& out, const PayloadFrame& f) {
  out("{");
  if (!f.concerns_kind.empty()) {
    put_reference(out, "concerns", f.concerns_kind, f.concerns_version);
    out(",");
  }
  out("\"fields\":");
}

template <class Sink>
void put_tail(Sink& out, const PayloadFrame& f) {
  if (!f.produces_kind.empty()) {
    out(",");
    put_reference(out, "produces", f.produces_kind, f.produces_version);
  }
  out("}");
}

}  // namespace

std::string PayloadFrame::wrap(const nlohmann::json& fields) const {
  std::string out;
  Appender append{out};
  put_head(append, *this);
  out += fields.dump();
  put_tail(append, *this);
  return out;
}

bool PayloadFrame::frames(const std::string& payload) const {
  Matcher head{payload, 0};
  put_head(head, *this);
  Measurer tail_size;
  put_tail(tail_size, *this);
  // At least "{}" of fields between the two.
  if (!head.ok || payload.size() < head.at + tail_size.size + 2) return false;
  Matcher tail{payload, payload.size() - tail_size.size};
  put_tail(tail, *this);
  return tail.ok;
}

}  // namespace coopflow::engine::detail

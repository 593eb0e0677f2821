#include "coopflow/engine/case_file.h"

#include <algorithm>
#include <iterator>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/values.h"
#include "payload_peek.h"

namespace coopflow::engine {
namespace {

std::string entry_label(const JournalEntry& e) {
  return "entry " + std::to_string(e.seq) + " (" + e.event + ")";
}

}  // namespace

nlohmann::json read_payload(const std::string& payload) {
  // Nesting costs memory by its depth, and a payload's depth is at most its
  // length: a short one parses cheaply whatever it holds.
  constexpr std::size_t kShort = std::size_t{16} * 1024;
  if (payload.size() <= kShort) return nlohmann::json::parse(payload, nullptr, false);
  constexpr int kMaxDepth = 16;  // coopflow writes at most 4 levels
  int depth = 0;
  bool in_string = false, escaped = false;
  for (const char c : payload) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return nlohmann::json(nlohmann::json::value_t::discarded);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return nlohmann::json::parse(payload, nullptr, false);
}

void CaseFile::apply(const JournalEntry& e) {
  // The payload comes from the database, which someone may have edited: read
  // it defensively, and list what does not hold together (verify reports the
  // edit; reading must neither crash nor hide it).
  const auto payload = read_payload(e.payload);
  const auto fields_of = [&]() {
    const auto it = payload.find("fields");
    if (it != payload.end() && it->is_object()) return *it;
    damage_.push_back(entry_label(e) + ": its fields are not a JSON object");
    return nlohmann::json::object();
  };
  const EventSpec* spec = workflow_->find_event(e.event);
  if (!payload.is_object()) {
    damage_.push_back(entry_label(e) + ": its payload is not a JSON object");
    if (spec != nullptr && !spec->produces.empty() && e.seq > 1) {
      // The version exists, unreadable: later versions keep their numbers.
      Document d{spec->produces,           next_version(spec->produces), e.actor, e.seq, e.at,
                 nlohmann::json::object(), {"(the whole entry)"}};
      documents_[d.kind].push_back(std::move(d));
    }
  } else if (e.seq == 1) {
    request_ = fields_of();
    for (const auto& member : opening_damage(workflow_->opening_event(), request_)) {
      damage_.push_back("the request's " + member + " is not in the form coopflow stores");
    }
    if (auto summary = opening_summary(e)) summary_ = std::move(*summary);
    received_ = summary_.received;
  } else if (spec != nullptr && !spec->produces.empty()) {
    Document d;
    d.kind = spec->produces;
    d.version = next_version(d.kind);
    d.author = e.actor;
    d.seq = e.seq;
    d.at = e.at;
    d.fields = fields_of();
    for (const auto& f : spec->fields) {
      const auto it = d.fields.find(f.name);
      if (it != d.fields.end() && !is_stored_form(f, *it)) {
        d.damaged.push_back(f.name);
        damage_.push_back(entry_label(e) + ": " + f.name + " is not in the form coopflow stores");
      }
    }
    documents_[d.kind].push_back(std::move(d));
  }
  advance(e);
}

void CaseFile::apply_heads(const JournalEntry& e) {
  const EventSpec* spec = e.seq == 1 ? nullptr : workflow_->find_event(e.event);
  if (e.seq == 1) {
    if (auto summary = opening_summary(e)) received_ = summary->received;
  }
  if (spec != nullptr && !spec->produces.empty()) {
    // Only the newest version of each kind is kept, overwritten in place: the
    // write path and verify fold every entry of every case this way.
    auto& versions = documents_[spec->produces];
    if (versions.empty()) versions.emplace_back().kind = spec->produces;
    Document& d = versions.back();
    ++d.version;
    d.author = e.actor;
    d.seq = e.seq;
    d.at = e.at;
  }
  advance(e);
}

namespace {

// The date of a recorded time, or "" if it is not one (a hand-edited entry:
// verify names it; reading must not throw on it).
std::string day_of(const std::string& at) {
  if (at.size() < 10) return "";
  try {
    return parse_date("at", at.substr(0, 10));
  } catch (const ValidationError&) {
    return "";
  }
}

}  // namespace

void CaseFile::advance(const JournalEntry& e) {
  if (e.to_state != e.from_state) {  // an internal event changes neither
    const bool held = workflow_->holds(e.to_state);
    const bool was_held = workflow_->holds(e.from_state);
    const std::string day = day_of(e.at);
    if (held && !was_held) {
      suspended_in_ = e.from_state;
      held_since_ = day;
    } else if (was_held && e.to_state == suspended_in_) {
      // Resumed where it was: the stage's clock goes on from where it
      // stopped, the days on hold not counted.
      if (!clock_start_.empty() && !held_since_.empty() && !day.empty()) {
        clock_start_ = add_days(clock_start_, static_cast<int>(days_between(held_since_, day)));
      }
    } else if (e.seq == 1 && !day_of(received_).empty()) {
      clock_start_ = day_of(received_);  // the first stage counts from the request's arrival
    } else {
      clock_start_ = day;
    }
    if (!held) suspended_in_.clear();
    state_entered_at_ = e.at;
  }
  if (summary_.id.empty()) summary_.id = e.case_id;
  summary_.state = e.to_state;
  summary_.updated_at = e.at;
  summary_.last_seq = e.seq;
  summary_.head_hash = e.hash;
}

const nlohmann::json& CaseFile::request() const {
  static const nlohmann::json kNone = nlohmann::json::object();
  return request_.is_null() ? kNone : request_;
}

const Document* CaseFile::latest(const std::string& kind) const {
  const auto it = documents_.find(kind);
  return it == documents_.end() || it->second.empty() ? nullptr : &it->second.back();
}

int CaseFile::next_version(const std::string& kind) const {
  const Document* d = latest(kind);
  return d ? d->version + 1 : 1;
}

namespace {

// What a decider said, by precedence: a comment, or the reason or changes the
// event requires, or the partner's reference.
constexpr const char* kCommentKeys[] = {"comment", "reason", "changes", "partner-reference"};

Approval approval(const JournalEntry& e, const EventSpec& spec, int concerned_version,
                  std::string comment) {
  return {e.case_id,          e.seq, e.actor, e.role, e.event, spec.concerns, concerned_version,
          std::move(comment), e.at};
}

}  // namespace

Approval approval_for(const JournalEntry& e, const EventSpec& spec, int concerned_version,
                      const nlohmann::json& fields) {
  for (const char* key : kCommentKeys) {
    const auto it = fields.find(key);
    if (it != fields.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
      return approval(e, spec, concerned_version, it->get<std::string>());
    }
  }
  return approval(e, spec, concerned_version, "");
}

Approval approval_for(const JournalEntry& e, const EventSpec& spec, int concerned_version) {
  // Only the members the comment comes from, without parsing the payload whole.
  static const std::vector<std::string> kKeys(std::begin(kCommentKeys), std::end(kCommentKeys));
  static const std::vector<detail::PayloadPath> kPaths = [] {
    std::vector<detail::PayloadPath> paths;
    for (const auto& key : kKeys) paths.push_back({"fields", key});
    return paths;
  }();
  if (!detail::may_name_any(e.payload, kKeys)) return approval(e, spec, concerned_version, "");
  if (const auto found = detail::peek_payload(e.payload, kPaths)) {
    for (const auto& v : *found) {
      if (v && v->is_string && !v->text.empty()) {
        return approval(e, spec, concerned_version, v->text);
      }
    }
  }
  return approval(e, spec, concerned_version, "");
}

std::optional<CaseSummary> opening_summary(const JournalEntry& e) {
  static const std::vector<detail::PayloadPath> kPaths = {
      {"workflow"},           {"workflow_version"},
      {"fields", "subject"},  {"fields", "requester"},
      {"fields", "received"}, {"fields", "countries"}};
  const auto found = detail::peek_payload(e.payload, kPaths);
  if (!found) return std::nullopt;
  const auto text = [&](std::size_t i) {
    const auto& v = (*found)[i];
    return v && v->is_string ? v->text : std::string();
  };
  CaseSummary s;
  s.id = e.case_id;
  s.workflow = text(0);
  const auto& version = (*found)[1];
  const bool number = version && !version->is_string && !version->text.empty() &&
                      version->text.size() < 10 &&
                      std::all_of(version->text.begin(), version->text.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
  s.workflow_version = number ? std::stoi(version->text) : 0;
  s.subject = text(2);
  s.requester = text(3);
  s.received = text(4);
  const auto& countries = (*found)[5];
  s.countries = countries && countries->is_list ? join(countries->items, ",") : "";
  s.opened_at = e.at;
  s.opened_by = e.actor;
  s.state = e.to_state;
  s.updated_at = e.at;
  s.last_seq = e.seq;
  s.head_hash = e.hash;
  return s;
}

}  // namespace coopflow::engine

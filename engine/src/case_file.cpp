#include "coopflow/engine/case_file.h"

#include <algorithm>
#include <iterator>

#include "coopflow/engine/values.h"
#include "payload_peek.h"

namespace coopflow::engine {

void CaseFile::apply(const JournalEntry& e) {
  // The payload comes from the database, which someone may have edited: read
  // it defensively (verify reports the edit; reading must not crash on it).
  const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
  const auto fields_of = [&]() {
    const auto it = payload.find("fields");
    return it != payload.end() && it->is_object() ? *it : nlohmann::json::object();
  };
  if (!payload.is_object()) {
    // Nothing to fold but the move itself.
  } else if (e.seq == 1) {
    request_ = fields_of();
    if (auto row = opening_row(e)) row_ = std::move(*row);
  } else if (const auto p = payload.find("produces"); p != payload.end() && p->is_object()) {
    const auto kind = p->find("kind");
    const auto version = p->find("version");
    Document d;
    d.kind = kind != p->end() && kind->is_string() ? kind->get<std::string>() : "";
    d.version = version != p->end() && version->is_number_integer() ? version->get<int>() : 0;
    d.author = e.actor;
    d.seq = e.seq;
    d.at = e.at;
    d.fields = fields_of();
    documents_[d.kind].push_back(std::move(d));
  }
  advance(e);
}

void CaseFile::apply_heads(const JournalEntry& e, const EventSpec* spec) {
  if (spec != nullptr && !spec->produces.empty()) {
    Document d;
    d.kind = spec->produces;
    d.version = next_version(d.kind);
    d.author = e.actor;
    d.seq = e.seq;
    d.at = e.at;
    documents_[d.kind].push_back(std::move(d));
  }
  advance(e);
}

void CaseFile::advance(const JournalEntry& e) {
  if (e.to_state == "Suspended" && e.from_state != "Suspended") suspended_in_ = e.from_state;
  if (e.to_state != "Suspended") suspended_in_.clear();
  if (e.to_state != e.from_state) state_entered_at_ = e.at;
  row_.state = e.to_state;
  row_.updated_at = e.at;
  row_.last_seq = e.seq;
  row_.head_hash = e.hash;
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

storage::ApprovalRow approval_row(const JournalEntry& e, const EventSpec& spec,
                                  const Document* concerned, std::string comment) {
  return {e.case_id, e.seq,        e.actor, e.role, e.event, spec.concerns,
          concerned ? concerned->version : 0, std::move(comment), e.at};
}

}  // namespace

storage::ApprovalRow approval_for(const JournalEntry& e, const EventSpec& spec,
                                  const Document* concerned, const nlohmann::json& fields) {
  for (const char* key : kCommentKeys) {
    const auto it = fields.find(key);
    if (it != fields.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
      return approval_row(e, spec, concerned, it->get<std::string>());
    }
  }
  return approval_row(e, spec, concerned, "");
}

storage::ApprovalRow approval_for(const JournalEntry& e, const EventSpec& spec,
                                  const Document* concerned) {
  // Only the members the comment comes from, without parsing the payload whole.
  static const std::vector<std::string> kKeys(std::begin(kCommentKeys), std::end(kCommentKeys));
  static const std::vector<detail::PayloadPath> kPaths = [] {
    std::vector<detail::PayloadPath> paths;
    for (const auto& key : kKeys) paths.push_back({"fields", key});
    return paths;
  }();
  if (!detail::may_name_any(e.payload, kKeys)) return approval_row(e, spec, concerned, "");
  if (const auto found = detail::peek_payload(e.payload, kPaths)) {
    for (const auto& v : *found) {
      if (v && v->is_string && !v->text.empty()) return approval_row(e, spec, concerned, v->text);
    }
  }
  return approval_row(e, spec, concerned, "");
}

std::optional<storage::CaseRow> opening_row(const JournalEntry& e) {
  static const std::vector<detail::PayloadPath> kPaths = {
      {"workflow"},           {"workflow_version"},    {"fields", "subject"},
      {"fields", "requester"}, {"fields", "received"}, {"fields", "countries"}};
  const auto found = detail::peek_payload(e.payload, kPaths);
  if (!found) return std::nullopt;
  const auto text = [&](std::size_t i) {
    const auto& v = (*found)[i];
    return v && v->is_string ? v->text : std::string();
  };
  storage::CaseRow row;
  row.id = e.case_id;
  row.workflow = text(0);
  const auto& version = (*found)[1];
  const bool number = version && !version->is_string && !version->text.empty() &&
                      version->text.size() < 10 &&
                      std::all_of(version->text.begin(), version->text.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
  row.workflow_version = number ? std::stoi(version->text) : 0;
  row.subject = text(2);
  row.requester = text(3);
  row.received = text(4);
  const auto& countries = (*found)[5];
  row.countries = countries && countries->is_list ? join(countries->items, ",") : "";
  row.opened_at = e.at;
  row.opened_by = e.actor;
  return row;
}

}  // namespace coopflow::engine

// libFuzzer: journal payloads as stored JSON, as verify, history and show read
// them from a database someone may have edited: folding into a case file,
// lazy event fields, and replay must refuse or cope, never crash.
#include <cstdint>
#include <string>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/replay.h"
#include "coopflow/workflows/builtin.h"

using namespace coopflow::engine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Registry registry = [] {
    Registry r;
    coopflow::workflows::register_builtin_workflows(r);
    return r;
  }();
  static const Workflow& wf = registry.latest("electoral-cooperation");
  const std::string payload(reinterpret_cast<const char*>(data), size);
  JournalEntry open;
  open.case_id = "EC-2010-0001";
  open.seq = 1;
  open.event = "open";
  open.to_state = "Received";
  open.payload = payload;
  JournalEntry start = open;
  start.seq = 2;
  start.event = "start-analysis";
  start.from_state = "Received";
  start.to_state = "Analysis";
  JournalEntry record = start;
  record.seq = 3;
  record.event = "record-analysis";
  record.from_state = "Analysis";
  JournalEntry commit = record;
  commit.seq = 4;
  commit.event = "commit";
  commit.to_state = "Planning";
  CaseFile file(wf);
  for (const auto* e : {&open, &start, &record, &commit}) file.apply(*e);
  // Differential: the field a guard peeks at is the one a whole parse finds.
  const std::string peeked = EventFields::from_payload(payload).text("mandate-fit");
  const auto doc = nlohmann::json::parse(payload, nullptr, false);
  std::string parsed;
  if (doc.is_object() && doc.contains("fields") && doc["fields"].is_object()) {
    const auto& fields = doc["fields"];
    if (fields.contains("mandate-fit") && fields["mandate-fit"].is_string()) {
      parsed = fields["mandate-fit"].get<std::string>();
    }
  }
  if (peeked != parsed) __builtin_trap();
  // Differential: the comment verify expects is the one the write path records.
  const EventSpec& decision = *wf.find_event("return-plan");
  const auto fields = doc.is_object() && doc.contains("fields") && doc["fields"].is_object()
                          ? doc["fields"]
                          : nlohmann::json::object();
  if (approval_for(commit, decision, 0).comment !=
      approval_for(commit, decision, 0, fields).comment) {
    __builtin_trap();
  }
  try {
    replay(wf, {open, start, record, commit});
  } catch (const IntegrityError&) {
  }
  return 0;
}

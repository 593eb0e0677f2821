#pragma once

// Internal to the engine: how verify and the proof check name what they found.
#include <string>

#include "coopflow/engine/message.h"

namespace coopflow::engine::detail {

// "EC-2026-0001 entry 3: why", in the reader's language.
inline Message entry_finding(const std::string& case_id, long long seq, const Message& why) {
  return Message("{1} entry {2}: {3}", {case_id, std::to_string(seq), why});
}

}  // namespace coopflow::engine::detail

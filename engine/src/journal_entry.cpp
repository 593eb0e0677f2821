#include "coopflow/engine/journal_entry.h"

#include <charconv>
#include <cstring>
#include <memory>
#include <string_view>

#include "coopflow/engine/digest.h"

namespace coopflow::engine {

const char* const kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

namespace {

constexpr std::string_view kTag = "coopflow-journal-v1,";

// Netstrings, length ':' bytes ',', for the twelve fields in their order,
// written in one pass into a buffer sized once: verify encodes millions of
// entries, and appending piece by piece was a tenth of its instructions.
void encode_into(std::string& out, const JournalEntry& e) {
  char seq[24], position[24];
  const auto seq_end = std::to_chars(seq, seq + sizeof seq, e.seq).ptr;
  const auto position_end = std::to_chars(position, position + sizeof position, e.position).ptr;
  const std::string_view fields[] = {e.case_id,
                                     {seq, static_cast<std::size_t>(seq_end - seq)},
                                     {position, static_cast<std::size_t>(position_end - position)},
                                     e.at,
                                     e.actor,
                                     e.role,
                                     e.os_user,
                                     e.event,
                                     e.from_state,
                                     e.to_state,
                                     e.payload,
                                     e.prev_hash};
  constexpr std::size_t kMostDigits = 20;  // of a length (size_t) in decimal
  std::size_t bound = kTag.size();
  for (const auto& f : fields) bound += kMostDigits + 2 + f.size();
  out.resize(bound);
  char* p = out.data();
  std::memcpy(p, kTag.data(), kTag.size());
  p += kTag.size();
  for (const auto& f : fields) {
    p = std::to_chars(p, p + kMostDigits, f.size()).ptr;
    *p++ = ':';
    std::memcpy(p, f.data(), f.size());
    p += f.size();
    *p++ = ',';
  }
  out.resize(static_cast<std::size_t>(p - out.data()));
}

}  // namespace

std::string canonical_encoding(const JournalEntry& e) {
  std::string out;
  encode_into(out, e);
  return out;
}

std::string sha256_hex(const std::string& bytes) { return to_hex(sha256(bytes)); }

std::string compute_hash(const JournalEntry& entry) {
  thread_local std::string buffer;
  encode_into(buffer, entry);
  return sha256_hex(buffer);
}

bool hash_matches(const JournalEntry& entry) {
  // verify's check, once per entry: the stored hex decoded, no string built.
  thread_local std::string buffer;
  encode_into(buffer, entry);
  const auto stored = digest_from_hex(entry.hash);
  return stored && *stored == sha256(buffer);
}

}  // namespace coopflow::engine

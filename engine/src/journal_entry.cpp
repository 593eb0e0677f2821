#include "coopflow/engine/journal_entry.h"

// SHA256_Init() and friends are marked deprecated in OpenSSL 3 in favour of EVP; see below for why
// we use it.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <charconv>
#include <cstring>
#include <memory>
#include <string_view>

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

// OpenSSL's low-level SHA-256, not the EVP provider machinery: with libcrypto
// linked statically (for start-up time, P2), EVP_MD_fetch pulls in and
// relocates every provider's tables at each command's start, and per entry
// its context set-up costs more than hashing a small entry.
constexpr std::size_t kHexSize = std::size_t{2} * SHA256_DIGEST_LENGTH;

void sha256_hex_into(const std::string& bytes, char (&out)[kHexSize]) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256_CTX ctx;
  SHA256_Init(&ctx);
  SHA256_Update(&ctx, bytes.data(), bytes.size());
  SHA256_Final(digest, &ctx);
  static const char kHex[] = "0123456789abcdef";
  for (std::size_t i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 0x0F];
  }
}

}  // namespace

std::string canonical_encoding(const JournalEntry& e) {
  std::string out;
  encode_into(out, e);
  return out;
}

std::string sha256_hex(const std::string& bytes) {
  char hex[kHexSize];
  sha256_hex_into(bytes, hex);
  return std::string(hex, kHexSize);
}

std::string compute_hash(const JournalEntry& entry) {
  thread_local std::string buffer;
  encode_into(buffer, entry);
  return sha256_hex(buffer);
}

bool hash_matches(const JournalEntry& entry) {
  // verify's check, once per entry: no string built for the digest.
  thread_local std::string buffer;
  encode_into(buffer, entry);
  char hex[kHexSize];
  sha256_hex_into(buffer, hex);
  return entry.hash.size() == kHexSize && entry.hash.compare(0, kHexSize, hex, kHexSize) == 0;
}

}  // namespace coopflow::engine

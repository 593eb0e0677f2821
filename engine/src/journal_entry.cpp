#include "coopflow/engine/journal_entry.h"

// SHA256_Init() and friends are marked deprecated in OpenSSL 3 in favour of EVP; see below for why
// we use it.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <charconv>
#include <memory>

namespace coopflow::engine {

const char* const kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

namespace {

// Netstring: length ':' bytes ','. Digits go through a stack buffer: verify
// encodes millions of entries, and temporary strings showed in its profile.
void put(std::string& out, const char* data, std::size_t size) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, size).ptr;
  out.append(digits, end);
  out += ':';
  out.append(data, size);
  out += ',';
}

void put(std::string& out, const std::string& field) { put(out, field.data(), field.size()); }

void put(std::string& out, std::int64_t number) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
  put(out, digits, static_cast<std::size_t>(end - digits));
}

void encode_into(std::string& out, const JournalEntry& e) {
  out.assign("coopflow-journal-v1,");
  put(out, e.case_id);
  put(out, e.seq);
  put(out, e.position);
  put(out, e.at);
  put(out, e.actor);
  put(out, e.role);
  put(out, e.os_user);
  put(out, e.event);
  put(out, e.from_state);
  put(out, e.to_state);
  put(out, e.payload);
  put(out, e.prev_hash);
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

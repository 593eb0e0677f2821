#include "coopflow/engine/journal_entry.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace coopflow::engine {

const char* const kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

namespace {

void put(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ',';
}

}  // namespace

std::string canonical_encoding(const JournalEntry& e) {
  std::string out = "coopflow-journal-v1,";
  put(out, e.case_id);
  put(out, std::to_string(e.seq));
  put(out, std::to_string(e.position));
  put(out, e.at);
  put(out, e.actor);
  put(out, e.role);
  put(out, e.os_user);
  put(out, e.event);
  put(out, e.from_state);
  put(out, e.to_state);
  put(out, e.payload);
  put(out, e.prev_hash);
  return out;
}

std::string sha256_hex(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL SHA-256 failed");
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0x0F];
  }
  return out;
}

std::string compute_hash(const JournalEntry& entry) {
  return sha256_hex(canonical_encoding(entry));
}

}  // namespace coopflow::engine

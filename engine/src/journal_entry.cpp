#include "coopflow/engine/journal_entry.h"

#include <openssl/evp.h>

#include <charconv>
#include <memory>
#include <stdexcept>

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

// One fetched SHA-256 and one context per thread: fetching and allocating them
// per entry cost more than hashing a small entry.
class Sha256 {
 public:
  Sha256() : md_(EVP_MD_fetch(nullptr, "SHA256", nullptr)), ctx_(EVP_MD_CTX_new()) {
    if (md_ == nullptr || ctx_ == nullptr) throw std::runtime_error("OpenSSL SHA-256 unavailable");
  }
  ~Sha256() {
    EVP_MD_CTX_free(ctx_);
    EVP_MD_free(md_);
  }
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  std::string hex(const std::string& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestInit_ex(ctx_, md_, nullptr) != 1 ||
        EVP_DigestUpdate(ctx_, bytes.data(), bytes.size()) != 1 ||
        EVP_DigestFinal_ex(ctx_, digest, &len) != 1) {
      throw std::runtime_error("OpenSSL SHA-256 failed");
    }
    static const char kHex[] = "0123456789abcdef";
    std::string out(len * 2, '0');
    for (unsigned int i = 0; i < len; ++i) {
      out[2 * i] = kHex[digest[i] >> 4];
      out[2 * i + 1] = kHex[digest[i] & 0x0F];
    }
    return out;
  }

 private:
  EVP_MD* md_;
  EVP_MD_CTX* ctx_;
};

Sha256& thread_sha256() {
  thread_local Sha256 sha;
  return sha;
}

}  // namespace

std::string canonical_encoding(const JournalEntry& e) {
  std::string out;
  encode_into(out, e);
  return out;
}

std::string sha256_hex(const std::string& bytes) { return thread_sha256().hex(bytes); }

std::string compute_hash(const JournalEntry& entry) {
  thread_local std::string buffer;
  encode_into(buffer, entry);
  return sha256_hex(buffer);
}

}  // namespace coopflow::engine

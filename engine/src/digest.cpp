#include "coopflow/engine/digest.h"

// OpenSSL's low-level SHA-256, not EVP (deprecated in OpenSSL 3, hence the
// define): with libcrypto linked statically (for start-up time, P2),
// EVP_MD_fetch pulls in and relocates every provider's tables at each
// command's start, and per entry its context set-up, or the one-shot SHA256()
// fetching the algorithm under a lock, costs more than hashing a small entry.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/evp.h>
#include <openssl/sha.h>

namespace coopflow::engine {

Digest sha256(std::string_view bytes) {
  Digest out;
  SHA256_CTX ctx;
  SHA256_Init(&ctx);
  SHA256_Update(&ctx, bytes.data(), bytes.size());
  SHA256_Final(out.data(), &ctx);
  return out;
}

std::string to_hex(std::string_view bytes) {
  static const char kHex[] = "0123456789abcdef";
  std::string out(bytes.size() * 2, '0');
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    out[2 * i] = kHex[b >> 4];
    out[2 * i + 1] = kHex[b & 0x0F];
  }
  return out;
}

std::string to_hex(const Digest& digest) { return to_hex(as_bytes(digest)); }

std::optional<Digest> digest_from_hex(std::string_view hex) {
  // A table, not branches: verify decodes every entry's hash once more for the
  // tree. kBad marks a character that is not a lower-case hex digit.
  constexpr unsigned kBad = 0x10;
  static const auto kNibble = [] {
    std::array<unsigned char, 256> t{};
    t.fill(kBad);
    for (std::size_t c = 0; c < 10; ++c) t['0' + c] = static_cast<unsigned char>(c);
    for (std::size_t c = 0; c < 6; ++c) t['a' + c] = static_cast<unsigned char>(10 + c);
    return t;
  }();
  if (hex.size() != 64) return std::nullopt;
  Digest out;
  unsigned bad = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const unsigned hi = kNibble[static_cast<unsigned char>(hex[2 * i])];
    const unsigned lo = kNibble[static_cast<unsigned char>(hex[2 * i + 1])];
    bad |= hi | lo;
    out[i] = static_cast<unsigned char>((hi << 4 | lo) & 0xFF);
  }
  if ((bad & kBad) != 0) return std::nullopt;
  return out;
}

std::string to_base64(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(bytes.data()),
                                static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::string to_base64(const Digest& digest) { return to_base64(as_bytes(digest)); }

std::optional<std::string> from_base64(std::string_view text) {
  if (text.empty()) return std::string();
  if (text.size() % 4 != 0) return std::nullopt;
  std::string out(text.size() / 4 * 3, '\0');
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                reinterpret_cast<const unsigned char*>(text.data()),
                                static_cast<int>(text.size()));
  if (n < 0) return std::nullopt;
  // EVP_DecodeBlock counts the padding as zero bytes and skips blanks: the
  // padding is taken off here, and a round trip refuses every non-canonical
  // spelling (blanks, stray bits in the last character).
  std::size_t size = static_cast<std::size_t>(n);
  if (text.back() == '=') --size;
  if (text.size() > 1 && text[text.size() - 2] == '=') --size;
  out.resize(size);
  if (to_base64(out) != text) return std::nullopt;
  return out;
}

std::optional<Digest> digest_from_base64(std::string_view text) {
  const auto bytes = from_base64(text);
  if (!bytes || bytes->size() != 32) return std::nullopt;
  Digest out;
  std::copy(bytes->begin(), bytes->end(), out.begin());
  return out;
}

}  // namespace coopflow::engine

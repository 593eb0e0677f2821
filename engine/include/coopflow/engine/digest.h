#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

// SHA-256 digests and the two text forms they travel in: lower-case hex (the
// journal's hash columns) and standard base64 (Merkle roots in checkpoints,
// proofs, signatures).
namespace coopflow::engine {

using Digest = std::array<unsigned char, 32>;

Digest sha256(std::string_view bytes);

std::string to_hex(std::string_view bytes);
std::string to_hex(const Digest& digest);
// The digest a 64-character lower-case hex string spells; nothing otherwise.
std::optional<Digest> digest_from_hex(std::string_view hex);

std::string to_base64(std::string_view bytes);
std::string to_base64(const Digest& digest);
// The bytes of canonical, padded, standard base64 (no whitespace); nothing if
// text is anything else.
std::optional<std::string> from_base64(std::string_view text);
// The digest 32 bytes of base64 spell; nothing otherwise.
std::optional<Digest> digest_from_base64(std::string_view text);

inline std::string_view as_bytes(const Digest& d) {
  return {reinterpret_cast<const char*>(d.data()), d.size()};
}

}  // namespace coopflow::engine

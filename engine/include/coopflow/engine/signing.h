#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

// Ed25519 keys and signatures (OpenSSL 3), in the PEM files the `openssl`
// command reads: an auditor checks a signature with stock tools.
namespace coopflow::engine {

// Writes PREFIX.key (the private key, PKCS#8 PEM, mode 0600) and PREFIX.pub
// (SubjectPublicKeyInfo PEM). Refuses (ConflictError) if either exists, and
// writes neither if it cannot write both.
void generate_key_files(const std::string& prefix);

// The 32 raw bytes of an Ed25519 public key in PEM text. Throws ValidationError
// naming `what` (the file) if the text is not one.
std::string public_key_from_pem(const std::string& pem, const std::string& what);

bool verify_ed25519(std::string_view public_key, std::string_view message,
                    std::string_view signature);

// A key the office log registered to sign checkpoints.
struct RegisteredKey {
  std::string name;
  std::string public_key;       // 32 raw bytes
  std::int64_t added_at = 0;    // log position of its key-add entry
  std::int64_t retired_at = 0;  // of its key-retire entry; 0 while in service
  // Whether it could sign a checkpoint of the log's first `size` entries:
  // registered within them, not retired within them.
  bool valid_for(std::int64_t size) const {
    return added_at <= size && (retired_at == 0 || retired_at > size);
  }
};

// A private key loaded from its PEM file, for sealing.
class SigningKey {
 public:
  // Throws NotFoundError if the file is missing, ValidationError if it is not
  // an Ed25519 private key.
  static SigningKey load(const std::string& path);
  const std::string& public_key() const { return public_key_; }  // 32 raw bytes
  std::string sign(std::string_view message) const;              // 64 bytes

 private:
  struct Key;
  explicit SigningKey(std::shared_ptr<Key> key, std::string public_key);
  std::shared_ptr<Key> key_;
  std::string public_key_;
};

}  // namespace coopflow::engine

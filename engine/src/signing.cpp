#include "coopflow/engine/signing.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "coopflow/engine/errors.h"

namespace coopflow::engine {
namespace {

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

constexpr std::size_t kPublicKeyBytes = 32;
constexpr std::size_t kSignatureBytes = 64;

std::string raw_public_key(EVP_PKEY* key) {
  std::string out(kPublicKeyBytes, '\0');
  std::size_t size = out.size();
  if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &size) != 1 ||
      size != kPublicKeyBytes) {
    throw InternalError("could not read an Ed25519 public key");
  }
  return out;
}

std::string pem_of(EVP_PKEY* key, bool private_part) {
  Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
  const int ok =
      private_part ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
                   : PEM_write_bio_PUBKEY(bio.get(), key);
  if (ok != 1) throw InternalError("could not encode a key as PEM");
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(size));
}

// Creates path with mode, exclusively, and writes text and syncs it; throws
// ConflictError if it exists, ValidationError if it cannot be written.
void write_new_file(const std::string& path, const std::string& text, mode_t mode) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) {
    if (errno == EEXIST) {
      throw saying<ConflictError>(
          Message("{1} exists already; choose another --out or remove it first", {path}));
    }
    throw saying<ValidationError>(Message("cannot create {1}: {2}", {path, std::strerror(errno)}),
                                  "out");
  }
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!written || !synced) {
    ::unlink(path.c_str());
    throw saying<ValidationError>(Message("cannot write {1}; check the disk", {path}), "out");
  }
}

std::string read_file(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw saying<NotFoundError>(Message("cannot read {1} {2}", {word(what), path}), what, path);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

struct SigningKey::Key {
  PKey pkey{nullptr, &EVP_PKEY_free};
};

void generate_key_files(const std::string& prefix) {
  PKey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), &EVP_PKEY_free);
  if (!key) throw InternalError("could not generate an Ed25519 key");
  const std::string private_path = prefix + ".key";
  const std::string public_path = prefix + ".pub";
  if (::access(public_path.c_str(), F_OK) == 0) {
    throw saying<ConflictError>(
        Message("{1} exists already; choose another --out or remove it first", {public_path}));
  }
  write_new_file(private_path, pem_of(key.get(), true), 0600);
  try {
    write_new_file(public_path, pem_of(key.get(), false), 0644);
  } catch (...) {
    ::unlink(private_path.c_str());
    throw;
  }
}

std::string public_key_from_pem(const std::string& pem, const std::string& what) {
  Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
  PKey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
  if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
    throw saying<ValidationError>(Message("{1} is not an Ed25519 public key in PEM; make one with "
                                          "`coopflow keygen --out PREFIX` (PREFIX.pub)",
                                          {what}),
                                  "key");
  }
  return raw_public_key(key.get());
}

bool verify_ed25519(std::string_view public_key, std::string_view message,
                    std::string_view signature) {
  if (public_key.size() != kPublicKeyBytes || signature.size() != kSignatureBytes) return false;
  PKey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                       reinterpret_cast<const unsigned char*>(public_key.data()),
                                       public_key.size()),
           &EVP_PKEY_free);
  MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
    return false;
  }
  return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                          signature.size(), reinterpret_cast<const unsigned char*>(message.data()),
                          message.size()) == 1;
}

SigningKey::SigningKey(std::shared_ptr<Key> key, std::string public_key)
    : key_(std::move(key)), public_key_(std::move(public_key)) {}

SigningKey SigningKey::load(const std::string& path) {
  const std::string pem = read_file(path, N_("key"));
  Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
  auto key = std::make_shared<Key>();
  // No passphrase callback that prompts: a sealing service has no terminal.
  const auto no_passphrase = [](char*, int, int, void* asked) {
    *static_cast<bool*>(asked) = true;
    return 0;
  };
  bool asked = false;
  key->pkey.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, no_passphrase, &asked));
  if (asked) {
    throw saying<ValidationError>(
        Message("{1} is encrypted with a passphrase; coopflow reads an unencrypted key, protected "
                "by its file mode (0600) and the account that alone may read it",
                {path}),
        "key");
  }
  if (!key->pkey || EVP_PKEY_get_id(key->pkey.get()) != EVP_PKEY_ED25519) {
    throw saying<ValidationError>(Message("{1} is not an Ed25519 private key in PEM; make one "
                                          "with `coopflow keygen --out PREFIX` (PREFIX.key)",
                                          {path}),
                                  "key");
  }
  std::string public_key = raw_public_key(key->pkey.get());
  return SigningKey(std::move(key), std::move(public_key));
}

std::string SigningKey::sign(std::string_view message) const {
  MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  std::string out(kSignatureBytes, '\0');
  std::size_t size = out.size();
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key_->pkey.get()) != 1 ||
      EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &size,
                     reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1 ||
      size != kSignatureBytes) {
    throw InternalError("could not sign with an Ed25519 key");
  }
  return out;
}

}  // namespace coopflow::engine

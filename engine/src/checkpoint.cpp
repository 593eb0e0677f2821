#include "coopflow/engine/checkpoint.h"

#include <algorithm>
#include <charconv>

namespace coopflow::engine {
namespace {

constexpr std::string_view kDash = "\xE2\x80\x94 ";  // U+2014 EM DASH, then a space
constexpr std::size_t kKeyIdBytes = 4;
constexpr std::size_t kSignatureBytes = 64;

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

bool printable(const std::string& line) {
  return std::none_of(line.begin(), line.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F;
  });
}

}  // namespace

bool is_key_name(const std::string& name) {
  // Visible ASCII only (C2SP allows more): a name is shown on terminals and in
  // notes people read, where control or bidi characters could disguise it.
  return !name.empty() && name.size() <= 64 &&
         std::all_of(name.begin(), name.end(), [](char c) { return c > 0x20 && c < 0x7F; }) &&
         name.find('+') == std::string::npos;
}

std::string note_key_id(const std::string& name, const std::string& public_key) {
  const Digest d = sha256(name + "\n\x01" + public_key);
  return std::string(reinterpret_cast<const char*>(d.data()), kKeyIdBytes);
}

std::string checkpoint_text(const std::string& origin, std::uint64_t size, const Digest& root,
                            const std::string& time) {
  return origin + "\n" + std::to_string(size) + "\n" + to_base64(root) + "\ntime " + time + "\n";
}

std::string sign_note(const std::string& text, const std::string& name, const SigningKey& key) {
  const std::string blob = note_key_id(name, key.public_key()) + key.sign(text);
  return text + "\n" + std::string(kDash) + name + " " + to_base64(blob) + "\n";
}

std::optional<Checkpoint> parse_checkpoint(const std::string& note, Message& why) {
  const auto fail = [&why](Message reason) {
    why = std::move(reason);
    return std::nullopt;
  };
  const std::size_t blank = note.find("\n\n");
  if (note.empty() || note.back() != '\n' || blank == std::string::npos) {
    return fail(Message("it is not a signed note (text, a blank line, signature lines)"));
  }
  Checkpoint c;
  c.text = note.substr(0, blank + 1);
  const auto body = split_lines(c.text);
  if (body.size() < 3 || !std::all_of(body.begin(), body.end(), printable)) {
    return fail(Message("its text is not a checkpoint (origin, size, root)"));
  }
  c.origin = body[0];
  const std::string& size = body[1];
  const auto [end, ec] = std::from_chars(size.data(), size.data() + size.size(), c.size);
  if (ec != std::errc() || end != size.data() + size.size() || size.empty() ||
      (size.size() > 1 && size[0] == '0')) {
    return fail(Message("its tree size '{1}' is not a decimal number", {size}));
  }
  const auto root = digest_from_base64(body[2]);
  if (!root) return fail(Message("its root is not 32 bytes of base64"));
  c.root = *root;
  for (std::size_t i = 3; i < body.size(); ++i) {
    if (body[i].rfind("time ", 0) == 0) c.time = body[i].substr(5);
  }
  for (const auto& line : split_lines(note.substr(blank + 2))) {
    if (line.rfind(kDash, 0) != 0) {
      return fail(Message("a signature line does not start with '— '"));
    }
    const std::string rest = line.substr(kDash.size());
    const std::size_t space = rest.rfind(' ');
    if (space == std::string::npos) return fail(Message("a signature line has no signature"));
    const auto blob = from_base64(rest.substr(space + 1));
    if (!blob || blob->size() != kKeyIdBytes + kSignatureBytes) {
      return fail(Message("a signature is not a key ID and an Ed25519 signature in base64"));
    }
    c.signatures.push_back(
        {rest.substr(0, space), blob->substr(0, kKeyIdBytes), blob->substr(kKeyIdBytes)});
  }
  if (c.signatures.empty()) return fail(Message("it carries no signature"));
  return c;
}

bool signature_valid(const Checkpoint& checkpoint, const NoteSignature& signature,
                     const std::string& public_key) {
  return signature.key_id == note_key_id(signature.name, public_key) &&
         verify_ed25519(public_key, checkpoint.text, signature.signature);
}

}  // namespace coopflow::engine

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/digest.h"
#include "coopflow/engine/message.h"
#include "coopflow/engine/signing.h"

// Checkpoints as C2SP defines them (c2sp.org/tlog-checkpoint), signed as C2SP
// signed notes (c2sp.org/signed-note):
//
//   coopflow/<uuid>            the origin: this database's id
//   <tree size>                in decimal
//   <root>                     base64 of the Merkle root
//   time <UTC time>            an extension line
//                              (a blank line)
//   — <key name> <base64(key ID ‖ Ed25519 signature of the text above the blank line)>
namespace coopflow::engine {

struct NoteSignature {
  std::string name;
  std::string key_id;     // 4 bytes
  std::string signature;  // 64 bytes
};

struct Checkpoint {
  std::string origin;
  std::uint64_t size = 0;
  Digest root{};
  std::string time;
  std::string text;  // the signed body, ending in a newline
  std::vector<NoteSignature> signatures;
};

// A key name coopflow registers: 1-64 visible ASCII characters, no '+'.
bool is_key_name(const std::string& name);
// SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)[:4]: the Ed25519 key ID of a note.
std::string note_key_id(const std::string& name, const std::string& public_key);

std::string checkpoint_text(const std::string& origin, std::uint64_t size, const Digest& root,
                            const std::string& time);
// The text with one signature line by `name`.
std::string sign_note(const std::string& text, const std::string& name, const SigningKey& key);
// Parses a signed checkpoint note, strictly; nothing (and why) if it is not one.
std::optional<Checkpoint> parse_checkpoint(const std::string& note, Message& why);
// Whether `signature` is valid for the note's text under (name, public key).
bool signature_valid(const Checkpoint& checkpoint, const NoteSignature& signature,
                     const std::string& public_key);

}  // namespace coopflow::engine

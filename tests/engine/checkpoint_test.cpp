// Keys, signatures and C2SP checkpoint notes: what sealing and verify rest on.
#include "coopflow/engine/checkpoint.h"

#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "coopflow/engine/errors.h"
#include "support/temp_dir.h"

using namespace coopflow::engine;

BOOST_AUTO_TEST_CASE(keygen_writes_a_private_key_only_its_owner_reads_and_its_public_half) {
  coopflow::testing::TempDir dir;
  const std::string prefix = dir.file("seal");
  generate_key_files(prefix);
  struct stat st {};
  BOOST_REQUIRE(::stat((prefix + ".key").c_str(), &st) == 0);
  BOOST_TEST((st.st_mode & 0777) == 0600u);
  const SigningKey key = SigningKey::load(prefix + ".key");
  BOOST_TEST(public_key_from_pem(coopflow::testing::file_text(prefix + ".pub"), "seal.pub") ==
             key.public_key());
  const std::string sig = key.sign("message");
  BOOST_TEST(verify_ed25519(key.public_key(), "message", sig));
  BOOST_TEST(!verify_ed25519(key.public_key(), "messagE", sig));
  // Never over an existing key.
  BOOST_CHECK_THROW(generate_key_files(prefix), ConflictError);
  BOOST_CHECK_THROW(public_key_from_pem(coopflow::testing::file_text(prefix + ".key"), "seal.key"),
                    ValidationError);
  BOOST_CHECK_THROW(SigningKey::load(prefix + ".pub"), ValidationError);
}

BOOST_AUTO_TEST_CASE(a_signed_checkpoint_parses_back_and_any_changed_byte_breaks_it) {
  coopflow::testing::TempDir dir;
  generate_key_files(dir.file("k"));
  const SigningKey key = SigningKey::load(dir.file("k.key"));
  const Digest root = sha256("root");
  const std::string text =
      checkpoint_text("coopflow/0b9c", 42, root, "2026-11-25T10:00:00.000000Z");
  BOOST_TEST(text ==
             "coopflow/0b9c\n42\n" + to_base64(root) + "\ntime 2026-11-25T10:00:00.000000Z\n");
  const std::string note = sign_note(text, "office-2026", key);
  BOOST_TEST(note.find("\n\n\xE2\x80\x94 office-2026 ") == text.size() - 1);
  coopflow::engine::Message why;
  const auto parsed = parse_checkpoint(note, why);
  BOOST_REQUIRE_MESSAGE(parsed, why.english());
  BOOST_TEST(parsed->origin == "coopflow/0b9c");
  BOOST_TEST(parsed->size == 42u);
  BOOST_TEST(parsed->root == root);
  BOOST_REQUIRE_EQUAL(parsed->signatures.size(), 1u);
  BOOST_TEST(signature_valid(*parsed, parsed->signatures[0], key.public_key()));
  // Another name, another key, or any byte of the text changed: refused.
  auto renamed = *parsed;
  renamed.signatures[0].name = "office-2027";
  BOOST_TEST(!signature_valid(renamed, renamed.signatures[0], key.public_key()));
  generate_key_files(dir.file("other"));
  BOOST_TEST(!signature_valid(*parsed, parsed->signatures[0],
                              SigningKey::load(dir.file("other.key")).public_key()));
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string changed = note;
    changed[i] = changed[i] == '4' ? '5' : '4';
    const auto c = parse_checkpoint(changed, why);
    BOOST_TEST(!(c && signature_valid(*c, c->signatures[0], key.public_key())), "byte " << i);
  }
}

BOOST_AUTO_TEST_CASE(what_is_not_a_checkpoint_is_refused_with_a_reason) {
  const std::string root = to_base64(sha256("r"));
  const std::string sig = "\xE2\x80\x94 k " + to_base64(std::string(68, 'x')) + "\n";
  for (const std::string& bad : {std::string(""), "o\n1\n" + root + "\n",  // no signature block
                                 "o\n01\n" + root + "\n\n" + sig,          // leading zero
                                 "o\n-1\n" + root + "\n\n" + sig, "o\n1\nAAAA\n\n" + sig,
                                 "o\n1\n" + root + "\n\n- k " + to_base64(std::string(68, 'x')) +
                                     "\n",  // a hyphen, not the em dash
                                 "o\n1\n" + root + "\n\n\xE2\x80\x94 k AAAA\n"}) {
    coopflow::engine::Message why;
    BOOST_TEST(!parse_checkpoint(bad, why), bad);
    BOOST_TEST(!why.empty());
  }
  BOOST_TEST(!is_key_name(""));
  BOOST_TEST(!is_key_name("a b"));
  BOOST_TEST(!is_key_name("a+b"));
  BOOST_TEST(is_key_name("office-2026"));
}

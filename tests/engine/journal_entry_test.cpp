#include "coopflow/engine/journal_entry.h"

#include <boost/test/unit_test.hpp>
#include <cctype>

using namespace coopflow::engine;

namespace {

JournalEntry sample() {
  JournalEntry e;
  e.case_id = "EC-2010-0001";
  e.seq = 2;
  e.position = 7;
  e.at = "2026-11-23T20:19:40.123456Z";
  e.actor = "alice";
  e.role = "coordinator";
  e.os_user = "alice";
  e.event = "start-analysis";
  e.from_state = "Received";
  e.to_state = "Analysis";
  e.payload = R"({"fields":{}})";
  e.prev_hash = kGenesisHash;
  return e;
}

}  // namespace

BOOST_AUTO_TEST_CASE(sha256_matches_the_standard_test_vector) {
  BOOST_TEST(sha256_hex("abc") ==
             "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

BOOST_AUTO_TEST_CASE(the_canonical_encoding_is_length_prefixed_in_documented_order) {
  const std::string enc = canonical_encoding(sample());
  BOOST_TEST(
      enc.rfind("coopflow-journal-v1,12:EC-2010-0001,1:2,1:7,27:2026-11-23T20:19:40.123456Z,", 0) ==
      0);
  BOOST_TEST(enc.find("14:start-analysis,8:Received,8:Analysis,13:{\"fields\":{}},64:") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(changing_any_field_changes_the_hash) {
  const std::string base = compute_hash(sample());
  std::vector<std::function<void(JournalEntry&)>> edits = {
      [](JournalEntry& e) { e.case_id = "EC-2010-0002"; },
      [](JournalEntry& e) { e.seq = 3; },
      [](JournalEntry& e) { e.position = 8; },
      [](JournalEntry& e) { e.at[18] = '1'; },
      [](JournalEntry& e) { e.actor = "bob"; },
      [](JournalEntry& e) { e.role = "manager"; },
      [](JournalEntry& e) { e.os_user = "root"; },
      [](JournalEntry& e) { e.event = "commit"; },
      [](JournalEntry& e) { e.from_state = "Analysis"; },
      [](JournalEntry& e) { e.to_state = "Planning"; },
      [](JournalEntry& e) { e.payload = R"({"fields":{"a":1}})"; },
      [](JournalEntry& e) { e.prev_hash[0] = '1'; },
  };
  for (const auto& edit : edits) {
    JournalEntry e = sample();
    edit(e);
    BOOST_TEST(compute_hash(e) != base);
  }
}

BOOST_AUTO_TEST_CASE(moving_bytes_between_fields_changes_the_hash) {
  JournalEntry a = sample();
  JournalEntry b = sample();
  a.actor = "al";
  a.role = "icecoordinator";
  b.actor = "alice";
  b.role = "coordinator";
  BOOST_TEST(compute_hash(a) != compute_hash(b));
}

BOOST_AUTO_TEST_CASE(hash_matches_only_the_exact_lower_case_digest) {
  JournalEntry e = sample();
  e.hash = compute_hash(e);
  BOOST_TEST(hash_matches(e));
  JournalEntry longer = e;
  longer.hash += "0";
  BOOST_TEST(!hash_matches(longer));
  JournalEntry shorter = e;
  shorter.hash.pop_back();
  BOOST_TEST(!hash_matches(shorter));
  JournalEntry upper = e;
  for (auto& c : upper.hash) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  BOOST_TEST((upper.hash != e.hash) == !hash_matches(upper));
  JournalEntry edited = e;
  edited.payload = R"({"fields":{"a":2}})";
  BOOST_TEST(!hash_matches(edited));
}

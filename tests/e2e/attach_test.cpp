// Documents attached to cases: stored with their hash in the log, written
// back only when they still match it, and refused when they do not belong.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "e2e/runner.h"
#include "support/tamper.h"

using coopflow::testing::OfficeDb;
using coopflow::testing::Result;
using nlohmann::json;

namespace {

// A small PDF-looking document holding every byte value.
std::string document_bytes() {
  std::string bytes = "%PDF-1.4\n";
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  return bytes;
}

std::string write_file(const OfficeDb& db, const std::string& name, const std::string& bytes) {
  const std::string path = db.file(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_document_is_kept_listed_and_written_back_byte_for_byte) {
  OfficeDb db;
  const std::string id = db.open_electoral();
  const std::string letter = write_file(db, "lettre officielle.pdf", document_bytes());
  const auto attached =
      json::parse(db.ok("alice", {"--json", "attach", id, letter, "--kind", "request-letter",
                                  "--title", "Lettre de la CEI, 2010-03-15"}));
  BOOST_TEST(attached.at("number") == 1);
  BOOST_TEST(attached.at("media_type") == "application/pdf");
  BOOST_TEST(attached.at("size") == document_bytes().size());
  BOOST_TEST(attached.at("name") == "lettre officielle.pdf");

  const auto listed = json::parse(db.ok("audrey", {"--json", "attachments", id}));
  BOOST_REQUIRE_EQUAL(listed.at("attachments").size(), 1u);
  BOOST_TEST(listed.at("attachments")[0].at("sha256") == attached.at("sha256"));
  BOOST_TEST(db.ok("audrey", {"show", id}).find("Lettre de la CEI") != std::string::npos);

  const std::string back = db.file("back.pdf");
  db.ok("audrey", {"attachments", id, "1", "--out", back});
  BOOST_TEST(coopflow::testing::file_text(back) == document_bytes());
  // The log entry that attached it names its hash, so the tree covers the bytes.
  const std::string log = db.ok("audrey", {"export", "--format", "jsonl"});
  BOOST_TEST(log.find(attached.at("sha256").get<std::string>()) != std::string::npos);
  BOOST_TEST(db.as("audrey", {"verify"}).code == 0);
}

BOOST_AUTO_TEST_CASE(what_does_not_belong_is_refused_and_nothing_is_written) {
  OfficeDb db;
  const std::string id = db.open_electoral();
  const std::string empty = write_file(db, "empty.pdf", "");
  const std::string big = db.file("big.pdf");
  {
    std::ofstream(big, std::ios::binary) << "%PDF";
    std::filesystem::resize_file(big, 25 * 1024 * 1024 + 1);
  }
  const std::string ok = write_file(db, "ok.pdf", document_bytes());
  const std::string before = db.snapshot();
  const struct {
    std::string user;
    std::vector<std::string> args;
    int code;
    std::string says;
  } refusals[] = {
      {"alice", {"attach", id, empty, "--kind", "plan"}, 3, "is empty"},
      {"alice", {"attach", id, big, "--kind", "plan"}, 3, "25 MiB"},
      {"alice", {"attach", id, db.file(""), "--kind", "plan"}, 3, "not a regular file"},
      {"alice", {"attach", id, db.file("missing.pdf"), "--kind", "plan"}, 4, "cannot read"},
      {"alice", {"attach", id, ok, "--kind", "invoice"}, 3, "none of"},
      {"alice", {"attach", "EC-2010-0099", ok, "--kind", "plan"}, 4, "EC-2010-0099"},
      {"audrey", {"attach", id, ok, "--kind", "plan"}, 5, "coordinator"},
      {"audrey", {"attachments", id, "1", "--out", db.file("x")}, 4, "no document 1"},
  };
  for (const auto& r : refusals) {
    const Result res = db.as(r.user, r.args);
    BOOST_TEST(res.code == r.code,
               r.args[0] << " " << r.args[2] << ": " << res.code << " " << res.err);
    BOOST_TEST(res.err.find(r.says) != std::string::npos, res.err);
    BOOST_TEST((db.snapshot() == before));
  }
}

BOOST_AUTO_TEST_CASE(bytes_changed_in_the_file_are_named_by_verify_and_never_written_out) {
  OfficeDb db;
  const std::string id = db.open_electoral();
  db.ok("alice", {"attach", id, write_file(db, "plan.pdf", document_bytes()), "--kind", "plan"});
  coopflow::testing::tamper(db.path(), "UPDATE attachments SET content = x'25504446'");
  const Result v = db.as("audrey", {"verify"});
  BOOST_TEST(v.code == 8);
  BOOST_TEST(v.out.find(id + " document 1: its bytes do not match") != std::string::npos, v.out);
  const std::string out = db.file("out.pdf");
  BOOST_TEST(db.as("audrey", {"attachments", id, "1", "--out", out}).code == 8);
  BOOST_TEST(!std::filesystem::exists(out));
}

BOOST_AUTO_TEST_CASE(a_document_added_by_hand_is_named_by_verify) {
  OfficeDb db;
  const std::string id = db.open_electoral();
  coopflow::testing::tamper(db.path(), "INSERT INTO attachments VALUES ('" + id +
                                           "', 1, 999, 'plan', 't', 'n', 'text/plain', 1, '" +
                                           std::string(64, 'a') + "', x'41')");
  const Result v = db.as("audrey", {"verify"});
  BOOST_TEST(v.code == 8);
  BOOST_TEST(v.out.find("is not in the office log") != std::string::npos, v.out);
}

#include "coopflow/engine/event_fields.h"

#include <boost/test/unit_test.hpp>

#include "coopflow/engine/case_file.h"

using coopflow::engine::EventFields;

namespace {

std::string peek(const std::string& payload, const std::string& field) {
  return EventFields::from_payload(payload).text(field);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(event_fields)

BOOST_AUTO_TEST_CASE(a_recorded_field_is_read_from_the_payload) {
  const std::string p = R"({"concerns":{"kind":"x"},"fields":{"mandate-fit":"yes","note":"é\n"}})";
  BOOST_TEST(peek(p, "mandate-fit") == "yes");
  BOOST_TEST(peek(p, "note") == "é\n");
  BOOST_TEST(peek(p, "absent") == "");
}

BOOST_AUTO_TEST_CASE(only_text_directly_under_fields_counts) {
  BOOST_TEST(peek(R"({"fields":{"n":5}})", "n") == "");
  BOOST_TEST(peek(R"({"fields":{"n":{"n":"deep"}}})", "n") == "");
  BOOST_TEST(peek(R"({"fields":[{"n":"in an array"}]})", "n") == "");
  BOOST_TEST(peek(R"({"other":{"n":"elsewhere"}})", "n") == "");
  BOOST_TEST(peek(R"({"n":"top level"})", "n") == "");
}

BOOST_AUTO_TEST_CASE(a_repeated_key_reads_as_a_whole_parse_would) {
  BOOST_TEST(peek(R"({"fields":{"n":"first","n":"last"}})", "n") == "last");
  BOOST_TEST(peek(R"({"fields":{"n":"text","n":{}}})", "n") == "");
  BOOST_TEST(peek(R"({"fields":{"n":"old"},"fields":5})", "n") == "");
  BOOST_TEST(peek(R"({"fields":{"n":"old"},"fields":{"m":"new"}})", "n") == "");
}

BOOST_AUTO_TEST_CASE(a_payload_that_is_not_an_object_has_no_fields) {
  for (const char* p :
       {"", "[]", "\"fields\"", "{\"fields\":{\"n\":\"x\"}", "{} trailing", "nul"}) {
    BOOST_TEST(peek(p, "n") == "", p);
  }
}

BOOST_AUTO_TEST_CASE(an_approval_takes_its_comment_from_the_recorded_payload) {
  coopflow::engine::JournalEntry e;
  e.case_id = "EC-2010-0001";
  e.seq = 4;
  e.event = "return-plan";
  e.payload = R"({"concerns":{"kind":"plan","version":1},"fields":{"comment":"préciser"}})";
  coopflow::engine::EventSpec spec;
  spec.name = "return-plan";
  spec.concerns = "plan";
  BOOST_TEST(coopflow::engine::approval_for(e, spec, 0).comment == "préciser");
  e.payload = R"({"fields":{"comment":7,"reason":"la raison"}})";
  BOOST_TEST(coopflow::engine::approval_for(e, spec, 0).comment == "la raison");
  e.payload = "not json";
  BOOST_TEST(coopflow::engine::approval_for(e, spec, 0).comment == "");
  e.payload = R"({"fields":{"comment":"","changes":"dates"}})";
  BOOST_TEST(coopflow::engine::approval_for(e, spec, 0).comment == "dates");
}

// verify skips parsing payloads that cannot name a wanted field; a key spelt
// with JSON escapes is still that key, so it must still be found.
BOOST_AUTO_TEST_CASE(a_key_spelt_with_escapes_is_still_found) {
  BOOST_TEST(peek(R"({"fields":{"mandate\u002dfit":"yes"}})", "mandate-fit") == "yes");
  coopflow::engine::JournalEntry e;
  e.payload = R"({"fields":{"comm\u0065nt":"escaped"}})";
  coopflow::engine::EventSpec spec;
  BOOST_TEST(coopflow::engine::approval_for(e, spec, 0).comment == "escaped");
  // A key's name inside a value is no key: the parse decides.
  BOOST_TEST(peek(R"({"fields":{"x":"\"mandate-fit\""}})", "mandate-fit") == "");
  BOOST_TEST(peek(R"({"fields":{"x":"mandate-fit"}})", "mandate-fit") == "");
}

BOOST_AUTO_TEST_SUITE_END()

// French for every message: each text the pages mark for translation (found
// by xgettext in web/src), each refusal the engine says, and each text the
// workflows declare has its msgstr in web/po/fr.po, and the catalog compiled
// into the binary answers in French.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "coopflow/engine/attachment.h"
#include "coopflow/engine/authority.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/web/i18n.h"
#include "pages.h"
#include "support/workflow_walk.h"

namespace {

const std::string kSource = COOPFLOW_SOURCE_DIR;

// A .po or .pot file's entries: msgid -> msgstr (the header's "" left out).
std::map<std::string, std::string> read_po(const std::string& text) {
  std::map<std::string, std::string> out;
  std::istringstream in(text);
  std::string line, id, str, context, *current = nullptr;
  const auto flush = [&] {
    if (!id.empty()) out[id] = str;
    id.clear();
    str.clear();
  };
  const auto unquote = [](const std::string& q) {
    std::string s;
    for (std::size_t i = q.find('"') + 1; i + 1 < q.size(); ++i) {
      if (q[i] == '\\' && i + 2 < q.size()) {
        ++i;
        s += q[i] == 'n' ? '\n' : q[i];
      } else {
        s += q[i];
      }
    }
    return s;
  };
  // A plural entry is read as two: msgid -> msgstr[0], msgid_plural -> msgstr[1].
  std::string plural_id, plural_str;
  const auto flush_plural = [&] {
    if (!plural_id.empty()) out[plural_id] = plural_str;
    plural_id.clear();
    plural_str.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("msgctxt ", 0) == 0) {
      flush();
      flush_plural();
      context = unquote(line);
      current = nullptr;
    } else if (line.rfind("msgid ", 0) == 0) {
      flush();  // nothing left after a msgctxt's
      flush_plural();
      // gettext's key for a msgid in a context: the two joined by EOT.
      id = context.empty() ? unquote(line) : context + '\004' + unquote(line);
      context.clear();
      current = &id;
    } else if (line.rfind("msgid_plural ", 0) == 0) {
      plural_id = unquote(line);
      current = &plural_id;
    } else if (line.rfind("msgstr ", 0) == 0 || line.rfind("msgstr[0] ", 0) == 0) {
      str = unquote(line);
      current = &str;
    } else if (line.rfind("msgstr[1] ", 0) == 0) {
      plural_str = unquote(line);
      current = &plural_str;
    } else if (!line.empty() && line[0] == '"' && current != nullptr) {
      *current += unquote(line);
    }
  }
  flush();
  flush_plural();
  return out;
}

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string command_output(const std::string& command) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  BOOST_REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  BOOST_REQUIRE_EQUAL(::pclose(p), 0);
  return out;
}

const std::map<std::string, std::string>& catalog() {
  static const auto po = read_po(file_text(kSource + "/web/po/fr.po"));
  return po;
}

void expect_french(const std::string& msgid, const std::string& where) {
  const auto it = catalog().find(msgid);
  BOOST_TEST((it != catalog().end() && !it->second.empty()),
             where << ": no French for \"" << msgid << "\" in web/po/fr.po");
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_message_the_pages_mark_has_its_french) {
  const auto pot =
      read_po(command_output("xgettext --from-code=UTF-8 -C --keyword=tr:2 --keyword=t:1 "
                             "--keyword=Message:1 --keyword=translate:2 "
                             "--keyword=text_input:3 --keyword=plain_in_both:2 "
                             "--keyword=N_ --no-location -o - " +
                             kSource + "/web/src/*.cpp"));
  BOOST_TEST(pot.size() > 50U);
  for (const auto& [msgid, unused] : pot) expect_french(msgid, "web/src");
}

BOOST_AUTO_TEST_CASE(every_message_the_engine_says_has_its_french) {
  // The refusals the CLI and the pages both say: Message("...") and the words
  // and reasons marked N_ or word() in the engine and the workflows' guards.
  const auto pot = read_po(command_output(
      "xgettext --from-code=UTF-8 -C --keyword=Message:1 --keyword=word:1 --keyword=N_ "
      "--keyword=counted:2,3 "
      "--no-location -o - " +
      kSource + "/engine/src/*.cpp " + kSource + "/engine/src/*.h " + kSource +
      "/engine/include/coopflow/engine/*.h " + kSource + "/workflows/*/*.cpp " + kSource +
      "/workflows/*/*.h"));
  BOOST_TEST(pot.size() > 50U);
  for (const auto& [msgid, unused] : pot) expect_french(msgid, "engine/src or workflows/");
}

BOOST_AUTO_TEST_CASE(every_message_the_storage_says_has_its_french) {
  // The database's refusals (no database there, busy, not coopflow's, unsafe
  // folder...), said by the engine as Messages: each StorageError's pattern.
  const auto pot = read_po(
      command_output("xgettext --from-code=UTF-8 -C --keyword=StorageError:3 --keyword=unsafe:2 "
                     "--keyword=make_in_place:2 --no-location -o - " +
                     kSource + "/storage/src/*.cpp"));
  BOOST_TEST(pot.size() > 20U);
  for (const auto& [msgid, unused] : pot) expect_french(msgid, "storage/src");
}

BOOST_AUTO_TEST_CASE(every_message_the_cli_says_has_its_french) {
  // Its help, its tables' headers and its lines: say("..."), label("...") and
  // line("...") (show's), Message("...")
  // and the texts marked N_ in cli/.
  const auto pot = read_po(command_output(
      "xgettext --from-code=UTF-8 -C --keyword=say:1 --keyword=label:1 --keyword=line:1 "
      "--keyword=Message:1 --keyword=word:1 --keyword=counted:2,3 "
      "--keyword=N_ --no-location -o - " +
      kSource + "/cli/*.cpp"));
  BOOST_TEST(pot.size() > 200U);
  for (const auto& [msgid, unused] : pot) expect_french(msgid, "cli/");
}

BOOST_AUTO_TEST_CASE(every_translation_keeps_the_places_its_message_fills) {
  const auto places = [](const std::string& text) {
    std::multiset<std::string> out;
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
      if (text[i] == '{' && text[i + 2] == '}') out.insert(text.substr(i, 3));
    }
    return std::set<std::string>(out.begin(), out.end());
  };
  for (const auto& [msgid, msgstr] : catalog()) {
    BOOST_TEST((places(msgid) == places(msgstr)),
               "\"" << msgstr << "\" does not fill the places of \"" << msgid << "\"");
  }
}

namespace {

// Every text the workflows declare, and the codes the pages show beside them.
std::set<std::string> declared_texts() {
  std::set<std::string> texts;
  for (const auto* wf : coopflow::testing::builtin_registry().all()) {
    texts.insert(wf->summary);
    for (const auto& s : wf->stages) texts.insert(s.state);
    for (const auto& e : wf->events) {
      texts.insert({e.name, e.summary});
      if (!e.produces.empty()) texts.insert(e.produces);
      for (const auto& f : e.fields) {
        texts.insert({f.name, f.help});
        texts.insert(f.choices.begin(), f.choices.end());
      }
    }
  }
  // The operations the authority names in its refusals ("manage-users needs the admin role").
  using coopflow::engine::Authority;
  for (const auto* op :
       {&Authority::read_record(), &Authority::list_users(), &Authority::manage_users(),
        &Authority::manage_keys(), &Authority::manage_settings(), &Authority::attach(),
        &Authority::assign(), &Authority::backup(), &Authority::seal(), &Authority::sign_in(),
        &Authority::audit()}) {
    texts.insert(op->name);
  }
  for (const auto& t : coopflow::engine::requester_types()) texts.insert(t);
  for (const auto& r : coopflow::engine::partner_roles()) texts.insert(r);
  texts.insert({"yes", "no"});
  for (const auto* wf : coopflow::testing::builtin_registry().all()) texts.insert(wf->name);
  for (const auto& k : coopflow::engine::attachment_kinds()) texts.insert(k);
  return texts;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_text_the_workflows_declare_has_its_french) {
  for (const auto& t : declared_texts()) expect_french(t, "the workflows' declarations");
}

BOOST_AUTO_TEST_CASE(every_code_the_pages_show_reads_as_english_words_in_english) {
  using coopflow::web::Lang;
  using coopflow::web::translate_on_web;
  for (const auto& t : declared_texts()) {
    // A code: hyphenated ("approve-plan") or joined words ("PlanReview").
    const bool code = t.find('-') != std::string::npos ||
                      std::count_if(t.begin(), t.end(), [](char c) {
                        return std::isupper(static_cast<unsigned char>(c)) != 0;
                      }) > 1;
    if (!code || t.find(' ') != std::string::npos) continue;
    BOOST_TEST(translate_on_web(Lang::kEn, t) != t,
               "no English words for \"" << t << "\" in web/po/en.po");
  }
  BOOST_TEST(translate_on_web(Lang::kEn, "approve-plan") == "approve the plan");
  BOOST_TEST(translate_on_web(Lang::kEn, "PartnerReview") == "Partner review");
  BOOST_TEST(translate_on_web(Lang::kEn, "My tasks") == "My tasks");
  BOOST_TEST(translate_on_web(Lang::kFr, "approve-plan") == "approuver le plan");
  // The browser reads words; the command line keeps the codes its users type.
  const coopflow::engine::Message refusal(
      "cannot {1} {2} in state {3}; allowed now: {4}",
      {coopflow::engine::word("approve-plan"), "EB-2026-0001", coopflow::engine::word("PlanReview"),
       "record-analysis"});
  BOOST_TEST(coopflow::web::said_on_web(Lang::kEn, refusal) ==
             "cannot approve the plan EB-2026-0001 in state Plan review; allowed now: "
             "record-analysis");
  BOOST_TEST(coopflow::web::said_in(Lang::kEn, refusal) ==
             "cannot approve-plan EB-2026-0001 in state PlanReview; allowed now: record-analysis");
}

BOOST_AUTO_TEST_CASE(every_event_says_what_it_did_on_a_timeline_in_both_languages) {
  using coopflow::web::Lang;
  using coopflow::web::recorded_on_web;
  using coopflow::web::translate_on_web;
  for (const auto* wf : coopflow::testing::builtin_registry().all()) {
    for (const auto& e : wf->events) {
      for (const Lang lang : {Lang::kFr, Lang::kEn}) {
        // Its own words (msgctxt "recorded"), not the verb its button says.
        BOOST_TEST(recorded_on_web(lang, e.name) != translate_on_web(lang, e.name),
                   "no msgctxt \"recorded\" for \"" << e.name << "\" in "
                                                    << coopflow::web::lang_code(lang) << ".po");
      }
    }
  }
  BOOST_TEST(recorded_on_web(Lang::kFr, "approve-plan") == "Plan approuvé");
  BOOST_TEST(recorded_on_web(Lang::kEn, "approve-plan") == "Plan approved");
  BOOST_TEST(translate_on_web(Lang::kFr, "approve-plan") == "approuver le plan");
  // An event no catalog knows (from an edited database) reads as it is.
  BOOST_TEST(recorded_on_web(Lang::kFr, "tamper") == "tamper");
}

BOOST_AUTO_TEST_CASE(the_catalog_in_the_binary_answers_in_french) {
  using coopflow::web::Lang;
  using coopflow::web::translate;
  BOOST_TEST(translate(Lang::kFr, "My tasks") == "Mes tâches");
  BOOST_TEST(translate(Lang::kEn, "My tasks") == "My tasks");
  BOOST_TEST(translate(Lang::kFr, "approve-plan") == "approuver le plan");
  BOOST_TEST(translate(Lang::kFr, "") == "");
  BOOST_TEST(translate(Lang::kFr, "no such message") == "no such message");
  const coopflow::engine::Message refusal("cannot {1} {2} in state {3}; allowed now: {4}",
                                          {coopflow::engine::word("approve-plan"), "EB-2026-0001",
                                           coopflow::engine::word("Received"), "record-analysis"});
  BOOST_TEST(coopflow::web::said_in(Lang::kEn, refusal) ==
             "cannot approve-plan EB-2026-0001 in state Received; allowed now: record-analysis");
  BOOST_TEST(coopflow::web::said_in(Lang::kFr, refusal) ==
             "EB-2026-0001 : « approuver le plan » n'est pas possible à l'étape « " +
                 translate(Lang::kFr, "Received") + " » ; actions possibles : record-analysis");
  // A phrase nested in a message is said in the message's language; a text
  // given verbatim (SQLite's, say) is left as it is.
  using coopflow::engine::Message;
  const Message finding(
      "{1} entry {2}: {3}",
      {"EB-2026-0001", "4", Message("not allowed in {1}", {coopflow::engine::word("Received")})});
  BOOST_TEST(coopflow::web::said_in(Lang::kEn, finding) ==
             "EB-2026-0001 entry 4: not allowed in Received");
  BOOST_TEST(coopflow::web::said_in(Lang::kFr, finding) ==
             "EB-2026-0001 entrée 4 : non permis à l'état « Reçu »");
  BOOST_TEST(coopflow::web::said_in(Lang::kFr, Message::verbatim("row 3 missing from index {1}")) ==
             "row 3 missing from index {1}");
  // Places are filled once: a value, or a verbatim text, that holds "{2}" keeps it.
  BOOST_TEST(coopflow::web::said_in(Lang::kFr, Message("{1} entry {2}: {3}",
                                                       {"{3}", "4", Message::verbatim("{2}")})) ==
             "{3} entrée 4 : {2}");
  BOOST_TEST(
      coopflow::web::said_in(Lang::kFr, Message::either({"coordinator", "manager", "admin"})) ==
      "coordonnateur, gestionnaire ou administrateur");
  BOOST_TEST(Message::either({"coordinator", "manager", "admin"}).english() ==
             "coordinator, manager or admin");
  BOOST_TEST(coopflow::web::said_in(Lang::kFr, Message::words({"coordinator", "auditor"})) ==
             "coordonnateur, auditeur");
  BOOST_TEST(Message::either({"coordinator", "manager"}).english() == "coordinator or manager");
  BOOST_TEST((coopflow::web::page_lang("", "", "fr-CA,fr;q=0.9,en;q=0.8") == Lang::kFr));
  BOOST_TEST((coopflow::web::page_lang("", "", "en-US,en;q=0.9,fr;q=0.5") == Lang::kEn));
  BOOST_TEST((coopflow::web::page_lang("en", "fr", "fr") == Lang::kEn));
  BOOST_TEST((coopflow::web::page_lang("", "fr", "en") == Lang::kFr));
}

BOOST_AUTO_TEST_CASE(a_count_agrees_with_its_noun_by_each_languages_rule) {
  using coopflow::engine::Message;
  using coopflow::web::Lang;
  using coopflow::web::said_in;
  const auto cases = [](long long n) {
    return Message::counted(n, "{1} case", "{1} cases", {std::to_string(n)});
  };
  // French takes the singular for 0 and 1; English for 1 only.
  BOOST_TEST(said_in(Lang::kFr, cases(0)) == "0 dossier");
  BOOST_TEST(said_in(Lang::kFr, cases(1)) == "1 dossier");
  BOOST_TEST(said_in(Lang::kFr, cases(2)) == "2 dossiers");
  BOOST_TEST(said_in(Lang::kFr, cases(5000000000LL)) == "5000000000 dossiers");
  BOOST_TEST(said_in(Lang::kEn, cases(0)) == "0 cases");
  BOOST_TEST(said_in(Lang::kEn, cases(1)) == "1 case");
  // Nested in another message, the count is said in the same language.
  BOOST_TEST(said_in(Lang::kFr, Message("cases: {1}", {cases(1)})) == "dossiers : 1 dossier");
}

BOOST_AUTO_TEST_CASE(a_label_starts_with_its_capital_in_either_language) {
  using coopflow::web::capitalised;
  using coopflow::web::Lang;
  BOOST_TEST(capitalised("objectifs", Lang::kFr) == "Objectifs");
  BOOST_TEST(capitalised("équipe", Lang::kFr) == "Équipe");
  BOOST_TEST(capitalised("œuvre", Lang::kFr) == "Œuvre");
  BOOST_TEST(capitalised("budget", Lang::kEn) == "Budget");
  BOOST_TEST(capitalised("Plan", Lang::kEn) == "Plan");
  BOOST_TEST(capitalised("1er mars", Lang::kFr) == "1er mars");
  BOOST_TEST(capitalised("", Lang::kFr).empty());
  BOOST_TEST(capitalised("\xff"
                         "bad",
                         Lang::kFr) ==
             "\xff"
             "bad");  // not UTF-8: as it is
}

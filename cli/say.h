#pragma once

#include <string>

#include "coopflow/engine/message.h"

// What the CLI says to people, in the language LC_ALL, LC_MESSAGES or LANG
// names (fr: French, else English): its help, its tables' headers, its lines.
// The English text is the msgid of web/po/fr.po, as for the pages; a test
// fails when one lacks its French. --json keeps its English codes and keys.
namespace coopflow::cli {

std::string say(const char* msgid);
// m with its places filled (values shown as they are, words translated).
std::string say(const engine::Message& m);
// say(m) as a function, for the engine's functions that take one.
inline std::string say_message(const engine::Message& m) { return say(m); }
// An amount as the user's language writes it ("48 500,50 CAD").
std::string say_amount(const std::string& decimal, const std::string& currency);
// msgid said as a label that CLI11 follows with a colon: in French, with the
// space French typography puts before one ("Utilisation :").
std::string label_before_colon(const char* msgid);
// What starts coopflow's lines on stderr: "coopflow: ", in French "coopflow : ".
std::string program_prefix();
// The user's language as a code: "en" or "fr".
const char* users_language();
// m said in the language code names ("en" or "fr").
std::string say_in(const std::string& language, const engine::Message& m);
using engine::Message;

}  // namespace coopflow::cli

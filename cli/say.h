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
using engine::Message;

}  // namespace coopflow::cli

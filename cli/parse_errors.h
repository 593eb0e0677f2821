#pragma once

#include <CLI/CLI.hpp>

#include "coopflow/engine/message.h"

namespace coopflow::cli {

// What CLI11 said about a command line it could not parse (an option missing,
// a value of the wrong form, an argument too many), as a Message to be said in
// the user's language. CLI11 words its errors in English only: the common ones
// are recognised by their form and given ours; any other is kept as it is.
engine::Message parse_error_message(const CLI::ParseError& error);

// CLI11's names for its option types, said as words of the catalog's (TEXTE)
// in the help and in its errors.
bool is_cli11_type_name(const std::string& text);
inline constexpr const char* kCli11TypeNames[] = {N_("TEXT"), N_("INT"), N_("UINT"), N_("FLOAT")};

}  // namespace coopflow::cli

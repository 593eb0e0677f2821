#pragma once

#include <string>

namespace coopflow::cli {

// Text from the record as coopflow shows it on a terminal. Whoever wrote a
// subject, a reason or a user name may have put control characters in it: a
// newline that forges a line of a table, an escape sequence that clears the
// auditor's screen, a bidi override that reorders what is read. So control
// characters (C0, C1, DEL), line and paragraph separators, bidi controls and
// bytes that are not UTF-8 are shown escaped: \n, \t, \x1b, \u202e, \xff; and
// a backslash is doubled, so that no escape can be forged either. Everything
// human-readable coopflow prints passes through here; --json does not (JSON
// escapes by itself, and stays exact).
std::string terminal_safe(const std::string& text);

// How many columns terminal_safe text takes: one per code point.
std::size_t display_width(const std::string& safe_text);

}  // namespace coopflow::cli

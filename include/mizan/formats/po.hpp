#pragma once
// gettext PO files: the entries a translator translates (msgctxt, msgid, msgstr) with their
// comments. Plural forms and fuzzy entries are refused: a plural entry has one source for several
// Arabic forms (six of them) that a sentence memory cannot fill, and a fuzzy msgstr is a guess
// that gettext itself does not use.

#include <cstdint>
#include <string>
#include <vector>

namespace mizan::formats {

struct PoEntry {
  std::string context;                // msgctxt, empty when none
  std::string source;                 // msgid, unescaped
  std::string target;                 // msgstr, unescaped; empty: untranslated
  std::vector<std::string> comments;  // "#." extracted comments and "#" translator comments
  std::int64_t line = 0;              // where the entry starts
};

/// Every entry of the PO file at `path` but the header (msgid ""), in file order. Throws
/// kDataError with the file and line for a plural entry (msgid_plural, msgstr[n]), a "#, fuzzy"
/// entry, an unknown keyword, a bad string or escape, or invalid UTF-8; kNoInput when the file
/// cannot be read.
std::vector<PoEntry> read_po_file(const std::string& path);

}  // namespace mizan::formats

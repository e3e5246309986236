#include "mizan/formats/glossary_tsv.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>

#include "mizan/core/error.hpp"
#include "mizan/text/lines.hpp"
#include "mizan/text/match_key.hpp"

namespace mizan::formats {
namespace {

enum Column : std::size_t { kEn, kAr, kStatus, kEnVariants, kArVariants, kPos, kDomain, kNote };
constexpr std::size_t kColumnCount = std::size(kGlossaryColumns);

std::vector<std::string> split_variants(std::string_view field) {
  std::vector<std::string> out;
  if (text::trim(field).empty()) return out;
  for (std::string_view v : text::split(field, '|')) {
    v = text::trim(v);
    if (!v.empty()) out.emplace_back(v);
  }
  return out;
}

std::string join_variants(const std::vector<std::string>& variants) {
  std::string out;
  for (const std::string& v : variants) {
    if (!out.empty()) out += " | ";
    out += v;
  }
  return out;
}

// Calls f(line_number, line) for each line that is neither blank nor a '#' comment.
template <typename F>
void for_content_lines(std::string_view text, F&& f) {
  text::LineReader lines(text);
  for (std::string_view line; lines.next(line);) {
    if (text::trim(line).empty() || line.front() == '#') continue;
    f(lines.number(), line);
  }
}

// A field cannot hold a tab or a line break; replaces them by spaces when writing.
std::string field(std::string_view s) {
  std::string out(s);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return out;
}

}  // namespace

std::vector<LocatedTermEntry> parse_glossary_tsv(std::string_view text,
                                                 const std::string& source_name,
                                                 Diagnostics& diagnostics) {
  std::vector<LocatedTermEntry> out;
  // Position of each known column in the file, or npos.
  std::array<std::size_t, kColumnCount> where;
  where.fill(std::string_view::npos);
  std::size_t header_fields = 0;
  bool have_header = false;
  for_content_lines(text, [&](std::int64_t number, std::string_view line) {
    const SourceLocation at{.file = source_name, .line = number};
    const std::vector<std::string_view> fields = text::split(line, '\t');
    if (!have_header) {
      for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string_view name = text::trim(fields[i]);
        const auto known =
            std::find(std::begin(kGlossaryColumns), std::end(kGlossaryColumns), name);
        if (known == std::end(kGlossaryColumns)) {
          diagnostics.add(at, "unknown column \"" + std::string(name) + "\" ignored");
          continue;
        }
        const auto c = static_cast<std::size_t>(known - std::begin(kGlossaryColumns));
        if (where[c] != std::string_view::npos) {
          throw Error(ExitCode::kDataError, "column \"" + std::string(name) + "\" named twice", at);
        }
        where[c] = i;
      }
      if (where[kEn] == std::string_view::npos || where[kAr] == std::string_view::npos) {
        throw Error(ExitCode::kDataError,
                    "the first line must be a header naming the columns, with at least \"en\" "
                    "and \"ar\" (see glossary/README.md)",
                    at);
      }
      header_fields = fields.size();
      have_header = true;
      return;
    }
    if (fields.size() > header_fields) {
      diagnostics.add(at, std::to_string(fields.size()) + " fields, the header has " +
                              std::to_string(header_fields) + " (a tab inside a field?)");
      return;
    }
    auto get = [&](Column c) -> std::string_view {
      const std::size_t i = where[c];
      return i < fields.size() ? text::trim(fields[i]) : std::string_view();
    };
    LocatedTermEntry e;
    e.where = at;
    e.entry.en = get(kEn);
    e.entry.ar = get(kAr);
    if (const std::string_view status = get(kStatus); !status.empty()) {
      const std::optional<TermStatus> s = term_status_from_name(status);
      if (!s) {
        diagnostics.add(at, "unknown status \"" + std::string(status) +
                                "\" (preferred, admitted or deprecated)");
        return;
      }
      e.entry.status = *s;
    }
    e.entry.en_variants = split_variants(get(kEnVariants));
    e.entry.ar_variants = split_variants(get(kArVariants));
    e.entry.part_of_speech = get(kPos);
    e.entry.domain = get(kDomain);
    e.entry.note = get(kNote);
    out.push_back(std::move(e));
  });
  if (!have_header && !text.empty()) {
    throw Error(ExitCode::kDataError, "no header line (see glossary/README.md)",
                {.file = source_name});
  }
  return out;
}

std::string write_glossary_tsv(const std::vector<TermEntry>& entries) {
  std::string out = "# mizan glossary (columns: see glossary/README.md)\n";
  for (std::size_t i = 0; i < kColumnCount; ++i) {
    if (i > 0) out.push_back('\t');
    out.append(kGlossaryColumns[i]);
  }
  out.push_back('\n');
  for (const TermEntry& e : entries) {
    const std::array<std::string, kColumnCount> fields = {field(e.en),
                                                          field(e.ar),
                                                          std::string(term_status_name(e.status)),
                                                          field(join_variants(e.en_variants)),
                                                          field(join_variants(e.ar_variants)),
                                                          field(e.part_of_speech),
                                                          field(e.domain),
                                                          field(e.note)};
    for (std::size_t i = 0; i < kColumnCount; ++i) {
      if (i > 0) out.push_back('\t');
      out.append(fields[i]);
    }
    out.push_back('\n');
  }
  return out;
}

namespace {

constexpr std::string_view kVariantOf = "variant of ";
constexpr std::string_view kAlso = "also ";
constexpr std::string_view kAvoid = "avoid ";

}  // namespace

std::vector<LocatedTermEntry> parse_omegat_glossary(std::string_view text,
                                                    const std::string& source_name,
                                                    Diagnostics& diagnostics) {
  std::vector<LocatedTermEntry> out;
  struct Variant {
    std::string of;  // the English term it is a variant of
    std::size_t line_entry;
  };
  std::vector<Variant> variants;
  std::vector<LocatedTermEntry> deprecated;
  for_content_lines(text, [&](std::int64_t number, std::string_view line) {
    const SourceLocation at{.file = source_name, .line = number};
    const std::vector<std::string_view> fields = text::split(line, '\t');
    if (fields.size() < 2) {
      diagnostics.add(at, "no tab between the source term and its translation");
      return;
    }
    if (fields.size() > 3) {
      diagnostics.add(at, std::to_string(fields.size()) +
                              " fields, an OmegaT glossary line has source, target and comment");
      return;
    }
    LocatedTermEntry e;
    e.where = at;
    e.entry.en = text::trim(fields[0]);
    e.entry.ar = text::trim(fields[1]);
    std::string_view comment = fields.size() > 2 ? text::trim(fields[2]) : std::string_view();
    // What write_omegat_glossary() put in the comment: "[variant of TERM; ][admitted; ]rest".
    if (comment.substr(0, kVariantOf.size()) == kVariantOf) {
      const std::size_t end = comment.find(';');
      variants.push_back(
          {std::string(text::trim(comment.substr(kVariantOf.size(), end - kVariantOf.size()))),
           out.size()});
      comment =
          end == std::string_view::npos ? std::string_view() : text::trim(comment.substr(end + 1));
    }
    for (TermStatus s : {TermStatus::kAdmitted, TermStatus::kDeprecated}) {
      const std::string_view name = term_status_name(s);
      if (comment.substr(0, name.size()) == name &&
          (comment.size() == name.size() || comment[name.size()] == ';')) {
        e.entry.status = s;
        comment = text::trim(comment.substr(std::min(comment.size(), name.size() + 1)));
      }
    }
    // "also A | B" (Arabic variants) and "avoid C | D" (deprecated renderings).
    std::vector<std::string> avoid;
    for (auto [prefix, list] :
         {std::pair{kAlso, &e.entry.ar_variants}, std::pair{kAvoid, &avoid}}) {
      if (comment.substr(0, prefix.size()) != prefix) continue;
      const std::size_t end = comment.find(';');
      *list = split_variants(comment.substr(prefix.size(), end - prefix.size()));
      comment =
          end == std::string_view::npos ? std::string_view() : text::trim(comment.substr(end + 1));
    }
    e.entry.note = comment;
    for (std::string& ar : avoid) {
      LocatedTermEntry d;
      d.where = at;
      d.entry.en = e.entry.en;
      d.entry.ar = std::move(ar);
      d.entry.status = TermStatus::kDeprecated;
      deprecated.push_back(std::move(d));
    }
    out.push_back(std::move(e));
  });
  // Fold "variant of" lines into the entry of their term, when the file has it.
  std::unordered_map<std::string, std::size_t> by_pair;
  for (std::size_t i = 0; i < out.size(); ++i)
    by_pair.emplace(text::match_key(out[i].entry.en) + '\t' + text::match_key(out[i].entry.ar), i);
  std::vector<bool> folded(out.size(), false);
  for (const Variant& v : variants) {
    const TermEntry& line = out[v.line_entry].entry;
    const auto it = by_pair.find(text::match_key(v.of) + '\t' + text::match_key(line.ar));
    if (it == by_pair.end() || it->second == v.line_entry) continue;
    out[it->second].entry.en_variants.push_back(line.en);
    folded[v.line_entry] = true;
  }
  std::vector<LocatedTermEntry> kept;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!folded[i]) kept.push_back(std::move(out[i]));
  }
  for (LocatedTermEntry& d : deprecated)
    kept.push_back(std::move(d));
  return kept;
}

std::string write_omegat_glossary(const std::vector<TermEntry>& entries) {
  // Renderings to avoid, per English term: told in the comment of the accepted ones.
  std::unordered_map<std::string, std::vector<const TermEntry*>> deprecated;
  for (const TermEntry& e : entries) {
    if (e.status == TermStatus::kDeprecated) deprecated[text::match_key(e.en)].push_back(&e);
  }
  std::string out = "# Glossary in tab-separated format -*- coding: utf-8 -*-\n";
  for (const TermEntry& e : entries) {
    if (e.status == TermStatus::kDeprecated) continue;
    std::string comment;
    auto add = [&comment](std::string_view part) {
      if (part.empty()) return;
      if (!comment.empty()) comment += "; ";
      comment += part;
    };
    if (e.status == TermStatus::kAdmitted) add("admitted");
    if (!e.ar_variants.empty()) add(std::string(kAlso) + join_variants(e.ar_variants));
    if (const auto it = deprecated.find(text::match_key(e.en)); it != deprecated.end()) {
      std::string avoid(kAvoid);
      for (std::size_t i = 0; i < it->second.size(); ++i)
        avoid += (i > 0 ? " | " : "") + it->second[i]->ar;
      add(avoid);
    }
    add(e.note);
    out += field(e.en) + '\t' + field(e.ar) + '\t' + field(comment) + '\n';
    for (const std::string& v : e.en_variants) {
      out += field(v) + '\t' + field(e.ar) + '\t' + field(std::string(kVariantOf) + e.en) +
             (comment.empty() ? "" : "; " + field(comment)) + '\n';
    }
  }
  return out;
}

}  // namespace mizan::formats

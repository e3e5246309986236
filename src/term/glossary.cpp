#include "mizan/term/glossary.hpp"

#include <algorithm>
#include <unordered_set>

#include "mizan/core/error.hpp"
#include "mizan/text/lines.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"
#include "mizan/text/storable_text.hpp"

namespace mizan::term {
namespace {

std::string pair_key(std::string_view en, std::string_view ar) {
  std::string key = text::match_key(en);
  key.push_back('\t');
  key.append(text::match_key(ar));
  return key;
}

void trim(std::string& s) {
  s = std::string(text::trim(s));  // a copy first: the view points into s
}

// TBX's part of speech for names (glossary/README.md), which the recognizer reads too.
constexpr std::string_view kProperNoun = "properNoun";

// What makes two variants the same: their matching key and, in a proper noun's entry, which of
// their letters are capitals. The recognizer requires a proper noun's capitals ("Hamrin
// Mountains": "mountains" does not match), so a glossary lists "Hamrin mountains" as a variant
// for the lower-case spelling to be found; the matching key alone (lower case) would merge it
// into the term. Elsewhere case does not matter and such a variant is a repeat.
std::string variant_key(std::string_view v, bool proper_noun) {
  std::string key = text::match_key(v);
  if (!proper_noun) return key;
  key.push_back('\t');
  for (char c : v) {
    if (c >= 'A' && c <= 'Z') key.push_back(c);
    if (c >= 'a' && c <= 'z') key.push_back('a');
  }
  return key;
}

// Unites `from` into `into` (both tidied lists); returns whether anything was added.
bool unite_variants(std::vector<std::string>& into, const std::vector<std::string>& from,
                    std::string_view own_term, bool proper_noun) {
  std::unordered_set<std::string> seen{variant_key(own_term, proper_noun)};
  for (const std::string& v : into)
    seen.insert(variant_key(v, proper_noun));
  bool added = false;
  for (const std::string& v : from) {
    if (seen.insert(variant_key(v, proper_noun)).second) {
      into.push_back(v);
      added = true;
    }
  }
  return added;
}

void tidy_variants(std::vector<std::string>& variants, std::string_view own_term,
                   bool proper_noun) {
  std::vector<std::string> kept;
  for (std::string& v : variants) {
    trim(v);
    if (!v.empty()) kept.push_back(std::move(v));
  }
  variants.clear();
  unite_variants(variants, kept, own_term, proper_noun);
}

// Replaces `field` by `incoming` when that is set and differs; notes the change.
void take_scalar(std::string& field, const std::string& incoming, std::string_view name,
                 std::string& changed) {
  if (incoming.empty() || incoming == field) return;
  if (!field.empty()) {
    if (!changed.empty()) changed.append("; ");
    changed.append(name);
    changed.append(" \"" + field + "\" -> \"" + incoming + "\"");
  }
  field = incoming;
}

}  // namespace

std::string entry_problem(const TermEntry& e) {
  // The gate of all stored text first (before tidy(), which reads the text as UTF-8); a glossary
  // field is one line: a tab or line break in it would break the TSV and OmegaT files.
  const std::pair<const std::string*, std::string_view> fields[] = {
      {&e.en, "the English term"},
      {&e.ar, "the Arabic rendering"},
      {&e.part_of_speech, "the part of speech"},
      {&e.domain, "the domain"},
      {&e.note, "the note"}};
  for (const auto& [field, name] : fields) {
    std::string problem =
        text::describe_storable_text_problem(*field, text::FieldLines::kOne, name);
    if (!problem.empty()) return problem;
  }
  for (const auto* list : {&e.en_variants, &e.ar_variants}) {
    for (const std::string& v : *list) {
      std::string problem =
          text::describe_storable_text_problem(v, text::FieldLines::kOne, "a variant");
      if (!problem.empty()) return problem;
    }
  }
  TermEntry t = e;
  tidy(t);
  if (t.en.empty() && t.ar.empty()) return "both sides are empty";
  if (t.en.empty()) return "the English term is empty";
  if (t.ar.empty()) return "the Arabic rendering is empty";
  for (const auto* list : {&t.en_variants, &t.ar_variants}) {
    for (const std::string& v : *list) {
      if (v.find('|') != std::string::npos) return "a variant holds '|', the variant separator";
    }
  }
  if (t.en.find('|') != std::string::npos || t.ar.find('|') != std::string::npos)
    return "a term holds '|', the variant separator";
  if (text::count_letters(t.ar).arabic == 0)
    return "the Arabic rendering \"" + t.ar + "\" has no Arabic letter (sides swapped?)";
  const text::ScriptCounts en_letters = text::count_letters(t.en);
  const bool has_digit = t.en.find_first_of("0123456789") != std::string::npos;
  if (en_letters.arabic > 0 && en_letters.latin == 0 && !has_digit)
    return "the English term \"" + t.en + "\" is written in Arabic (sides swapped?)";
  return {};
}

void tidy(TermEntry& e) {
  for (std::string* field : {&e.en, &e.ar, &e.part_of_speech, &e.domain, &e.note})
    trim(*field);
  tidy_variants(e.en_variants, e.en, e.part_of_speech == kProperNoun);
  tidy_variants(e.ar_variants, e.ar, false);
}

MergeResult Glossary::add(TermEntry entry) {
  if (std::string problem = entry_problem(entry); !problem.empty())
    throw Error(ExitCode::kDataError, problem);
  tidy(entry);
  std::string key = pair_key(entry.en, entry.ar);
  const auto it = by_pair_.find(key);
  if (it == by_pair_.end()) {
    by_pair_.emplace(std::move(key), entries_.size());
    entries_.push_back(std::move(entry));
    return {MergeOutcome::kAdded, entries_.size() - 1, {}};
  }
  TermEntry& old = entries_[it->second];
  MergeResult result{MergeOutcome::kUnchanged, it->second, {}};
  const bool proper_noun = old.part_of_speech == kProperNoun || entry.part_of_speech == kProperNoun;
  bool changed_any = unite_variants(old.en_variants, entry.en_variants, old.en, proper_noun);
  changed_any = unite_variants(old.ar_variants, entry.ar_variants, old.ar, false) || changed_any;
  if (entry.status != old.status) {
    result.changed = "status " + std::string(term_status_name(old.status)) + " -> " +
                     std::string(term_status_name(entry.status));
    old.status = entry.status;
    changed_any = true;
  }
  const TermEntry before = old;
  take_scalar(old.part_of_speech, entry.part_of_speech, "part of speech", result.changed);
  take_scalar(old.domain, entry.domain, "domain", result.changed);
  take_scalar(old.note, entry.note, "note", result.changed);
  changed_any = changed_any || before.part_of_speech != old.part_of_speech ||
                before.domain != old.domain || before.note != old.note;
  if (changed_any) result.outcome = MergeOutcome::kMerged;
  return result;
}

std::size_t Glossary::remove(std::string_view en, std::string_view ar) {
  const std::string en_key = text::match_key(en);
  const std::string ar_key = ar.empty() ? std::string() : text::match_key(ar);
  const auto before = entries_.size();
  std::erase_if(entries_, [&](const TermEntry& e) {
    return text::match_key(e.en) == en_key && (ar.empty() || text::match_key(e.ar) == ar_key);
  });
  const std::size_t removed = before - entries_.size();
  if (removed > 0) rebuild_index();
  return removed;
}

std::optional<std::size_t> Glossary::find(std::string_view en, std::string_view ar) const {
  const auto it = by_pair_.find(pair_key(en, ar));
  if (it == by_pair_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::size_t> Glossary::concept_entries(std::string_view en) const {
  const std::string en_key = text::match_key(en);
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (text::match_key(entries_[i].en) == en_key) out.push_back(i);
  }
  return out;
}

void Glossary::rebuild_index() {
  by_pair_.clear();
  for (std::size_t i = 0; i < entries_.size(); ++i)
    by_pair_.emplace(pair_key(entries_[i].en, entries_[i].ar), i);
}

ImportSummary import_entries(Glossary& glossary, std::vector<LocatedTermEntry> entries,
                             Diagnostics& diagnostics, bool strict) {
  ImportSummary summary;
  summary.read = entries.size();
  if (strict) {
    for (const LocatedTermEntry& le : entries) {
      if (std::string problem = entry_problem(le.entry); !problem.empty())
        diagnostics.add(le.where, problem);
    }
    if (!diagnostics.empty()) {
      const Diagnostic& first = diagnostics.items().front();
      throw Error(ExitCode::kDataError,
                  first.message + " (" + std::to_string(diagnostics.size()) +
                      " problem(s); --strict refuses the whole import, nothing was changed)",
                  first.where);
    }
  }
  // Where each (en, ar) pair was first seen in this import, to point at the earlier line.
  std::unordered_map<std::size_t, SourceLocation> first_seen;
  for (LocatedTermEntry& le : entries) {
    if (std::string problem = entry_problem(le.entry); !problem.empty()) {
      diagnostics.add(le.where, problem);
      ++summary.rejected;
      continue;
    }
    const MergeResult r = glossary.add(std::move(le.entry));
    switch (r.outcome) {
      case MergeOutcome::kAdded:
        ++summary.added;
        break;
      case MergeOutcome::kMerged:
        ++summary.merged;
        break;
      case MergeOutcome::kUnchanged:
        ++summary.unchanged;
        break;
    }
    const auto [seen, inserted] = first_seen.emplace(r.index, le.where);
    if (!r.changed.empty()) {
      const std::string earlier = inserted || seen->second.line < 0
                                      ? std::string("already in the glossary")
                                      : "of line " + std::to_string(seen->second.line);
      diagnostics.add(le.where, "merged with the entry " + earlier + ": " + r.changed);
    }
  }
  return summary;
}

std::vector<AnchorPair> anchor_pairs(const Glossary& glossary) {
  std::vector<AnchorPair> pairs;
  std::unordered_map<std::string, std::size_t> concept_ids;  // match_key(en) -> id
  for (const TermEntry& e : glossary.entries()) {
    if (e.status == TermStatus::kDeprecated) continue;
    const std::size_t concept_id =
        concept_ids.emplace(text::match_key(e.en), concept_ids.size()).first->second;
    const bool proper_noun = e.part_of_speech == "properNoun";
    std::vector<const std::string*> en{&e.en}, ar{&e.ar};
    for (const std::string& v : e.en_variants)
      en.push_back(&v);
    for (const std::string& v : e.ar_variants)
      ar.push_back(&v);
    for (const std::string* a : en) {
      for (const std::string* b : ar)
        pairs.push_back({*a, *b, concept_id, proper_noun});
    }
  }
  return pairs;
}

}  // namespace mizan::term

#include "mizan/tm/check.hpp"

#include <algorithm>
#include <functional>

#include "hash.hpp"
#include "index_terms.hpp"
#include "mizan/text/match_key.hpp"
#include "postings.hpp"
#include "schema.hpp"
#include "sqlite_store.hpp"

namespace mizan::tm {
namespace {

// A 64-bit mix of one index entry (lang, term, unit): summed over all entries, it stands for the
// multiset of entries, so that the index and the units can be compared in one streaming pass
// each (splitmix64's finaliser: Steele, Lea, Flood 2014, also in java.util.SplittableRandom).
std::uint64_t mix(std::uint64_t lang, std::uint64_t term, std::uint64_t unit) {
  std::uint64_t z = term ^ (unit * 0x9E3779B97F4A7C15ULL) ^ (lang << 63);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

struct IndexTotals {
  std::uint64_t entries = 0;
  std::uint64_t sum = 0;
  void add(std::uint64_t lang, std::uint64_t term, std::uint64_t unit) {
    ++entries;
    sum += mix(lang, term, unit);
  }
  bool operator==(const IndexTotals&) const = default;
};

// "the key index (tu_key) does not agree with the units (12 entries, 14 expected)".
std::string disagreement(std::string_view index, const IndexTotals& found,
                         const IndexTotals& expected, std::string_view consequence) {
  std::string counts =
      std::to_string(found.entries) + " entries, " + std::to_string(expected.entries) + " expected";
  if (found.entries == expected.entries) counts += ", some of them wrong";
  return std::string(index) + " does not agree with the units (" + counts +
         "): " + std::string(consequence);
}

class Checker {
 public:
  Checker(sqlite::Db& db, std::size_t max_problems) : db_(db), max_(max_problems) {}

  void problem(std::string what) {
    if (report_.problems.size() < max_) report_.problems.push_back(std::move(what));
  }

  // Runs one part of the check; a part that cannot read what it needs says so and the others
  // still run.
  void part(std::string_view name, const std::function<void()>& run) {
    try {
      run();
    } catch (const Error& e) {
      // A damaged page stops the read: that is the finding (the message of Db::fail would send
      // the user to this very command).
      problem(std::string(name) + " could not be read" +
              (e.code() == ExitCode::kDataError ? ": the file is damaged there"
                                                : " (" + e.message() + ")"));
    }
  }

  void sqlite_pages() {
    sqlite::Stmt s(db_, "PRAGMA integrity_check(" + std::to_string(max_) + ")");
    while (s.step()) {
      std::string_view lines = s.text(0);
      while (!lines.empty()) {  // one row may hold several lines
        const std::string_view line = lines.substr(0, lines.find('\n'));
        lines.remove_prefix(std::min(lines.size(), line.size() + 1));
        if (line != "ok" && !line.starts_with("***")) problem("SQLite: " + std::string(line));
      }
    }
  }

  // One pass over the units: their ids, and the key and index entries they should have.
  void units() {
    sqlite::Stmt s(db_, "SELECT id, en, ar FROM tu ORDER BY id");
    std::vector<std::int64_t> terms;
    while (s.step()) {
      const std::int64_t id = s.int64(0);
      ++report_.units;
      if (id <= 0 || id > 0xFFFFFFFFLL) {
        problem("unit #" + std::to_string(id) + " has an id the index cannot hold");
        continue;
      }
      if (static_cast<std::size_t>(id) >= exists_.size()) exists_.resize(id + 1, false);
      exists_[static_cast<std::size_t>(id)] = true;
      for (const int lang : {kLangEn, kLangAr}) {
        const std::string loose = text::loose_key(s.text(lang == kLangEn ? 1 : 2));
        expected_keys_.add(lang, static_cast<std::uint64_t>(key_hash32(loose)), id);
        index_terms(loose, terms);
        for (const std::int64_t t : terms)
          expected_postings_.add(lang, static_cast<std::uint64_t>(t), id);
      }
    }
  }

  bool unit_exists(std::int64_t id) const {
    return id > 0 && static_cast<std::size_t>(id) < exists_.size() &&
           exists_[static_cast<std::size_t>(id)];
  }

  void keys() {
    IndexTotals found;
    sqlite::Stmt s(db_, "SELECT lang, hash, tu FROM tu_key");
    std::size_t dangling = 0;
    while (s.step()) {
      if (!unit_exists(s.int64(2))) ++dangling;
      found.add(s.int64(0), s.int64(1), s.int64(2));
    }
    if (dangling > 0)
      problem("the key index (tu_key) names " + std::to_string(dangling) + " unit(s) not stored");
    if (!(found == expected_keys_)) {
      problem(disagreement("the key index (tu_key)", found, expected_keys_,
                           "exact and 99% lookups miss units"));
    }
  }

  void postings() {
    IndexTotals found;
    sqlite::Stmt s(db_, "SELECT lang, term, first, n, ids FROM tu_posting");
    std::vector<std::uint32_t> ids;
    std::size_t bad_blocks = 0, dangling = 0;
    while (s.step()) {
      const std::int64_t lang = s.int64(0), term = s.int64(1);
      ids.clear();
      const bool decoded = postings::decode(s.blob(4), ids);
      bool ascending = true;
      for (std::size_t k = 1; k < ids.size(); ++k)
        ascending = ascending && ids[k - 1] < ids[k];
      if (!decoded || !ascending || ids.empty() ||
          ids.size() != static_cast<std::size_t>(s.int64(3)) || ids.front() != s.int64(2)) {
        ++bad_blocks;
        continue;
      }
      for (const std::uint32_t id : ids) {
        if (!unit_exists(id)) ++dangling;
        found.add(static_cast<std::uint64_t>(lang), static_cast<std::uint64_t>(term), id);
      }
    }
    if (bad_blocks > 0) {
      problem("the fuzzy/concordance index (tu_posting) has " + std::to_string(bad_blocks) +
              " damaged block(s)");
    }
    if (dangling > 0) {
      problem("the fuzzy/concordance index (tu_posting) names " + std::to_string(dangling) +
              " unit(s) not stored");
    }
    if (!(found == expected_postings_)) {
      problem(disagreement("the fuzzy/concordance index (tu_posting)", found, expected_postings_,
                           "fuzzy lookups and concordance miss units or name missing ones"));
    }
  }

  void references() {
    const struct {
      std::string_view sql, what;
    } checks[] = {
        {"SELECT count(*) FROM tu_origin WHERE tu NOT IN (SELECT id FROM tu)",
         "origin(s) of units not stored"},
        {"SELECT count(*) FROM tu_origin WHERE doc NOT IN (SELECT id FROM document)",
         "origin(s) in documents not recorded"},
        {"SELECT count(*) FROM tu WHERE doc IS NOT NULL AND doc NOT IN (SELECT id FROM document)",
         "unit(s) from documents not recorded"},
    };
    for (const auto& c : checks) {
      sqlite::Stmt s(db_, c.sql);
      const std::int64_t n = s.step() ? s.int64(0) : 0;
      if (n > 0) problem(std::to_string(n) + " " + std::string(c.what));
    }
  }

  void glossary() {
    sqlite::Stmt s(db_, "SELECT id, en, ar, en_key, ar_key FROM term_entry");
    while (s.step()) {
      ++report_.terms;
      if (text::match_key(s.text(1)) != s.text(3) || text::match_key(s.text(2)) != s.text(4)) {
        problem("glossary entry #" + std::to_string(s.int64(0)) +
                " has keys that are not those of its terms (duplicates are not merged)");
      }
    }
  }

  CheckReport run() {
    part("the file", [&] { sqlite_pages(); });
    bool units_read = false;
    part("the units", [&] {
      units();
      units_read = true;
    });
    if (units_read) {
      part("the key index", [&] { keys(); });
      part("the fuzzy/concordance index", [&] { postings(); });
    }
    part("the origins", [&] { references(); });
    part("the glossary", [&] { glossary(); });
    return std::move(report_);
  }

 private:
  sqlite::Db& db_;
  std::size_t max_;
  CheckReport report_;
  std::vector<bool> exists_;
  IndexTotals expected_keys_, expected_postings_;
};

}  // namespace

CheckReport check_database(const OpenOptions& options, std::size_t max_problems) {
  schema::require_file(options.path, "no mizan database here");
  OpenOptions read = options;
  read.read_only = true;
  read.create = false;
  sqlite::Db db = schema::connect(read);
  return Checker(db, max_problems).run();
}

}  // namespace mizan::tm

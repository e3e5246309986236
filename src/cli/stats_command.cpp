// mizan stats: what a translation memory holds.

#include <cstdio>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/tm/json.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"

namespace mizan::cli {

int run_stats(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string format = "text";
  DbOptions db;
  options.add_options()("format", po::value(&format)->default_value("text"), "text or json");
  add_db_options(options, db);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(args, "mizan stats [--format text|json] [--db FILE] [--busy-timeout MS]",
                         "  mizan stats --db team.db", options, positional, vm)) {
    return 0;
  }
  const bool json = json_format(format);
  db.verify = true;  // counts of a damaged file would be wrong without a word
  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kRead);
  const tm::StoreStats st = store->stats();
  Output out;
  if (json) {
    out.line(tm::stats_json(st));
    out.flush();
    return 0;
  }
  const auto mb = [](std::int64_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return std::string(buf);
  };
  out.line("database   " + st.location + " (schema " + std::to_string(st.schema_version) + ", " +
           mb(st.file_bytes) + ")");
  out.line("units      " + std::to_string(st.units) + " (" + std::to_string(st.merged_units) +
           " seen more than once)");
  out.line("origins    " + std::to_string(st.origins) + " in " + std::to_string(st.documents) +
           " documents or files");
  for (const tm::LocaleCount& l : st.locales) {
    out.line("languages  " + l.en_locale + " -> " + l.ar_locale + ": " + std::to_string(l.units) +
             " units");
  }
  if (st.aside > 0) {
    out.line("aside      " + std::to_string(st.aside) +
             " segments ingest did not store as units (low score or no counterpart)");
  }
  out.line("text       " + mb(st.en_bytes) + " English, " + mb(st.ar_bytes) + " Arabic");
  out.line("index      " + std::to_string(st.index_terms) + " terms");
  if (st.lexicon.sources > 0) {
    out.line("lexicon    " + std::to_string(st.lexicon.pairs) + " word translations (" +
             std::to_string(st.lexicon.en_words) + " English, " +
             std::to_string(st.lexicon.ar_words) + " Arabic words) learnt from " +
             std::to_string(st.lexicon.sources) + " documents or files");
  }
  out.flush();
  return 0;
}

}  // namespace mizan::cli

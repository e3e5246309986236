#pragma once
// Entry points of the subcommands; each parses its own options.

#include <string>
#include <vector>

#include "mizan/segment/segmenter.hpp"

namespace mizan::cli {

int run_segment(const std::vector<std::string>& args);
int run_term(const std::vector<std::string>& args);
int run_align(const std::vector<std::string>& args);
int run_ingest(const std::vector<std::string>& args);
int run_add(const std::vector<std::string>& args);
int run_import(const std::vector<std::string>& args);
int run_export(const std::vector<std::string>& args);
int run_lookup(const std::vector<std::string>& args);
int run_concord(const std::vector<std::string>& args);
int run_stats(const std::vector<std::string>& args);
int run_check(const std::vector<std::string>& args);
int run_edit(const std::vector<std::string>& args);
int run_rm(const std::vector<std::string>& args);
int run_dedupe(const std::vector<std::string>& args);
int run_history(const std::vector<std::string>& args);
int run_undo(const std::vector<std::string>& args);
int run_serve(const std::vector<std::string>& args);
int run_pretranslate(const std::vector<std::string>& args);
int run_analyze(const std::vector<std::string>& args);

// Option values shared by commands that segment text.
segment::LanguageChoice parse_language_choice(const std::string& s);
text::ParagraphMode parse_paragraph_mode(const std::string& s);

}  // namespace mizan::cli

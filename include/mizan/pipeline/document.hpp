#pragma once
// A document and its translation, read for aligning: segmented with the built-in (or given) SRX
// rules, or one sentence per line as the user segmented them. `mizan align`, `mizan ingest` and
// the `mizan term` commands that take --en/--ar read their documents here.

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "mizan/align/aligner.hpp"
#include "mizan/core/bilingual_dictionary.hpp"
#include "mizan/core/language.hpp"
#include "mizan/core/srx_rules.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/text/input.hpp"

namespace mizan::pipeline {

/// One side of a document pair: its sentences and the paragraph of each (nondecreasing).
struct DocumentSide {
  std::vector<std::string> sentences;
  std::vector<std::size_t> paragraphs;
};

/// A document and its translation, with the names messages give them.
struct DocumentPair {
  std::string document;          // the document id of its units (a folder name)
  std::string en_file, ar_file;  // as the user named them
  DocumentSide en, ar;
};

/// How read_document_pair reads the two files.
struct DocumentOptions {
  bool presegmented = false;  // one sentence per line, a blank line ending a paragraph
  text::ParagraphMode paragraphs = text::ParagraphMode::kAuto;  // when segmenting
  bool lossy = false;            // invalid UTF-8 becomes U+FFFD instead of an error
  std::vector<std::string> srx;  // SRX files merged in order; empty: the built-in rules
};

/// Segmentation rules: the built-in SRX files, or the given ones merged in order.
SrxRuleSet segmentation_rules(const std::vector<std::string>& srx_files);

/// One sentence per line, a blank line ending a paragraph. Invalid UTF-8 (unless `lossy`) and
/// control characters are kDataError with the file and line.
DocumentSide read_presegmented(const std::string& path, bool lossy);

/// The file's sentences as `mizan segment` finds them.
DocumentSide segment_file(const std::string& path, Language lang,
                          const segment::Segmenter& segmenter,
                          text::ParagraphMode mode = text::ParagraphMode::kAuto,
                          bool lossy = false);

/// Both files read as `options` say (the English one first, so its errors come first). The
/// document id is the name of the English file's folder, as `mizan ingest` names documents, or
/// the file's own name when it has no folder.
DocumentPair read_document_pair(const std::string& en_file, const std::string& ar_file,
                                const DocumentOptions& options = {});

/// The bead file at `path` (the format of align::parse_beads) for `pair`: every sentence of both
/// sides in exactly one bead, else kDataError naming the file and line. Its beads have confidence
/// 1: the user's alignment is taken as sure.
std::vector<align::Bead> read_bead_file(const std::string& path, const DocumentPair& pair);

/// The entries of the dictd dictionary at `path` (formats::read_dictd) whose headwords the English
/// sides of `documents` use: the dictionary is read once, for the words of every document.
std::shared_ptr<const BilingualDictionary> read_dictionary(const std::string& path,
                                                           std::span<const DocumentPair> documents);

/// The alignment `aligner` finds for `pair` (beads, probable headers and notices), with its
/// paragraphs as a soft constraint.
align::Alignment align_pair(align::SentenceAligner& aligner, const DocumentPair& pair);

}  // namespace mizan::pipeline

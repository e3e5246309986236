#pragma once
// Document folders: every folder holding en.txt (a document) and ar.txt (its translation) is one
// document pair, named by the folder.

#include <filesystem>
#include <string>
#include <vector>

namespace mizan::pipeline {

/// A document pair's folder and its id in the memory (the folder's name).
struct DocumentFolder {
  std::filesystem::path path;
  std::string document;
};

/// Every folder under `dirs` (the given ones included) that holds en.txt and ar.txt, each
/// argument's in path order. Throws mizan::Error: kNoInput for an argument that is no folder, and
/// when none holds a document pair; kIoError when a folder cannot be listed; kUsage for two
/// folders of one name, since their units would be taken for one document's. The same folder
/// reached twice (corpora/ and corpora/doc) is listed once.
std::vector<DocumentFolder> find_document_folders(const std::vector<std::string>& dirs);

}  // namespace mizan::pipeline

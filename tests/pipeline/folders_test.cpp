#include "mizan/pipeline/folders.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.hpp"

namespace mizan::pipeline {
namespace {

namespace fs = std::filesystem;
using mizan::testing::expect_error;
using mizan::testing::TempDir;

void document_folder(const fs::path& dir) {
  fs::create_directories(dir);
  std::ofstream(dir / "en.txt") << "Forces struck ISIS.\n";
  std::ofstream(dir / "ar.txt") << "ضربت القوات داعش.\n";
}

std::vector<std::string> names(const std::vector<DocumentFolder>& folders) {
  std::vector<std::string> out;
  for (const DocumentFolder& f : folders)
    out.push_back(f.document);
  return out;
}

TEST(FindDocumentFolders, FindsEveryFolderWithBothFilesInPathOrder) {
  TempDir dir("pipeline-folders");
  document_folder(dir.path() / "tree/b/release-2");
  document_folder(dir.path() / "tree/2025/jan/release-1");
  fs::create_directories(dir.path() / "tree/half");
  std::ofstream(dir.path() / "tree/half/en.txt") << "No translation yet.\n";
  const std::vector<DocumentFolder> folders = find_document_folders({dir.file("tree")});
  EXPECT_EQ(names(folders), (std::vector<std::string>{"release-1", "release-2"}));
  EXPECT_EQ(folders[0].path, dir.path() / "tree/2025/jan/release-1");
}

TEST(FindDocumentFolders, AGivenDocumentFolderIsNamedEvenWithATrailingSlash) {
  TempDir dir("pipeline-folders");
  document_folder(dir.path() / "release-1");
  EXPECT_EQ(names(find_document_folders({dir.file("release-1") + "/"})),
            (std::vector<std::string>{"release-1"}));
}

TEST(FindDocumentFolders, TwoFoldersOfOneNameAreRefused) {
  TempDir dir("pipeline-folders");
  document_folder(dir.path() / "twice/a/doc");
  document_folder(dir.path() / "twice/b/doc");
  expect_error([&] { find_document_folders({dir.file("twice")}); }, ExitCode::kUsage,
               "two document folders are called \"doc\"");
}

TEST(FindDocumentFolders, TheSameFolderGivenTwiceIsListedOnce) {
  TempDir dir("pipeline-folders");
  document_folder(dir.path() / "corpora/doc");
  const std::vector<DocumentFolder> folders =
      find_document_folders({dir.file("corpora"), dir.file("corpora/doc")});
  EXPECT_EQ(names(folders), (std::vector<std::string>{"doc"}));
}

TEST(FindDocumentFolders, NoFolderOrNoDocumentIsNoInput) {
  TempDir dir("pipeline-folders");
  expect_error([&] { find_document_folders({dir.file("no-such-folder")}); }, ExitCode::kNoInput,
               "no such folder");
  fs::create_directories(dir.path() / "empty-tree/sub");
  expect_error([&] { find_document_folders({dir.file("empty-tree")}); }, ExitCode::kNoInput,
               "no folder with en.txt and ar.txt under " + dir.file("empty-tree"));
}

}  // namespace
}  // namespace mizan::pipeline

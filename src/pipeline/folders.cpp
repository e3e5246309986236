#include "mizan/pipeline/folders.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "mizan/core/error.hpp"

namespace mizan::pipeline {
namespace {

namespace fs = std::filesystem;

bool is_document_folder(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "en.txt", ec) && fs::is_regular_file(dir / "ar.txt", ec);
}

}  // namespace

std::vector<DocumentFolder> find_document_folders(const std::vector<std::string>& dirs) {
  std::vector<DocumentFolder> folders;
  for (const std::string& d : dirs) {
    std::error_code ec;
    if (!fs::is_directory(d, ec)) throw Error(ExitCode::kNoInput, "no such folder", {.file = d});
    std::vector<fs::path> found;
    if (is_document_folder(d)) found.push_back(d);
    for (fs::recursive_directory_iterator it(d, fs::directory_options::skip_permission_denied, ec),
         end;
         it != end; it.increment(ec)) {
      if (ec) throw Error(ExitCode::kIoError, "cannot list: " + ec.message(), {.file = d});
      if (it->is_directory(ec) && is_document_folder(it->path())) found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    for (const fs::path& p : found) {
      fs::path name = p.filename();
      if (name.empty()) name = p.parent_path().filename();  // "corpora/doc/"
      if (name.empty() || name == ".") name = fs::absolute(p).lexically_normal().filename();
      folders.push_back({p, name.string()});
    }
  }
  std::map<std::string, fs::path> seen;
  for (const DocumentFolder& f : folders) {
    const auto [it, fresh] = seen.emplace(f.document, f.path);
    if (!fresh && fs::weakly_canonical(it->second) != fs::weakly_canonical(f.path)) {
      throw Error(ExitCode::kUsage, "two document folders are called \"" + f.document +
                                        "\": " + it->second.string() + " and " + f.path.string() +
                                        " (the folder name is the document id)");
    }
  }
  std::set<std::string> once;
  std::erase_if(folders, [&](const DocumentFolder& f) { return !once.insert(f.document).second; });
  if (folders.empty()) {
    throw Error(ExitCode::kNoInput, "no folder with en.txt and ar.txt under " + dirs.front());
  }
  return folders;
}

}  // namespace mizan::pipeline

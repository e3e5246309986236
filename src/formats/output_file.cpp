#include "mizan/formats/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <random>
#include <vector>

#include "mizan/core/error.hpp"

namespace mizan::formats {
namespace {

// What makes two paths the same file: the inode when the file exists, else where it would be.
struct FileIdentity {
  bool exists = false;
  dev_t device = 0;
  ino_t inode = 0;
  std::string real_path;  // empty when even the folder cannot be resolved
};

std::string real_path(const std::string& path) {
  char resolved[PATH_MAX];
  return ::realpath(path.c_str(), resolved) != nullptr ? std::string(resolved) : std::string();
}

std::optional<FileIdentity> identify(const std::string& path, int standard_stream) {
  FileIdentity id;
  struct stat st {};
  if (path == "-") {
    // Standard input or output matters only as a file that could be overwritten or re-read.
    if (::fstat(standard_stream, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    id.exists = true;
    id.device = st.st_dev;
    id.inode = st.st_ino;
    return id;
  }
  if (::stat(path.c_str(), &st) == 0) {
    id.exists = true;
    id.device = st.st_dev;
    id.inode = st.st_ino;
    id.real_path = real_path(path);
    return id;
  }
  const std::filesystem::path p(path);
  const std::string folder = real_path(p.has_parent_path() ? p.parent_path().string() : ".");
  if (folder.empty()) return std::nullopt;  // nothing can be created there either
  id.real_path = folder + "/" + p.filename().string();
  return id;
}

bool same_file(const FileIdentity& a, const FileIdentity& b) {
  if (a.exists && b.exists) return a.device == b.device && a.inode == b.inode;
  return !a.real_path.empty() && a.real_path == b.real_path;
}

}  // namespace

void refuse_overwriting_inputs(std::span<const std::string> outputs,
                               std::span<const std::string> inputs) {
  std::vector<std::pair<const std::string*, FileIdentity>> read;
  for (const std::string& input : inputs) {
    if (input.empty()) continue;
    if (auto id = identify(input, STDIN_FILENO)) read.emplace_back(&input, std::move(*id));
  }
  for (const std::string& output : outputs) {
    if (output.empty()) continue;
    const std::optional<FileIdentity> id = identify(output, STDOUT_FILENO);
    if (!id) continue;
    for (const auto& [input, input_id] : read) {
      if (!same_file(*id, input_id)) continue;
      const std::string what = output == "-" ? "standard output" : "the output " + output;
      throw Error(ExitCode::kUsage,
                  what + " is the same file as the input " + (*input == "-" ? "<stdin>" : *input) +
                      "; writing it would destroy what is being read: choose another file name");
    }
  }
}

void AtomicOutputFile::Closer::operator()(std::FILE* f) const {
  if (f != stdout) std::fclose(f);
}

AtomicOutputFile::AtomicOutputFile(std::string path) : path_(std::move(path)) {
  if (path_ == "-") {
    file_.reset(stdout);
    return;
  }
  // A device or FIFO (/dev/null, a pipe to another program) cannot be replaced: write to it.
  struct stat st {};
  if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    file_.reset(std::fopen(path_.c_str(), "wb"));
    if (!file_) {
      throw Error(ExitCode::kCantCreate, std::string("cannot open: ") + std::strerror(errno),
                  {.file = path_});
    }
    return;
  }
  // O_EXCL on a random name beside the target (so rename() stays on one file system); mode 0666
  // lets the umask decide the permissions as for any new file.
  std::random_device random;
  for (int attempt = 0; attempt < 16 && !file_; ++attempt) {
    temp_path_ = path_ + ".tmp-" + std::to_string(random() % 1000000000u);
    const int fd = ::open(temp_path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno == EEXIST) continue;
    if (fd < 0) break;
    file_.reset(::fdopen(fd, "wb"));
    if (!file_) ::close(fd);
  }
  if (!file_) {
    const int err = errno;
    temp_path_.clear();
    throw Error(ExitCode::kCantCreate, std::string("cannot create: ") + std::strerror(err),
                {.file = path_});
  }
}

AtomicOutputFile::~AtomicOutputFile() {
  if (committed_ || temp_path_.empty()) return;
  file_.reset();
  ::unlink(temp_path_.c_str());
}

void AtomicOutputFile::write(std::string_view bytes) {
  if (committed_) throw Error(ExitCode::kSoftware, "write after commit", {.file = path_});
  if (bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_.get()) != bytes.size()) {
    throw Error(ExitCode::kIoError, std::string("write failed: ") + std::strerror(errno),
                {.file = path_});
  }
}

void AtomicOutputFile::commit() {
  if (committed_) return;
  auto fail = [&](const char* what) {
    throw Error(ExitCode::kIoError, std::string(what) + ": " + std::strerror(errno),
                {.file = path_});
  };
  if (std::fflush(file_.get()) != 0) fail("write failed");
  if (temp_path_.empty()) {  // standard output, a device or a FIFO
    committed_ = true;
    return;
  }
  if (::fsync(fileno(file_.get())) != 0 && errno != EINVAL) fail("sync failed");
  std::FILE* f = file_.release();
  if (std::fclose(f) != 0) fail("close failed");
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) fail("cannot replace");
  committed_ = true;
}

}  // namespace mizan::formats

// ReadPath: files, folders and stdin (see newsfuse/ingest.h).
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "ingest/record.h"
#include "newsfuse/ingest.h"

namespace newsfuse {
namespace {

namespace fs = std::filesystem;
using ingest::Input;

// File names never read from a folder: project documents and media.
bool IsSkippedName(const std::string& name) {
  std::string lower = name;
  for (char& c : lower) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (std::string_view doc : {"readme", "license", "licence", "copying",
                               "notice", "changelog", "contributing"}) {
    if (lower.compare(0, doc.size(), doc) == 0) return true;
  }
  std::string ext = ingest::Extension(lower);
  for (std::string_view media :
       {"png",  "jpg", "jpeg", "gif", "webp",  "svg", "ico", "bmp",   "tif",
        "tiff", "pdf", "zip",  "tar", "tgz",   "bz2", "xz",  "7z",    "rar",
        "mp3",  "mp4", "wav",  "avi", "mov",   "css", "js",  "exe",   "so",
        "dll",  "o",   "a",    "pyc", "class", "jar", "db",  "sqlite"}) {
    if (ext == media) return true;
  }
  return false;
}

// Reads at most kMaxInputBytes + 1 bytes of `f` into *out; errno-based
// problem on failure, "" on success.
std::string ReadStream(std::FILE* f, std::string* out) {
  char buf[64 * 1024];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) {
    out->append(buf, n);
    if (out->size() > ingest::kMaxInputBytes) return "";
  }
  if (std::ferror(f))
    return std::string("cannot read (") + std::strerror(errno) + ")";
  return "";
}

// Reads the file open as `fd`, whose size is `size`, into *out: at most
// kMaxInputBytes + 1 bytes, in one read when the size holds, and one more
// to see its end. errno-based problem on failure, "" on success.
std::string ReadFd(int fd, size_t size, std::string* out) {
  out->resize(std::min<size_t>(size, ingest::kMaxInputBytes) + 1);
  size_t have = 0;
  while (have <= ingest::kMaxInputBytes) {
    if (have == out->size()) out->resize(std::max<size_t>(2 * have, 64 * 1024));
    ssize_t n = ::read(fd, out->data() + have, out->size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::string("cannot read (") + std::strerror(errno) + ")";
    if (n == 0) break;
    have += static_cast<size_t>(n);
  }
  out->resize(have);
  return "";
}

// A file read with open, fstat and read: a file costs five system calls,
// not the eight of a stdio stream checked by path first.
void ReadFile(const std::string& shown, const fs::path& file,
              const IngestOptions& options, const ArticleFn& fn) {
  Input in{shown, &options, &fn};
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    in.Fail(StatusCode::kIoError, 0,
            std::string("cannot read (") + std::strerror(errno) + ")");
    return;
  }
  struct stat st;
  size_t size = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)
                    ? static_cast<size_t>(st.st_size)
                    : 0;
  if (size > ingest::kMaxInputBytes) {
    ::close(fd);
    in.Fail(StatusCode::kDataError, 0, "file is larger than 256 MiB");
    return;
  }
  std::string bytes;
  std::string problem = ReadFd(fd, size, &bytes);
  ::close(fd);
  if (!problem.empty()) {
    in.Fail(StatusCode::kIoError, 0, problem);
    return;
  }
  ReadBytes(shown, std::move(bytes), options, fn);
}

bool IsHidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// The regular, non-hidden files under `dir`, relative, in sorted order.
std::vector<std::string> ListFolder(const fs::path& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(
      dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (IsHidden(entry.path())) {
      if (entry.is_directory(type_ec)) it.disable_recursion_pending();
      continue;
    }
    if (!entry.is_regular_file(type_ec)) continue;
    if (IsSkippedName(entry.path().filename().string())) continue;
    files.push_back(entry.path().lexically_relative(dir).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ShownFolder(std::string_view path) {
  std::string shown(path);
  if (shown.empty() || shown.back() != '/') shown += '/';
  return shown;
}

void ReadFolder(std::string_view path, const IngestOptions& options,
                const ArticleFn& fn) {
  std::string shown = ShownFolder(path);
  size_t articles = 0;
  ArticleFn counting = [&](Result<Article> r) {
    if (r.ok()) ++articles;
    fn(std::move(r));
  };
  fs::path dir{std::string(path)};
  for (const std::string& rel : ListFolder(dir)) {
    ReadFile(shown + rel, dir / rel, options, counting);
  }
  if (articles == 0) {
    fn(Status::Empty(shown + ": no articles found"));
  }
}

void ReadStdin(const IngestOptions& options, const ArticleFn& fn) {
  std::string bytes;
  std::string problem = ReadStream(stdin, &bytes);
  if (!problem.empty()) {
    fn(Status::IoError("-: " + problem));
    return;
  }
  ReadBytes("-", std::move(bytes), options, fn);
}

}  // namespace

void ReadPath(std::string_view path, const IngestOptions& options,
              const ArticleFn& fn) {
  if (path == "-") {
    ReadStdin(options, fn);
    return;
  }
  Input in{path, &options, &fn};
  std::error_code ec;
  fs::file_status status = fs::status(fs::path{std::string(path)}, ec);
  if (path.empty() || status.type() == fs::file_type::not_found) {
    in.Fail(StatusCode::kNotFound, 0, "no such file or directory");
  } else if (ec) {
    in.Fail(StatusCode::kIoError, 0, "cannot read (" + ec.message() + ")");
  } else if (fs::is_directory(status)) {
    ReadFolder(path, options, fn);
  } else {
    ReadFile(std::string(path), fs::path{std::string(path)}, options, fn);
  }
}

}  // namespace newsfuse

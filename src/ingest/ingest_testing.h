// Helpers for the ingest unit tests only.
#ifndef NEWSFUSE_INGEST_INGEST_TESTING_H_
#define NEWSFUSE_INGEST_INGEST_TESTING_H_

#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "newsfuse/ingest.h"

namespace newsfuse::ingest_testing {

// What one ReadPath/ReadBytes call produced.
struct Collected {
  std::vector<Article> articles;
  std::vector<Status> errors;

  ArticleFn Fn() {
    return [this](Result<Article> r) {
      if (r.ok()) {
        articles.push_back(std::move(r).value());
      } else {
        errors.push_back(r.status());
      }
    };
  }
  std::string ErrorText() const {
    std::string out;
    for (const Status& s : errors) out += s.message() + "\n";
    return out;
  }
};

inline Collected Bytes(std::string_view path, std::string bytes,
                       const IngestOptions& options = {}) {
  Collected c;
  ReadBytes(path, std::move(bytes), options, c.Fn());
  return c;
}

inline Collected Path(std::string_view path,
                      const IngestOptions& options = {}) {
  Collected c;
  ReadPath(path, options, c.Fn());
  return c;
}

// A fresh folder under the system temp dir, removed with its content.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("newsfuse_ingest_" + std::to_string(::getpid()) + "_" +
             std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string Str() const { return path_.string(); }

  // Writes `content` to `rel` (folders created) and returns the full path.
  std::string Write(const std::string& rel, std::string_view content) const {
    std::filesystem::path p = path_ / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

// `plain` as one gzip member.
inline std::string Gzip(std::string_view plain) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, plain.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
  z.avail_in = static_cast<uInt>(plain.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

}  // namespace newsfuse::ingest_testing

#endif  // NEWSFUSE_INGEST_INGEST_TESTING_H_

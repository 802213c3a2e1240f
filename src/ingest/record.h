// Internal to ingest: the input being read, and helpers shared by the
// format readers to build Articles and report problems.
#ifndef NEWSFUSE_INGEST_RECORD_H_
#define NEWSFUSE_INGEST_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "newsfuse/article.h"
#include "newsfuse/ingest.h"
#include "newsfuse/status.h"

namespace newsfuse::ingest {

// Largest input read, before and after gunzip.
inline constexpr size_t kMaxInputBytes = size_t{256} << 20;

// One input (file, stdin or in-memory bytes) being parsed.
struct Input {
  std::string_view path;
  const IngestOptions* options;
  const ArticleFn* fn;

  // Reports "path: problem" (or "path:line: problem" when line > 0).
  void Fail(StatusCode code, uint32_t line, std::string_view problem) const;
  void Emit(Article article) const;
};

// "path" or "path:line".
std::string Where(std::string_view path, uint32_t line);

// An Article with the ingest bookkeeping fields set.
Article NewArticle(const Input& in, uint32_t record, uint32_t line,
                   Format format, std::string original);

// Sets article->outlet to the --outlet override, else `found` (its host when
// it is a URL), else the host of article->url, else the file name stem
// (empty for stdin).
void SetOutlet(const Input& in, std::string_view found, Article* article);

// The file name of `path` without directories and known extensions:
// "corpus/000_17af.txt.gz" -> "000_17af". Empty for "-".
std::string FileStem(std::string_view path);

// The lower-case extension of `path` after removing ".gz": "x.HTML.gz" ->
// "html". Empty when there is none.
std::string Extension(std::string_view path);

// The host of an absolute URL without "www.": "https://www.bbc.co.uk/x" ->
// "bbc.co.uk". Empty when `url` has no host.
std::string UrlHost(std::string_view url);

// `s` without leading and trailing ASCII whitespace.
std::string_view TrimSpace(std::string_view s);

// `s` with runs of ASCII whitespace made one space, trimmed.
std::string CollapseSpace(std::string_view s);

}  // namespace newsfuse::ingest

#endif  // NEWSFUSE_INGEST_RECORD_H_

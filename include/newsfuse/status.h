// Status and Result<T>: the one error model across newsfuse module boundaries.
//
//   newsfuse::Result<Article> r = ReadSomething(path);
//   if (!r.ok()) { std::cerr << r.status().ToString() << "\n"; return 1; }
//   Article a = std::move(r).value();
//
// Every expected failure (bad input, missing file, malformed JSON) is reported
// as a Status value; the library never throws for them, never prints and never
// exits. A Status message is one line that names the input and the problem,
// e.g. "data/x.jsonl:17: malformed JSON: missing closing brace".
//
// Thread safety: Status and Result are values; distinct objects may be used
// from different threads freely, const methods are safe to share.
#ifndef NEWSFUSE_STATUS_H_
#define NEWSFUSE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace newsfuse {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something unusable (bad flag value)
  kNotFound,         // a file or folder does not exist
  kIoError,          // the file exists but could not be read
  kDataError,        // the input was read but its content is unusable
  kEmpty,            // the input holds no article (empty file, empty folder)
  kInternal,         // a bug in newsfuse
};

// Returns a short lower-case name for `code`, e.g. "not found".
std::string_view StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) {
    return Status(StatusCode::kInvalidArgument, std::move(m));
  }
  static Status NotFound(std::string m) {
    return Status(StatusCode::kNotFound, std::move(m));
  }
  static Status IoError(std::string m) {
    return Status(StatusCode::kIoError, std::move(m));
  }
  static Status DataError(std::string m) {
    return Status(StatusCode::kDataError, std::move(m));
  }
  static Status Empty(std::string m) {
    return Status(StatusCode::kEmpty, std::move(m));
  }
  static Status Internal(std::string m) {
    return Status(StatusCode::kInternal, std::move(m));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // The message alone when set, else the code name ("ok" for success).
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value of type T or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "Result built from an OK status has no value");
    if (status_.ok()) status_ = Status::Internal("OK status without a value");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T& value() & {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace newsfuse

#endif  // NEWSFUSE_STATUS_H_

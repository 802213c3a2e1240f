#include "newsfuse/status.h"

namespace newsfuse {

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid argument";
    case StatusCode::kNotFound:
      return "not found";
    case StatusCode::kIoError:
      return "i/o error";
    case StatusCode::kDataError:
      return "data error";
    case StatusCode::kEmpty:
      return "empty";
    case StatusCode::kInternal:
      return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (!message_.empty()) return message_;
  return std::string(StatusCodeName(code_));
}

}  // namespace newsfuse

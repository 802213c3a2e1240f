#include "newsfuse/article.h"

namespace newsfuse {

std::string_view FormatName(Format f) {
  switch (f) {
    case Format::kText:
      return "text";
    case Format::kMarkdown:
      return "markdown";
    case Format::kHtml:
      return "html";
    case Format::kJson:
      return "json";
  }
  return "text";
}

std::string_view DropReasonName(DropReason r) {
  switch (r) {
    case DropReason::kTitle:
      return "title";
    case DropReason::kHeading:
      return "heading";
    case DropReason::kShare:
      return "share";
    case DropReason::kPromo:
      return "promo";
    case DropReason::kAgencyCredit:
      return "agency-credit";
    case DropReason::kCaption:
      return "caption";
    case DropReason::kByline:
      return "byline";
    case DropReason::kDateline:
      return "dateline";
    case DropReason::kBoilerplate:
      return "boilerplate";
    case DropReason::kEmpty:
      return "empty";
  }
  return "boilerplate";
}

}  // namespace newsfuse

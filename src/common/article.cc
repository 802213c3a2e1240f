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

std::string_view EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kPlace: return "PLACE";
    case EntityType::kGroup: return "GROUP";
    case EntityType::kEvent: return "EVENT";
    case EntityType::kOther: return "OTHER";
  }
  return "OTHER";
}

std::string_view TimeTypeName(TimeType t) {
  switch (t) {
    case TimeType::kDate: return "DATE";
    case TimeType::kTime: return "TIME";
    case TimeType::kDuration: return "DURATION";
    case TimeType::kSet: return "SET";
  }
  return "DATE";
}

}  // namespace newsfuse

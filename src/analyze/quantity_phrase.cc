// Around the number: qualifier, currency, range, unit, counted noun,
// distributive and rate phrases, and the checks that turn dates, times and
// ids away. include/newsfuse/quantities.h states the conventions.
#include <string>
#include <string_view>

#include "analyze/quantity_builder.h"

namespace newsfuse::analyze_internal {

void Builder::LookBefore() {
  size_t k = c_.begin;
  std::optional<NumberWord> w = LookupNumberWord(Norm(k));
  if (k > floor_ && c_.words && w && w->kind != NumberWordKind::kUnit &&
      w->kind != NumberWordKind::kTens && w->kind != NumberWordKind::kVague &&
      (Norm(k - 1) == "a" || Norm(k - 1) == "an")) {
    --k;
  }
  if (k > floor_ && !CurrencySign(Norm(k - 1)).empty()) {
    currency_ = CurrencySign(Norm(k - 1));
    --k;
    if (k > floor_ && s_.Adjoins(k - 1)) {
      std::string joined = std::string(Norm(k - 1)) + "$";
      Sv code = CurrencySign(joined);
      if (!code.empty() && Norm(k) == "$") currency_ = code, --k;
    }
  } else if (k > floor_ && Norm(k - 1).size() == 3 &&
             !CurrencyWord(Norm(k - 1)).empty() && IsCapitalized(s_, k - 1)) {
    currency_ = CurrencyWord(Norm(k - 1));
    --k;
  }
  if (k > floor_ && (Norm(k - 1) == "between" || Norm(k - 1) == "from")) {
    between_ = true;
    --k;
  }
  Sv window[4];
  int count = 0;
  for (size_t j = k >= floor_ + 4 ? k - 4 : floor_; j < k; ++j) {
    window[count++] = Norm(j);
  }
  qual_ = QualifierBefore(window, count);
  if (qual_ && OverIsPreposition(k - 1)) qual_.reset();
  if (qual_) k -= static_cast<size_t>(qual_->words);
  first_ = k;
}

// "sovereignty over five regions", "control over 20 towns": "over" after a
// noun is a preposition; after a verb ("killed over 100", "has over 100")
// it is "more than".
bool Builder::OverIsPreposition(size_t over) const {
  if (Norm(over) != "over" || over == 0 || over <= floor_) return false;
  const Token& t = s_.tokens[over - 1];
  Sv w = t.norm;
  return t.kind == TokenKind::kWord && !t.stop &&
         !IsCapitalized(s_, over - 1) && !EndsWith(w, "ed") &&
         !EndsWith(w, "ing") && CasualtyVerb(w).empty();
}

bool Builder::RejectedByContext() const {
  size_t b = c_.begin;
  Sv before = b > 0 ? Norm(b - 1) : Sv();
  Sv after = Norm(c_.end);
  if (IsIdWord(before) || IsClockWord(after)) return true;
  if (b > 0 && s_.Adjoins(b - 1) &&
      s_.tokens[b - 1].kind == TokenKind::kWord) {
    return true;  // "A 1" is no number, "Su-27" one token: "x#5" and kin
  }
  bool small = c_.plain_integer && c_.integer >= 1 && c_.integer <= 31;
  if (c_.plain_integer && IsMonth(before) && currency_.empty()) return true;
  if (small && (IsMonth(after) || (after == "of" && IsMonth(Norm(c_.end + 1))))) {
    return true;
  }
  bool opens = b == 0 || (b == 1 && Norm(0) == "(");
  if (opens && c_.plain_integer && (after == "." || after == ")")) return true;
  return false;
}

void Builder::ReadRange() {
  pos_ = c_.end;
  if (c_.range) {
    range_ = true;
    return;
  }
  Sv link = Norm(pos_);
  bool dash = link == "-" || link == "–" || link == "—";
  if (!(dash || link == "to" || link == "or" || (between_ && link == "and"))) {
    return;
  }
  size_t k = pos_ + 1;
  if (!CurrencySign(Norm(k)).empty()) ++k;
  if (k >= s_.size || !MayStartNumber(s_.tokens[k])) return;
  Core second;
  if (!ParseCore(s_, k, !currency_.empty(), &second) || second.reject ||
      second.vague || !second.low) {
    return;
  }
  if (second.scaled && !c_.scaled && c_.low && *c_.low < *second.low) {
    double f = 1;
    for (int e = 0; e < second.exponent; ++e) f *= 10;
    c_.low = *c_.low * f;
  }
  c_.high = second.high;
  c_.unresolved = c_.unresolved || second.unresolved;
  c_.plain_integer = false;
  range_ = true;
  pos_ = second.end;
}

// Time units: durations ("30 days"), ages ("45 years old"); false when the
// phrase is a time expression ("three years ago", "in two weeks").
bool Builder::ReadTimeUnit() {
  Sv unit = TimeUnit(Norm(pos_));
  if (unit.empty()) return true;
  Sv before = first_ > 0 ? Norm(first_ - 1) : Sv();
  if (IsTimeAnchor(Norm(pos_ + 1)) || before == "in" || before == "within" ||
      before == "past" || before == "last" || before == "next" ||
      before == "coming" || (Norm(pos_ + 1) == "from" &&
                             Norm(pos_ + 2) == "now")) {
    return false;
  }
  unit_ = unit;
  last_ = pos_++;
  if (Norm(pos_) == "old") {
    age_ = true;
    last_ = pos_++;
  } else if (Norm(pos_) == "of" && Norm(pos_ + 1) == "age") {
    age_ = true;
    pos_ += 2;
    last_ = pos_ - 1;
  }
  return true;
}

bool Builder::ReadUnit() {
  last_ = pos_ - 1;
  Sv w = Norm(pos_);
  if (w == "per" && Norm(pos_ + 1) == "cent") {
    unit_.assign(1, '%');
    last_ = ++pos_;
    ++pos_;
    return true;
  }
  if (!MeasureUnit(w).empty()) {
    unit_ = MeasureUnit(w);
    last_ = pos_++;
    if (unit_ == "%" && Norm(pos_) == "points") last_ = pos_++;
    return true;
  }
  size_t k = pos_;
  if (Norm(k) == "of" && (c_.vague || c_.scaled)) ++k;
  if ((Norm(k) == "us" || Norm(k) == "u.s.") &&
      !CurrencyWord(Norm(k + 1)).empty()) {
    ++k;
  }
  Sv money = CurrencyWord(Norm(k));
  if (!money.empty()) {
    if (currency_.empty()) currency_ = money;
    pos_ = k + 1;
    last_ = k;
    return true;
  }
  return ReadTimeUnit();
}

}  // namespace newsfuse::analyze_internal

// What a quantity counts, distributive and rate phrases, the last checks
// and the interval; ScanSentence, which drives the Builder.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/quantity_builder.h"

namespace newsfuse::analyze_internal {
namespace {

constexpr Sv kAux[] = {"also", "are", "been", "being", "had", "has", "have",
                       "is", "reportedly", "was", "were"};

bool IsAux(Sv w) { return std::find(std::begin(kAux), std::end(kAux), w) !=
                          std::end(kAux); }

}  // namespace

// "aged 45", "age 45", "Trump, 78,".
void Builder::ReadAge() {
  if (!unit_.empty() || !currency_.empty() || qual_ || range_) return;
  Sv before = first_ > 0 ? Norm(first_ - 1) : Sv();
  bool aged = before == "aged" || before == "age" || before == "ages";
  bool apposed = c_.plain_integer && c_.integer <= 120 && c_.begin >= 2 &&
                 before == "," && Norm(c_.end) == "," &&
                 IsCapitalized(s_, c_.begin - 2);
  if (aged || apposed) age_ = true;
}

// A compound's second half: "30-day" (unit), "45-year-old" (age),
// "12-member" (counted); false when it names what is counted.
bool Builder::ReadSuffixUnit() {
  Sv suf = c_.suffix;
  if (suf.empty() || suf == "strong") return true;
  if (suf == "year-old" || suf == "years-old" || suf == "year-olds") {
    age_ = true;
  } else if (!TimeUnit(suf).empty()) {
    unit_ = TimeUnit(suf);
  } else if (!MeasureUnit(suf).empty()) {
    unit_ = MeasureUnit(suf);
  } else {
    counted_ = suf;
    return false;
  }
  return true;
}

// Up to four noun phrase words from token k into words[]; "and"/"or" may
// join capitalized adjectives ("Russian and Ukrainian soldiers").
int Builder::NounPhrase(size_t k, size_t (&words)[4]) const {
  int n = 0;
  while (k < s_.size && n < 4) {
    const Token& t = s_.tokens[k];
    if (IsNounPhraseWord(t)) {
      words[n++] = k++;
    } else if ((t.norm == "and" || t.norm == "or") && n > 0 &&
               IsCapitalized(s_, words[n - 1]) && k + 1 < s_.size &&
               IsNounPhraseWord(s_.tokens[k + 1])) {
      ++k;
    } else {
      break;
    }
  }
  return n;
}

void Builder::ReadCounted() {
  if (!ReadSuffixUnit()) return;
  if (age_) return;
  std::optional<Qualifier> after = QualifierAfter(Norm(pos_), Norm(pos_ + 1));
  if (after && !qual_) {
    qual_ = after;
    last_ = pos_ + 1;
    pos_ += 2;
  }
  size_t k = pos_;
  if (Norm(k) == "of" && (c_.vague || c_.words)) ++k;
  size_t words[4];
  int n = NounPhrase(k, words);
  if (n == 0) return;
  int head = -1, from = 0;
  for (int w = 0; w < n && head < 0; ++w) {
    if (IsPlural(Norm(words[w]))) head = w;
  }
  while (from < n && IsCapitalized(s_, words[from])) ++from;
  if (head < 0) {  // singular: the last word, not a trailing participle
    head = n - 1;
    while (head >= 0 && EndsWith(Norm(words[head]), "ed")) --head;
    if (head < 0) return;
    from = head;
  }
  from = std::min(from, head);
  for (int w = from; w <= head; ++w) {
    if (!counted_.empty()) counted_ += ' ';
    counted_ += Norm(words[w]);
  }
  counted_plural_ = IsPlural(Norm(words[head]));
  last_ = words[head];
  pos_ = words[head] + 1;
}

// "six people were killed", "killing at least six people", "and injured
// over a dozen" (the noun from the quantity before).
void Builder::ReadCasualty() {
  size_t k = pos_;
  for (int aux = 0; aux < 3 && IsAux(Norm(k)); ++aux) ++k;
  Sv verb = CasualtyVerb(Norm(k));
  if (verb.empty() && first_ > floor_) verb = CasualtyVerb(Norm(first_ - 1));
  if (verb.empty() || age_) return;
  if (counted_.empty()) {
    for (size_t q = done_.size(); q > start_; --q) {
      const std::string& prev = done_[q - 1].counted;
      size_t space = prev.rfind(' ');
      if (space != std::string::npos &&
          !CasualtyVerb(Sv(prev).substr(space + 1)).empty()) {
        counted_ = prev.substr(0, space);
        break;
      }
    }
  }
  if (!counted_.empty()) counted_ += ' ';
  counted_ += verb;
}

void Builder::ReadAfterCounted() {
  ReadCasualty();
  size_t k = pos_;
  Sv w = Norm(k);
  Sv unit = TimeUnit(Norm(k + 1));
  bool singular = !unit.empty() && unit == Norm(k + 1);
  if ((w == "a" || w == "an" || w == "per" || w == "every" || w == "each") &&
      singular) {
    rate_ = "per " + std::string(unit);
    pos_ = k + 2;
  } else if (w == "each" || w == "apiece") {
    each_ = true;
    last_ = k;
    pos_ = k + 1;
  } else if ((w == "on" || w == "for" || w == "from") &&
             Norm(k + 1) == "each" && Norm(k + 2) == "side") {
    each_ = true;
  } else if (w == "for" && k + 1 < s_.size &&
             MayStartNumber(s_.tokens[k + 1])) {
    Core other;
    if (ParseCore(s_, k + 1, !currency_.empty(), &other) && !other.reject &&
        other.low && other.low == c_.low && !range_) {
      each_ = true;
      last_ = other.end - 1;
      pos_ = other.end;
    }
  }
}

bool Builder::RejectedByMeaning() const {
  bool bare = currency_.empty() && unit_.empty() && !qual_ && !age_;
  if (bare && c_.plain_integer && IsYear(c_.low) && !counted_plural_) {
    return true;
  }
  if (bare && range_ && IsYear(c_.low) && IsYear(c_.high) &&
      !counted_plural_) {
    return true;
  }
  bool one = c_.words && !range_ && c_.low && *c_.low == 1 && !c_.vague;
  if (one && !qual_ && currency_.empty() &&
      (counted_.empty() || !TimeUnit(unit_).empty())) {
    return true;
  }
  return false;
}

void Builder::SetInterval(Quantity* q) const {
  q->unresolved = c_.unresolved;
  q->qualifier = qual_ ? std::string(qual_->key)
                 : range_ ? "range" : c_.vague ? "vague" : "";
  std::string unit = !currency_.empty() ? std::string(currency_)
                     : age_ && unit_.empty() ? "year" : unit_;
  q->unit = rate_.empty() ? unit : unit.empty() ? rate_ : unit + " " + rate_;
  q->counted = age_ ? "age" : counted_;
  q->each = each_;
  if (c_.unresolved) return;
  q->low = c_.low;
  q->high = c_.high;
  switch (qual_ ? qual_->rule : Rule::kExact) {
    case Rule::kExact: break;
    case Rule::kMoreThan:
    case Rule::kAtLeast: q->high.reset(); break;
    case Rule::kNearly:
    case Rule::kUpTo:
    case Rule::kLessThan: q->low.reset(); break;
    case Rule::kAbout:
      q->low = *c_.low - *c_.low / 10;  // exact for multiples of 10
      q->high = *c_.high + *c_.high / 10;
      break;
  }
}

bool Builder::Build(Quantity* q, size_t* next) {
  LookBefore();
  *next = c_.end;
  if (RejectedByContext()) return false;
  ReadRange();
  if (!ReadUnit()) {
    *next = std::max(pos_ + 1, c_.end);
    return false;
  }
  ReadAge();
  ReadCounted();
  ReadAfterCounted();
  if (RejectedByMeaning()) return false;
  SetInterval(q);
  q->text = {s_.tokens[first_].text.begin, s_.tokens[last_].text.end};
  *next = pos_;
  return true;
}

void ScanSentence(const SentenceView& s, std::vector<Quantity>* out) {
  const size_t start = out->size();
  size_t i = 0, floor = 0;
  while (i < s.size) {
    if (!MayStartNumber(s.tokens[i])) {
      ++i;
      continue;
    }
    bool money = i > 0 && s.tokens[i].kind == TokenKind::kNumber &&
                 !CurrencySign(s.Norm(i - 1)).empty();
    Core c;
    if (!ParseCore(s, i, money, &c)) {
      ++i;
      continue;
    }
    size_t next = c.end;
    if (!c.reject) {
      Quantity q;
      if (Builder(s, c, floor, start, *out).Build(&q, &next)) {
        out->push_back(std::move(q));
        floor = next;
      }
    }
    i = std::max(next, i + 1);
  }
}

}  // namespace newsfuse::analyze_internal

// Content keys: what each token contributes to fact alignment, interned
// per story (see SentenceInfo::keys).

#include "common/ascii.h"
#include "fuse/fuse_internal.h"

namespace newsfuse::fuse {
namespace {

// "1,000" -> "#1000", "30-day" -> "#30", "10am" -> "#10".
std::string NumberKey(std::string_view norm) {
  std::string digits;
  for (char c : norm) {
    if (IsAsciiDigit(c) || c == '.' || c == ':') {
      digits.push_back(c);
    } else if (c != ',') {
      break;
    }
  }
  while (!digits.empty() && (digits.back() == '.' || digits.back() == ':')) {
    digits.pop_back();
  }
  return digits.insert(0, 1, '#');
}

}  // namespace

std::string Fold(std::string_view s) {
  if (s.ends_with("'s")) s.remove_suffix(2);
  std::string out;
  for (char c : s) {
    if (out.empty() || out.back() != c || !IsAsciiAlpha(c)) {
      out.push_back(c);
    }
  }
  if (out.size() > 3 && out.back() == 'i') out.back() = 'y';
  return out;
}

uint32_t WordIds::Find(std::string_view word) const {
  if (word.size() <= WordMap::kMaxWord) return short_.Find(word);
  auto it = long_.find(word);
  return it == long_.end() ? kAbsent : it->second;
}

void WordIds::Add(std::string_view word, uint32_t id) {
  if (word.size() <= WordMap::kMaxWord) {
    short_.Add(word, id);
  } else {
    long_.emplace(word, id);
  }
}

uint32_t StoryKeys::Intern(std::string_view key) {
  uint32_t id = ids_.Find(key);
  if (id != WordIds::kAbsent) return id;
  id = uint32_t(names_.size());
  names_.push_back(owned_.emplace_back(key));
  in_names_.push_back(false);
  ids_.Add(names_.back(), id);
  return id;
}

StoryWords::StoryWords(const std::vector<const Article*>& articles,
                       StoryKeys* keys)
    : facts_(articles.size()), keys_(keys) {
  for (size_t ai = 0; ai < articles.size(); ++ai) {
    const Article& a = *articles[ai];
    facts_[ai].reserve(a.tokens.size());
    for (const Token& t : a.tokens) {
      const WordFacts& f = WordFactsOf(t.norm);
      facts_[ai].push_back(&f);
      if (!f.synonym.empty()) concepts_.emplace(t.stem, f.synonym);
    }
  }
}

uint32_t StoryWords::Intern(std::string_view key) {
  if (key.empty() || key == "#") return kNoKey;
  return keys_->Intern(key);
}

uint32_t StoryWords::StemKey(std::string_view stem) {
  // The memo holds kNoKey as kNoKeyMemo: kNoKey is WordIds::kAbsent.
  constexpr uint32_t kNoKeyMemo = kNoKey - 1;
  uint32_t key = stem_keys_.Find(stem);
  if (key != WordIds::kAbsent) return key == kNoKeyMemo ? kNoKey : key;
  auto c = concepts_.find(stem);
  key = c != concepts_.end() ? Intern(c->second) : Intern(Fold(stem));
  stem_keys_.Add(stem, key == kNoKey ? kNoKeyMemo : key);
  return key;
}

uint32_t StoryWords::KeyOf(const Article& article, const Token& t,
                           const WordFacts& f) {
  if (t.kind == TokenKind::kNumber) return Intern(NumberKey(t.norm));
  if (t.kind != TokenKind::kWord) return kNoKey;
  if (!f.number.empty()) {
    return Intern(std::string(f.number).insert(0, 1, '#'));
  }
  if (t.text.In(article.text) == "US") return Intern("us-country");
  if (t.stop || f.Has(WordFacts::kReportingVerb)) return kNoKey;
  if (!f.synonym.empty()) return Intern(f.synonym);
  return StemKey(t.stem);
}

}  // namespace newsfuse::fuse

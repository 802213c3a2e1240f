#include "cluster/features.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string_view>

#include "newsfuse/unicode.h"

namespace newsfuse::cluster {
namespace {

// Raw weight of one occurrence of each kind, relative to a content word.
// Names, numbers and dates set one event apart from another of its kind.
// Tuned on ECB+ (see bench/cluster_eval.cc).
constexpr float kWordWeight = 1.0f;
constexpr float kEntityWeight = 2.0f;
constexpr float kPhraseWeight = 2.0f;
constexpr float kNumberWeight = 3.0f;
constexpr float kDateWeight = 3.0f;
// A term in the headline counts this many times its kind weight on top of
// its body count. Tuned on ECB+.
constexpr float kTitleBoost = 1.5f;
// A sentence with more than this share of capitalized words is a headline
// or shouting: case tells nothing there.
constexpr double kShoutingShare = 0.6;

float KindWeight(FeatureKind kind) {
  switch (kind) {
    case FeatureKind::kWord: return kWordWeight;
    case FeatureKind::kEntity: return kEntityWeight;
    case FeatureKind::kPhrase: return kPhraseWeight;
    case FeatureKind::kNumber: return kNumberWeight;
    case FeatureKind::kDate: return kDateWeight;
  }
  return kWordWeight;
}

bool IsCapitalized(std::string_view surface) {
  if (surface.empty()) return false;
  unsigned char c = surface[0];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  size_t pos = 0;
  char32_t cp = DecodeUtf8(surface, &pos);
  std::string first;
  AppendUtf8(cp, &first);
  return MatchingForm(first) != first;  // case folding changed it
}

// Function words for headline terms (body tokens carry their own flag).
bool IsTitleStopWord(std::string_view w) {
  static constexpr std::array<std::string_view, 48> kWords = {
      "a",     "an",   "the",  "and",  "or",   "but",  "of",    "in",
      "on",    "at",   "to",   "for",  "from", "by",   "with",  "as",
      "is",    "are",  "was",  "were", "be",   "been", "has",   "have",
      "had",   "it",   "its",  "his",  "her",  "their", "he",   "she",
      "they",  "this", "that", "these", "those", "after", "over", "into",
      "about", "will", "would", "can",  "could", "who",  "what", "up"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// A rough English suffix strip for headline words the body never uses.
std::string CrudeStem(std::string_view w) {
  for (std::string_view suffix : {"ing", "ed", "es", "s"}) {
    if (w.size() > suffix.size() + 3 && w.ends_with(suffix)) {
      return std::string(w.substr(0, w.size() - suffix.size()));
    }
  }
  return std::string(w);
}

bool IsYear(std::string_view n) {
  return n.size() == 4 && (n.starts_with("19") || n.starts_with("20")) &&
         std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsWordLike(std::string_view norm) {
  return norm.size() >= 2 || (norm.size() == 1 && norm[0] >= 'a' && norm[0] <= 'z');
}

}  // namespace

bool IsDateWord(std::string_view norm) {
  static constexpr std::array<std::string_view, 19> kWords = {
      "monday",  "tuesday",  "wednesday", "thursday", "friday",
      "saturday", "sunday",  "january",   "february", "april",
      "june",    "july",     "august",    "september", "october",
      "november", "december", "march",    "may"};
  // "march" and "may" are verbs too; IDF keeps their weight modest.
  return std::find(kWords.begin(), kWords.end(), norm) != kWords.end();
}

std::string_view NameForm(std::string_view norm) {
  if (norm.size() > 3 && norm.ends_with("'s")) norm.remove_suffix(2);
  if (norm.size() > 2 && norm.ends_with("'")) norm.remove_suffix(1);
  return norm;
}

std::vector<TitleWord> SplitTitle(std::string_view title) {
  auto is_edge = [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u < 0x80 && (std::ispunct(u) || std::isspace(u));
  };
  auto trim = [&is_edge](std::string_view w) {
    while (!w.empty() && is_edge(w.front())) w.remove_prefix(1);
    while (!w.empty() && is_edge(w.back())) w.remove_suffix(1);
    return w;
  };
  std::vector<TitleWord> words;
  size_t i = 0;
  while (i < title.size()) {
    size_t j = std::min(title.find_first_of(" \t\n", i), title.size());
    std::string_view surface = trim(title.substr(i, j - i));
    i = j + 1;
    std::string norm(trim(MatchingForm(surface)));
    if (norm.ends_with("'s")) norm.resize(norm.size() - 2);
    if (norm.empty()) continue;
    words.push_back({std::move(norm), std::string(surface)});
  }
  return words;
}

namespace {

// Collects occurrences per key, then turns them into weighted features.
class Accumulator {
 public:
  void Add(std::string key, std::string_view display, FeatureKind kind,
           bool in_title) {
    Slot& slot = slots_[std::move(key)];
    if (slot.display.empty()) slot.display = std::string(display);
    slot.kind = kind;
    (in_title ? slot.title : slot.body) += 1;
  }

  std::vector<Feature> Finish(const std::vector<std::string>& people) const {
    std::vector<Feature> out;
    out.reserve(slots_.size());
    for (const auto& [key, slot] : slots_) {
      float w = KindWeight(slot.kind);
      float raw = slot.body > 0 ? w * (1.0f + std::log(float(slot.body))) : 0;
      if (slot.title > 0) raw += kTitleBoost * w;
      bool person = slot.kind == FeatureKind::kEntity &&
                    std::binary_search(people.begin(), people.end(),
                                       std::string_view(key).substr(2));
      out.push_back({key, slot.display, slot.kind, raw, slot.title > 0,
                     person});
    }
    std::sort(out.begin(), out.end(),
              [](const Feature& a, const Feature& b) { return a.key < b.key; });
    return out;
  }

 private:
  struct Slot {
    std::string display;
    FeatureKind kind = FeatureKind::kWord;
    uint32_t body = 0;
    uint32_t title = 0;
  };
  std::unordered_map<std::string, Slot> slots_;
};

// One word of a sentence or headline, as the extractor sees it.
struct Word {
  std::string_view norm;
  std::string_view surface;
  std::string stem;
  TokenKind kind = TokenKind::kWord;
  bool stop = false;
  bool name = false;  // name-like (decided per sentence)
};

// Marks the name-like words of one sentence.
void MarkNames(std::vector<Word>& words, const CaseStats& stats) {
  size_t caps = 0, content = 0, first = words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].kind != TokenKind::kWord) continue;
    if (first == words.size()) first = i;
    if (words[i].stop) continue;
    ++content;
    caps += IsCapitalized(words[i].surface);
  }
  bool shouting = content >= 3 && caps > kShoutingShare * content;
  for (size_t i = 0; i < words.size(); ++i) {
    Word& w = words[i];
    if (w.kind != TokenKind::kWord || w.stop || !IsWordLike(w.norm) ||
        IsDateWord(w.norm) || !IsCapitalized(w.surface)) {
      continue;
    }
    bool by_position = i != first && !shouting;
    w.name = by_position || stats.MostlyCapitalized(w.norm);
  }
}

// Adds the features of one sentence (or the headline).
void AddWords(const std::vector<Word>& words, bool in_title,
              Accumulator& acc) {
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (w.kind == TokenKind::kNumber) {
      const Word* next = i + 1 < words.size() ? &words[i + 1] : nullptr;
      if (next && next->kind == TokenKind::kWord && !next->stop) {
        std::string display = std::string(w.surface) + " " + std::string(next->surface);
        acc.Add("n:" + std::string(w.norm) + " " + next->stem, display,
                FeatureKind::kNumber, in_title);
      } else if (IsYear(w.norm)) {
        acc.Add("n:" + std::string(w.norm), w.surface, FeatureKind::kNumber, in_title);
      }
      continue;
    }
    if (w.kind != TokenKind::kWord || w.stop || !IsWordLike(w.norm)) continue;
    if (IsDateWord(w.norm)) {
      acc.Add("d:" + std::string(w.norm), w.surface, FeatureKind::kDate, in_title);
      continue;
    }
    acc.Add("w:" + w.stem, w.norm, FeatureKind::kWord, in_title);
    if (w.name) {
      acc.Add("e:" + std::string(NameForm(w.norm)), w.surface,
              FeatureKind::kEntity, in_title);
    }
  }
}

// Adds a phrase feature for each run of two or more adjacent names.
void AddPhrases(const std::vector<Word>& words, bool in_title,
                Accumulator& acc) {
  size_t i = 0;
  while (i < words.size()) {
    size_t j = i;
    while (j < words.size() && words[j].name) ++j;
    if (j - i >= 2) {
      std::string key = "p:", display;
      for (size_t k = i; k < j; ++k) {
        key += std::string(NameForm(words[k].norm)) + (k + 1 < j ? " " : "");
        display += std::string(words[k].surface) + (k + 1 < j ? " " : "");
      }
      acc.Add(std::move(key), display, FeatureKind::kPhrase, in_title);
    }
    i = j + 1;
  }
}

std::vector<Word> SentenceWords(const Article& a, const Sentence& s) {
  std::vector<Word> words;
  uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, a.tokens.size());
  for (uint32_t t = s.first_token; t < end; ++t) {
    const Token& tok = a.tokens[t];
    words.push_back({tok.norm, tok.text.In(a.text), tok.stem, tok.kind, tok.stop});
  }
  return words;
}

// The headline as words; stems and stop flags come from the body's use of
// the same word when it has one.
std::vector<Word> TitleWords(const std::vector<TitleWord>& split,
                             const Article& a) {
  std::unordered_map<std::string_view, const Token*> by_norm;
  for (const Token& t : a.tokens) by_norm.emplace(t.norm, &t);
  std::vector<Word> words;
  for (const TitleWord& tw : split) {
    Word w{tw.norm, tw.surface, "", TokenKind::kWord, false};
    auto it = by_norm.find(tw.norm);
    if (it != by_norm.end()) {
      w.stem = it->second->stem;
      w.kind = it->second->kind;
      w.stop = it->second->stop;
    } else {
      w.kind = std::isdigit(static_cast<unsigned char>(tw.norm[0])) ? TokenKind::kNumber : TokenKind::kWord;
      w.stem = w.kind == TokenKind::kWord ? CrudeStem(tw.norm) : tw.norm;
      w.stop = IsTitleStopWord(tw.norm);
    }
    words.push_back(std::move(w));
  }
  return words;
}

}  // namespace

void CaseStats::Observe(const Article& a) {
  for (const Sentence& s : a.sentences) {
    bool first = true;
    uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, a.tokens.size());
    for (uint32_t t = s.first_token; t < end; ++t) {
      const Token& tok = a.tokens[t];
      if (tok.kind != TokenKind::kWord) continue;
      if (first) {
        first = false;
        continue;
      }
      Counts& c = counts_[tok.norm];
      (IsCapitalized(tok.text.In(a.text)) ? c.upper : c.lower) += 1;
    }
  }
}

bool CaseStats::MostlyCapitalized(std::string_view norm) const {
  auto it = counts_.find(std::string(norm));
  return it != counts_.end() && it->second.upper > it->second.lower;
}

std::vector<Feature> ExtractFeatures(const Article& a, const CaseStats& stats) {
  Accumulator acc;
  for (const Sentence& s : a.sentences) {
    std::vector<Word> words = SentenceWords(a, s);
    MarkNames(words, stats);
    AddWords(words, false, acc);
    AddPhrases(words, false, acc);
  }
  std::vector<TitleWord> split = SplitTitle(a.title);
  std::vector<Word> title = TitleWords(split, a);
  MarkNames(title, stats);
  AddWords(title, true, acc);
  AddPhrases(title, true, acc);
  return acc.Finish(PersonHeads(a));
}

std::vector<std::string> PersonHeads(const Article& a) {
  std::vector<std::string> out;
  for (const EntityMention& m : a.entities) {
    if (m.type != EntityType::kPerson || m.description ||
        m.sentence >= a.sentences.size()) {
      continue;
    }
    const Sentence& s = a.sentences[m.sentence];
    uint32_t end = std::min<uint32_t>(s.first_token + s.token_count,
                                      a.tokens.size());
    const Token* head = nullptr;
    for (uint32_t t = s.first_token; t < end; ++t) {
      const Token& tok = a.tokens[t];
      if (tok.text.begin >= m.text.end) break;
      if (tok.text.begin >= m.text.begin && tok.kind == TokenKind::kWord) {
        head = &tok;
      }
    }
    if (head != nullptr) out.emplace_back(NameForm(head->norm));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace newsfuse::cluster

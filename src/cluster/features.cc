#include "cluster/features.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <initializer_list>
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
  // ASCII punctuation or space, as std::ispunct and std::isspace in the
  // "C" locale (without a library call a byte).
  auto is_edge = [](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) ||
           (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E) ||
           u == ' ' || (u >= '\t' && u <= '\r');
  };
  auto is_blank = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  auto trim = [&is_edge](std::string_view w) {
    while (!w.empty() && is_edge(w.front())) w.remove_prefix(1);
    while (!w.empty() && is_edge(w.back())) w.remove_suffix(1);
    return w;
  };
  std::vector<TitleWord> words;
  size_t i = 0;
  while (i < title.size()) {
    size_t j = i;
    while (j < title.size() && !is_blank(title[j])) ++j;
    std::string_view surface = trim(title.substr(i, j - i));
    i = j + 1;
    std::string norm(trim(MatchingForm(surface)));
    if (norm.ends_with("'s")) norm.resize(norm.size() - 2);
    if (norm.empty()) continue;
    words.push_back({std::move(norm), std::string(surface)});
  }
  return words;
}

uint32_t FeatureExtractor::KeyId(Parts key, bool* added) {
  key_.clear();
  for (std::string_view p : key) key_.append(p);
  return vocabulary_->Insert(key_, KeyHash(key_), added);
}

void FeatureExtractor::Count(uint32_t id, bool added, Parts display,
                             FeatureKind kind, bool in_title) {
  if (id >= slot_.size()) slot_.resize(id + 1, -1);
  if (slot_[id] < 0) {
    slot_[id] = static_cast<int32_t>(features_.size());
    features_.push_back({id, kind, 0, false, false, added, {}});
    tallies_.emplace_back();
  }
  int32_t slot = slot_[id];
  KeyedFeature& f = features_[slot];
  Tally& tally = tallies_[slot];
  if (f.new_key && tally.display_begin == tally.display_end) {
    tally.display_begin = static_cast<uint32_t>(displays_.size());
    for (std::string_view p : display) displays_.append(p);
    tally.display_end = static_cast<uint32_t>(displays_.size());
  }
  f.kind = kind;
  (in_title ? tally.title : tally.body) += 1;
}

void FeatureExtractor::Add(Parts key, Parts display, FeatureKind kind,
                           bool in_title) {
  bool added;
  uint32_t id = KeyId(key, &added);
  Count(id, added, display, kind, in_title);
}

void FeatureExtractor::AddWordKey(uint32_t norm, bool entity, Parts key,
                                  Parts display, FeatureKind kind,
                                  bool in_title) {
  if (norm == StringIds::kNone) return Add(key, display, kind, in_title);
  uint32_t& id = entity ? Info(norm).entity : Info(norm).key;
  bool added = false;
  if (id == StringIds::kNone) id = KeyId(key, &added);
  Count(id, added, display, kind, in_title);
}

// Weights and person flags from the counts; clears the slots for the
// next article. Only "e:" keys have kind kEntity: a person's head marks
// the feature of its "e:" key.
void FeatureExtractor::Finish(const std::vector<std::string_view>& people) {
  for (std::string_view p : people) {
    key_ = "e:";
    key_ += p;
    uint32_t id = vocabulary_->Find(key_, KeyHash(key_));
    if (id < slot_.size() && slot_[id] >= 0) features_[slot_[id]].person = true;
  }
  for (size_t i = 0; i < features_.size(); ++i) {
    KeyedFeature& f = features_[i];
    const Tally& tally = tallies_[i];
    uint32_t body = tally.body, title = tally.title;
    f.display = std::string_view(displays_).substr(
        tally.display_begin, tally.display_end - tally.display_begin);
    float w = KindWeight(f.kind);
    float raw = body > 0 ? w * (1.0f + std::log(float(body))) : 0;
    if (title > 0) raw += kTitleBoost * w;
    f.weight = raw;
    f.in_title = title > 0;
    slot_[f.key] = -1;
  }
}

namespace {

// One word of a sentence or headline, as the extractor sees it.
struct Word {
  std::string_view norm;
  std::string_view surface;
  std::string_view stem;
  TokenKind kind = TokenKind::kWord;
  bool stop = false;
  bool caps = false;  // IsCapitalized(surface), for words but stop words
  bool date = false;  // IsDateWord(norm), for word-like words but stop words
  bool name = false;  // name-like (decided per sentence)
  uint32_t id = StringIds::kNone;  // of norm in CaseStats, for words
};

// Marks the name-like words of one sentence.
void MarkNames(std::vector<Word>& words, const CaseStats& stats) {
  size_t caps = 0, content = 0, first = words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].kind != TokenKind::kWord) continue;
    if (first == words.size()) first = i;
    if (words[i].stop) continue;
    ++content;
    caps += words[i].caps;
  }
  bool shouting = content >= 3 && caps > kShoutingShare * content;
  for (size_t i = 0; i < words.size(); ++i) {
    Word& w = words[i];
    if (w.kind != TokenKind::kWord || w.stop || !IsWordLike(w.norm) ||
        w.date || !w.caps) {
      continue;
    }
    bool by_position = i != first && !shouting;
    w.name = by_position ||
             (w.id == StringIds::kNone ? stats.MostlyCapitalized(w.norm)
                                       : stats.MostlyCapitalized(w.id));
  }
}

// Adds the features of one sentence (or the headline).
void AddWords(const std::vector<Word>& words, bool in_title,
              FeatureExtractor& acc) {
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (w.kind == TokenKind::kNumber) {
      const Word* next = i + 1 < words.size() ? &words[i + 1] : nullptr;
      if (next && next->kind == TokenKind::kWord && !next->stop) {
        acc.Add({"n:", w.norm, " ", next->stem}, {w.surface, " ", next->surface},
                FeatureKind::kNumber, in_title);
      } else if (IsYear(w.norm)) {
        acc.Add({"n:", w.norm}, {w.surface}, FeatureKind::kNumber, in_title);
      }
      continue;
    }
    if (w.kind != TokenKind::kWord || w.stop || !IsWordLike(w.norm)) continue;
    if (w.date) {
      acc.AddWordKey(w.id, false, {"d:", w.norm}, {w.surface},
                     FeatureKind::kDate, in_title);
      continue;
    }
    acc.AddWordKey(w.id, false, {"w:", w.stem}, {w.norm}, FeatureKind::kWord,
                   in_title);
    if (w.name) {
      acc.AddWordKey(w.id, true, {"e:", NameForm(w.norm)}, {w.surface},
                     FeatureKind::kEntity, in_title);
    }
  }
}

// Adds a phrase feature for each run of two or more adjacent names,
// joining its key and display in `key` and `display`.
void AddPhrases(const std::vector<Word>& words, bool in_title,
                std::string& key, std::string& display, FeatureExtractor& acc) {
  size_t i = 0;
  while (i < words.size()) {
    size_t j = i;
    while (j < words.size() && words[j].name) ++j;
    if (j - i >= 2) {
      key = "p:";
      display.clear();
      for (size_t k = i; k < j; ++k) {
        if (k > i) {
          key += ' ';
          display += ' ';
        }
        key.append(NameForm(words[k].norm));
        display.append(words[k].surface);
      }
      acc.Add({key}, {display}, FeatureKind::kPhrase, in_title);
    }
    i = j + 1;
  }
}

void SentenceWords(const Article& a, const Sentence& s,
                   const std::vector<uint32_t>& ids, const CaseStats& stats,
                   std::vector<Word>& words) {
  words.clear();
  uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, a.tokens.size());
  for (uint32_t t = s.first_token; t < end; ++t) {
    const Token& tok = a.tokens[t];
    Word& w = words.emplace_back(Word{tok.norm, tok.text.In(a.text), tok.stem,
                                      tok.kind, tok.stop});
    if (tok.kind != TokenKind::kWord) continue;
    w.id = ids[t];
    if (w.stop) continue;
    w.caps = IsCapitalized(w.surface);
    w.date = IsWordLike(w.norm) && (w.id == StringIds::kNone
                                        ? IsDateWord(w.norm)
                                        : stats.IsDate(w.id));
  }
}

// The first body token whose matching form is `norm`, or nullptr. A
// headline has a dozen words: scanning beats hashing every token.
const Token* FirstWithNorm(const Article& a, std::string_view norm) {
  for (const Token& t : a.tokens) {
    if (t.norm.size() != norm.size() || t.norm[0] != norm[0]) continue;
    if (t.norm == norm) return &t;
  }
  return nullptr;
}

// The headline as words; stems and stop flags come from the body's use of
// the same word when it has one, else `stems` holds the crude stem.
std::vector<Word> TitleWords(const std::vector<TitleWord>& split,
                             const Article& a, const std::vector<uint32_t>& ids,
                             std::vector<std::string>& stems) {
  stems.reserve(split.size());  // Word::stem points into it
  std::vector<Word> words;
  for (const TitleWord& tw : split) {
    Word w{tw.norm, tw.surface, "", TokenKind::kWord, false};
    if (const Token* t = FirstWithNorm(a, tw.norm)) {
      w.stem = t->stem;
      w.kind = t->kind;
      w.stop = t->stop;
      w.id = ids[t - a.tokens.data()];
    } else {
      w.kind = std::isdigit(static_cast<unsigned char>(tw.norm[0])) ? TokenKind::kNumber : TokenKind::kWord;
      stems.push_back(w.kind == TokenKind::kWord ? CrudeStem(tw.norm) : tw.norm);
      w.stem = stems.back();
      w.stop = IsTitleStopWord(tw.norm);
    }
    w.caps = w.kind == TokenKind::kWord && !w.stop && IsCapitalized(w.surface);
    w.date = w.kind == TokenKind::kWord && IsDateWord(w.norm);
    words.push_back(std::move(w));
  }
  return words;
}

}  // namespace

const std::vector<KeyedFeature>& FeatureExtractor::Extract(
    const Article& a, const CaseStats& stats,
    const std::vector<uint32_t>& norm_ids) {
  if (a.language != language_) {
    words_.clear();  // stems differ
    language_ = a.language;
  }
  features_.clear();
  tallies_.clear();
  displays_.clear();
  std::vector<Word> words;
  for (const Sentence& s : a.sentences) {
    SentenceWords(a, s, norm_ids, stats, words);
    MarkNames(words, stats);
    AddWords(words, false, *this);
    AddPhrases(words, false, phrase_key_, phrase_display_, *this);
  }
  std::vector<TitleWord> split = SplitTitle(a.title);
  std::vector<std::string> stems;
  std::vector<Word> title = TitleWords(split, a, norm_ids, stems);
  MarkNames(title, stats);
  AddWords(title, true, *this);
  AddPhrases(title, true, phrase_key_, phrase_display_, *this);
  Finish(PersonHeads(a));
  return features_;
}

std::vector<Feature> ExtractFeatures(const Article& a, const CaseStats& stats) {
  StringIds vocabulary;
  FeatureExtractor extractor(&vocabulary);
  std::vector<uint32_t> ids(a.tokens.size(), StringIds::kNone);
  for (size_t t = 0; t < a.tokens.size(); ++t) {
    if (a.tokens[t].kind == TokenKind::kWord) ids[t] = stats.Find(a.tokens[t].norm);
  }
  std::vector<Feature> out;
  for (const KeyedFeature& f : extractor.Extract(a, stats, ids)) {
    out.push_back({std::string(vocabulary.Key(f.key)), std::string(f.display), f.kind,
                   f.weight, f.in_title, f.person});
  }
  std::sort(out.begin(), out.end(),
            [](const Feature& x, const Feature& y) { return x.key < y.key; });
  return out;
}

std::vector<std::string_view> PersonHeads(const Article& a) {
  std::vector<std::string_view> out;
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

// FindEntities: the driver of entity detection (see entities_finder.h).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/entities_finder.h"
#include "analyze/text_chars.h"
#include "newsfuse/analyze.h"

namespace newsfuse {
namespace analyze_internal {
namespace {

constexpr uint32_t kMaxPhrase = 6;
constexpr uint32_t kPhraseTypes =
    kPlace | kOrg | kEvent | kEventSuffix | kTitle | kDemonym;

// Case of a word: {starts upper-case, all letters upper-case (2+)}.
void CaseOf(std::string_view w, bool* cap, bool* caps) {
  *cap = false;
  *caps = false;
  if (w.empty()) return;
  CharAt first = CharAtPos(w, 0);
  *cap = first.cls == CharClass::kUpper;
  if (!*cap) return;
  int letters = 0;
  for (size_t i = 0; i < w.size();) {
    CharAt c = CharAtPos(w, i);
    if (c.cls == CharClass::kLower) return;
    letters += c.cls == CharClass::kUpper;
    i += c.len;
  }
  *caps = letters >= 2;
}

// Bytes of a possessive ending of the written word ("'s", "’s", "s'").
uint8_t PossessiveBytes(std::string_view w, std::string_view norm) {
  if (norm.size() <= 2) return 0;
  if (norm.ends_with("'s")) return w.ends_with("'s") ? 2 : 4;
  if (norm.back() == '\'' && norm[norm.size() - 2] == 's') {
    return w.ends_with("'") ? 1 : 3;
  }
  return 0;
}

}  // namespace

bool EntityFinder::IsPunct(uint32_t i, char c) const {
  if (!In(i)) return false;
  const Token& t = a_->tokens[i];
  return t.kind == TokenKind::kPunct && t.norm.size() == 1 && t.norm[0] == c;
}

std::string EntityFinder::TextOf(uint32_t b, uint32_t e) const {
  if (b >= e) return {};
  uint32_t begin = a_->tokens[b].text.begin;
  uint32_t end = a_->tokens[e - 1].text.end - I(e - 1).trim;
  return a_->text.substr(begin, end - begin);
}

// The longest multi-word lexicon entry starting at token i. The search
// stops where no entry continues the words so far.
void EntityFinder::FindPhrase(uint32_t i, uint32_t e) {
  std::array<char, 128> buf;
  size_t len = 0;
  TokInfo& info = info_[i - base_];
  for (uint32_t j = i; j < e && j < i + kMaxPhrase; ++j) {
    std::string_view key_j = Key(j);
    std::string_view w = j + 1 == e || !In(j + 1) ? key_j : Norm(j);
    if (j > i) buf[len++] = ' ';
    if (len + w.size() >= buf.size()) break;
    std::copy(w.begin(), w.end(), buf.begin() + len);
    len += w.size();
    if (j == i) continue;
    std::string_view key(buf.data(), len);
    uint64_t hash = HashWord(key);
    uint32_t f = lex_.Cue(key, hash);  // phrases are all in the cue table
    if (f == 0 && w.size() != key_j.size()) {
      f = lex_.Cue(StripPossessive(key));
    }
    if (f & kPhraseTypes) {
      info.phrase_flags = f;
      info.phrase_len = static_cast<uint8_t>(j - i + 1);
    }
    if (a_->tokens[j].kind == TokenKind::kPunct && w != ".") break;
    // A longer key is this one, a space and more: a key no entry begins
    // with ends the search. (Were j the last token, the loop ends anyway.)
    if (!lex_.MayContinue(hash)) break;
  }
}

// Tokens of a run of three or more all-capital words are shouted: their
// case says nothing.
void EntityFinder::MarkShouting(uint32_t b, uint32_t e) {
  uint32_t run = 0, run_begin = b;
  for (uint32_t i = b; i <= e; ++i) {
    if (i < e && I(i).caps && Key(i).size() > 1) {
      if (run++ == 0) run_begin = i;
      continue;
    }
    if (i < e && !I(i).word) continue;  // punctuation inside the run
    if (run >= 3) {
      for (uint32_t j = run_begin; j < i; ++j) {
        TokInfo& t = info_[j - base_];
        if (t.caps) t.weak = t.shout = true;
      }
    }
    run = 0;
  }
}

void EntityFinder::CollectMidSentenceNames() {
  mid_names_.clear();
  for (const Sentence& s : a_->sentences) {
    uint32_t e = s.first_token + s.token_count;
    for (uint32_t i = s.first_token + 1; i < e; ++i) {
      const Token& t = a_->tokens[i];
      if (t.kind != TokenKind::kWord || a_->tokens[i - 1].kind != t.kind ||
          t.stop || t.text.empty()) {
        continue;
      }
      // Title case only: "WIN" in a shouted line is no evidence.
      std::string_view w = t.text.In(a_->text);
      if (w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z' &&
          !(w[1] >= 'A' && w[1] <= 'Z')) {
        mid_names_.push_back(key_hash_[i]);
      }
    }
  }
  std::sort(mid_names_.begin(), mid_names_.end());
  mid_names_.erase(std::unique(mid_names_.begin(), mid_names_.end()),
                   mid_names_.end());
}

void EntityFinder::Prepare(const Sentence& s) {
  base_ = s.first_token;
  uint32_t e = s.first_token + s.token_count;
  info_.assign(s.token_count, TokInfo{});
  uint32_t words = 0, caps_words = 0;
  bool opening = true;  // the next word starts a sentence or quotation
  for (uint32_t i = base_; i < e; ++i) {
    const Token& t = a_->tokens[i];
    TokInfo& info = info_[i - base_];
    if (t.kind != TokenKind::kWord) {
      if (t.kind == TokenKind::kPunct && t.norm != "," && t.norm != "." &&
          t.norm != "'" && t.norm != "-") {
        // A quotation mark followed by a space closes a quotation.
        bool spaced =
            t.text.end >= a_->text.size() || a_->text[t.text.end] == ' ';
        opening = opening || t.norm == ":" || t.norm == "(" ||
                  ((t.norm == "\"" || t.norm == "'") && !spaced);
      }
      continue;
    }
    info.word = true;
    std::string_view w = t.text.In(a_->text);
    CaseOf(w, &info.cap, &info.caps);
    info.trim = PossessiveBytes(w, t.norm);
    info.flags = lex_.Cue(StripPossessive(t.norm), key_hash_[i]);
    info.weak = opening;
    opening = false;
    ++words;
    caps_words += info.cap;
  }
  if (words >= 4 && caps_words * 10 >= words * 7) {
    for (TokInfo& info : info_) info.weak = info.word;
  }
  MarkShouting(base_, e);
  for (uint32_t i = base_; i < e; ++i) {
    TokInfo& t = info_[i - base_];
    // A capitalized stop word ("The") is never a name unless in capitals
    // (MayBeName), so the word lists need not be asked.
    if (t.cap && (t.weak || t.caps) && (t.caps || !a_->tokens[i].stop)) {
      t.flags |= lex_.Dict(Key(i));
    }
    if (t.flags & kPhraseStart) FindPhrase(i, e);
  }
  for (uint32_t i = base_; i < e; ++i) info_[i - base_].name = MayBeName(i);
}

// A capitalized word that is not a function word, a date word or (where
// case says little) a common word.
bool EntityFinder::MayBeName(uint32_t i) const {
  const TokInfo& t = I(i);
  if (!t.word || !t.cap || (t.flags & (kTime | kNotName))) return false;
  if (a_->tokens[i].stop && (!t.caps || t.shout)) return false;
  // "TRADE": a common word in capitals for emphasis, not an acronym.
  if (t.caps && (t.flags & kCommon) && Key(i).size() >= 4 &&
      !(t.flags & (kPlace | kOrg))) {
    return false;
  }
  if (!t.weak || t.phrase_len > 0 || !(t.flags & kCommon)) return true;
  if (std::binary_search(mid_names_.begin(), mid_names_.end(), key_hash_[i])) {
    return true;  // "Trump wrote" after "said Trump" elsewhere
  }
  if (t.flags & (kPlace | kOrg | kDemonym)) return true;
  bool next_cap = In(i + 1) && I(i + 1).cap;
  constexpr uint32_t kCues =
      kTitle | kHonorific | kRoleMod | kOrgSuffix | kPlaceSuffix;
  if ((t.flags & kCues) && next_cap) return true;  // "President Novak"
  // "Secretary of State Marco Rubio" at a sentence start: a title, "of"
  // and a name, as ChunkEnd joins them.
  if ((t.flags & kTitle) && In(i + 2) && Norm(i + 1) == "of" &&
      I(i + 2).cap) {
    return true;
  }
  // "Mark Rutte" at a sentence start: a first name that is also a word.
  return (t.flags & kProper) && next_cap && !(lex_.Dict(Key(i + 1)) & kCommon);
}

void EntityFinder::ScanSentence(const Sentence& s) {
  uint32_t e = s.first_token + s.token_count;
  for (uint32_t i = s.first_token; i < e;) {
    // Descriptions open with a determiner word (TryDescription's own first
    // test, here to spare most tokens the call).
    bool determiner = I(i).word && (I(i).flags & kDeterminer);
    uint32_t next = determiner ? TryDescription(i, e) : i;
    if (next > i) {
      i = next;
      continue;
    }
    if (I(i).name) {
      uint32_t end = ChunkEnd(i, e);
      HandleChunk(i, end, e);
      i = end;
      continue;
    }
    ++i;
  }
}

namespace {

// A spelling skeleton for transliteration variants: y as i, doubled
// letters once ("Zelenskyy", "Zelensky" -> "zelenski"; "Dmitry" -> "dmitri").
std::string Skeleton(std::string_view norm) {
  std::string out;
  for (char c : norm) {
    if (c == 'y') c = 'i';
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

}  // namespace

// Single words left open take the type of a word of a sure mention of the
// article ("Peskov" after "Dmitry Peskov"), compared by skeleton; else a
// guess by length.
void EntityFinder::ResolveOpen() {
  std::vector<std::pair<std::string, EntityType>> known;
  for (const Found& f : found_) {
    bool full_name = f.type == EntityType::kPerson && f.end - f.begin > 1;
    if (f.description || (f.certainty != Certainty::kStrong && !full_name)) {
      continue;
    }
    for (uint32_t i = f.begin; i < f.end; ++i) {
      known.emplace_back(Skeleton(StripPossessive(a_->tokens[i].norm)), f.type);
    }
  }
  for (Found& f : found_) {
    if (f.certainty == Certainty::kStrong || f.description) continue;
    std::string last = Skeleton(StripPossessive(a_->tokens[f.end - 1].norm));
    auto it = std::find_if(known.begin(), known.end(),
                           [&last](const auto& k) { return k.first == last; });
    if (it != known.end()) {
      f.type = it->second;
    } else if (f.certainty == Certainty::kNone) {
      f.type = f.end - f.begin > 1 ? EntityType::kPerson : EntityType::kOrg;
    }
  }
}

void EntityFinder::Emit() {
  a_->entities.reserve(found_.size());
  for (size_t k = 0; k < found_.size(); ++k) {
    Found& f = found_[k];
    EntityMention& m = a_->entities.emplace_back();
    const Token& last = a_->tokens[f.end - 1];
    uint32_t end = last.text.end;
    uint32_t trim = PossessiveBytes(last.text.In(a_->text), last.norm);
    if (trim < last.text.size()) end -= trim;
    m.text = {a_->tokens[f.begin].text.begin, end};
    m.original = a_->text_map.ToOriginal(m.text);
    m.type = f.type;
    m.sentence = sentence_of_[k];
    m.role = std::move(f.role);
    m.description = f.description;
  }
}

void EntityFinder::Run(Article& a) {
  a_ = &a;
  a_->entities.clear();
  found_.clear();
  sentence_of_.clear();
  pending_at_ = UINT32_MAX;
  key_hash_.resize(a.tokens.size());
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    key_hash_[i] =
        t.kind == TokenKind::kWord ? HashWord(StripPossessive(t.norm)) : 0;
  }
  CollectMidSentenceNames();
  for (sentence_ = 0; sentence_ < a_->sentences.size(); ++sentence_) {
    const Sentence& s = a_->sentences[sentence_];
    if (s.token_count == 0) continue;
    Prepare(s);
    ScanSentence(s);
  }
  ResolveOpen();
  Emit();
}

}  // namespace analyze_internal

void FindEntities(Article& article) {
  thread_local analyze_internal::EntityFinder finder;
  finder.Run(article);
}

}  // namespace newsfuse

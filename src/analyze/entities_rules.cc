// The chunk rules of entity detection: descriptions, chunks, roles, types.
#include <algorithm>
#include <string>
#include <string_view>

#include "analyze/entities_finder.h"

namespace newsfuse::analyze_internal {
namespace {

constexpr uint32_t kNamedTypes = kPlace | kOrg | kEvent | kEventSuffix;

EntityType TypeOfFlags(uint32_t f) {
  if (f & (kEvent | kEventSuffix)) return EntityType::kEvent;
  if (f & kOrg) return EntityType::kOrg;
  if (f & kPlace) return EntityType::kPlace;
  return EntityType::kOther;
}

// An initial: "J.", "J.D.", "A.J.".
bool IsInitial(std::string_view w) {
  return w.size() >= 2 && w.size() <= 5 && w.back() == '.' &&
         w.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
}

}  // namespace

void EntityFinder::Add(uint32_t b, uint32_t e, EntityType t, Certainty c,
                       std::string role, bool description) {
  if (b >= e) return;
  found_.push_back({b, e, t, c, description, std::move(role)});
  sentence_of_.push_back(sentence_);
}

// "the Ukrainian leader", "his Russian counterpart", "the US president",
// "the President of France": a determiner, modifiers and a role noun that
// stands for a person. Returns the token after it, or i if none.
uint32_t EntityFinder::TryDescription(uint32_t i, uint32_t e) {
  if (!(I(i).flags & kDeterminer) || !I(i).word) return i;
  uint32_t j = i + 1, last_title = 0;
  while (j < e && I(j).word) {
    const TokInfo& t = I(j);
    uint32_t span = std::max<uint32_t>(1, t.phrase_len);
    if (t.flags & kTitle) {
      last_title = j;
    } else if (!(t.flags & (kDemonym | kRoleMod)) &&
               !(t.cap && ((t.flags | t.phrase_flags) & (kPlace | kOrg)))) {
      break;
    }
    j += (t.flags & kTitle) ? 1 : span;
    if (I(j - 1).trim) break;
  }
  if (last_title == 0 || last_title + 1 != j) return i;
  if (!(I(last_title).flags & kDescTitle)) return i;
  if (j < e && I(j).name) return i;  // a role before a name
  if (j < e && Norm(j) == "of" && !I(last_title).trim) {
    uint32_t k = j + 1;
    if (k < e && Norm(k) == "the") ++k;
    if (k >= e || !I(k).name) return i;
    j = ChunkEnd(k, e);
  }
  if (IsPunct(j, ',') && In(j + 1) && I(j + 1).name) {  // apposition
    pending_at_ = j + 1;
    pending_role_ = TextOf(i + 1, j);
    return j;
  }
  Add(i, j, EntityType::kPerson, Certainty::kStrong, TextOf(i + 1, j), true);
  return j;
}

// The end of the chunk of name words starting at b: capitalized words and
// phrases, with particles ("von der"), "of (the)" after an organization head
// or title, and "&" between them. A possessive ends it.
uint32_t EntityFinder::ChunkEnd(uint32_t b, uint32_t e) const {
  uint32_t j = b;
  while (j < e) {
    const TokInfo& t = I(j);
    if (t.phrase_len > 1 && j + t.phrase_len <= e) {
      j += t.phrase_len;
      if (I(j - 1).trim) break;
      continue;
    }
    if (!t.name && j > b) {
      std::string_view n = Norm(j);
      uint32_t k = j;  // "van der Berg": particles before a name word
      while (In(k) && (I(k).flags & kParticle) && !I(k).cap) ++k;
      if (k > j && k < j + 3 && In(k) && I(k).name) {
        j = k;
        continue;
      }
      if (n == "&" && In(j + 1) && I(j + 1).name) {
        ++j;
        continue;
      }
      if (n == "of" && (I(j - 1).flags & (kOrgHead | kTitle)) && In(j + 1)) {
        uint32_t k = j + 1;
        if (In(k + 1) && Norm(k) == "the") ++k;
        if (In(k) && I(k).name) {
          j = k;
          continue;
        }
      }
      break;
    }
    ++j;
    if (t.trim) break;
  }
  return std::max(j, b + 1);
}

// After "of" in a role ("Secretary of State", "President of the European
// Commission"): the last token of the organization or place named, or 0.
uint32_t EntityFinder::OfPhraseEnd(uint32_t of, uint32_t e) const {
  uint32_t k = of + 1;
  if (k < e && Norm(k) == "the") ++k;
  uint32_t last = 0;
  for (uint32_t j = k; j < e && I(j).name;) {
    const TokInfo& t = I(j);
    uint32_t span = std::max<uint32_t>(1, t.phrase_len);
    if (((t.flags | t.phrase_flags) & (kPlace | kOrg | kOrgSuffix)) ||
        (t.flags & kPlaceSuffix)) {
      last = j + span - 1;
    }
    j += span;
  }
  if (last == 0 && k < e && I(k).name) last = k;
  return last;
}

// The first name token after the title words leading chunk [b, e)
// ("Russian President | Vladimir Putin"), or b if it has no title.
uint32_t EntityFinder::PeelRole(uint32_t b, uint32_t e) const {
  uint32_t j = b;
  int64_t last = -1;
  while (j < e) {
    const TokInfo& t = I(j);
    if (t.phrase_len > 1 && (t.phrase_flags & kTitle)) {
      j += t.phrase_len;
      last = j - 1;
      continue;
    }
    if (t.flags & (kTitle | kHonorific)) {
      last = j++;
      if (t.trim) break;
      continue;
    }
    if (Norm(j) == "of" && last == j - 1) {
      uint32_t m = OfPhraseEnd(j, e);
      if (m == 0) break;
      last = m;
      j = m + 1;
      continue;
    }
    uint32_t f = t.flags | t.phrase_flags;
    if (!(f & (kRoleMod | kDemonym | kPlace | kOrg)) && !t.caps) break;
    j += std::max<uint32_t>(1, t.phrase_len);
  }
  return last < 0 ? b : static_cast<uint32_t>(last) + 1;
}

// The first token of the role words that end before token j, walking back
// over titles, modifiers, demonyms and names ("Kremlin | spokesperson").
uint32_t EntityFinder::RoleStart(uint32_t j) const {
  while (In(j - 1) && j > base_) {
    const TokInfo& t = I(j - 1);
    if (!t.word || (t.flags & kDeterminer)) break;
    bool mod = (t.flags & (kTitle | kRoleMod | kDemonym)) ||
               (t.cap && (t.name || t.trim || t.caps));
    if (!mod) break;
    --j;
  }
  return j;
}

// A lower-case role right before chunk [b, e) ("Kremlin spokesperson"),
// or one set off by a comma ("Defense Minister, Rustem Umerov,").
std::string EntityFinder::RoleBefore(uint32_t b, uint32_t e) const {
  uint32_t j = b;
  if (IsPunct(b - 1, ',')) {
    bool closed = !In(e) || IsPunct(e, ',') || IsPunct(e, '.') ||
                  IsPunct(e, ')');
    if (!closed) return {};
    j = b - 1;
  }
  if (!In(j - 1) || j <= base_ || !(I(j - 1).flags & kTitle)) return {};
  if (j == b && I(j - 1).cap) return {};  // "... Minister Foo" is one chunk
  return TextOf(RoleStart(j - 1), j);
}

// A role set off by commas after a name ("Steve Witkoff, Trump's envoy,"):
// names, modifiers and a title, then a comma, period or speech verb.
std::string EntityFinder::RoleAfter(uint32_t e, uint32_t sent_end) const {
  if (!IsPunct(e, ',')) return {};
  uint32_t j = e + 1, last_title = 0;
  if (j < sent_end && I(j).cap && (I(j).flags & kDeterminer)) return {};
  for (; j < sent_end && I(j).word; ++j) {
    const TokInfo& t = I(j);
    if (t.flags & kTitle) {
      last_title = j;
    } else if (!(t.flags & (kRoleMod | kDemonym)) && !(t.cap && t.name)) {
      break;
    }
  }
  if (last_title == 0 || last_title + 1 != j) return {};
  bool closed = j == sent_end || IsPunct(j, ',') || IsPunct(j, '.') ||
                Has(j, kPersonCue);
  return closed ? TextOf(e + 1, j) : std::string();
}

// Places and organizations named inside a role ("Kremlin", "US").
void EntityFinder::AddRoleNames(uint32_t b, uint32_t k) {
  for (uint32_t j = b; j < k;) {
    const TokInfo& t = I(j);
    uint32_t span = std::max<uint32_t>(1, t.phrase_len);
    uint32_t f = t.phrase_len > 1 ? t.phrase_flags : t.flags;
    if (t.cap && (f & (kPlace | kOrg)) && !(f & kTitle) && j + span <= k) {
      Add(j, j + span, TypeOfFlags(f), Certainty::kStrong);
      j += span;
    } else {
      ++j;
    }
  }
}

// Types that outrank a role: a gazetteer entry covering the chunk, an
// organization, place or event ending, "Ministry of Defence".
bool EntityFinder::TypeKnown(uint32_t b, uint32_t e) {
  const TokInfo& first = I(b);
  uint32_t n = e - b;
  uint32_t f = 0;
  if (first.phrase_len == n && (first.phrase_flags & kNamedTypes)) {
    f = first.phrase_flags;
  } else if (n == 1 && (first.flags & (kPlace | kOrg))) {
    f = first.flags;
  }
  if (f != 0) {
    Add(b, e, TypeOfFlags(f), Certainty::kStrong);
    return true;
  }
  uint32_t last = I(e - 1).flags;
  EntityType t = EntityType::kOther;
  if (n >= 2 || !first.weak) {
    if (last & kOrgSuffix) {
      t = EntityType::kOrg;
    } else if (n >= 2 && (last & kPlaceSuffix)) {
      t = EntityType::kPlace;
    } else if (n >= 2 && (last & kEventSuffix)) {
      t = EntityType::kEvent;
    }
  }
  for (uint32_t j = b + 1; j + 1 < e && t == EntityType::kOther; ++j) {
    if (Norm(j) == "of" && (I(j - 1).flags & kOrgHead) &&
        !(I(j - 1).flags & kTitle)) {
      t = EntityType::kOrg;
    }
  }
  if (t == EntityType::kOther) return false;
  Add(b, e, t, Certainty::kStrong);
  return true;
}

// A known place or organization opening a longer chunk ("Ukraine Russia"):
// emitted alone, the rest handled as a chunk of its own.
bool EntityFinder::SplitKnown(uint32_t b, uint32_t e, uint32_t sent_end) {
  const TokInfo& t = I(b);
  uint32_t len = 0, f = 0;
  if (t.phrase_len > 1 && (t.phrase_flags & (kPlace | kOrg))) {
    len = t.phrase_len;
    f = t.phrase_flags;
  } else if (t.flags & (kPlace | kOrg)) {
    len = 1;
    f = t.flags;
  }
  if (len == 0 || b + len >= e) return false;
  const TokInfo& rest = I(b + len);
  if (!((rest.flags | rest.phrase_flags) & (kPlace | kOrg))) {
    // "Apple Computer", "Russia Today": one name led by a known one.
    Add(b, e, EntityType::kOrg, (f & kOrg) ? Certainty::kStrong
                                           : Certainty::kWeak);
    return true;
  }
  Add(b, b + len, TypeOfFlags(f), Certainty::kStrong);
  HandleChunk(b + len, e, sent_end);
  return true;
}

void EntityFinder::HandleChunk(uint32_t b, uint32_t e, uint32_t sent_end) {
  if (TypeKnown(b, e)) return;
  uint32_t k = PeelRole(b, e);
  if (k > b) {
    if (k == e) return;  // a role without a name
    uint32_t start = RoleStart(b);
    bool honorific_only = k == b + 1 && (I(b).flags & kHonorific);
    AddRoleNames(b, k);
    Add(k, e, EntityType::kPerson, Certainty::kStrong,
        honorific_only ? std::string() : TextOf(start, k));
    return;
  }
  std::string role = pending_at_ == b ? pending_role_ : RoleBefore(b, e);
  if (role.empty()) role = RoleAfter(e, sent_end);
  if (!role.empty() && !(I(b).flags & (kPlace | kOrg))) {
    Add(b, e, EntityType::kPerson, Certainty::kStrong, std::move(role));
    return;
  }
  if ((I(b).flags & kDemonym) && I(b).phrase_len <= 1) {
    Add(b, b + 1, EntityType::kGroup, Certainty::kStrong);
    if (b + 1 < e) HandleChunk(b + 1, e, sent_end);
    return;
  }
  if (SplitKnown(b, e, sent_end)) return;
  TypeByContext(b, e, sent_end);
}

// A chunk no list knows: initials, acronyms and the words around it.
void EntityFinder::TypeByContext(uint32_t b, uint32_t e, uint32_t sent_end) {
  const TokInfo& first = I(b);
  uint32_t n = e - b;
  std::string_view w = a_->tokens[b].text.In(a_->text);
  bool initials = (first.caps && !first.shout && w.size() <= 3) ||
                  IsInitial(w);
  if (n >= 2 && initials && !I(e - 1).caps) {
    Add(b, e, EntityType::kPerson, Certainty::kStrong);
    return;
  }
  std::string_view key = Key(b);
  if (n == 1 && key.find('-') != std::string_view::npos &&
      (lex_.All(key.substr(0, key.find('-'))) & (kPlace | kDemonym))) {
    return;  // "Russia-Ukraine", "Ukrainian-born": a modifier
  }
  if (n == 1 && first.caps && !first.shout && w.size() <= 6) {
    Add(b, e, EntityType::kOrg, Certainty::kStrong);
    return;
  }
  if (e < sent_end && !I(e).cap && (I(e).flags & kPlaceSuffix)) {
    Add(b, e, EntityType::kPlace, Certainty::kStrong);  // "Sumy region"
    return;
  }
  if (b >= base_ + 2 && Norm(b - 1) == "of" && !I(b - 2).cap &&
      (I(b - 2).flags & kPlaceSuffix)) {
    Add(b, e, EntityType::kPlace, Certainty::kStrong);  // "village of X"
    return;
  }
  if (Has(b - 1, kHonorific) && b > base_) {
    Add(b, e, EntityType::kPerson, Certainty::kStrong);
    return;
  }
  bool in = b > base_ && (Norm(b - 1) == "in" || Norm(b - 1) == "near");
  if (n >= 2 && in && !I(e - 1).trim) {
    Add(b, e, EntityType::kPlace, Certainty::kWeak);
  } else if (n >= 2) {
    Add(b, e, EntityType::kPerson, Certainty::kWeak);
  } else if (e < sent_end && (I(e).flags & kPersonCue)) {
    Add(b, e, EntityType::kPerson, Certainty::kWeak);
  } else if (b > base_ && Has(b - 1, kPlaceCue) && !first.trim) {
    Add(b, e, EntityType::kPlace, Certainty::kWeak);
  } else {
    Add(b, e, EntityType::kOther, Certainty::kNone);
  }
}

}  // namespace newsfuse::analyze_internal

// EntityFinder: the rules behind FindEntities, over one analyzed Article.
//
// Per sentence: each word gets its lexicon flags and case (Prepare); role
// descriptions ("the Ukrainian leader") are tried at determiners; runs of
// capitalized words form chunks ("Russian President Vladimir Putin"), whose
// leading title words are peeled off as a role and whose rest is typed by
// gazetteers, suffixes, acronyms, initials and context (HandleChunk). A last
// pass types single words left open by the other mentions of the article
// ("Peskov" after "Dmitry Peskov"). entities.cc has the driver,
// entities_rules.cc the chunk rules.
//
// Internal to src/analyze. Not thread-safe; FindEntities keeps one finder
// per thread.
#ifndef NEWSFUSE_ANALYZE_ENTITIES_FINDER_H_
#define NEWSFUSE_ANALYZE_ENTITIES_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/entities_lexicon.h"
#include "newsfuse/article.h"

namespace newsfuse::analyze_internal {

// What is known of one token of the current sentence.
struct TokInfo {
  uint32_t flags = 0;         // LexFlag bits of the word (cue | dict)
  uint32_t phrase_flags = 0;  // flags of the longest phrase starting here
  uint8_t phrase_len = 0;     // its length in tokens (0: none)
  uint8_t trim = 0;           // bytes of a possessive ending ("'s", "’s")
  bool word = false;          // a kWord token
  bool cap = false;           // starts with an upper-case letter
  bool caps = false;          // two or more letters, all upper-case
  bool weak = false;   // case says little here (sentence start, headline)
  bool shout = false;  // in a run of all-capital words
  bool name = false;   // may be part of a name
};

// How sure a chunk's type is; weak types may be overridden by the article.
enum class Certainty : uint8_t { kNone, kWeak, kStrong };

struct Found {
  uint32_t begin = 0;  // token range [begin, end) in Article::tokens
  uint32_t end = 0;
  EntityType type = EntityType::kOther;
  Certainty certainty = Certainty::kStrong;
  bool description = false;
  std::string role;
};

class EntityFinder {
 public:
  EntityFinder() : lex_(EntityLexicon::Get()) {}

  // Fills a.entities. The finder keeps its buffers for the next article.
  void Run(Article& a);

 private:
  // entities.cc
  void CollectMidSentenceNames();
  void Prepare(const Sentence& s);
  void MarkShouting(uint32_t b, uint32_t e);
  bool MayBeName(uint32_t i) const;
  void FindPhrase(uint32_t i, uint32_t e);
  void ScanSentence(const Sentence& s);
  void ResolveOpen();
  void Emit();

  // entities_rules.cc
  uint32_t TryDescription(uint32_t i, uint32_t e);
  uint32_t ChunkEnd(uint32_t b, uint32_t e) const;
  void HandleChunk(uint32_t b, uint32_t e, uint32_t sent_end);
  uint32_t PeelRole(uint32_t b, uint32_t e) const;
  uint32_t OfPhraseEnd(uint32_t of, uint32_t e) const;
  uint32_t RoleStart(uint32_t j) const;
  std::string RoleBefore(uint32_t b, uint32_t e) const;
  void AddRoleNames(uint32_t b, uint32_t k);
  bool SplitKnown(uint32_t b, uint32_t e, uint32_t sent_end);
  std::string RoleAfter(uint32_t e, uint32_t sent_end) const;
  bool TypeKnown(uint32_t b, uint32_t e);
  void TypeByContext(uint32_t b, uint32_t e, uint32_t sent_end);
  void Add(uint32_t b, uint32_t e, EntityType t, Certainty c,
           std::string role = {}, bool description = false);

  const TokInfo& I(uint32_t i) const { return info_[i - base_]; }
  bool In(uint32_t i) const { return i >= base_ && i < base_ + info_.size(); }
  std::string_view Norm(uint32_t i) const { return a_->tokens[i].norm; }
  std::string_view Key(uint32_t i) const {
    return StripPossessive(a_->tokens[i].norm);
  }
  bool Has(uint32_t i, uint32_t f) const { return In(i) && (I(i).flags & f); }
  bool IsPunct(uint32_t i, char c) const;
  std::string TextOf(uint32_t b, uint32_t e) const;

  Article* a_ = nullptr;
  const EntityLexicon& lex_;
  uint32_t base_ = 0;          // first token of the current sentence
  std::vector<TokInfo> info_;  // the current sentence's tokens
  std::vector<Found> found_;   // the article's mentions so far
  // HashWord(Key(i)) of every word token of the article (0 for others):
  // each word is hashed once, for the cue table and for mid_names_.
  std::vector<uint64_t> key_hash_;
  // Capitalized words right after another word somewhere in the article
  // ("said Trump"): names even where case says little. Their key hashes,
  // sorted.
  std::vector<uint64_t> mid_names_;
  std::vector<uint32_t> sentence_of_;  // sentence index of each found_
  uint32_t sentence_ = 0;
  uint32_t pending_at_ = UINT32_MAX;  // token that a comma-set role names
  std::string pending_role_;
};

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_ENTITIES_FINDER_H_

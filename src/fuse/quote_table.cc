// BuildQuoteTable: see newsfuse/quote_table.h for the grouping rules.
#include "newsfuse/quote_table.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

#include "fuse/name_words.h"
#include "fuse/word_diff.h"

namespace newsfuse {

std::string_view VariantKindName(VariantKind k) {
  switch (k) {
    case VariantKind::kIdentical:
      return "identical";
    case VariantKind::kCase:
      return "case";
    case VariantKind::kTruncated:
      return "truncated";
    case VariantKind::kWording:
      return "wording";
    case VariantKind::kParaphrase:
      return "paraphrase";
  }
  return "identical";
}

namespace {

using fuse::WordDiff;

// One quotation as one article prints it.
struct Printing {
  uint32_t article = 0;
  const Quote* quote = nullptr;
  std::string text;
  // Matching forms of words and numbers (into the article's token_chars).
  std::vector<std::string_view> words;
  std::vector<uint64_t> word_hashes;  // of `words`, sorted
  // Stems of content words, sorted by StemBefore, each once (into the
  // article's token_chars).
  std::vector<std::string_view> content;
  int speaker = -1;
  bool shouted = false;  // no lower-case letter at all
};

// NameKey of every entity alias, in entity then alias order: built on the
// first quote that needs it, as a story's quotes would otherwise key the
// same aliases again and again.
using AliasKeys = std::vector<std::pair<std::string, int>>;

const AliasKeys& KeysOfAliases(const std::vector<Entity>& entities,
                               std::optional<AliasKeys>* keys) {
  if (!keys->has_value()) {
    AliasKeys& k = keys->emplace();
    for (size_t e = 0; e < entities.size(); ++e) {
      for (const EntityAlias& a : entities[e].aliases) {
        k.emplace_back(fuse::NameKey(a.text), static_cast<int>(e));
      }
    }
  }
  return **keys;
}

// Shortest first, then by bytes: any strict order serves SharedCount, and
// this one settles most comparisons of stems without a memcmp.
bool StemBefore(std::string_view a, std::string_view b) {
  return a.size() != b.size() ? a.size() < b.size() : a < b;
}

int ResolveSpeaker(const Quote& q, uint32_t article,
                   const std::vector<Entity>& entities,
                   const MentionEntities& where,
                   std::optional<AliasKeys>* alias_keys) {
  if (q.speaker_mention >= 0 && article < where.size() &&
      static_cast<size_t>(q.speaker_mention) < where[article].size()) {
    return where[article][q.speaker_mention];
  }
  if (q.speaker.empty()) return -1;
  std::string key = fuse::NameKey(q.speaker);
  for (const auto& [alias_key, e] : KeysOfAliases(entities, alias_keys)) {
    if (alias_key == key) return e;
  }
  return -1;
}

Printing Describe(const Article& a, uint32_t article, const Quote& q) {
  Printing p;
  p.article = article;
  p.quote = &q;
  p.text = std::string(q.text.In(a.text));
  p.shouted = fuse::Shouted(p.text);
  auto it = std::lower_bound(
      a.tokens.begin(), a.tokens.end(), q.text.begin,
      [](const Token& t, uint32_t pos) { return t.text.begin < pos; });
  auto end = it;
  while (end != a.tokens.end() && end->text.end <= q.text.end) ++end;
  // Sized once: grown push by push, the three lists were most of the
  // table's allocations.
  size_t tokens = static_cast<size_t>(end - it);
  p.words.reserve(tokens);
  p.word_hashes.reserve(tokens);
  p.content.reserve(tokens);
  for (; it != end; ++it) {
    if (it->kind == TokenKind::kPunct) continue;
    p.words.push_back(it->norm);
    p.word_hashes.push_back(std::hash<std::string_view>()(it->norm));
    if (!it->stop) p.content.push_back(it->stem);
  }
  std::sort(p.word_hashes.begin(), p.word_hashes.end());
  std::sort(p.content.begin(), p.content.end(), StemBefore);
  p.content.erase(std::unique(p.content.begin(), p.content.end()),
                  p.content.end());
  return p;
}

// Elements two lists sorted by `before` share, counted with repeats.
template <typename T, typename Before = std::less<T>>
size_t SharedCount(const std::vector<T>& a, const std::vector<T>& b,
                   Before before = Before()) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (before(a[i], b[j])) {
      ++i;
    } else if (before(b[j], a[i])) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

// The paraphrase test: at least two content stems shared, and at least
// half of the fewer.
bool Paraphrases(const Printing& m, const Printing& p) {
  size_t shared = SharedCount(m.content, p.content, StemBefore);
  size_t fewer = std::min(m.content.size(), p.content.size());
  return shared >= 2 && shared * 2 >= fewer;
}

// Whether `common` words in common (of the shorter's `shorter`) make a
// truncated or reworded printing.
bool CloseWording(size_t common, size_t shorter) {
  return shorter >= 3 && common * 10 >= shorter * 6;
}

// How `p` relates to the quote's main printing `m`, or nothing when it is
// another utterance.
// Without `with_text`, *diff carries no words (see DiffWords).
std::optional<VariantKind> Relate(const Printing& m, const Printing& p,
                                  WordDiff* diff, bool with_text = true) {
  if (p.text == m.text) return VariantKind::kIdentical;
  if (p.words.empty() || m.words.empty()) return std::nullopt;
  if (p.words == m.words) return VariantKind::kCase;
  size_t shorter = std::min(m.words.size(), p.words.size());
  if (!with_text && std::max(m.words.size(), p.words.size()) <=
                        fuse::kMaxDiffWords) {
    // The diff's common words are at most the words both hold (equal
    // hashes), and a truncation has all the shorter's words in common: when
    // that bound already rules both out, only the content test is left.
    size_t bound = SharedCount(m.word_hashes, p.word_hashes);
    if (bound < shorter && !CloseWording(bound, shorter)) {
      return Paraphrases(m, p) ? std::optional(VariantKind::kParaphrase)
                               : std::nullopt;
    }
  }
  *diff = fuse::DiffWords(m.words, p.words, with_text);
  if (diff->ContiguousRun()) return VariantKind::kTruncated;
  if (CloseWording(diff->common, shorter)) return VariantKind::kWording;
  if (Paraphrases(m, p)) return VariantKind::kParaphrase;
  return std::nullopt;
}

// The index of the main printing of a group: not shouted, then longest,
// then the earliest article.
size_t MainPrinting(const std::vector<Printing>& ps,
                    const std::vector<size_t>& group) {
  return *std::min_element(group.begin(), group.end(), [&](size_t a, size_t b) {
    return std::make_tuple(ps[a].shouted, -static_cast<int>(ps[a].words.size()),
                           ps[a].article) <
           std::make_tuple(ps[b].shouted, -static_cast<int>(ps[b].words.size()),
                           ps[b].article);
  });
}

// The ids of articles `indices`, in article order, each once.
std::vector<std::string> SourceIds(const std::vector<const Article*>& articles,
                                   std::vector<uint32_t> indices) {
  std::sort(indices.begin(), indices.end());
  indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
  std::vector<std::string> out;
  for (uint32_t i : indices) out.push_back(articles[i]->id);
  return out;
}

StoryQuote MakeQuote(const std::vector<const Article*>& articles,
                     const std::vector<Entity>& entities,
                     const std::vector<Printing>& ps,
                     const std::vector<size_t>& group) {
  const Printing& m = ps[MainPrinting(ps, group)];
  StoryQuote q;
  q.speaker = m.speaker;
  q.speaker_name = m.speaker >= 0 ? entities[m.speaker].name : m.quote->speaker;
  q.text = m.text;
  q.cue = m.quote->cue;
  q.partial = true;
  std::vector<uint32_t> quote_articles;
  std::vector<std::vector<uint32_t>> variant_articles;  // parallel to variants
  for (size_t i : group) {
    const Printing& p = ps[i];
    quote_articles.push_back(p.article);
    q.partial = q.partial && p.quote->partial;
    if (q.speaker_name.empty()) q.speaker_name = p.quote->speaker;
    auto it =
        std::find_if(q.variants.begin(), q.variants.end(),
                     [&](const QuoteVariant& v) { return v.text == p.text; });
    if (it == q.variants.end()) {
      WordDiff diff;
      VariantKind kind = Relate(m, p, &diff).value_or(VariantKind::kParaphrase);
      std::string described = fuse::DescribeDiff(kind, diff);
      if (p.shouted && !m.shouted && kind != VariantKind::kCase) {
        described += described.empty() ? "in capitals" : "; in capitals";
      }
      it = q.variants.insert(q.variants.end(), {p.text, {}, kind, described});
      variant_articles.emplace_back();
    }
    variant_articles[it - q.variants.begin()].push_back(p.article);
  }
  q.sources = SourceIds(articles, std::move(quote_articles));
  for (size_t v = 0; v < q.variants.size(); ++v) {
    q.variants[v].sources = SourceIds(articles, std::move(variant_articles[v]));
  }
  std::stable_sort(q.variants.begin(), q.variants.end(),
                   [](const QuoteVariant& a, const QuoteVariant& b) {
                     return a.kind < b.kind;
                   });
  return q;
}

}  // namespace

std::vector<StoryQuote> BuildQuoteTable(
    const std::vector<const Article*>& articles,
    const std::vector<Entity>& entities, const MentionEntities& where) {
  std::vector<Printing> ps;
  std::optional<AliasKeys> alias_keys;
  for (uint32_t a = 0; a < articles.size(); ++a) {
    for (const Quote& q : articles[a]->quotes) {
      Printing p = Describe(*articles[a], a, q);
      p.speaker = ResolveSpeaker(q, a, entities, where, &alias_keys);
      if (!p.words.empty()) ps.push_back(std::move(p));
    }
  }
  // Longest first, so that each group starts from a full printing.
  std::vector<size_t> order(ps.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return ps[a].words.size() > ps[b].words.size();
  });
  std::vector<std::vector<size_t>> groups;
  for (size_t i : order) {
    auto fits = [&](const std::vector<size_t>& g) {
      const Printing& head = ps[g.front()];
      WordDiff diff;
      return head.speaker == ps[i].speaker &&
             Relate(head, ps[i], &diff, /*with_text=*/false);
    };
    auto g = std::find_if(groups.begin(), groups.end(), fits);
    if (g == groups.end()) {
      groups.push_back({i});
    } else {
      g->push_back(i);
    }
  }
  std::vector<StoryQuote> out;
  for (const auto& g : groups)
    out.push_back(MakeQuote(articles, entities, ps, g));
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.sources.size() > b.sources.size();
  });
  // Not "q" + std::to_string(...): GCC 12 misreads that as an overlapping
  // copy (-Wrestrict).
  for (size_t i = 0; i < out.size(); ++i)
    out[i].id = std::to_string(i + 1).insert(0, 1, 'q');
  return out;
}

}  // namespace newsfuse

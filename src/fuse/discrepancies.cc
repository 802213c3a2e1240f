// FindDiscrepancies: see newsfuse/discrepancies.h.
#include "newsfuse/discrepancies.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "fuse/discrepancy_parts.h"
#include "fuse/name_words.h"
#include "newsfuse/brief.h"

namespace newsfuse {
namespace fuse {
namespace {

// Words naming days and months: two sentences that differ only in the day
// they give still state one thing.
constexpr std::array<std::string_view, 19> kDayWords = {
    "monday",   "tuesday",  "wednesday", "thursday", "friday",
    "saturday", "sunday",   "january",   "february", "march",
    "april",    "june",     "july",      "august",   "september",
    "october",  "november", "december",  "weekend"};

}  // namespace

SentenceFacts::SentenceFacts(const StoryBrief& b) : b_(b) {
  slots_.resize(b.articles.size());
  for (size_t a = 0; a < b.articles.size(); ++a) {
    slots_[a].resize(b.articles[a]->sentences.size());
  }
  for (size_t f = 0; f < b.facts.size(); ++f) {
    for (const SentenceRef& r : b.facts[f].support) {
      if (r.article >= slots_.size() ||
          r.sentence >= slots_[r.article].size()) {
        continue;
      }
      int& fact = slots_[r.article][r.sentence].fact;
      if (fact < 0) fact = static_cast<int>(f);  // the first fact holds it
    }
  }
}

int SentenceFacts::FactOf(uint32_t article, uint32_t sentence) const {
  if (article >= slots_.size() || sentence >= slots_[article].size()) {
    return -1;
  }
  return slots_[article][sentence].fact;
}

const std::vector<std::string_view>& SentenceFacts::Stems(uint32_t article,
                                                          uint32_t sentence) {
  // ContentStems of a sentence past the end is empty: one shared empty list.
  static const std::vector<std::string_view> kNone;
  if (article >= slots_.size() || sentence >= slots_[article].size()) {
    return kNone;
  }
  SentenceSlot& slot = slots_[article][sentence];
  if (!slot.has_stems) {
    slot.stems = ContentStems(*b_.articles[article], sentence);
    slot.has_stems = true;
  }
  return slot.stems;
}

std::vector<std::string_view> ContentStems(const Article& a,
                                           uint32_t sentence) {
  std::vector<std::string_view> out;
  if (sentence >= a.sentences.size()) return out;
  const Sentence& s = a.sentences[sentence];
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
    const Token& t = a.tokens[i];
    if (t.kind != TokenKind::kWord || t.stop) continue;
    if (std::find(kDayWords.begin(), kDayWords.end(), t.norm) !=
        kDayWords.end()) {
      continue;
    }
    out.emplace_back(t.stem);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Jaccard(const std::vector<std::string_view>& a,
               const std::vector<std::string_view>& b) {
  // Counted in place: called for many sentence pairs, a vector of the
  // intersection would be an allocation each.
  size_t both = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    int c = a[i].compare(b[j]);
    if (c < 0) {
      ++i;
    } else if (c > 0) {
      ++j;
    } else {
      ++both, ++i, ++j;
    }
  }
  size_t all = a.size() + b.size() - both;
  return all == 0 ? 0 : static_cast<double>(both) / all;
}

void AddVariant(Discrepancy* d, const std::string& text,
                const std::string& value, const std::string& source) {
  auto it = std::find_if(
      d->variants.begin(), d->variants.end(),
      [&](const DiscrepancyVariant& v) { return v.value == value; });
  if (it == d->variants.end()) {
    it = d->variants.insert(d->variants.end(), {text, value, {}});
  }
  if (std::find(it->sources.begin(), it->sources.end(), source) ==
      it->sources.end()) {
    it->sources.push_back(source);
  }
}

// Aliases of one entity spelled differently: same number of words, other
// letters ("Zelensky" / "Zelenskyy"), not just a longer form.
void NameDiscrepancies(const StoryBrief& b, std::vector<Discrepancy>* out) {
  std::vector<const EntityAlias*> names;
  std::vector<std::string> keys;
  std::vector<size_t> words;
  std::vector<bool> spelled;  // parallel to e.aliases
  for (const Entity& e : b.entities) {
    names.clear();
    for (const EntityAlias& a : e.aliases) {
      if (!a.description) names.push_back(&a);
    }
    // A single name has nothing to differ from: skip its costly keys.
    if (names.size() < 2) continue;
    keys.clear();
    words.clear();
    for (const EntityAlias* a : names) {
      keys.push_back(NameKey(a->text));
      words.push_back(SplitName(keys.back(), false).size());
    }
    spelled.assign(e.aliases.size(), false);
    bool any = false;
    for (size_t i = 0; i < names.size(); ++i) {
      for (size_t j = i + 1; j < names.size(); ++j) {
        if (keys[i] != keys[j] && words[i] == words[j]) {
          spelled[names[i] - e.aliases.data()] = true;
          spelled[names[j] - e.aliases.data()] = true;
          any = true;
        }
      }
    }
    if (!any) continue;
    Discrepancy d;
    d.kind = "name";
    d.about = e.name;
    for (size_t k = 0; k < e.aliases.size(); ++k) {
      if (!spelled[k]) continue;
      const EntityAlias& a = e.aliases[k];
      for (const std::string& s : a.sources) {
        AddVariant(&d, a.text, a.text, s);
      }
    }
    out->push_back(std::move(d));
  }
}

// One utterance printed in other words.
void QuoteDiscrepancies(const StoryBrief& b, std::vector<Discrepancy>* out) {
  for (const StoryQuote& q : b.quotes) {
    bool reworded = std::any_of(q.variants.begin(), q.variants.end(),
                                [](const QuoteVariant& v) {
                                  return v.kind == VariantKind::kWording ||
                                         v.kind == VariantKind::kParaphrase;
                                });
    if (!reworded) continue;
    Discrepancy d;
    d.kind = "quote";
    d.about = (q.speaker_name.empty() ? "unattributed" : q.speaker_name) +
              ": " + q.id;
    for (const QuoteVariant& v : q.variants) {
      std::string value(VariantKindName(v.kind));
      if (!v.diff.empty()) value += " (" + v.diff + ")";
      for (const std::string& s : v.sources) AddVariant(&d, v.text, value, s);
    }
    out->push_back(std::move(d));
  }
}

}  // namespace fuse

std::vector<Discrepancy> FindDiscrepancies(const StoryBrief& brief) {
  std::vector<Discrepancy> out;
  fuse::SentenceFacts facts(brief);
  fuse::NumberDiscrepancies(facts, &out);
  fuse::DateDiscrepancies(facts, &out);
  fuse::NameDiscrepancies(brief, &out);
  fuse::QuoteDiscrepancies(brief, &out);
  fuse::SingleSourceNumbers(facts, &out);
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].id = std::to_string(i + 1).insert(0, 1, 'd');
  }
  return out;
}

}  // namespace newsfuse

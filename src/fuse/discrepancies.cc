// FindDiscrepancies: see newsfuse/discrepancies.h.
#include "newsfuse/discrepancies.h"

#include <algorithm>
#include <map>
#include <set>

#include "fuse/discrepancy_parts.h"
#include "fuse/name_words.h"
#include "newsfuse/brief.h"

namespace newsfuse {
namespace fuse {

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
  for (const Entity& e : b.entities) {
    std::vector<const EntityAlias*> names;
    for (const EntityAlias& a : e.aliases) {
      if (!a.description) names.push_back(&a);
    }
    std::set<const EntityAlias*> spelled;
    for (size_t i = 0; i < names.size(); ++i) {
      for (size_t j = i + 1; j < names.size(); ++j) {
        std::string x = NameKey(names[i]->text), y = NameKey(names[j]->text);
        if (x != y &&
            SplitName(x, false).size() == SplitName(y, false).size()) {
          spelled.insert(names[i]);
          spelled.insert(names[j]);
        }
      }
    }
    if (spelled.empty()) continue;
    Discrepancy d;
    d.kind = "name";
    d.about = e.name;
    for (const EntityAlias& a : e.aliases) {
      if (!spelled.count(&a)) continue;
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
  fuse::NumberDiscrepancies(brief, &out);
  fuse::DateDiscrepancies(brief, &out);
  fuse::NameDiscrepancies(brief, &out);
  fuse::QuoteDiscrepancies(brief, &out);
  fuse::SingleSourceNumbers(brief, &out);
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].id = "d" + std::to_string(i + 1);
  }
  return out;
}

}  // namespace newsfuse

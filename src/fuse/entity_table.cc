// BuildEntityTable: see newsfuse/entity_table.h for the merging rules.
#include "newsfuse/entity_table.h"

#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "fuse/name_words.h"
#include "fuse/union_find.h"
#include "newsfuse/unicode.h"

namespace newsfuse {

std::string NameSkeleton(std::string_view name) {
  std::string folded = StripMarks(MatchingForm(name));
  std::string out;
  for (char c : folded) {
    if (c == 'y' || c == 'j') c = 'i';
    if (c == 'w') c = 'v';
    if (c == '.' || c == '\'') continue;
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

namespace {

using fuse::NameWords;
using fuse::UnionFind;

// A written form (a name, or a description's role) as merging compares it.
struct Form {
  std::string key;  // matching form, possessive stripped
  NameWords words;  // skeletons of the words (names) or role words
};

// One entity mention of the story, with what merging needs. The views
// point into the story's articles and its Forms, which outlive it.
struct Mention {
  uint32_t article = 0;
  uint32_t index = 0;
  std::string_view text;  // as written
  std::string_view key;   // the form's
  const NameWords* words = nullptr;
  EntityType type = EntityType::kOther;
  bool description = false;
  std::string_view role;
};

// The story's mentions. A story names the same few entities again and
// again: each written form is keyed and split once, into `forms`.
std::vector<Mention> CollectMentions(
    const std::vector<const Article*>& articles, std::deque<Form>* forms) {
  std::vector<Mention> out;
  std::unordered_map<std::string_view, const Form*> seen[2];  // by description
  for (uint32_t a = 0; a < articles.size(); ++a) {
    const Article& art = *articles[a];
    for (uint32_t i = 0; i < art.entities.size(); ++i) {
      const EntityMention& e = art.entities[i];
      Mention& m = out.emplace_back();
      m.article = a;
      m.index = i;
      m.text = e.text.In(art.text);
      m.type = e.type;
      m.description = e.description;
      m.role = e.role;
      std::string_view written = m.description ? m.role : m.text;
      auto [it, added] = seen[m.description].try_emplace(written, nullptr);
      if (added) {
        Form& f = forms->emplace_back();
        f.key = fuse::NameKey(written);
        f.words = fuse::SplitName(f.key, !m.description);
        it->second = &f;
      }
      m.key = it->second->key;
      m.words = &it->second->words;
    }
  }
  return out;
}

// The groups of mentions written alike: index of the first of each key.
std::vector<size_t> GroupByKey(const std::vector<Mention>& ms, UnionFind& uf) {
  std::map<std::string_view, size_t> first;
  std::vector<size_t> heads;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (ms[i].description || ms[i].key.empty()) continue;
    auto [it, added] = first.emplace(ms[i].key, i);
    if (added) {
      heads.push_back(i);
    } else {
      uf.Union(it->second, i);
    }
  }
  return heads;
}

// A name group counts as a person when any of its mentions is typed so.
std::vector<bool> PersonGroups(const std::vector<Mention>& ms,
                               const std::vector<size_t>& heads,
                               UnionFind& uf) {
  std::set<size_t> person_roots;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!ms[i].description && ms[i].type == EntityType::kPerson) {
      person_roots.insert(uf.Find(i));
    }
  }
  std::vector<bool> out;
  for (size_t h : heads) out.push_back(person_roots.count(uf.Find(h)) > 0);
  return out;
}

// Step 2: full names of one person spelled differently.
void MergeFullNames(const std::vector<Mention>& ms,
                    const std::vector<size_t>& heads,
                    const std::vector<bool>& person, UnionFind& uf) {
  for (size_t x = 0; x < heads.size(); ++x) {
    const NameWords& a = *ms[heads[x]].words;
    if (!person[x] || a.size() < 2) continue;
    for (size_t y = x + 1; y < heads.size(); ++y) {
      const NameWords& b = *ms[heads[y]].words;
      if (person[y] && b.size() >= 2 && fuse::SamePersonName(a, b)) {
        uf.Union(heads[x], heads[y]);
      }
    }
  }
}

// The one root of `roots`, or the one whose mentions outnumber every
// other's three to one; nothing when none stands out.
std::optional<size_t> Dominant(const std::vector<Mention>& ms, UnionFind& uf,
                               const std::set<size_t>& roots) {
  if (roots.size() == 1) return *roots.begin();
  std::map<size_t, int> count;
  for (size_t i = 0; i < ms.size(); ++i) {
    size_t r = uf.Find(i);
    if (roots.count(r)) ++count[r];
  }
  std::vector<std::pair<int, size_t>> by_count;
  for (const auto& [root, n] : count) by_count.emplace_back(n, root);
  std::sort(by_count.rbegin(), by_count.rend());
  if (by_count.size() >= 2 && by_count[0].first >= 3 * by_count[1].first) {
    return by_count[0].second;
  }
  return std::nullopt;
}

// Step 3: single words to the one entity they end (else start); acronyms
// to the one multi-word non-person name they abbreviate.
void MergeShortNames(const std::vector<Mention>& ms,
                     const std::vector<size_t>& heads,
                     const std::vector<bool>& person, UnionFind& uf) {
  // A single word may be a person's surname unless every mention of it is
  // a place or a group ("Washington" the city stays apart from George
  // Washington); a lone surname is often typed ORG for want of evidence.
  std::set<size_t> placed;  // roots with a place or group mention
  for (size_t i = 0; i < ms.size(); ++i) {
    EntityType t = ms[i].type;
    if (!ms[i].description &&
        (t == EntityType::kPlace || t == EntityType::kGroup)) {
      placed.insert(uf.Find(i));
    }
  }
  // The multi-word names by last word, first word (people) and initials
  // (others), so that each single word looks up only the names it fits.
  std::unordered_map<std::string_view, std::vector<size_t>> by_word[2];
  std::unordered_map<std::string, std::vector<size_t>> by_initials;
  std::vector<bool> may_be_person(heads.size());
  for (size_t y = 0; y < heads.size(); ++y) {
    may_be_person[y] = person[y] || !placed.count(uf.Find(heads[y]));
    const NameWords& full = *ms[heads[y]].words;
    if (full.size() < 2) continue;
    if (person[y]) {
      by_word[0][full.back()].push_back(y);
      by_word[1][full.front()].push_back(y);
    } else {
      by_initials[fuse::Initials(ms[heads[y]].key)].push_back(y);
    }
  }
  // The roots, as they stand now, of the names indexed under `key`.
  auto roots = [&](const auto& index, const auto& key) {
    std::set<size_t> out;
    auto it = index.find(key);
    if (it == index.end()) return out;
    for (size_t y : it->second) out.insert(uf.Find(heads[y]));
    return out;
  };
  for (size_t x = 0; x < heads.size(); ++x) {
    const NameWords& w = *ms[heads[x]].words;
    if (w.size() != 1) continue;
    std::set<size_t> by_last, fit;
    if (may_be_person[x]) by_last = roots(by_word[0], w[0]);
    if (!by_last.empty()) {
      // A surname of several people goes to the one the story is about
      // ("Obama" beside Barack and Michelle Obama), if one dominates.
      std::optional<size_t> one = Dominant(ms, uf, by_last);
      if (one) uf.Union(heads[x], *one);
      continue;
    }
    if (may_be_person[x]) fit = roots(by_word[1], w[0]);
    if (fit.empty()) fit = roots(by_initials, std::string(ms[heads[x]].key));
    if (fit.size() == 1) uf.Union(heads[x], *fit.begin());
  }
}

// Step 4: descriptions to the one person whose roles fit.
void MergeDescriptions(const std::vector<Mention>& ms,
                       const std::vector<size_t>& heads,
                       const std::vector<bool>& person, UnionFind& uf,
                       std::vector<bool>* left_out) {
  std::map<size_t, std::vector<NameWords>> roles;  // person root -> roles
  for (size_t x = 0; x < heads.size(); ++x) {
    if (person[x]) roles[uf.Find(heads[x])];
  }
  for (const Mention& m : ms) {
    if (m.description || m.role.empty()) continue;
    auto it = roles.find(uf.Find(&m - ms.data()));
    if (it != roles.end()) {
      it->second.push_back(fuse::SplitName(fuse::NameKey(m.role), false));
    }
  }
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!ms[i].description) continue;
    std::vector<size_t> fit;
    for (const auto& [root, rs] : roles) {
      if (std::any_of(rs.begin(), rs.end(), [&](const NameWords& r) {
            return fuse::RoleFits(*ms[i].words, r);
          })) {
        fit.push_back(root);
      }
    }
    if (fit.size() == 1) {
      uf.Union(i, fit[0]);
    } else {
      (*left_out)[i] = true;
    }
  }
}

// The canonical name among a group's written names: a full name before a
// single word, then the one most articles use, then the longest; shouted
// forms only when there is nothing else.
std::string CanonicalName(const std::vector<Mention>& ms,
                          const std::vector<size_t>& group) {
  std::map<std::string_view, std::set<uint32_t>> articles;
  for (size_t i : group) {
    if (!ms[i].description) articles[ms[i].text].insert(ms[i].article);
  }
  std::string_view best;
  auto rank = [&](std::string_view t) {
    return std::make_tuple(!fuse::Shouted(t), t.find(' ') != std::string::npos,
                           articles[t].size(), t.size());
  };
  for (const auto& [text, arts] : articles) {
    if (best.empty() || rank(text) > rank(best)) best = text;
  }
  return std::string(best);
}

EntityType MajorityType(const std::vector<Mention>& ms,
                        const std::vector<size_t>& group) {
  std::array<int, 6> votes{};
  for (size_t i : group) {
    if (!ms[i].description) ++votes[static_cast<size_t>(ms[i].type)];
  }
  return static_cast<EntityType>(std::max_element(votes.begin(), votes.end()) -
                                 votes.begin());
}

void AddSource(std::vector<std::string>* sources, const std::string& id) {
  // A group lists an article's mentions together: most are its last one.
  if (!sources->empty() && sources->back() == id) return;
  if (std::find(sources->begin(), sources->end(), id) == sources->end()) {
    sources->push_back(id);
  }
}

Entity MakeEntity(const std::vector<const Article*>& articles,
                  const std::vector<Mention>& ms,
                  const std::vector<size_t>& group) {
  Entity e;
  e.name = CanonicalName(ms, group);
  e.type = MajorityType(ms, group);
  e.mentions = static_cast<int>(group.size());
  std::set<std::string> role_keys;
  for (size_t i : group) {
    const Mention& m = ms[i];
    const std::string& id = articles[m.article]->id;
    AddSource(&e.sources, id);
    if (!m.role.empty() && !m.description &&
        role_keys.insert(fuse::NameKey(m.role)).second) {
      e.roles.push_back(std::string(m.role));
    }
    auto it =
        std::find_if(e.aliases.begin(), e.aliases.end(),
                     [&](const EntityAlias& a) { return a.text == m.text; });
    if (it == e.aliases.end()) {
      it = e.aliases.insert(e.aliases.end(),
                            {std::string(m.text), {}, m.description});
    }
    AddSource(&it->sources, id);
  }
  std::stable_sort(e.aliases.begin(), e.aliases.end(),
                   [&](const EntityAlias& a, const EntityAlias& b) {
                     return std::make_pair(
                                a.text != e.name,
                                -static_cast<int>(a.sources.size())) <
                            std::make_pair(b.text != e.name,
                                           -static_cast<int>(b.sources.size()));
                   });
  return e;
}

}  // namespace

std::vector<Entity> BuildEntityTable(
    const std::vector<const Article*>& articles, MentionEntities* assignment) {
  std::deque<Form> forms;
  std::vector<Mention> ms = CollectMentions(articles, &forms);
  UnionFind uf(ms.size());
  std::vector<size_t> heads = GroupByKey(ms, uf);
  std::vector<bool> person = PersonGroups(ms, heads, uf);
  MergeFullNames(ms, heads, person, uf);
  person = PersonGroups(ms, heads, uf);
  MergeShortNames(ms, heads, person, uf);
  person = PersonGroups(ms, heads, uf);
  std::vector<bool> left_out(ms.size(), false);
  MergeDescriptions(ms, heads, person, uf, &left_out);

  std::map<size_t, std::vector<size_t>> groups;  // root -> mentions
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!left_out[i] && !ms[i].key.empty()) groups[uf.Find(i)].push_back(i);
  }
  std::vector<std::pair<Entity, size_t>> made;  // entity, root
  for (const auto& [root, group] : groups) {
    made.emplace_back(MakeEntity(articles, ms, group), root);
  }
  // Most mentioned first, then by name (compared in place, not copied).
  std::stable_sort(made.begin(), made.end(), [](const auto& a, const auto& b) {
    if (a.first.mentions != b.first.mentions) {
      return a.first.mentions > b.first.mentions;
    }
    return a.first.name < b.first.name;
  });
  std::vector<Entity> out;
  std::map<size_t, int> index_of_root;
  for (auto& [entity, root] : made) {
    index_of_root[root] = static_cast<int>(out.size());
    entity.id = std::to_string(out.size() + 1).insert(0, 1, 'e');
    out.push_back(std::move(entity));
  }
  if (assignment != nullptr) {
    assignment->assign(articles.size(), {});
    for (uint32_t a = 0; a < articles.size(); ++a) {
      (*assignment)[a].assign(articles[a]->entities.size(), -1);
    }
    for (size_t i = 0; i < ms.size(); ++i) {
      auto it = index_of_root.find(uf.Find(i));
      if (it != index_of_root.end() && !left_out[i]) {
        (*assignment)[ms[i].article][ms[i].index] = it->second;
      }
    }
  }
  return out;
}

}  // namespace newsfuse

#include "fuse/name_words.h"

#include <algorithm>
#include <array>

#include "newsfuse/entity_table.h"
#include "newsfuse/unicode.h"

namespace newsfuse::fuse {
namespace {

constexpr std::array<std::string_view, 8> kDeterminers = {
    "the", "a", "an", "his", "her", "its", "their", "our"};
constexpr std::array<std::string_view, 8> kRanks = {
    "vice", "deputy", "former", "acting", "assistant", "ex", "first", "late"};
constexpr std::array<std::string_view, 3> kGenericHeads = {
    "leader", "counterpart", "head"};
constexpr std::array<std::string_view, 9> kLeaderTitles = {
    "president", "premier", "chancellor", "king",  "queen",
    "leader",    "emir",    "monarch",    "sultan"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

std::string_view StripPossessive(std::string_view w) {
  if (w.size() > 2 && w.ends_with("'s")) return w.substr(0, w.size() - 2);
  if (w.size() > 2 && w.ends_with("s'")) return w.substr(0, w.size() - 1);
  return w;
}

bool IsLeader(const NameWords& role) {
  if (role.empty()) return false;
  if (In(kLeaderTitles, role.back())) return true;
  return role.back() == "minister" &&
         std::find(role.begin(), role.end(), "prime") != role.end();
}

// "ukrainian" fits "ukraine", "kremlin" fits "kremlin".
bool WordFits(std::string_view a, std::string_view b) {
  if (a == b) return true;
  size_t n = std::min(a.size(), b.size());
  if (n < 5) return false;
  return a.substr(0, 5) == b.substr(0, 5);
}

}  // namespace

std::string NameKey(std::string_view text) {
  std::string folded = MatchingForm(text);
  std::string out;
  for (char c : folded) {
    if (c == '.') continue;
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return std::string(StripPossessive(out));
}

NameWords SplitName(std::string_view key, bool skeletons) {
  NameWords out;
  size_t pos = 0;
  while (pos < key.size()) {
    size_t end = std::min(key.find(' ', pos), key.size());
    std::string_view w = StripPossessive(key.substr(pos, end - pos));
    bool generation = skeletons && !out.empty() &&
                      (w == "jr" || w == "sr" || w == "ii" || w == "iii");
    if (!w.empty() && !generation && !(out.empty() && In(kDeterminers, w))) {
      out.push_back(skeletons ? NameSkeleton(w) : std::string(w));
    }
    pos = end + 1;
  }
  return out;
}

bool NearSpelling(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() < 6 || b.size() < 6 || a.size() + 1 < b.size() ||
      b.size() + 1 < a.size()) {
    return false;
  }
  // Optimal string alignment distance <= 1: one substitution, insertion,
  // deletion or swap of neighbours.
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  std::string_view x = a.substr(i), y = b.substr(i);
  if (x.size() == y.size()) {
    if (x.substr(1) == y.substr(1)) return true;  // substitution
    return x.size() >= 2 && x[0] == y[1] && x[1] == y[0] &&
           x.substr(2) == y.substr(2);  // swap
  }
  return x.size() > y.size() ? x.substr(1) == y : y.substr(1) == x;
}

bool SamePersonName(const NameWords& a, const NameWords& b) {
  if (a.size() < 2 || b.size() < 2) return false;
  if (a.back() != b.back()) {
    // "Muammar Gaddafi" / "Moammar Gadhafi": both names one edit apart.
    return a.size() == 2 && b.size() == 2 && NearSpelling(a[1], b[1]) &&
           NearSpelling(a[0], b[0]);
  }
  const NameWords& shorter = a.size() <= b.size() ? a : b;
  const NameWords& longer = a.size() <= b.size() ? b : a;
  if (std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin())) {
    return true;
  }
  const std::string& f = a.front();
  const std::string& g = b.front();
  if (f == g) return true;
  return (f.size() == 1 || g.size() == 1) && f[0] == g[0];
}

bool Shouted(std::string_view text) {
  return std::none_of(text.begin(), text.end(),
                      [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string Initials(std::string_view key) {
  NameWords words = SplitName(key, false);
  if (words.size() < 2) return "";
  std::string out;
  for (const std::string& w : words) {
    if (w == "of" || w == "the" || w == "and" || w == "for") continue;
    out.push_back(w[0]);
  }
  return out;
}

bool RoleFits(const NameWords& description, const NameWords& role) {
  if (description.empty() || role.empty()) return false;
  const std::string& head = description.back();
  if (role.back() != head && !(In(kGenericHeads, head) && IsLeader(role))) {
    return false;
  }
  for (size_t i = 0; i + 1 < description.size(); ++i) {
    const std::string& mod = description[i];
    if (std::none_of(role.begin(), role.end(),
                     [&](const std::string& r) { return WordFits(mod, r); })) {
      return false;
    }
  }
  for (const std::string& r : role) {
    if (In(kRanks, r) && std::find(description.begin(), description.end(), r) ==
                             description.end()) {
      return false;
    }
  }
  return true;
}

}  // namespace newsfuse::fuse

// The word lists of lexicon.h. Each synonym group is one line: the first word
// names the concept, the rest are the words and inflections outlets use for
// it. Groups are deliberately narrow: "trade" is not a synonym of "exchange"
// because in news it mostly means commerce ("trade talks", "trade deal"),
// and "strike" is one of "attack" only in its military sense, which is the
// one news about conflicts uses.
#include "fuse/lexicon.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace newsfuse::fuse {
namespace {

constexpr std::string_view kSynonymGroups[] = {
    "exchange exchanges exchanged exchanging swap swaps swapped swapping",
    "talks talk negotiations negotiation negotiate negotiated negotiating "
    "discussions dialogue",
    "call calls conversation conversations phone spoke speak speaks speaking "
    "phoned",
    "killed kill kills killing dead died die dies death deaths fatalities "
    "lives",
    "ceasefire ceasefires cease-fire truce truces armistice",
    "attack attacks attacked strike strikes struck assault bombardment",
    "prisoners prisoner pows prisoners-of-war captives",
    "injured injuring wounded wounding hurt",
    "capsized capsize capsizes capsizing overturned overturn sank sink "
    "sinking",
    "rescuers rescuer rescue rescued",
    "agreed agree agrees agreement deal accord",
    "meeting meet meets met summit",
    "begin begins began start starts started launch launched open opens",
    "end ends ended halt stop stopping stopped",
    "inquiry investigation probe",
    "missing unaccounted",
    "ferry vessel boat ship",
    "war conflict fighting",
    "troops forces soldiers",
    "russia russian russians moscow kremlin",
    "ukraine ukrainian ukrainians kyiv kiev",
    "us-country u.s. america american americans washington",
    "istanbul turkey",
};

const std::unordered_map<std::string, std::string>& SynonymMap() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, std::string>;
    for (std::string_view group : kSynonymGroups) {
      std::string head;
      size_t pos = 0;
      while (pos < group.size()) {
        size_t end = group.find(' ', pos);
        if (end == std::string_view::npos) end = group.size();
        std::string word(group.substr(pos, end - pos));
        if (!word.empty()) {
          if (head.empty()) head = word;
          m->emplace(word, head);
        }
        pos = end + 1;
      }
    }
    return m;
  }();
  return *map;
}

using WordSet = std::unordered_set<std::string_view>;

bool In(const WordSet& set, std::string_view w) { return set.count(w) > 0; }

}  // namespace

std::string_view SynonymOf(std::string_view norm) {
  const auto& m = SynonymMap();
  auto it = m.find(std::string(norm));
  return it == m.end() ? std::string_view() : std::string_view(it->second);
}

bool IsReportingVerb(std::string_view norm) {
  static const WordSet kVerbs = {
      "said",    "says",      "say",     "told",     "tells",   "stated",
      "states",  "wrote",     "writes",  "added",    "adds",    "noted",
      "notes",   "according", "claimed", "claims",   "insisted", "warned",
      "announced", "confirmed", "stressed", "tweeted", "posted", "declared",
      "reported", "explained"};
  return In(kVerbs, norm);
}

bool IsClauseOpener(std::string_view norm) {
  static const WordSet kOpeners = {
      "after", "before", "when",  "while",  "as",     "that",  "which",
      "who",   "whom",   "whose", "because", "if",    "since", "although",
      "though", "until", "where", "whether", "unless", "once"};
  return In(kOpeners, norm);
}

bool IsPersonalPronoun(std::string_view norm) {
  static const WordSet kPronouns = {"he", "she", "they", "it", "we", "i"};
  return In(kPronouns, norm);
}

bool IsRoleWord(std::string_view norm) {
  static const WordSet kRoles = {
      "president", "spokesperson", "spokesman", "spokeswoman", "minister",
      "secretary", "governor", "commander", "chief", "official", "officials",
      "envoy", "negotiator", "leader", "prime", "vice", "foreign", "defense",
      "defence", "press", "state", "general", "mayor", "senator", "police",
      "engineer", "expert", "analyst", "witness", "director", "head",
      "regional", "local", "intelligence", "coast", "guard", "transport"};
  return In(kRoles, norm);
}

bool IsPlanCue(std::string_view norm, std::string_view next) {
  static const WordSet kPlan = {
      "will",     "plans",     "plan",      "planning",  "expected",
      "expects",  "scheduled", "hopes",     "hope",      "hoped",
      "hopefully", "aims",     "aiming",    "upcoming",  "preparations",
      "prepares", "preparing", "would",     "tomorrow",  "soon",
      "intends",  "intend",    "looking",   "awaited",   "forthcoming"};
  if (In(kPlan, norm)) return true;
  if (norm == "set" || norm == "going") return next == "to";
  if (norm == "ahead") return next == "of";
  if (norm == "next") return next == "week" || next == "month";
  return false;
}

bool IsDoneCue(std::string_view norm, std::string_view next) {
  static const WordSet kDone = {
      "spoke",   "held",    "following", "concluded", "ended",
      "described", "reaffirmed", "later", "afterwards", "wrapped",
      "finished", "completed"};
  if (In(kDone, norm)) return true;
  if (norm == "had") return next == "a" || next == "an";
  if (norm == "took") return next == "place";
  if (norm == "after") return next == "the" || next == "sunday's" ||
                              next == "monday's";
  return false;
}

bool IsVerbLike(std::string_view norm) {
  static const WordSet kVerbs = {
      "is",   "are",  "was",  "were", "be",    "been",  "has",  "have",
      "had",  "will", "would", "can", "could", "may",   "might", "must",
      "should", "do", "does", "did",  "says",  "said",  "told",  "made",
      "took", "went", "came", "gave", "got",   "left",  "met",   "spoke",
      "held", "sent", "led",  "won",  "lost",  "began", "saw",   "found",
      "wants", "want", "remains", "continues", "comes", "come", "needs"};
  if (In(kVerbs, norm)) return true;
  return norm.size() > 4 && norm.ends_with("ed");
}

std::string_view NumberWord(std::string_view norm) {
  static const std::unordered_map<std::string_view, std::string_view> kWords =
      {{"one", "1"},       {"two", "2"},        {"three", "3"},
       {"four", "4"},      {"five", "5"},       {"six", "6"},
       {"seven", "7"},     {"eight", "8"},      {"nine", "9"},
       {"ten", "10"},      {"eleven", "11"},    {"twelve", "12"},
       {"thirteen", "13"}, {"fourteen", "14"},  {"fifteen", "15"},
       {"sixteen", "16"},  {"seventeen", "17"}, {"eighteen", "18"},
       {"nineteen", "19"}, {"twenty", "20"}};
  auto it = kWords.find(norm);
  return it == kWords.end() ? std::string_view() : it->second;
}

}  // namespace newsfuse::fuse

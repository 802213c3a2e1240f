// The word lists of lexicon.h. Each synonym group is one line: the first word
// names the concept, the rest are the words and inflections outlets use for
// it. Groups are deliberately narrow: "trade" is not a synonym of "exchange"
// because in news it mostly means commerce ("trade talks", "trade deal"),
// and "strike" is one of "attack" only in its military sense, which is the
// one news about conflicts uses.
#include "fuse/lexicon.h"

#include <unordered_map>
#include <vector>

#include "common/word_map.h"

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

constexpr std::string_view kReportingVerbs[] = {
    "said",      "says",      "say",      "told",    "tells",    "stated",
    "states",    "wrote",     "writes",   "added",   "adds",     "noted",
    "notes",     "according", "claimed",  "claims",  "insisted", "warned",
    "announced", "confirmed", "stressed", "tweeted", "posted",   "declared",
    "reported",  "explained"};

constexpr std::string_view kClauseOpeners[] = {
    "after",  "before", "when",  "while",   "as",     "that",  "which",
    "who",    "whom",   "whose", "because", "if",     "since", "although",
    "though", "until",  "where", "whether", "unless", "once"};

constexpr std::string_view kPersonalPronouns[] = {"he", "she", "they",
                                                  "it", "we",  "i"};

constexpr std::string_view kRoleWords[] = {
    "president", "spokesperson", "spokesman",  "spokeswoman",  "minister",
    "secretary", "governor",     "commander",  "chief",        "official",
    "officials", "envoy",        "negotiator", "leader",       "prime",
    "vice",      "foreign",      "defense",    "defence",      "press",
    "state",     "general",      "mayor",      "senator",      "police",
    "engineer",  "expert",       "analyst",    "witness",      "director",
    "head",      "regional",     "local",      "intelligence", "coast",
    "guard",     "transport"};

constexpr std::string_view kPlanCues[] = {
    "will",      "plans",     "plan",    "planning", "expected",
    "expects",   "scheduled", "hopes",   "hope",     "hoped",
    "hopefully", "aims",      "aiming",  "upcoming", "preparations",
    "prepares",  "preparing", "would",   "tomorrow", "soon",
    "intends",   "intend",    "looking", "awaited",  "forthcoming"};
constexpr std::string_view kPlanCuesBefore[] = {"set", "going", "ahead",
                                                "next"};

constexpr std::string_view kDoneCues[] = {
    "spoke",      "held",  "following",  "concluded", "ended",    "described",
    "reaffirmed", "later", "afterwards", "wrapped",   "finished", "completed"};
constexpr std::string_view kDoneCuesBefore[] = {"had", "took", "after"};

constexpr std::string_view kVerbs[] = {
    "is",      "are",       "was",    "were",  "be",    "been",  "has",
    "have",    "had",       "will",   "would", "can",   "could", "may",
    "might",   "must",      "should", "do",    "does",  "did",   "says",
    "said",    "told",      "made",   "took",  "went",  "came",  "gave",
    "got",     "left",      "met",    "spoke", "held",  "sent",  "led",
    "won",     "lost",      "began",  "saw",   "found", "wants", "want",
    "remains", "continues", "comes",  "come",  "needs"};

constexpr std::string_view kNumberWords[][2] = {
    {"one", "1"},       {"two", "2"},        {"three", "3"},
    {"four", "4"},      {"five", "5"},       {"six", "6"},
    {"seven", "7"},     {"eight", "8"},      {"nine", "9"},
    {"ten", "10"},      {"eleven", "11"},    {"twelve", "12"},
    {"thirteen", "13"}, {"fourteen", "14"},  {"fifteen", "15"},
    {"sixteen", "16"},  {"seventeen", "17"}, {"eighteen", "18"},
    {"nineteen", "19"}, {"twenty", "20"}};

using FactsTable = std::unordered_map<std::string_view, WordFacts>;

template <size_t N>
void Mark(const std::string_view (&words)[N], WordFacts::Flag flag,
          FactsTable* table) {
  for (std::string_view w : words) (*table)[w].flags |= flag;
}

// Every synonym group's words, mapped to the group's first word; a word of
// two groups keeps its first.
void AddSynonyms(FactsTable* table) {
  for (std::string_view group : kSynonymGroups) {
    std::string_view head;
    size_t pos = 0;
    while (pos < group.size()) {
      size_t end = group.find(' ', pos);
      if (end == std::string_view::npos) end = group.size();
      std::string_view word = group.substr(pos, end - pos);
      if (!word.empty()) {
        if (head.empty()) head = word;
        WordFacts& f = (*table)[word];
        if (f.synonym.empty()) f.synonym = head;
      }
      pos = end + 1;
    }
  }
}

// The facts of every listed word, and a WordMap from the word to them.
struct Lexicon {
  std::vector<WordFacts> facts;
  WordMap index;
};

const Lexicon& TheLexicon() {
  static const Lexicon* lexicon = [] {
    FactsTable t;
    AddSynonyms(&t);
    Mark(kReportingVerbs, WordFacts::kReportingVerb, &t);
    Mark(kClauseOpeners, WordFacts::kClauseOpener, &t);
    Mark(kPersonalPronouns, WordFacts::kPersonalPronoun, &t);
    Mark(kRoleWords, WordFacts::kRoleWord, &t);
    Mark(kPlanCues, WordFacts::kPlanCue, &t);
    Mark(kPlanCuesBefore, WordFacts::kPlanCueBefore, &t);
    Mark(kDoneCues, WordFacts::kDoneCue, &t);
    Mark(kDoneCuesBefore, WordFacts::kDoneCueBefore, &t);
    Mark(kVerbs, WordFacts::kVerbLike, &t);
    for (const auto& [word, digits] : kNumberWords) t[word].number = digits;
    auto* out = new Lexicon;
    for (const auto& [word, facts] : t) {
      out->index.Add(word, static_cast<uint32_t>(out->facts.size()));
      out->facts.push_back(facts);
    }
    return out;
  }();
  return *lexicon;
}

}  // namespace

const WordFacts& WordFactsOf(std::string_view norm) {
  static const WordFacts kNone;
  const Lexicon& lexicon = TheLexicon();
  uint32_t i = lexicon.index.Find(norm);
  return i == WordMap::kAbsent ? kNone : lexicon.facts[i];
}

std::string_view SynonymOf(std::string_view norm) {
  return WordFactsOf(norm).synonym;
}

bool IsReportingVerb(std::string_view norm) {
  return WordFactsOf(norm).Has(WordFacts::kReportingVerb);
}

bool IsClauseOpener(std::string_view norm) {
  return WordFactsOf(norm).Has(WordFacts::kClauseOpener);
}

bool IsPersonalPronoun(std::string_view norm) {
  return WordFactsOf(norm).Has(WordFacts::kPersonalPronoun);
}

bool IsRoleWord(std::string_view norm) {
  return WordFactsOf(norm).Has(WordFacts::kRoleWord);
}

bool IsPlanCue(const WordFacts& f, std::string_view norm,
               std::string_view next) {
  if (f.Has(WordFacts::kPlanCue)) return true;
  if (!f.Has(WordFacts::kPlanCueBefore)) return false;
  if (norm == "set" || norm == "going") return next == "to";
  if (norm == "ahead") return next == "of";
  return next == "week" || next == "month";  // "next"
}

bool IsPlanCue(std::string_view norm, std::string_view next) {
  return IsPlanCue(WordFactsOf(norm), norm, next);
}

bool IsDoneCue(const WordFacts& f, std::string_view norm,
               std::string_view next) {
  if (f.Has(WordFacts::kDoneCue)) return true;
  if (!f.Has(WordFacts::kDoneCueBefore)) return false;
  if (norm == "had") return next == "a" || next == "an";
  if (norm == "took") return next == "place";
  return next == "the" || next == "sunday's" || next == "monday's";  // after
}

bool IsDoneCue(std::string_view norm, std::string_view next) {
  return IsDoneCue(WordFactsOf(norm), norm, next);
}

bool IsVerbLike(const WordFacts& f, std::string_view norm) {
  if (f.Has(WordFacts::kVerbLike)) return true;
  return norm.size() > 4 && norm.ends_with("ed");
}

bool IsVerbLike(std::string_view norm) {
  return IsVerbLike(WordFactsOf(norm), norm);
}

std::string_view NumberWord(std::string_view norm) {
  return WordFactsOf(norm).number;
}

}  // namespace newsfuse::fuse

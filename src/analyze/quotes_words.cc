// Word lists behind quote attribution: reporting verbs and their cues,
// role words of speakers, sentence openers that are not names, and names
// that are places rather than people.
#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "analyze/quotes.h"
#include "newsfuse/analyze.h"

namespace newsfuse::analyze_internal {
namespace {

template <size_t N>
bool InSorted(const std::array<std::string_view, N>& list,
              std::string_view w) {
  return std::binary_search(list.begin(), list.end(), w);
}

// Sorted by the verb form.
constexpr std::pair<std::string_view, std::string_view> kCues[] = {
    {"acknowledged", "acknowledged"}, {"added", "added"},
    {"adding", "added"},              {"adds", "added"},
    {"announced", "announced"},       {"argued", "argued"},
    {"asked", "asked"},               {"asks", "asked"},
    {"claimed", "claimed"},           {"continued", "continued"},
    {"declared", "declared"},         {"explained", "explained"},
    {"insisted", "insisted"},         {"noted", "noted"},
    {"posted", "posted"},             {"posting", "posted"},
    {"posts", "posted"},              {"recalled", "recalled"},
    {"replied", "replied"},           {"said", "said"},
    {"say", "said"},                  {"saying", "said"},
    {"says", "said"},                 {"stated", "stated"},
    {"states", "stated"},             {"stressed", "stressed"},
    {"tells", "told"},                {"tweeted", "tweeted"},
    {"warned", "warned"},             {"writes", "wrote"},
    {"writing", "wrote"},             {"wrote", "wrote"},
};

// Verbs that frame a quoted phrase: "called the talks a “next step”".
constexpr std::array<std::string_view, 6> kFraming = {
    "branded", "called", "calling", "described", "dubbed", "termed"};

constexpr std::array<std::string_view, 41> kRoles = {
    "adviser",      "advisor",    "aide",         "ambassador",
    "analyst",      "authorities", "chairman",    "chancellor",
    "chief",        "commander",  "director",     "envoy",
    "executive",    "foreign",    "general",      "governor",
    "head",         "leader",     "mayor",        "minister",
    "negotiator",   "negotiators", "office",      "official",
    "officials",    "president",  "press",        "prime",
    "prosecutor",   "rep",  "representative", "secretary", "senator",
    "sheriff",      "source",     "spokesman",    "spokesperson",
    "spokeswoman",  "state",      "vice",         "witness"};

constexpr std::array<std::string_view, 48> kStarters = {
    "according", "additionally", "after",     "also",     "although",
    "and",       "as",           "at",        "before",   "but",
    "despite",   "during",       "earlier",   "following", "for",
    "from",      "however",      "if",        "in",       "last",
    "later",     "meanwhile",    "moreover",  "next",     "now",
    "on",        "once",         "since",     "so",       "still",
    "the",       "then",         "there",     "this",     "though",
    "thus",      "to",           "today",     "under",    "unlike",
    "when",      "whether",      "while",     "with",     "without",
    "writing",   "yesterday",    "yet"};

// Names that stand for places, institutions and days, not people.
constexpr std::array<std::string_view, 51> kNotPeople = {
    "April",    "August",   "Beijing",  "Britain",    "Brussels",
    "China",    "Congress", "December", "Europe",     "February",
    "France",   "Friday",   "Germany",  "India",      "Iran",
    "Israel",   "Italy",    "January",  "Japan",      "July",
    "June",     "Kremlin",  "Kyiv",     "London",     "March",
    "May",      "Monday",   "Moscow",   "NATO",       "November",
    "October",  "Paris",    "Pentagon", "Poland",     "Reuters",
    "Rome",     "Russia",   "Saturday", "September",  "Sunday",
    "Syria",    "Thursday", "Tuesday",  "Turkey",     "UN",
    "US",       "Ukraine",  "Vatican",  "Washington", "Wednesday",
    "Xinhua"};

// Last words of institutions' names.
constexpr std::array<std::string_view, 14> kInstitutions = {
    "Agency",  "Army",    "Commission", "Council",  "Court",
    "Department", "Force", "Government", "House",   "Ministry",
    "Office",  "Party",   "Service",    "Union"};

static_assert(std::is_sorted(kInstitutions.begin(), kInstitutions.end()));
static_assert(std::is_sorted(std::begin(kCues), std::end(kCues)));
static_assert(std::is_sorted(kFraming.begin(), kFraming.end()));
static_assert(std::is_sorted(kRoles.begin(), kRoles.end()));
static_assert(std::is_sorted(kStarters.begin(), kStarters.end()));
static_assert(std::is_sorted(kNotPeople.begin(), kNotPeople.end()));

}  // namespace

std::string_view ReportingCue(std::string_view norm, bool partial) {
  auto it = std::lower_bound(
      std::begin(kCues), std::end(kCues), norm,
      [](const auto& e, std::string_view w) { return e.first < w; });
  if (it != std::end(kCues) && it->first == norm) return it->second;
  if (norm == "told" || norm == "telling") return "told";
  if (partial && InSorted(kFraming, norm)) return "called";
  return {};
}

bool IsSpeakerRoleWord(std::string_view norm) {
  return InSorted(kRoles, norm);
}

bool IsCommonStarter(std::string_view norm) {
  return InSorted(kStarters, norm) || IsStopWord(norm) ||
         (norm.size() > 4 && (norm.ends_with("ly") || norm.ends_with("ing")));
}

bool UnlikelyPerson(std::string_view text) {
  size_t space = text.rfind(' ');
  std::string_view last =
      space == std::string_view::npos ? text : text.substr(space + 1);
  if (InSorted(kNotPeople, last) || InSorted(kInstitutions, last)) return true;
  return space == std::string_view::npos &&
         (text.ends_with("ia") || text.ends_with("land") ||
          text.ends_with("stan") || text.ends_with("ian"));
}

}  // namespace newsfuse::analyze_internal

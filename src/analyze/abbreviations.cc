#include "analyze/abbreviations.h"

#include <algorithm>
#include <array>

#include "analyze/text_chars.h"
#include "analyze/word_table.h"

namespace newsfuse::analyze_internal {
namespace {

struct Entry {
  std::string_view word;
  Abbreviation kind;
};

constexpr bool EntryLess(const Entry& a, const Entry& b) {
  return a.word < b.word;
}

constexpr Abbreviation T = Abbreviation::kTitle;
constexpr Abbreviation N = Abbreviation::kBeforeNumber;
constexpr Abbreviation E = Abbreviation::kMayEnd;

// Sorted by byte order (upper case before lower case). Dotted acronyms and
// single initials need no entry: ClassifyAbbreviation recognises them.
constexpr std::array kAbbreviations = std::to_array<Entry>({
    {"Adm", T},  {"Apr", N},  {"Art", N},  {"Atty", T},  {"Aug", N},
    {"Ave", E},  {"Blvd", E}, {"Brig", T}, {"Bros", E},  {"Capt", T},
    {"Cmdr", T}, {"Co", E},   {"Col", T},  {"Corp", E},  {"Cpl", T},
    {"Dec", N},  {"Dept", E}, {"Det", T},  {"Dr", T},    {"Feb", N},
    {"Fig", N},  {"Fri", E},  {"Ft", T},   {"Gen", T},   {"Gov", T},
    {"Hon", T},  {"Inc", E},  {"Jan", N},  {"Jr", E},    {"Jul", N},
    {"Jun", N},  {"Lt", T},   {"Ltd", E},  {"Maj", T},   {"Mar", N},
    {"Mon", E},  {"Mr", T},   {"Mrs", T},  {"Ms", T},    {"Msgr", T},
    {"Mt", T},   {"No", N},   {"Nos", N},  {"Nov", N},   {"Oct", N},
    {"Pres", T}, {"Prof", T}, {"Pvt", T},  {"Rep", T},   {"Reps", T},
    {"Rev", T},  {"Sat", E},  {"Sen", T},  {"Sens", T},  {"Sep", N},
    {"Sept", N}, {"Sgt", T},  {"Sr", E},   {"St", T},    {"Sun", E},
    {"Supt", T}, {"Thu", E},  {"Thur", E}, {"Thurs", E}, {"Tue", E},
    {"Tues", E}, {"Vol", N},  {"Wed", E},  {"al", E},    {"approx", T},
    {"cf", T},   {"etc", E},  {"pp", N},   {"vs", T},
});
static_assert(std::is_sorted(kAbbreviations.begin(), kAbbreviations.end(),
                             EntryLess));

// The words, indexed at compile time: the splitter and the tokenizer ask
// at every period.
constexpr std::array<std::string_view, kAbbreviations.size()>
    kAbbreviationWords = [] {
      std::array<std::string_view, kAbbreviations.size()> words;
      for (size_t i = 0; i < words.size(); ++i) {
        words[i] = kAbbreviations[i].word;
      }
      return words;
    }();
constexpr WordIndex<kAbbreviations.size(), 256> kAbbreviationIndex(
    kAbbreviationWords);

// Capitalized words that usually open a sentence. After "U.S." or an
// initial, a following "The" starts a new sentence, "President" does not.
constexpr std::array kStarters = std::to_array<std::string_view>({
    "A",       "According", "After",     "Also",      "Although", "An",
    "And",     "Another",   "As",        "At",        "But",      "By",
    "Despite", "During",    "Each",      "Earlier",   "For",      "From",
    "He",      "Her",       "Here",      "His",       "How",      "However",
    "I",       "If",        "In",        "Instead",   "It",       "Its",
    "Last",    "Later",     "Many",      "Meanwhile", "Most",     "My",
    "No",      "Now",       "Officials", "On",        "One",      "Our",
    "She",     "Since",     "So",        "Some",      "Still",    "That",
    "The",     "Their",     "Then",      "There",     "These",    "They",
    "This",    "Those",     "Today",     "We",        "What",     "When",
    "Where",   "While",     "Who",       "Why",       "With",     "Yesterday",
    "You",
});
static_assert(std::is_sorted(kStarters.begin(), kStarters.end()));

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// "U.S", "a.m", "Ph.D", "U.S.A": segments of one or two letters joined by
// periods, at least two segments.
bool IsDottedAcronym(std::string_view w) {
  int segments = 0;
  size_t i = 0;
  while (i < w.size()) {
    size_t start = i;
    while (i < w.size() && IsAsciiLetter(w[i])) ++i;
    size_t len = i - start;
    if (len == 0 || len > 2) return false;
    ++segments;
    if (i == w.size()) break;
    if (w[i] != '.') return false;
    ++i;
    if (i == w.size()) return false;
  }
  return segments >= 2;
}

// A single upper-case letter: the initial in "Donald J. Trump".
bool IsInitial(std::string_view w) {
  if (w.empty()) return false;
  CharAt ch = CharAtPos(w, 0);
  return ch.len == w.size() && ch.cls == CharClass::kUpper;
}

}  // namespace

Abbreviation ClassifyAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 6 * 3) return Abbreviation::kNone;
  if (int i = kAbbreviationIndex.Find(word); i >= 0) {
    return kAbbreviations[i].kind;
  }
  if (word == "e.g" || word == "i.e") return Abbreviation::kTitle;
  if (IsInitial(word) || IsDottedAcronym(word)) return Abbreviation::kMayEnd;
  return Abbreviation::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  return std::binary_search(kStarters.begin(), kStarters.end(), word);
}

}  // namespace newsfuse::analyze_internal

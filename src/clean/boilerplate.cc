// ClassifyLine: tells article prose from the lines printed around it.
//
// Prose is the default. A line is dropped only when a rule names what it is,
// and every rule is guarded so that a sentence which merely starts like a
// widget ("Follow-up talks ...") or mentions an agency ("... told Reuters")
// stays. The rules are data: phrase tables compared with the line's matching
// form (lower case, straight quotes, ASCII dashes), each with a word limit,
// and word lists for lines made only of social-network or agency names.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clean/clean_internal.h"
#include "newsfuse/clean.h"
#include "newsfuse/unicode.h"

namespace newsfuse {
namespace {

using clean_internal::CountWords;
using clean_internal::EndsSentence;
using clean_internal::StartsCapitalized;

enum class Match { kExact, kPrefix, kSuffix, kContains };

// A phrase that marks a line when found at the given place in a line of at
// most `max_words` words. Phrases are in matching form.
struct PhraseRule {
  std::string_view phrase;
  Match match;
  size_t max_words;
  DropReason reason;
};

constexpr DropReason kShare = DropReason::kShare;
constexpr DropReason kPromo = DropReason::kPromo;
constexpr DropReason kCredit = DropReason::kAgencyCredit;
constexpr DropReason kCaption = DropReason::kCaption;
constexpr DropReason kByline = DropReason::kByline;
constexpr DropReason kBoiler = DropReason::kBoilerplate;

constexpr size_t kMaxRuleWords = 80;  // no limit in this file is larger

constexpr PhraseRule kPhraseRules[] = {
    // Share widgets: "Share this @site.com", "Share on Facebook".
    {"share this", Match::kPrefix, 14, kShare},
    {"share on", Match::kPrefix, 14, kShare},
    {"share via", Match::kPrefix, 14, kShare},
    {"share article", Match::kPrefix, 14, kShare},
    {"share story", Match::kPrefix, 14, kShare},
    {"share page", Match::kPrefix, 14, kShare},
    {"copy link", Match::kPrefix, 4, kShare},
    {"click to share", Match::kPrefix, 8, kShare},
    {"tweet this", Match::kPrefix, 6, kShare},
    // Promotions and pointers to other pages.
    {"follow us", Match::kPrefix, 12, kPromo},
    {"scan the qr code", Match::kPrefix, 30, kPromo},
    {"sign up for", Match::kPrefix, 25, kPromo},
    {"sign up to", Match::kPrefix, 25, kPromo},
    {"subscribe", Match::kPrefix, 15, kPromo},
    {"download our", Match::kPrefix, 20, kPromo},
    {"download the", Match::kPrefix, 20, kPromo},
    {"get the latest", Match::kPrefix, 20, kPromo},
    {"join our", Match::kPrefix, 20, kPromo},
    {"read more", Match::kPrefix, 20, kPromo},
    {"read also", Match::kPrefix, 20, kPromo},
    {"also read", Match::kPrefix, 20, kPromo},
    {"see also", Match::kPrefix, 20, kPromo},
    {"related:", Match::kPrefix, 20, kPromo},
    {"related", Match::kExact, 1, kPromo},
    {"related articles", Match::kPrefix, 6, kPromo},
    {"related stories", Match::kPrefix, 6, kPromo},
    {"related coverage", Match::kPrefix, 6, kPromo},
    {"more on this story", Match::kPrefix, 8, kPromo},
    {"click here", Match::kPrefix, 25, kPromo},
    {"listen to this article", Match::kPrefix, 10, kPromo},
    {"watch:", Match::kPrefix, 25, kPromo},
    {"watch live", Match::kPrefix, 8, kPromo},
    {"most read", Match::kExact, 2, kPromo},
    {"recommended", Match::kExact, 1, kPromo},
    // Agency credits: "The Associated Press contributed to this report."
    {"contributed to this report", Match::kContains, 25, kCredit},
    {"contributed to this story", Match::kContains, 25, kCredit},
    {"contributed to this article", Match::kContains, 25, kCredit},
    {"contributed reporting", Match::kContains, 25, kCredit},
    {"reporting by", Match::kPrefix, 40, kCredit},
    {"(reporting by", Match::kPrefix, 40, kCredit},
    {"additional reporting", Match::kPrefix, 30, kCredit},
    {"writing by", Match::kPrefix, 25, kCredit},
    {"editing by", Match::kPrefix, 25, kCredit},
    {"compiled by", Match::kPrefix, 12, kCredit},
    {"with inputs from", Match::kPrefix, 12, kCredit},
    {"with input from", Match::kPrefix, 12, kCredit},
    // Photo captions and image credits.
    {"photo:", Match::kPrefix, 60, kCaption},
    {"photos:", Match::kPrefix, 60, kCaption},
    {"photo by", Match::kPrefix, 30, kCaption},
    {"(photo by", Match::kPrefix, 30, kCaption},
    {"photo credit", Match::kPrefix, 30, kCaption},
    {"photograph:", Match::kPrefix, 60, kCaption},
    {"image:", Match::kPrefix, 60, kCaption},
    {"image copyright", Match::kPrefix, 30, kCaption},
    {"image caption", Match::kPrefix, 60, kCaption},
    {"image source", Match::kPrefix, 30, kCaption},
    {"image credit", Match::kPrefix, 30, kCaption},
    {"(image credit", Match::kPrefix, 30, kCaption},
    {"picture:", Match::kPrefix, 60, kCaption},
    {"caption:", Match::kPrefix, 60, kCaption},
    {"file photo", Match::kPrefix, 60, kCaption},
    {"getty images", Match::kSuffix, 60, kCaption},
    {"(ap photo", Match::kContains, 80, kCaption},
    {"reuters/", Match::kContains, 60, kCaption},
    {"afp via getty", Match::kContains, 60, kCaption},
    // Author lines other than "By ..." (see IsByline).
    {"written by", Match::kPrefix, 10, kByline},
    {"words by", Match::kPrefix, 8, kByline},
    {"posted by", Match::kPrefix, 10, kByline},
    {"author:", Match::kPrefix, 8, kByline},
    {"reporter:", Match::kPrefix, 8, kByline},
    // Site furniture: ads, cookie notices, copyright lines.
    {"advertisement", Match::kExact, 1, kBoiler},
    {"advert", Match::kExact, 1, kBoiler},
    {"advertisement -", Match::kPrefix, 8, kBoiler},
    {"skip advertisement", Match::kPrefix, 4, kBoiler},
    {"story continues below", Match::kPrefix, 8, kBoiler},
    {"article continues below", Match::kPrefix, 8, kBoiler},
    {"continue reading", Match::kPrefix, 8, kBoiler},
    {"all rights reserved", Match::kContains, 30, kBoiler},
    {"\xC2\xA9", Match::kContains, 30, kBoiler},  // ©
    {"we use cookies", Match::kPrefix, 60, kBoiler},
    {"this site uses cookies", Match::kPrefix, 60, kBoiler},
    {"this website uses cookies", Match::kPrefix, 60, kBoiler},
    {"accept cookies", Match::kPrefix, 10, kBoiler},
    {"accept all cookies", Match::kPrefix, 10, kBoiler},
    {"cookie settings", Match::kPrefix, 6, kBoiler},
    {"please enable javascript", Match::kPrefix, 20, kBoiler},
    {"sponsored", Match::kExact, 1, kBoiler},
    {"sponsored content", Match::kPrefix, 4, kBoiler},
    {"you may also like", Match::kPrefix, 6, kBoiler},
    {"back to top", Match::kExact, 3, kBoiler},
    {"loading...", Match::kExact, 1, kBoiler},
};
static_assert(std::all_of(std::begin(kPhraseRules), std::end(kPhraseRules),
                          [](const PhraseRule& r) {
                            return r.max_words <= kMaxRuleWords;
                          }));

// Social networks and widget words: a line made only of these is a share bar.
constexpr std::string_view kShareWords[] = {
    "share",    "tweet",   "copy",      "link",     "print",     "email",
    "e-mail",   "mail",    "facebook",  "twitter",  "x",         "whatsapp",
    "linkedin", "reddit",  "pinterest", "telegram", "messenger", "flipboard",
    "threads",  "bluesky", "sms",       "tumblr",   "instagram", "youtube",
    "tiktok",   "vk"};

// Where "Follow X on ..." sends the reader.
constexpr std::string_view kFollowPlatforms[] = {
    "whatsapp", "telegram",  "twitter", "x",        "facebook", "instagram",
    "google",   "youtube",   "tiktok",  "linkedin", "threads",  "bluesky",
    "snapchat", "flipboard", "apple",   "our"};

// News agencies; a short line of these and kAgencyGlue is a credit line:
// "Agencies via Xinhua", "— Reuters", "(AFP)", "With AFP".
constexpr std::string_view kAgencies[] = {
    "reuters", "afp",     "ap",         "xinhua",    "agencies",
    "dpa",     "ani",     "pti",        "ians",      "tass",
    "ria",     "novosti", "interfax",   "bloomberg", "upi",
    "efe",     "anadolu", "associated", "agence",    "france-presse",
    "kyodo",   "yonhap",  "ansa",       "bernama",   "wires"};
constexpr std::string_view kAgencyGlue[] = {
    "the",     "via",      "with",       "and",       "from",  "source",
    "sources", "input",    "inputs",     "by",        "wire",  "news",
    "service", "services", "additional", "reporting", "staff", "press",
    "agency",  "media",    "france",     "presse"};

// Lower-case words that may appear inside a "By Jane Doe and John Roe, CNN"
// author line.
constexpr std::string_view kBylineGlue[] = {
    "and", "in", "for", "of", "the", "de", "van", "von", "da", "&", "|", "-",
    // "By the Lakeside Post newsroom", "By our staff and agencies"
    "our", "newsroom", "staff", "team", "desk", "reporters", "reporter",
    "correspondent", "correspondents", "editors", "writers", "agencies"};

template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool IsWordByte(char c) {
  unsigned char b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b >= 0x80 ||
         (b >= 'A' && b <= 'Z');
}

// True when `phrase` occurs in `form` at `at`, not inside a longer word.
bool MatchesAt(std::string_view form, size_t at, std::string_view phrase) {
  if (form.compare(at, phrase.size(), phrase) != 0) return false;
  bool word_start = IsWordByte(phrase.front());
  bool word_end = IsWordByte(phrase.back());
  if (word_start && at > 0 && IsWordByte(form[at - 1])) return false;
  size_t end = at + phrase.size();
  return !(word_end && end < form.size() && IsWordByte(form[end]));
}

bool MatchesRule(std::string_view form, const PhraseRule& rule) {
  std::string_view p = rule.phrase;
  if (form.size() < p.size()) return false;
  switch (rule.match) {
    case Match::kExact:
      return form == p;
    case Match::kPrefix:
      return MatchesAt(form, 0, p);
    case Match::kSuffix: {
      while (!form.empty() && (form.back() == ')' || form.back() == '.')) {
        form.remove_suffix(1);
      }
      return form.size() >= p.size() &&
             MatchesAt(form, form.size() - p.size(), p);
    }
    case Match::kContains:
      for (size_t at = form.find(p); at != std::string_view::npos;
           at = form.find(p, at + 1)) {
        if (MatchesAt(form, at, p)) return true;
      }
      return false;
  }
  return false;
}

// The words of a matching-form line: runs of letters, digits, '-' and
// non-ASCII bytes that hold at least one letter or digit.
// At most `limit` of them: callers that reject long lines stop early.
std::vector<std::string_view> Words(std::string_view form,
                                    size_t limit = SIZE_MAX) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < form.size() && words.size() < limit) {
    if (!IsWordByte(form[i]) && form[i] != '-') {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < form.size() && (IsWordByte(form[i]) || form[i] == '-')) ++i;
    std::string_view w = form.substr(start, i - start);
    if (std::any_of(w.begin(), w.end(), IsWordByte)) words.push_back(w);
  }
  return words;
}

// True when `line` holds a letter (any non-ASCII character counts as one).
bool HasLetter(std::string_view line) {
  for (char c : line) {
    unsigned char b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80) {
      return true;
    }
  }
  return false;
}

// "Facebook Twitter WhatsApp", "Share | Tweet | Email".
bool IsShareBar(const std::vector<std::string_view>& words) {
  if (words.empty() || words.size() > 12) return false;
  return std::all_of(words.begin(), words.end(),
                     [](std::string_view w) { return InList(kShareWords, w); });
}

// "Follow STV News on WhatsApp", "Follow us on X".
bool IsFollowPromo(std::string_view form, size_t words) {
  if (!form.starts_with("follow ") || words > 12) return false;
  size_t on = form.find(" on ");
  if (on == std::string_view::npos) return false;
  std::vector<std::string_view> rest = Words(form.substr(on + 4));
  return !rest.empty() && InList(kFollowPlatforms, rest.front());
}

// "Agencies via Xinhua", "— Reuters", "(AFP)", "With AFP".
bool IsAgencyLine(const std::vector<std::string_view>& words) {
  if (words.empty() || words.size() > 8) return false;
  bool agency = false;
  for (std::string_view w : words) {
    if (InList(kAgencies, w)) {
      agency = true;
    } else if (!InList(kAgencyGlue, w)) {
      return false;
    }
  }
  return agency;
}

// "By Jane Doe", "By JANE DOE and John Roe, CNN": "By" then names.
bool IsByline(std::string_view line, size_t words) {
  if (!line.starts_with("By ") && !line.starts_with("BY ")) return false;
  if (words < 2 || words > 12 || EndsSentence(line)) return false;
  size_t i = 3;
  if (line.substr(i).starts_with("the ")) i += 4;  // "By the ... newsroom"
  if (!StartsCapitalized(line.substr(i)) && !line.substr(i).starts_with("our "))
    return false;
  while (i < line.size()) {
    size_t end = line.find(' ', i);
    if (end == std::string_view::npos) end = line.size();
    std::string_view w = line.substr(i, end - i);
    i = end + 1;
    if (w.empty() || InList(kBylineGlue, w)) continue;
    if (!StartsCapitalized(w)) return false;
  }
  return true;
}

// A section heading: a short line without final punctuation that opens the
// text after it. "Name: claim" headlines may run a little longer.
bool IsHeading(std::string_view line, size_t words,
               const LineContext& context) {
  if (context.kind == BlockKind::kHeading) return true;
  if (context.kind == BlockKind::kListItem ||
      context.kind == BlockKind::kQuote) {
    return false;
  }
  if (context.next.empty() || EndsSentence(line)) return false;
  char last = line.back();
  if (last == ':' || last == ',' || last == ';' || last == '-') return false;
  size_t limit = line.find(": ") != std::string_view::npos ? 16 : 12;
  if (words == 0 || words > limit || line.size() > 150) return false;
  return StartsCapitalized(line);
}

// MatchingForm(title), computed once for all the lines of an article.
const std::string& TitleForm(std::string_view title) {
  thread_local std::string last_title, last_form;
  if (title != last_title) {
    last_title = title;
    last_form = MatchingForm(title);
  }
  return last_form;
}

}  // namespace

std::optional<DropReason> ClassifyLine(std::string_view line,
                                       const LineContext& context) {
  line = clean_internal::Trim(line);
  if (line.empty()) return std::nullopt;
  if (context.kind == BlockKind::kCaption) return DropReason::kCaption;
  std::string form = MatchingForm(line);
  if (!context.title.empty() && form == TitleForm(context.title)) {
    return DropReason::kTitle;
  }
  // Every limit below is 80 words or fewer.
  size_t words = CountWords(line, kMaxRuleWords);
  // A share widget never ends like a sentence: "Share this story, please?"
  // is prose.
  bool sentence = EndsSentence(line);
  for (const PhraseRule& rule : kPhraseRules) {
    if (words > rule.max_words || (sentence && rule.reason == kShare)) continue;
    if (MatchesRule(form, rule)) return rule.reason;
  }
  // Share bars and agency lines have at most 12 words: 13 tell a longer
  // line.
  std::vector<std::string_view> tokens = Words(form, 13);
  if (IsShareBar(tokens)) return DropReason::kShare;
  if (IsFollowPromo(form, words)) return DropReason::kPromo;
  if (IsAgencyLine(tokens)) return DropReason::kAgencyCredit;
  if (IsByline(line, words)) return DropReason::kByline;
  if (clean_internal::IsDatelineOnly(line)) return DropReason::kDateline;
  if (!HasLetter(line)) return DropReason::kBoilerplate;  // "* * *", "17"
  if (IsHeading(line, words, context)) return DropReason::kHeading;
  return std::nullopt;
}

}  // namespace newsfuse

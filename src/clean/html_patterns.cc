#include "clean/html_patterns.h"

#include <array>
#include <string>

namespace newsfuse {
namespace {

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

std::string Lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
  }
  return out;
}

bool Contains(std::string_view s, std::string_view w) {
  return s.find(w) != std::string_view::npos;
}

template <size_t N>
bool ContainsAny(std::string_view s,
                 const std::array<std::string_view, N>& ws) {
  for (std::string_view w : ws) {
    if (Contains(s, w)) return true;
  }
  return false;
}

// True when one of the alphanumeric parts of `s` ("main-nav" -> "main",
// "nav") equals one of `ws`.
template <size_t N>
bool HasPart(std::string_view s, const std::array<std::string_view, N>& ws) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsAlnum(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && IsAlnum(s[j])) ++j;
    std::string_view part = s.substr(i, j - i);
    for (std::string_view w : ws) {
      if (!part.empty() && part == w) return true;
    }
    i = j;
  }
  return false;
}

constexpr std::array<std::string_view, 37> kBoilerplate = {
    "comment",     "disqus",         "related",    "recommend",  "promo",
    "newsletter",  "cookie",         "consent",    "gdpr",       "sidebar",
    "breadcrumb",  "subscribe",      "signup",     "sign-up",    "advert",
    "sponsor",     "popup",          "modal",      "outbrain",   "taboola",
    "trending",    "popular",        "mostread",   "most-read",  "more-stories",
    "morestories", "author-bio",     "authorbio",  "pagination", "masthead",
    "footer",      "navbar",         "navigation", "skip-link",  "sr-only",
    "dfp",         "visually-hidden"};
constexpr std::array<std::string_view, 6> kWeakBoilerplate = {
    "menu", "widget", "banner", "toolbar", "login", "tag-list"};
constexpr std::array<std::string_view, 10> kBoilerplateParts = {
    "nav", "ad",     "ads",  "tags",   "bio",
    "rss", "hidden", "hide", "promos", "adv"};
constexpr std::array<std::string_view, 6> kShare = {
    "share", "sharing", "social", "sociable", "addthis", "follow-us"};
constexpr std::array<std::string_view, 3> kByline = {"byline", "author",
                                                     "contributor"};
constexpr std::array<std::string_view, 3> kCaption = {"caption", "credit",
                                                      "figcaption"};
constexpr std::array<std::string_view, 9> kPositive = {
    "article", "body",  "content", "entry", "main",
    "post",    "story", "text",    "blog"};

// "article-body", "story__content", "entry-content", "postbody"...
bool IsBodyHint(std::string_view s) {
  for (std::string_view head : {"article", "story", "entry", "post"}) {
    for (size_t at = s.find(head); at != std::string_view::npos;
         at = s.find(head, at + 1)) {
      size_t i = at + head.size();
      for (int n = 0; n < 2 && i < s.size() && (s[i] == '-' || s[i] == '_');
           ++n)
        ++i;
      std::string_view rest = s.substr(i);
      for (std::string_view tail : {"body", "content", "text"}) {
        if (rest.substr(0, tail.size()) == tail) return true;
      }
    }
  }
  return false;
}

}  // namespace

TagAction ActionForTag(std::string_view t) {
  if (t == "script" || t == "style") return TagAction::kIgnore;
  static constexpr std::array<std::string_view, 16> kSkip = {
      "head",   "title",    "noscript", "template", "svg",    "math",
      "select", "textarea", "option",   "object",   "iframe", "embed",
      "canvas", "video",    "audio",    "datalist"};
  for (std::string_view s : kSkip) {
    if (t == s) return TagAction::kSkip;
  }
  return TagAction::kKeep;
}

uint16_t TagFlags(std::string_view t) {
  static constexpr std::array<std::string_view, 44> kBlocks = {
      "address", "article",  "aside",      "blockquote", "body",   "center",
      "dd",      "details",  "dialog",     "dir",        "div",    "dl",
      "dt",      "fieldset", "figcaption", "figure",     "footer", "form",
      "h1",      "h2",       "h3",         "h4",         "h5",     "h6",
      "header",  "hgroup",   "hr",         "html",       "li",     "main",
      "menu",    "nav",      "ol",         "p",          "pre",    "section",
      "summary", "table",    "tbody",      "thead",      "tfoot",  "td",
      "th",      "tr"};
  static constexpr std::array<std::string_view, 9> kDrop = {
      "nav",    "header", "footer", "aside", "form",
      "button", "menu",   "dialog", "input"};
  uint16_t flags = 0;
  for (std::string_view b : kBlocks) {
    if (t == b) flags |= kFlagBlock;
  }
  if (t == "ul" || t == "caption" || t == "legend") flags |= kFlagBlock;
  for (std::string_view d : kDrop) {
    if (t == d) flags |= kFlagDropTag;
  }
  if (t == "a") flags |= kFlagLink;
  if (t == "h1") flags |= kFlagTitle;
  if (t == "figcaption" || t == "caption") flags |= kFlagCaption;
  if (t == "article" || t == "main") flags |= kFlagArticle;
  return flags;
}

uint16_t AttributeFlags(std::string_view names_in, std::string_view role,
                        std::string_view itemprop, std::string_view style,
                        bool hidden) {
  uint16_t flags = 0;
  std::string names = Lowered(names_in);
  bool positive = ContainsAny(names, kPositive);
  if (positive) flags |= kFlagPositive;
  if (IsBodyHint(names) || itemprop == "articleBody") flags |= kFlagBodyHint;
  if (ContainsAny(names, kBoilerplate) || HasPart(names, kBoilerplateParts) ||
      (!positive && ContainsAny(names, kWeakBoilerplate)))
    flags |= kFlagBoilerplate;
  if (ContainsAny(names, kShare)) flags |= kFlagShare;
  if (ContainsAny(names, kByline) || itemprop == "author") flags |= kFlagByline;
  if (ContainsAny(names, kCaption)) flags |= kFlagCaption;
  std::string r = Lowered(role);
  if (r == "navigation" || r == "banner" || r == "contentinfo" ||
      r == "complementary" || r == "menu" || r == "menubar" || r == "search" ||
      r == "dialog")
    flags |= kFlagBoilerplate;
  if (r == "main" || r == "article") flags |= kFlagArticle;
  std::string st = Lowered(style);
  if (hidden || Contains(st, "display:none") || Contains(st, "display: none") ||
      Contains(st, "visibility:hidden"))
    flags |= kFlagHidden;
  if (flags & kFlagBodyHint) flags &= ~kFlagBoilerplate;
  return flags;
}

DropReason ReasonForFlags(uint16_t flags) {
  if (flags & kFlagCaption) return DropReason::kCaption;
  if (flags & kFlagShare) return DropReason::kShare;
  if (flags & kFlagByline) return DropReason::kByline;
  return DropReason::kBoilerplate;
}

std::optional<DropReason> BoilerplateLine(std::string_view text) {
  if (text.size() > 80) return std::nullopt;
  std::string s = Lowered(text);
  while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == ' '))
    s.pop_back();
  static constexpr std::array<std::string_view, 14> kExact = {
      "advertisement",
      "advertising",
      "sponsored",
      "ad",
      "comments",
      "loading",
      "read more",
      "continue reading",
      "recommended",
      "most popular",
      "story continues below advertisement",
      "scroll to continue with content",
      "skip to main content",
      "related"};
  for (std::string_view e : kExact) {
    if (s == e) return DropReason::kBoilerplate;
  }
  static constexpr std::array<std::string_view, 8> kSharePrefix = {
      "share this", "share on", "share", "tweet",
      "follow us",  "email",    "print", "copy link"};
  for (std::string_view p : kSharePrefix) {
    if (s == p || (s.size() < 40 && s.rfind(p, 0) == 0 && p.size() > 5))
      return DropReason::kShare;
  }
  if (s.rfind("by ", 0) == 0 && s.size() < 60) {
    int words = 1;
    for (char c : s) words += c == ' ';
    if (words <= 8) return DropReason::kByline;
  }
  return std::nullopt;
}

}  // namespace newsfuse

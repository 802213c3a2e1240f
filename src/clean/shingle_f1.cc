#include "clean/shingle_f1.h"

#include <utf8proc.h>

#include <algorithm>
#include <unordered_map>

#include "newsfuse/unicode.h"

namespace newsfuse {
namespace {

// Python's str.isalnum() or '_': letters and numbers of any script.
bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_';
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

using ShingleMap = std::unordered_map<std::string, int>;

ShingleMap AllShingles(std::string_view text, int n) {
  std::vector<std::string> tokens = ShingleTokens(text);
  ShingleMap shingles;
  size_t count =
      tokens.size() >= static_cast<size_t>(n) ? tokens.size() - n + 1 : 1;
  for (size_t i = 0; i < count && i < tokens.size(); ++i) {
    std::string key;
    for (size_t j = i; j < std::min(tokens.size(), i + n); ++j) {
      key += tokens[j];
      key += '\x1f';
    }
    ++shingles[key];
  }
  return shingles;
}

double Mean(const std::vector<double>& v) {
  if (v.empty()) return 0;
  double sum = 0;
  for (double x : v) sum += x;
  return sum / v.size();
}

}  // namespace

std::vector<std::string> ShingleTokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t c = DecodeUtf8(text, &pos);
    if (pos == start) ++pos;  // defensive: always advance
    if (IsWordChar(c)) {
      current.append(text.substr(start, pos - start));
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

ShingleCounts MatchShingles(std::string_view truth, std::string_view pred,
                            int n) {
  ShingleMap t = AllShingles(truth, n);
  ShingleMap p = AllShingles(pred, n);
  ShingleCounts c;
  for (const auto& [key, pc] : p) {
    auto it = t.find(key);
    int tc = it == t.end() ? 0 : it->second;
    c.tp += std::min(tc, pc);
    c.fp += std::max(0, pc - tc);
  }
  for (const auto& [key, tc] : t) {
    auto it = p.find(key);
    int pc = it == p.end() ? 0 : it->second;
    c.fn += std::max(0, tc - pc);
  }
  double sum = c.tp + c.fp + c.fn;
  if (sum > 0) {
    c.tp /= sum;
    c.fp /= sum;
    c.fn /= sum;
  }
  return c;
}

double ShinglePrecision(const ShingleCounts& c) {
  if (c.fp == 0 && c.fn == 0) return 1;
  if (c.tp == 0 && c.fp == 0) return 0;
  return c.tp / (c.tp + c.fp);
}

double ShingleRecall(const ShingleCounts& c) {
  if (c.fp == 0 && c.fn == 0) return 1;
  if (c.tp == 0 && c.fn == 0) return 0;
  return c.tp / (c.tp + c.fn);
}

double ShingleF1(const ShingleCounts& c) {
  double p = ShinglePrecision(c);
  double r = ShingleRecall(c);
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

ShingleScore AggregateShingles(const std::vector<ShingleCounts>& pages) {
  std::vector<double> precisions;
  std::vector<double> recalls;
  for (const ShingleCounts& c : pages) {
    if (c.tp + c.fp > 0) precisions.push_back(ShinglePrecision(c));
    if (c.tp + c.fn > 0) recalls.push_back(ShingleRecall(c));
  }
  ShingleScore s;
  s.precision = Mean(precisions);
  s.recall = Mean(recalls);
  s.f1 = s.precision + s.recall > 0
             ? 2 * s.precision * s.recall / (s.precision + s.recall)
             : 0;
  return s;
}

}  // namespace newsfuse

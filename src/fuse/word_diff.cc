#include "fuse/word_diff.h"

#include <algorithm>

namespace newsfuse::fuse {
namespace {

void Push(WordDiff* d, char op, const std::string_view* word) {
  if (!d->runs.empty() && d->runs.back().first == op) {
    if (word != nullptr) d->runs.back().second.append(" ").append(*word);
  } else {
    d->runs.emplace_back(op, word != nullptr ? std::string(*word)
                                             : std::string());
  }
}

}  // namespace

WordDiff DiffWords(const std::vector<std::string_view>& a,
                   const std::vector<std::string_view>& b, bool with_text) {
  size_t n = std::min(a.size(), kMaxDiffWords);
  size_t m = std::min(b.size(), kMaxDiffWords);
  // lcs[i][j]: common subsequence length of a[i..] and b[j..].
  std::vector<uint16_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint16_t& {
    return lcs[i * (m + 1) + j];
  };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1
                              : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  WordDiff d;
  d.common = at(0, 0);
  d.a_words = n;
  d.b_words = m;
  auto word = [with_text](const std::string_view& w) {
    return with_text ? &w : nullptr;
  };
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      Push(&d, '=', word(a[i++]));
      ++j;
    } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
      Push(&d, '-', word(a[i++]));
    } else {
      Push(&d, '+', word(b[j++]));
    }
  }
  return d;
}

bool WordDiff::ContiguousRun() const {
  int equal_runs = 0;
  bool minus = false, plus = false;
  for (const auto& [op, words] : runs) {
    equal_runs += op == '=';
    minus = minus || op == '-';
    plus = plus || op == '+';
  }
  return equal_runs == 1 && !(minus && plus) && common > 0;
}

std::string DescribeDiff(VariantKind kind, const WordDiff& d) {
  switch (kind) {
    case VariantKind::kIdentical:
      return "";
    case VariantKind::kCase:
      return "capitals or punctuation";
    case VariantKind::kTruncated:
      return d.b_words < d.a_words
                 ? "cut: " + std::to_string(d.a_words - d.b_words) + " of " +
                       std::to_string(d.a_words) + " words missing"
                 : "extended: " + std::to_string(d.b_words - d.a_words) +
                       " more words";
    case VariantKind::kWording:
    case VariantKind::kParaphrase:
      break;
  }
  // A run removed and the same words added elsewhere were moved.
  std::vector<std::pair<char, std::string>> runs;
  for (const auto& run : d.runs) {
    if (run.first == '=') continue;
    auto twin = std::find_if(runs.begin(), runs.end(), [&](const auto& r) {
      return r.second == run.second && r.first != run.first && r.first != 'm';
    });
    if (twin != runs.end()) {
      twin->first = 'm';
    } else {
      runs.push_back(run);
    }
  }
  std::string out;
  for (const auto& [op, words] : runs) {
    if (!out.empty()) out += " ";
    out += (op == 'm' ? std::string("moved") : std::string(1, op)) + "[" +
           words + "]";
  }
  return out;
}

}  // namespace newsfuse::fuse

// Scores time expressions (FindTimes) on MEANTIME's TIMEX3 annotation.
//
//   timex_eval [SHARED_DATA_DIR]   (default ../shared/data)
//
// MEANTIME (meantime-en/intra_cross-doc_annotation, CC BY 4.0): each
// article's text is rebuilt from its tokens as bench/entity_eval.cc does
// (title and date line as their own paragraphs, the body as one), its
// creation time (the TIMEX3 with functionInDocument CREATION_TIME) set as
// Article::published, and run through ProcessArticle. Gold: every TIMEX3
// anchored to tokens (empty "TAG_DESCRIPTOR" ones have no text) but the
// creation time itself, which TempEval gives rather than scores, and those
// in the title and date line, which clean moves out of Article::text. Finding:
// a predicted and a gold expression match when their spans overlap, one to
// one in text order (TempEval-3's relaxed match). Value accuracy: matched
// pairs with the same TIMEX3 value, over the matched pairs (TempEval-3's
// "value accuracy"); type accuracy likewise. As for entities, predictions
// after the last annotated sentence are not scored.
// NEWSFUSE_EVAL_DEBUG=1 lists each pair, false alarm and miss.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bench/eval_files.h"
#include "newsfuse/article.h"
#include "newsfuse/pipeline.h"
#include "newsfuse/timestamp.h"

namespace {

namespace fs = std::filesystem;
using newsfuse::Article;
using newsfuse::TimeExpression;
using newsfuse::bench::Attr;
using newsfuse::bench::ReadFile;
using newsfuse::bench::Unescape;

struct Gold {
  uint32_t begin = UINT32_MAX, end = 0;
  std::string type, value;
};

struct Doc {
  std::string text;
  std::string dct;
  std::vector<Gold> gold;
  uint32_t annotated_end = 0;
};

// Appends one <token> line to the rebuilt text (entity_eval's spacing).
void AddToken(const std::string& line, Doc* d, std::string* sentence,
              bool* quote_open, std::map<std::string, uint32_t>* end_of,
              std::map<std::string, std::pair<uint32_t, uint32_t>>* tok) {
  std::string& text = d->text;
  size_t gt = line.find('>');
  std::string word = Unescape(line.substr(gt + 1, line.rfind("</") - gt - 1));
  std::string s = Attr(line, "sentence");
  bool no_space =
      text.empty() ||
      std::string(",.:;?!)]}%").find(word[0]) != std::string::npos ||
      word.starts_with("'") || word == "n't" || text.back() == '(' ||
      text.back() == '$' || (word == "\"" && *quote_open) ||
      (text.back() == '"' && *quote_open);
  if (word == "\"") *quote_open = !*quote_open;
  if (s != *sentence && (*sentence == "0" || *sentence == "1")) {
    text += '\n';
  } else if (!no_space) {
    text += ' ';
  }
  *sentence = s;
  (*tok)[Attr(line, "t_id")] = {text.size(), text.size() + word.size()};
  text += word;
  (*end_of)["s" + s] = text.size();
  (*end_of)["t" + Attr(line, "t_id")] = std::stoul(s);
}

Doc ReadDoc(const fs::path& path) {
  std::istringstream in(ReadFile(path));
  Doc d;
  std::map<std::string, std::pair<uint32_t, uint32_t>> tok;
  std::map<std::string, uint32_t> end_of;
  std::string line, sentence = "0";
  bool quote_open = false;
  Gold* open = nullptr;
  while (std::getline(in, line)) {
    if (line.starts_with("<token ")) {
      AddToken(line, &d, &sentence, &quote_open, &end_of, &tok);
    } else if (line.starts_with("<TIMEX3 ") && !line.ends_with("/>")) {
      if (Attr(line, "functionInDocument") == "CREATION_TIME") {
        d.dct = Attr(line, "value");  // given, as in TempEval: not scored
        continue;
      }
      d.gold.push_back(
          {UINT32_MAX, 0, Attr(line, "type"), Attr(line, "value")});
      open = &d.gold.back();
    } else if (line.starts_with("<token_anchor")) {
      std::string id = Attr(line, "t_id");
      uint32_t s_end = end_of["s" + std::to_string(end_of["t" + id])];
      d.annotated_end = std::max(d.annotated_end, s_end);
      if (open != nullptr) {
        open->begin = std::min(open->begin, tok[id].first);
        open->end = std::max(open->end, tok[id].second);
      }
    } else if (line.starts_with("</")) {
      open = nullptr;
    }
  }
  // The title and date line: clean moves them out of Article::text.
  size_t body = d.text.find('\n', d.text.find('\n') + 1);
  std::erase_if(d.gold, [body](const Gold& g) {
    return g.end == 0 || (body != std::string::npos && g.begin < body);
  });
  std::sort(d.gold.begin(), d.gold.end(),
            [](const Gold& a, const Gold& b) { return a.begin < b.begin; });
  return d;
}

struct Counts {
  int pred = 0, gold = 0, tp = 0, exact = 0, value_ok = 0, type_ok = 0;
};

bool Overlap(uint32_t b1, uint32_t e1, uint32_t b2, uint32_t e2) {
  return b1 < e2 && b2 < e1;
}

void Score(const Doc& d, const std::vector<TimeExpression>& pred, Counts* c) {
  bool debug = std::getenv("NEWSFUSE_EVAL_DEBUG") != nullptr;
  std::vector<bool> used(pred.size());
  c->pred += static_cast<int>(pred.size());
  c->gold += static_cast<int>(d.gold.size());
  auto span = [&d](uint32_t b, uint32_t e) { return d.text.substr(b, e - b); };
  for (const Gold& g : d.gold) {
    bool hit = false;
    for (size_t i = 0; i < pred.size() && !hit; ++i) {
      const TimeExpression& t = pred[i];
      if (used[i] || !Overlap(t.text.begin, t.text.end, g.begin, g.end)) {
        continue;
      }
      used[i] = hit = true;
      ++c->tp;
      c->exact += t.text.begin == g.begin && t.text.end == g.end;
      c->value_ok += t.value == g.value;
      c->type_ok += newsfuse::TimeTypeName(t.type) == g.type;
      if (debug) {
        std::printf("%s %s [%s] gold %s [%s]\n",
                    t.value == g.value ? "ok  " : "VAL ",
                    span(t.text.begin, t.text.end).c_str(), t.value.c_str(),
                    span(g.begin, g.end).c_str(), g.value.c_str());
      }
    }
    if (!hit && debug) {
      uint32_t b = g.begin > 40 ? g.begin - 40 : 0;
      std::string around =
          span(b, std::min<uint32_t>(g.end + 30, d.text.size()));
      std::replace(around.begin(), around.end(), '\n', '|');
      std::printf("MISS %s [%s %s] in: %s\n", span(g.begin, g.end).c_str(),
                  g.type.c_str(), g.value.c_str(), around.c_str());
    }
  }
  for (size_t i = 0; i < pred.size() && debug; ++i) {
    if (!used[i]) {
      std::printf("FP   %s [%s]\n",
                  span(pred[i].text.begin, pred[i].text.end).c_str(),
                  pred[i].value.c_str());
    }
  }
}

void ScoreFile(const fs::path& path, Counts* c) {
  Doc d = ReadDoc(path);
  Article a;
  a.path = "eval";
  a.original = d.text;
  a.body = d.text;
  a.body_map = newsfuse::OffsetMap::Identity(d.text.size());
  a.published = newsfuse::ParseTimestamp(d.dct);
  if (!newsfuse::ProcessArticle(a).ok()) return;
  std::vector<TimeExpression> pred = std::move(a.times);
  for (TimeExpression& t : pred) t.text = t.original;  // spans of d.text
  std::erase_if(pred, [&d](const TimeExpression& t) {
    return t.text.begin >= d.annotated_end;
  });
  Score(d, pred, c);
}

double Ratio(int a, int b) { return b == 0 ? 0 : static_cast<double>(a) / b; }

}  // namespace

int main(int argc, char** argv) {
  fs::path data = argc > 1 ? fs::path(argv[1])
                           : fs::path(NEWSFUSE_SOURCE_DIR) / "../shared/data";
  fs::path dir = data / "meantime-en/intra_cross-doc_annotation";
  if (!fs::exists(dir)) {
    std::printf("%s is absent: nothing to score\n", dir.c_str());
    return 0;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() == ".xml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  Counts c;
  for (const fs::path& f : files) ScoreFile(f, &c);
  double p = Ratio(c.tp, c.pred), r = Ratio(c.tp, c.gold);
  std::printf("MEANTIME English TIMEX3: %zu articles, anchor = DCT\n",
              files.size());
  std::printf(
      "  finding (overlap)  P %.3f  R %.3f  F1 %.3f   (tp %d, "
      "predicted %d, gold %d)\n",
      p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), c.tp, c.pred, c.gold);
  std::printf("  exact spans        %.3f of matched\n", Ratio(c.exact, c.tp));
  std::printf("  value accuracy     %.3f of matched (%d/%d)\n",
              Ratio(c.value_ok, c.tp), c.value_ok, c.tp);
  std::printf("  type accuracy      %.3f of matched\n", Ratio(c.type_ok, c.tp));
  return 0;
}

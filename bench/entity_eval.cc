// Scores entity mention detection on labelled news.
//
//   entity_eval [SHARED_DATA_DIR]   (default ../shared/data)
//
// MEANTIME (meantime-en/intra_cross-doc_annotation, CC BY 4.0): the text of
// each article is rebuilt from its tokens (title and date line as their own
// paragraphs, the body as one), run through ProcessArticle, and the
// mentions matched by character offsets in the rebuilt text. Gold: the named
// mentions (syntactic_type NAM), typed by the entity they refer to: PER ->
// PERSON, ORG -> ORG, LOC -> PLACE, PRO and FIN -> OTHER. Matching: a
// predicted and a gold mention match when their spans overlap (MEANTIME
// gives no heads, so this stands for head matching), one to one, in text
// order; "exact" requires equal spans. Descriptions, GROUP and EVENT
// mentions are left out (MEANTIME has no such named type). Annotators
// covered only the opening sentences of each article, so predictions after
// the last sentence holding any annotation (entity, event or time) are not
// scored.
//
// ECB+ (ecbplus-dev, CC BY 3.0): recall of the gold named mentions of
// people, organizations and places (entity_mentions_*.json, head POS PROPN,
// type HUM or LOC): within a document, a gold mention is found when a
// predicted name contains its head word (one to one by count per head).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bench/eval_files.h"
#include "newsfuse/article.h"
#include "newsfuse/pipeline.h"

namespace {

namespace fs = std::filesystem;
using newsfuse::Article;
using newsfuse::EntityMention;
using newsfuse::EntityType;
using newsfuse::bench::Attr;
using newsfuse::bench::ReadFile;
using newsfuse::bench::Unescape;

// Articles are processed as plain text; returns the mentions (original
// spans, which are spans of `text`).
std::vector<EntityMention> Detect(const std::string& text) {
  Article a;
  a.path = "eval";
  a.original = text;
  a.body = text;
  a.body_map = newsfuse::OffsetMap::Identity(text.size());
  if (!newsfuse::ProcessArticle(a).ok()) return {};
  std::vector<EntityMention> out;
  for (EntityMention& m : a.entities) {
    if (m.description || m.type == EntityType::kGroup ||
        m.type == EntityType::kEvent) {
      continue;
    }
    out.push_back(std::move(m));
  }
  return out;
}

struct Gold {
  uint32_t begin, end;
  EntityType type;
};

struct Counts {
  std::map<EntityType, int> tp, pred, gold;
  int tp_any = 0, tp_exact = 0, pred_all = 0, gold_all = 0;
};

bool Overlap(uint32_t b1, uint32_t e1, uint32_t b2, uint32_t e2) {
  return b1 < e2 && b2 < e1;
}

void Score(const std::vector<EntityMention>& pred,
           const std::vector<Gold>& gold, Counts* c) {
  std::vector<bool> used_typed(pred.size()), used_any(pred.size());
  for (const EntityMention& m : pred) ++c->pred[m.type];
  c->pred_all += static_cast<int>(pred.size());
  c->gold_all += static_cast<int>(gold.size());
  for (const Gold& g : gold) {
    ++c->gold[g.type];
    for (size_t i = 0; i < pred.size(); ++i) {
      const EntityMention& m = pred[i];
      if (used_typed[i] || m.type != g.type ||
          !Overlap(m.original.begin, m.original.end, g.begin, g.end)) {
        continue;
      }
      used_typed[i] = true;
      ++c->tp[g.type];
      break;
    }
    for (size_t i = 0; i < pred.size(); ++i) {
      const EntityMention& m = pred[i];
      if (used_any[i] ||
          !Overlap(m.original.begin, m.original.end, g.begin, g.end)) {
        continue;
      }
      used_any[i] = true;
      ++c->tp_any;
      c->tp_exact += m.original.begin == g.begin && m.original.end == g.end;
      break;
    }
  }
}

// Prints each prediction with its match, each missed gold mention.
void Debug(const std::string& text, const std::vector<EntityMention>& pred,
           const std::vector<Gold>& gold) {
  for (const EntityMention& m : pred) {
    const Gold* hit = nullptr;
    for (const Gold& g : gold) {
      if (!Overlap(m.original.begin, m.original.end, g.begin, g.end)) continue;
      if (hit == nullptr || g.type == m.type) hit = &g;
    }
    std::printf(
        "%s %s:%s%s\n", hit == nullptr ? "FP" : "ok",
        text.substr(m.original.begin, m.original.size()).c_str(),
        std::string(newsfuse::EntityTypeName(m.type)).c_str(),
        hit && hit->type != m.type
            ? (" gold " + std::string(newsfuse::EntityTypeName(hit->type)) +
               " " + text.substr(hit->begin, hit->end - hit->begin))
                  .c_str()
            : "");
  }
  for (const Gold& g : gold) {
    bool found = std::any_of(pred.begin(), pred.end(), [&g](const auto& m) {
      return Overlap(m.original.begin, m.original.end, g.begin, g.end);
    });
    if (!found) {
      std::printf("MISS %s:%s\n", text.substr(g.begin, g.end - g.begin).c_str(),
                  std::string(newsfuse::EntityTypeName(g.type)).c_str());
    }
  }
}

// One MEANTIME file: rebuilds the text and collects the gold mentions.
void MeantimeFile(const fs::path& path, Counts* c) {
  std::istringstream in(ReadFile(path));
  std::map<std::string, std::pair<uint32_t, uint32_t>> tok;  // t_id -> span
  std::map<std::string, std::vector<std::string>> anchors;   // m_id -> t_ids
  std::set<std::string> named;
  std::map<std::string, std::string> ent_type;             // m_id -> type
  std::map<std::string, std::vector<std::string>> refers;  // m_id -> m_ids
  std::map<std::string, std::string> sentence_of;          // t_id -> sentence
  std::map<std::string, uint32_t> sentence_end;            // sentence -> end
  std::string text, line, current, sentence = "0";
  uint32_t annotated_end = 0;
  std::vector<std::string> sources;
  bool quote_open = false, in_refers = false;
  while (std::getline(in, line)) {
    if (line.starts_with("<token ")) {
      std::string word = Unescape(line.substr(
          line.find('>') + 1, line.rfind("</") - line.find('>') - 1));
      std::string s = Attr(line, "sentence");
      bool no_space =
          text.empty() ||
          std::string(",.:;?!)]}%").find(word[0]) != std::string::npos ||
          word.starts_with("'") || word == "n't" || text.back() == '(' ||
          text.back() == '$' || (word == "\"" && quote_open) ||
          (text.back() == '"' && quote_open);
      if (word == "\"") quote_open = !quote_open;
      if (s != sentence && (sentence == "0" || sentence == "1")) {
        text += '\n';
      } else if (!no_space) {
        text += ' ';
      }
      sentence = s;
      std::string id = Attr(line, "t_id");
      tok[id] = {text.size(), text.size() + word.size()};
      sentence_of[id] = s;
      text += word;
      sentence_end[s] = text.size();
    } else if (line.starts_with("<ENTITY_MENTION ")) {
      current = Attr(line, "m_id");
      if (Attr(line, "syntactic_type") == "NAM") named.insert(current);
    } else if (line.starts_with("<token_anchor")) {
      std::string id = Attr(line, "t_id");
      annotated_end = std::max(annotated_end, sentence_end[sentence_of[id]]);
      if (!current.empty()) anchors[current].push_back(id);
    } else if (line.starts_with("</ENTITY_MENTION") || line.starts_with("</")) {
      current.clear();
    } else if (line.starts_with("<ENTITY ")) {
      // Several elements may share a line.
      for (size_t p = 0; (p = line.find("<ENTITY ", p)) != line.npos; ++p) {
        std::string e = line.substr(p, line.find("/>", p) - p);
        ent_type[Attr(e, "m_id")] = Attr(e, "ent_type");
      }
    } else if (line.starts_with("<REFERS_TO")) {
      in_refers = true;
      sources.clear();
    } else if (line.starts_with("<source ") && in_refers) {
      sources.push_back(Attr(line, "m_id"));
    } else if (line.starts_with("<target ") && in_refers) {
      for (const std::string& s : sources) {
        refers[s].push_back(Attr(line, "m_id"));
      }
    }
    if (line.starts_with("</REFERS_TO")) in_refers = false;
    if (line.starts_with("<ENTITY_MENTION ")) current = Attr(line, "m_id");
  }
  std::vector<Gold> gold;
  for (const std::string& m : named) {
    std::string t;
    for (const std::string& target : refers[m]) {
      if (t.empty()) t = ent_type[target];
    }
    if (t.empty() || anchors[m].empty()) continue;
    EntityType type = t == "PER"   ? EntityType::kPerson
                      : t == "ORG" ? EntityType::kOrg
                      : t == "LOC" ? EntityType::kPlace
                                   : EntityType::kOther;
    uint32_t b = UINT32_MAX, e = 0;
    for (const std::string& id : anchors[m]) {
      b = std::min(b, tok[id].first);
      e = std::max(e, tok[id].second);
    }
    gold.push_back({b, e, type});
  }
  std::sort(gold.begin(), gold.end(),
            [](const Gold& x, const Gold& y) { return x.begin < y.begin; });
  std::vector<EntityMention> pred = Detect(text);
  std::erase_if(pred, [annotated_end](const EntityMention& m) {
    return m.original.begin >= annotated_end;
  });
  if (std::getenv("ENTITY_EVAL_DEBUG") != nullptr) Debug(text, pred, gold);
  Score(pred, gold, c);
}

double Ratio(int a, int b) { return b == 0 ? 0 : static_cast<double>(a) / b; }

void PrintRow(const char* name, int tp, int pred, int gold) {
  double p = Ratio(tp, pred), r = Ratio(tp, gold);
  double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
  std::printf(
      "  %-8s P %.3f  R %.3f  F1 %.3f   (tp %d, predicted %d, gold "
      "%d)\n",
      name, p, r, f, tp, pred, gold);
}

void Meantime(const fs::path& dir) {
  Counts c;
  int files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() != ".xml") continue;
    MeantimeFile(e.path(), &c);
    ++files;
  }
  std::printf("MEANTIME English: %d articles, overlap matching\n", files);
  for (EntityType t : {EntityType::kPerson, EntityType::kOrg,
                       EntityType::kPlace, EntityType::kOther}) {
    PrintRow(std::string(newsfuse::EntityTypeName(t)).c_str(), c.tp[t],
             c.pred[t], c.gold[t]);
  }
  int tp = 0, pred = 0, gold = 0;
  for (EntityType t :
       {EntityType::kPerson, EntityType::kOrg, EntityType::kPlace}) {
    tp += c.tp[t], pred += c.pred[t], gold += c.gold[t];
  }
  PrintRow("PER+ORG+PLACE", tp, pred, gold);
  PrintRow("any type", c.tp_any, c.pred_all, c.gold_all);
  PrintRow("exact", c.tp_exact, c.pred_all, c.gold_all);
}

// ECB+ mention recall (see the file comment).
void Ecb(const fs::path& dir) {
  std::map<std::string, std::map<std::string, int>> gold;  // doc -> head
  std::map<std::string, fs::path> docs;
  int total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (e.path().extension() != ".json") continue;
    if (name.starts_with("event_mentions")) continue;
    if (!name.starts_with("entity_mentions")) {
      docs[e.path().stem().string()] = e.path();
      continue;
    }
    auto j = nlohmann::json::parse(ReadFile(e.path()), nullptr, false);
    if (!j.is_array()) continue;
    for (const auto& m : j) {
      std::string type = m.value("mention_type", "");
      if (m.value("mention_head_pos", "") != "PROPN" ||
          (type != "HUM" && type != "LOC")) {
        continue;
      }
      ++gold[m.value("doc_id", "")][m.value("mention_head", "")];
      ++total;
    }
  }
  int found = 0;
  for (const auto& [doc, heads] : gold) {
    auto d = docs.find(doc);
    if (d == docs.end()) continue;
    auto j = nlohmann::json::parse(ReadFile(d->second), nullptr, false);
    if (j.is_discarded()) continue;
    std::string text = j.value("title", "") + "\n" + j.value("text", "");
    std::map<std::string, int> have;
    for (const EntityMention& m : Detect(text)) {
      std::string s = text.substr(m.original.begin, m.original.size());
      for (const auto& [head, n] : heads) {
        if (s.find(head) != std::string::npos) ++have[head];
      }
    }
    for (const auto& [head, n] : heads) found += std::min(n, have[head]);
  }
  std::printf("ECB+ dev: named HUM/LOC mention recall %.3f (%d of %d)\n",
              Ratio(found, total), found, total);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path data = argc > 1 ? fs::path(argv[1])
                           : fs::path(NEWSFUSE_SOURCE_DIR) / "../shared/data";
  fs::path meantime = data / "meantime-en" / "intra_cross-doc_annotation";
  fs::path ecb = data / "ecbplus-dev";
  if (!fs::is_directory(meantime) && !fs::is_directory(ecb)) {
    std::fprintf(stderr, "entity_eval: no data under %s\n", data.c_str());
    return 1;
  }
  if (fs::is_directory(meantime)) Meantime(meantime);
  if (fs::is_directory(ecb)) Ecb(ecb);
  return 0;
}

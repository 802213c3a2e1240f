// Where the articles of one story disagree, as typed entries with every
// variant and the articles that print it:
//
//   number         the same counted thing ("prisoners") with intervals that
//                  cannot both hold ("1,000" vs "800"); a compatible
//                  refinement ("more than 270" vs "273") is no conflict; a
//                  distributive count beside a bare one ("1,000 each" vs
//                  "1,000") is reported as an ambiguity;
//   date           one event put on different days or times (the same
//                  fact, or the same event verb and name, with different
//                  weekdays or dates);
//   name           spelling variants of one entity (from the entity table);
//   quote          one utterance printed in other words (quote variants of
//                  kind wording or paraphrase);
//   single-source  a number only one outlet gives, in a fact no other
//                  outlet reports.
//
// Ownership: results copy what they show. Thread safety: pure functions.
// Errors: none.
#ifndef NEWSFUSE_DISCREPANCIES_H_
#define NEWSFUSE_DISCREPANCIES_H_

#include <string>
#include <vector>

namespace newsfuse {

struct StoryBrief;

struct DiscrepancyVariant {
  std::string text;   // as printed
  std::string value;  // normalized ("[1000, 1000] each", "Saturday", ...)
  std::vector<std::string> sources;  // article ids
};

struct Discrepancy {
  std::string id;     // "d1", "d2"...
  std::string kind;   // "number", "date", "name", "quote", "single-source"
  std::string about;  // what it concerns ("prisoners", "Volodymyr Zelensky")
  std::string note;   // "ambiguous: each vs total", "" if none
  std::vector<DiscrepancyVariant> variants;
};

// Needs the brief's articles, facts, entities and quotes (FuseStory fills
// those first).
std::vector<Discrepancy> FindDiscrepancies(const StoryBrief& brief);

}  // namespace newsfuse

#endif  // NEWSFUSE_DISCREPANCIES_H_

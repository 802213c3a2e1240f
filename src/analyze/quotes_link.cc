// LinkQuoteSpeakers: Quote::speaker_mention from Article::entities.
#include <string_view>

#include "newsfuse/analyze.h"

namespace newsfuse {
namespace {

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

std::string_view LastWord(std::string_view s) {
  size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// How well mention `m` names the speaker of `q`: 0 not at all; a person
// beats other types, a mention in the written speaker beats one elsewhere.
int Score(const Article& a, const Quote& q, const EntityMention& m) {
  std::string_view name = m.text.In(a.text);
  int score = 0;
  if (!q.speaker_text.empty() && Overlaps(m.text, q.speaker_text) &&
      q.speaker_text.In(a.text) == q.speaker) {
    score = 4;  // the speaker as written holds the mention
  } else if (!name.empty() && m.text.end <= q.text.begin &&
             q.speaker.find(name) != std::string::npos) {
    score = 2;  // a resolved pronoun: the name written earlier
  } else if (!name.empty() && m.text.end <= q.text.begin &&
             name.find(LastWord(q.speaker)) != std::string_view::npos) {
    score = 1;  // an earlier, fuller mention: "Donald Trump" for "Trump"
  }
  if (score > 0 && m.type == EntityType::kPerson) ++score;
  return score;
}

}  // namespace

void LinkQuoteSpeakers(Article& article) {
  for (Quote& q : article.quotes) {
    q.speaker_mention = -1;
    if (q.speaker.empty()) continue;
    int best = 0;
    for (size_t i = 0; i < article.entities.size(); ++i) {
      const EntityMention& m = article.entities[i];
      if (m.text.begin >= q.text.end + q.speaker.size() + 256) break;
      int s = Score(article, q, m);
      if (s > 0 && s >= best) {  // ties: the later mention
        best = s;
        q.speaker_mention = static_cast<int>(i);
      }
    }
  }
}

}  // namespace newsfuse

// Analyze: the stage over a cleaned Article.
#include "newsfuse/analyze.h"

#include <string_view>
#include <vector>

#include "analyze/stemmer.h"
#include "newsfuse/quantities.h"
#include "newsfuse/times.h"

namespace newsfuse {
namespace {

// Splits and tokenizes one paragraph, appending to the article's lists.
void AnalyzeParagraph(Article& a, uint32_t index) {
  const Paragraph& para = a.paragraphs[index];
  std::string_view text = para.text.In(a.text);
  for (Span s : SplitSentences(text)) {
    Sentence& sentence = a.sentences.emplace_back();
    sentence.text = {para.text.begin + s.begin, para.text.begin + s.end};
    sentence.original = a.text_map.ToOriginal(sentence.text);
    sentence.paragraph = index;
    sentence.first_token = static_cast<uint32_t>(a.tokens.size());
    Tokenize(s.In(text), sentence.text.begin, &a.tokens);
    sentence.token_count =
        static_cast<uint32_t>(a.tokens.size()) - sentence.first_token;
  }
}

// Fills original spans, stems and stop flags of tokens [from, end).
void FinishTokens(Article& a, size_t from) {
  analyze_internal::ThreadStemmer* stemmer =
      analyze_internal::ThreadStemmer::For(
          analyze_internal::SnowballAlgorithm(a.language));
  for (size_t i = from; i < a.tokens.size(); ++i) {
    Token& t = a.tokens[i];
    t.original = a.text_map.ToOriginal(t.text);
    if (t.kind == TokenKind::kWord) {
      analyze_internal::StemWith(stemmer, t.norm, &t.stem);
      t.stop = IsStopWord(t.norm);
    } else {
      t.stem = t.norm;
    }
  }
}

}  // namespace

void Analyze(Article& article) {
  article.sentences.clear();
  article.tokens.clear();
  article.sentences.reserve(article.text.size() / 120 + 1);
  // About one token per 5.5 bytes of news text, up to one per 4.5: room for
  // the dense articles too, so that the list never doubles (and briefly
  // holds both copies) while growing.
  article.tokens.reserve(article.text.size() * 2 / 9 + 16);
  for (uint32_t i = 0; i < article.paragraphs.size(); ++i) {
    AnalyzeParagraph(article, i);
  }
  FinishTokens(article, 0);
  FindEntities(article);
  FindQuotes(article);
  FindQuantities(article);
  LinkQuoteSpeakers(article);  // last: after entities and quotes
  FindTimes(article);
}

}  // namespace newsfuse

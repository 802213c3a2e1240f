// Analyze: the stage over a cleaned Article.
#include "newsfuse/analyze.h"

#include <cstdint>
#include <string_view>
#include <vector>

#include "analyze/quantity_scan.h"
#include "analyze/stemmer.h"
#include "analyze/stop_words.h"
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
    Tokenize(s.In(text), sentence.text.begin, &a.tokens, a.token_chars.get());
    sentence.token_count =
        static_cast<uint32_t>(a.tokens.size()) - sentence.first_token;
  }
}

// Fills original spans, stems, stop and numeric flags of the tokens. Each
// word is hashed once, for the stop words and the stem cache. (Keeping the
// hashes for FindEntities too would save it hashing the words again, but
// the extra buffer, reallocated here rather than there, raised bench's
// peak RSS by about 100 KB.)
void FinishTokens(Article& a) {
  analyze_internal::ThreadStemmer* stemmer =
      analyze_internal::ThreadStemmer::For(
          analyze_internal::SnowballAlgorithm(a.language));
  size_t cursor = 0;  // tokens come in text order
  for (Token& t : a.tokens) {
    t.original = a.text_map.ToOriginal(t.text, &cursor);
    t.stem = t.norm;
    if (t.kind == TokenKind::kWord) {
      uint64_t hash = analyze_internal::HashWord(t.norm);
      t.stop = analyze_internal::IsStopWord(t.norm, hash);
      // Most stems are the word or a prefix of it, and take no bytes. The
      // stem cache returns those as views of the word itself: no compare.
      std::string_view stem =
          stemmer == nullptr ? t.norm : stemmer->Stem(t.norm, hash);
      if ((stem.data() == t.norm.data() && stem.size() <= t.norm.size()) ||
          t.norm.starts_with(stem)) {
        t.stem = t.norm.substr(0, stem.size());
      } else {
        t.stem = a.token_chars->Add(stem);
      }
    }
    t.numeric = analyze_internal::IsNumericToken(t);
  }
}

}  // namespace

void Analyze(Article& article, const AnalyzeOptions& options) {
  article.sentences.clear();
  article.tokens.clear();
  article.sentences.reserve(article.text.size() / 120 + 1);
  // About one token per 5.5 bytes of news text, up to one per 4.5: room for
  // the dense articles too, so that the list never doubles (and briefly
  // holds both copies) while growing.
  article.tokens.reserve(article.text.size() * 2 / 9 + 16);
  // Norms take the text's size, and the few stems that are not a prefix of
  // their word a little more.
  article.token_chars =
      std::make_shared<TokenChars>(article.text.size() + article.text.size() / 8 + 64);
  for (uint32_t i = 0; i < article.paragraphs.size(); ++i) {
    AnalyzeParagraph(article, i);
  }
  FinishTokens(article);
  FindEntities(article);
  FindQuotes(article);
  LinkQuoteSpeakers(article);  // after entities and quotes
  article.quantities.clear();
  article.times.clear();
  if (options.times_and_quantities) {
    FindQuantities(article);
    FindTimes(article);
  }
}

}  // namespace newsfuse

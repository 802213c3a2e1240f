// FindQuantities and ParseQuantity over the scanner (quantity_scan.h).
#include "newsfuse/quantities.h"

#include <string>
#include <string_view>
#include <vector>

#include "analyze/quantity_scan.h"
#include "newsfuse/analyze.h"

namespace newsfuse {

void FindQuantities(Article& article) {
  article.quantities.clear();
  for (uint32_t i = 0; i < article.sentences.size(); ++i) {
    const Sentence& sentence = article.sentences[i];
    if (sentence.token_count == 0) continue;
    analyze_internal::SentenceView view{
        article.text, article.tokens.data() + sentence.first_token,
        sentence.token_count};
    size_t from = article.quantities.size();
    analyze_internal::ScanSentence(view, &article.quantities);
    for (size_t q = from; q < article.quantities.size(); ++q) {
      Quantity& quantity = article.quantities[q];
      quantity.sentence = i;
      quantity.original = article.text_map.ToOriginal(quantity.text);
    }
  }
}

Result<Quantity> ParseQuantity(std::string_view phrase) {
  std::vector<Token> tokens;
  TokenChars chars(phrase.size());
  Tokenize(phrase, 0, &tokens, &chars);
  for (Token& t : tokens) {
    if (t.kind == TokenKind::kWord) t.stop = IsStopWord(t.norm);
    t.numeric = analyze_internal::IsNumericToken(t);
  }
  std::vector<Quantity> found;
  analyze_internal::ScanSentence({phrase, tokens.data(), tokens.size()},
                                 &found);
  if (found.empty()) {
    return Status::InvalidArgument("no quantity in \"" + std::string(phrase) +
                                   "\"");
  }
  found[0].original = found[0].text;
  return found[0];
}

}  // namespace newsfuse

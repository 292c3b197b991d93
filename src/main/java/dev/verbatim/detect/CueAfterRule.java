package dev.verbatim.detect;

import dev.verbatim.DetectionRule;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;

/**
 * A quotation with a reporting verb and its speaker after the closing mark, in the same sentence
 * ("“...,” said Lopez", "“...,” she said, “...”") or in a short attribution sentence right after it
 * in the same paragraph ("“...” Lopez said."). Stateless; thread-safe.
 */
final class CueAfterRule implements QuotationRule {
  private final MentionBuilder mentions;

  CueAfterRule(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  @Override
  public DetectionRule id() {
    return DetectionRule.ADJACENT_CUE_AFTER;
  }

  @Override
  public Statement find(AnalyzedText doc, DocumentQuotes quotes, int q) {
    QuotedSpan quote = quotes.outer().get(q);
    int afterClose = doc.tokenAtOrAfter(quote.outer().end());
    // Words after the closing mark, in the same sentence, up to the next quotation.
    if (afterClose < doc.tokens().size() && quote.closed()) {
      Sentence s = doc.sentenceOf(doc.token(Math.max(0, afterClose - 1)));
      if (doc.token(afterClose).sentence() == s.index()) {
        return AdjacentCues.cueIn(doc, quotes, mentions, quote, afterClose, s.endToken(), "adjacent-cue-after", id());
      } else if (doc.token(afterClose).sentence() == s.index() + 1) {
        Sentence next = doc.sentences().get(s.index() + 1);
        if (next.paragraph() == s.paragraph() && next.size() <= 14) {
          return AdjacentCues.cueIn(doc, quotes, mentions, quote, next.firstToken(), next.endToken(),
              "adjacent-cue-after", id());
        }
      }
    }
    return null;
  }
}

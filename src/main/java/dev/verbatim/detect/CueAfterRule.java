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
  public Detected find(AnalyzedText doc, DocumentQuotes quotes, int q) {
    QuotedSpan quote = quotes.outer().get(q);
    if (partOfAPhrase(doc, quote)) {
      return null;
    }
    int afterClose = doc.tokenAtOrAfter(quote.outer().end());
    // Words after the closing mark, in the same sentence, up to the next quotation.
    if (afterClose < doc.tokens().size() && quote.closed()) {
      Sentence s = doc.sentenceOf(doc.token(Math.max(0, afterClose - 1)));
      if (doc.token(afterClose).sentence() == s.index()) {
        return AdjacentCues.cueIn(doc, quotes, mentions, quote, afterClose, s.endToken(), AttributionRule.ADJACENT_CUE_AFTER, id());
      } else if (doc.token(afterClose).sentence() == s.index() + 1) {
        Sentence next = doc.sentences().get(s.index() + 1);
        if (next.paragraph() == s.paragraph() && next.size() <= 14) {
          return AdjacentCues.cueIn(doc, quotes, mentions, quote, next.firstToken(), next.endToken(),
              AttributionRule.ADJACENT_CUE_AFTER, id());
        }
      }
    }
    return null;
  }

  /**
   * A quotation of at most four words inside a noun phrase, not speech: after an article, possessive, preposition, noun
   * or adjective of its own sentence, with no punctuation of its own at the end ("His “retirement”
   * was announced", "known as “the Ghost” for his late finishes", "so-called “gray market”
   * batteries", "the tour company “Barguzin-Tour”, which ...").
   */
  static boolean partOfAPhrase(AnalyzedText doc, QuotedSpan quote) {
    String content = quote.content().in(doc.text()).strip();
    if (content.isEmpty() || ".,!?;:\u2014\u2013-\u2026".indexOf(content.charAt(content.length() - 1)) >= 0
        || DirectQuoteFinder.SPACES.split(content).length > 4) {
      return false;   // a longer fragment after "as" or "of" is more often what someone was quoted as saying
    }
    int open = doc.tokenAtOrAfter(quote.outer().start());
    int before = open - 1;
    if (before < 0 || open >= doc.tokens().size() || doc.token(before).sentence() != doc.token(open).sentence()) {
      return false;
    }
    String pos = doc.token(before).pos();
    return pos.equals("DT") || pos.equals("PRP$") || pos.equals("IN") || pos.startsWith("NN") || pos.startsWith("JJ")
        || pos.equals("POS") || pos.equals("VBN") || pos.equals("HYPH");
  }
}

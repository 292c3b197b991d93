package dev.verbatim.detect;

import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;

/**
 * "Finance minister: ‘We will not raise taxes’", "Lopez: “I am staying”": a headline or label of at
 * most five words, no verb among them, naming the speaker before a colon that opens its sentence
 * (not a topic: "On Coyle: “...”"). Stateless; thread-safe.
 */
final class SpeakerLabelRule implements QuotationRule {
  private final MentionBuilder mentions;

  SpeakerLabelRule(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  @Override
  public DetectionRule id() {
    return DetectionRule.SPEAKER_LABEL;
  }

  @Override
  public Detected find(AnalyzedText doc, DocumentQuotes quotes, int q) {
    QuotedSpan quote = quotes.outer().get(q);
    int openToken = doc.tokenAtOrAfter(quote.open());
    int colon = openToken - 1;
    if (colon < 1 || openToken >= doc.tokens().size() || !doc.token(colon).text().equals(":")) {
      return null;
    }
    int first = doc.sentenceOf(doc.token(colon)).firstToken();
    if (colon - first < 1 || colon - first > 5) {
      return null;
    }
    for (int i = first; i < colon; i++) {
      Token t = doc.token(i);
      if (quotes.inQuote(i) || t.isVerb() || t.isPunctuation() && !t.text().equals("'s")) {
        return null;
      }
    }
    if (DirectQuoteFinder.isTopicLabel(doc, first, colon)) {
      return null;
    }
    if (mentions.build(doc, colon - 1) == null || !doc.token(colon - 1).isNoun()) {
      return null;
    }
    Statement st = new Statement(quote.content(), QuoteType.DIRECT, quote, id(), colon, null, ":");
    return Detected.attributed(st, colon - 1, AttributionRule.SPEAKER_LABEL);
  }
}

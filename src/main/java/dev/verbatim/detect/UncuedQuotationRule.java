package dev.verbatim.detect;

import static dev.verbatim.detect.DirectQuoteFinder.SPACES;
import static dev.verbatim.detect.DirectQuoteFinder.TITLE_CUES;
import static dev.verbatim.detect.DirectQuoteFinder.titleCase;

import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.nlp.AnalyzedText;
import java.util.Locale;

/**
 * A quotation without a cue is a statement when it reads like speech: a sentence or more (it ends
 * with sentence punctuation, or stands at the start of its sentence with several words), and not a
 * title, nickname or scare quote. Its speaker is left to attribution. Stateless; thread-safe.
 */
final class UncuedQuotationRule implements QuotationRule {
  @Override
  public DetectionRule id() {
    return DetectionRule.UNCUED_QUOTATION;
  }

  @Override
  public Detected find(AnalyzedText doc, DocumentQuotes quotes, int q) {
    QuotedSpan quote = quotes.outer().get(q);
    return readsLikeSpeech(doc, quote)
        ? Detected.unattributed(new Statement(quote.content(), QuoteType.DIRECT, quote, id())) : null;
  }

  /**
   * Whether an uncued quotation reads like speech: a sentence or more (ends with sentence
   * punctuation, or stands at the start of its sentence with several words), and is not a title,
   * nickname or scare quote.
   */
  private static boolean readsLikeSpeech(AnalyzedText doc, QuotedSpan quote) {
    String content = quote.content().in(doc.text());
    String[] words = SPACES.split(content.trim());
    int before = doc.tokenAtOrAfter(quote.open()) - 1;
    int word = before >= 1 && doc.token(before).text().equals(",") ? before - 1 : before;
    if (word >= 0 && doc.token(word).sentence() == doc.token(before + 1).sentence()
        && TITLE_CUES.contains(doc.token(word).text().toLowerCase(Locale.ROOT))) {
      return false;   // "its opening line, “...”", "the slogan “...”"
    }
    char last = content.charAt(content.length() - 1);
    boolean startsSentence = before < 0 || doc.token(before).sentence() != doc.token(before + 1).sentence()
        || doc.token(before).text().equals(":");
    if (words.length < 3) {
      // "“It's ridiculous.”", "“No!”": a short sentence of its own, capitalised and ended.
      return startsSentence && Character.isUpperCase(content.codePointAt(0))
          && (last == '.' || last == '!' || last == '?' || last == '…') && !content.endsWith("..");
    }
    if (titleCase(words)) {
      return false;
    }
    boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '…' || last == ','
        || last == ':' || last == ';' || last == '-' || last == '—';
    return (sentenceEnd && (startsSentence || words.length >= 5)) || (startsSentence && words.length >= 6 && !quote.closed());
  }
}

package dev.verbatim.detect;

import static dev.verbatim.detect.DirectQuoteFinder.SPACES;
import static dev.verbatim.detect.DirectQuoteFinder.TITLE_CUES;
import static dev.verbatim.detect.DirectQuoteFinder.titleCase;

import dev.verbatim.DetectionRule;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * A quotation with a reporting verb and its speaker before the opening mark, in its sentence, back
 * to the previous quotation: "Lopez said: “...”". Not when the words before the mark make the
 * quotation part of a phrase ("the so-called “...”") or a title after a verb. Stateless;
 * thread-safe.
 */
final class CueBeforeRule implements QuotationRule {
  private final MentionBuilder mentions;

  CueBeforeRule(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  @Override
  public DetectionRule id() {
    return DetectionRule.ADJACENT_CUE_BEFORE;
  }

  /**
   * Where the last reporting verb among tokens [from, to) that has a subject of its own in that
   * range begins, with its subject ("Mr Colbeck had written"); -1 when there is none or it is the
   * only one.
   */
  private int nearestCueWithSubject(AnalyzedText doc, int from, int to) {
    int verbs = 0;
    int found = -1;
    for (int i = to - 1; i >= from; i--) {
      Token t = doc.token(i);
      if (!t.isVerb() || !CueLexicon.isReportingVerb(t.lemma())) {
        continue;
      }
      verbs++;
      int subject = Trees.subjectOf(doc, i);
      if (found < 0 && subject >= from && subject < i && mentions.build(doc, subject) != null) {
        found = subject;
      }
    }
    return verbs > 1 ? found : -1;
  }

  @Override
  public Detected find(AnalyzedText doc, DocumentQuotes quotes, int q) {
    QuotedSpan quote = quotes.outer().get(q);
    int openToken = doc.tokenAtOrAfter(quote.open());
    if (openToken < doc.tokens().size()) {
      Sentence s = doc.sentenceOf(doc.token(openToken));
      int from = s.firstToken();
      for (int i = openToken - 1; i >= s.firstToken(); i--) {
        if (quotes.inQuote(i)) {
          from = i + 1;
          break;
        }
      }
      if (from < openToken && !insidePhrase(doc, openToken - 1) && !titleAfterVerb(doc, quote, openToken)) {
        int nearest = nearestCueWithSubject(doc, from, openToken);
        if (nearest > from) {
          // "Mr Radcliffe then showed the jury an email in which Mr Colbeck had written to a
          // colleague: “...”": the cue nearest the quotation, with a speaker of its own, is its cue.
          Detected d = AdjacentCues.cueIn(doc, quotes, mentions, quote, nearest, openToken,
              AttributionRule.ADJACENT_CUE_BEFORE, id());
          if (d != null) {
            return d;
          }
        }
        return AdjacentCues.cueIn(doc, quotes, mentions, quote, from, openToken, AttributionRule.ADJACENT_CUE_BEFORE, id());
      }
    }
    return null;
  }

  /**
   * "wrote a natural history of the moor, “Curlews and Cotton Grass”, in 2009": a quotation of
   * two to six words in title case, without end punctuation, after words other than a colon, is
   * the title of a work, not the verb's words.
   */
  private static boolean titleAfterVerb(AnalyzedText doc, QuotedSpan quote, int openToken) {
    String[] words = SPACES.split(quote.content().in(doc.text()).trim());
    return words.length >= 2 && titleCase(words) && openToken > 0
        && !doc.token(openToken - 1).text().equals(":");
  }

  /**
   * Whether the word before an opening mark makes the quotation part of a phrase rather than the
   * cue's words: "in so-called “administration fees”", "the “fiscal anchor”", "dubbed “...”".
   */
  private static boolean insidePhrase(AnalyzedText doc, int before) {
    Token t = doc.token(before);
    String w = t.text().toLowerCase(Locale.ROOT);
    if (w.equals("that") || w.equals(":") || w.equals(",")) {
      return false;
    }
    return TITLE_CUES.contains(w) || t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS")
        || t.pos().startsWith("JJ") || w.equals("as") || w.equals("of") || w.equals("in");
  }
}

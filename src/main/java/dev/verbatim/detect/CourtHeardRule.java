package dev.verbatim.detect;

import static dev.verbatim.detect.Clauses.cutBeforeNextCue;
import static dev.verbatim.detect.Clauses.extendToSentenceEnd;
import static dev.verbatim.detect.Clauses.trim;
import static dev.verbatim.detect.Trees.hasChild;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * "The court heard that Dalby borrowed a harness ...": what a court, jury or inquest heard was said
 * by someone the sentence does not name, in a trial report the counsel whose statements surround
 * it. The statement takes its speaker from its neighbours, as an unattributed quotation does.
 * Stateless; thread-safe.
 */
final class CourtHeardRule implements SpeechRule {
  /** Who hears evidence: "the court heard that ...". */
  private static final ImmutableSet<String> HEARING_BODIES = ImmutableSet.of(
      "court", "jury", "tribunal", "inquest", "hearing", "inquiry", "panel", "committee", "judge");

  static final DetectionRule ID = DetectionRule.COURT_HEARD;

  @Override
  public boolean triggers(AnalyzedText doc, Sentence s, Token t) {
    return t.lemma().equals("hear") && t.isVerb();
  }

  @Override
  public Detected find(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    int subject = -1;
    int comp = -1;
    for (int c : doc.children(verb.index())) {
      Token ct = doc.token(c);
      if (ct.relation().equals("nsubj") && HEARING_BODIES.contains(ct.lemma().toLowerCase(Locale.ROOT))) {
        subject = c;
      } else if (ct.relationIs("ccomp") && c > verb.index() && hasChild(doc, c, "mark", "that")) {
        comp = c;
      }
    }
    if (subject < 0 || comp < 0 || quotes.inQuote(verb.index())) {
      return null;
    }
    int[] range = doc.subtreeRange(comp);
    range[1] = extendToSentenceEnd(doc, s, range[1], verb.index());
    range[1] = cutBeforeNextCue(doc, verb.index(), range[0], range[1], quotes);
    Span span = trim(doc, range[0], range[1]);
    if (span == null) {
      return null;
    }
    Statement st = new Statement(span, QuoteType.INDIRECT, null, ID, verb.index(),
        Span.of(doc.token(doc.subtreeRange(subject)[0]).begin(), verb.end()), verb.lemma());
    // "The court heard that ...": no speaker here; the statement takes its neighbour's.
    return new Detected(st, -1, AttributionRule.UNATTRIBUTED, true);
  }
}

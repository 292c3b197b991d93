package dev.verbatim.detect;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * A statement about the thing a relative clause describes, with the thing itself as the gap:
 * "a rule the agency says could prevent hundreds of fires", "the job cuts, which Halden said would
 * be achieved through voluntary redundancy, ...". The reporting verb is followed at once by a modal
 * or an auxiliary (which never happens when it has a subject-bearing complement), and its speaker
 * stands right before it. The statement runs from that auxiliary to the comma that closes the
 * relative clause, or to the end of the sentence. Read from the words: the parser seldom gets
 * this shape right. Stateless; thread-safe.
 */
final class RelativeGapRule implements SpeechRule {
  /** Auxiliaries that open the gapped clause's predicate. */
  private static final ImmutableSet<String> AUXILIARIES = ImmutableSet.of(
      "would", "could", "will", "can", "might", "may", "should", "must", "had", "has", "have", "was", "were",
      "is", "are");

  private final MentionBuilder mentions;

  RelativeGapRule(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  @Override
  public boolean triggers(AnalyzedText doc, Sentence s, Token t) {
    int next = t.index() + 1;
    return t.isVerb() && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))
        && CueLexicon.isReportingVerb(t.lemma()) && next < s.endToken()
        && AUXILIARIES.contains(doc.token(next).text().toLowerCase(Locale.ROOT))
        && t.index() - 1 > s.firstToken();
  }

  @Override
  public boolean exclusive() {
    return false;
  }

  @Override
  public Detected find(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    int subject = verb.index() - 1;
    Token st = doc.token(subject);
    if (quotes.inQuote(subject) || !(st.isNoun() || st.pos().equals("PRP")) || mentions.build(doc, subject) == null) {
      return null;
    }
    // The speaker's phrase must follow the thing described: a noun, or "that"/"which" after one.
    int first = subject;
    if (!st.pos().equals("PRP")) {
      while (first - 1 > s.firstToken()) {
        String pos = doc.token(first - 1).pos();
        if (pos.equals("DT") || pos.equals("PRP$")) {
          first--;
          break;
        }
        if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS"))) {
          break;
        }
        first--;
      }
    }
    int before = first - 1;
    if (before < s.firstToken()) {
      return null;
    }
    Token b = doc.token(before);
    String bw = b.text().toLowerCase(Locale.ROOT);
    boolean relative = bw.equals("which") || bw.equals("that") || bw.equals("who");
    if (!relative && !b.isNoun()) {
      return null;
    }
    int start = verb.index() + 1;
    int end = s.endToken() - 1;
    for (int i = start; i < s.endToken(); i++) {
      if (!quotes.inQuote(i) && doc.token(i).text().equals(",") && !inList(doc, s, i)) {
        end = i - 1;
        break;
      }
    }
    dev.verbatim.Span span = Clauses.trim(doc, start, end);
    if (span == null) {
      return null;
    }
    Statement statement = new Statement(span, QuoteType.INDIRECT, null, DetectionRule.SURFACE_COMPLEMENT,
        verb.index(), null, verb.lemma());
    return Detected.attributed(statement, subject, AttributionRule.CUE_SUBJECT);
  }

  /**
   * Whether a comma separates the items of a list of nouns ("piles of unsold tents, rain shells
   * and coolers"): after it, only words of noun phrases and commas up to an "and" or "or".
   */
  private static boolean inList(AnalyzedText doc, Sentence s, int comma) {
    for (int j = comma + 1; j < s.endToken() && j <= comma + 8; j++) {
      Token t = doc.token(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals("and") || w.equals("or")) {
        return j > comma + 1 && j + 1 < s.endToken() && (doc.token(j + 1).isNoun() || doc.token(j + 1).pos().startsWith("JJ")
            || doc.token(j + 1).pos().equals("DT"));
      }
      if (!(t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("CD") || w.equals(","))) {
        return false;
      }
    }
    return false;
  }
}

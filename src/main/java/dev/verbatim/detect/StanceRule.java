package dev.verbatim.detect;

import static dev.verbatim.detect.Clauses.cutBeforeNextCue;
import static dev.verbatim.detect.Clauses.indirect;
import static dev.verbatim.detect.Clauses.trim;
import static dev.verbatim.detect.Trees.subjectOf;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.Span;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * Stances with a that-clause, read from the words: a stance expressed ("The Commission expressed
 * concern that ...", "voiced doubts that ...": {@link DetectionRule#STANCE}) or a stance adjective
 * after a copula ("Varga is convinced that ...": {@link DetectionRule#STANCE_ADJECTIVE}).
 * Stateless; thread-safe.
 */
final class StanceRule implements SpeechRule {
  /** Subjects that name no one in particular. */
  private static final ImmutableSet<String> NOBODY_IN_PARTICULAR = ImmutableSet.of(
      "everyone", "everybody", "anyone", "anybody", "nobody", "no-one");

  /** "expressed concern that ...", "voiced doubts that ...". */
  private static final ImmutableSet<String> STANCE_VERBS = ImmutableSet.of("express", "voice", "share");

  /** The nouns those verbs take before "that". */
  private static final ImmutableSet<String> STANCE_NOUNS = ImmutableSet.of(
      "concern", "hope", "doubt", "fear", "confidence", "regret", "optimism", "belief", "conviction",
      "worry", "frustration", "dismay", "scepticism", "skepticism", "certainty", "view", "opinion");

  static final DetectionRule NOUN_ID = DetectionRule.STANCE;

  static final DetectionRule ADJECTIVE_ID = DetectionRule.STANCE_ADJECTIVE;

  private final MentionBuilder mentions;

  StanceRule(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  @Override
  public boolean triggers(AnalyzedText doc, Sentence s, Token t) {
    return STANCE_VERBS.contains(t.lemma()) && t.isVerb()
        || CueLexicon.STANCE_ADJECTIVES.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * Stances with a that-clause, read from the words: "The Commission expressed concern that ...",
   * "Varga is convinced that ...". The speaker is the subject (from the tree when there is one,
   * else the nearest name before); the statement runs from after "that".
   */
  @Override
  public Detected find(AnalyzedText doc, Sentence s, Token t, DocumentQuotes quotes) {
    int i = t.index() + 1;
    boolean verbOfStance = STANCE_VERBS.contains(t.lemma());
    if (verbOfStance) {
      // express [one's / deep / serious] concern that
      while (i < s.endToken() && i <= t.index() + 3 && !STANCE_NOUNS.contains(doc.token(i).lemma())) {
        i++;
      }
      if (i >= s.endToken() || i > t.index() + 3) {
        return null;
      }
      i++;
    } else {
      // is convinced that: a form of "be" (or "remain", "seem") right before
      String before = t.index() > s.firstToken() ? doc.token(t.index() - 1).lemma() : "";
      String before2 = t.index() - 1 > s.firstToken() ? doc.token(t.index() - 2).lemma() : "";
      boolean copula = before.equals("be") || before.equals("remain") || before.equals("seem")
          || before.equals("feel") || (before.equals("very") || before.equals("not") || before.equals("also")
              || before.equals("still") || before.equals("fully"))
              && (before2.equals("be") || before2.equals("remain"));
      if (!copula) {
        return null;
      }
    }
    if (i >= s.endToken() || !doc.token(i).text().equalsIgnoreCase("that") || i + 1 >= s.endToken()) {
      return null;
    }
    int subject = subjectOf(doc, t.index());
    if (subject >= 0 && NOBODY_IN_PARTICULAR.contains(doc.token(subject).text().toLowerCase(java.util.Locale.ROOT))) {
      return null;   // "Not everyone is persuaded that ...": the reporter's summary, no one's stance
    }
    SpeakerMention m = subject < 0 || quotes.inQuote(subject) ? null : mentions.build(doc, subject);
    boolean surface = false;
    if (m == null) {
      int copulaAt = verbOfStance ? t.index() : t.index() - 1;
      while (copulaAt > s.firstToken() && !doc.token(copulaAt).isVerb()) {
        copulaAt--;
      }
      subject = SurfaceSubject.nearestNameBefore(doc, s, copulaAt, quotes);
      m = subject < 0 ? null : mentions.build(doc, subject);
      surface = true;
    }
    if (m == null || NOBODY_IN_PARTICULAR.contains(doc.token(subject).text().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    int end = cutBeforeNextCue(doc, t.index(), i + 1, s.endToken() - 1, quotes);
    Span span = trim(doc, i + 1, end);
    if (span == null) {
      return null;
    }
    return indirect(span, t, subject, surface ? AttributionRule.SURFACE_SUBJECT : AttributionRule.CUE_SUBJECT,
        verbOfStance ? NOUN_ID : ADJECTIVE_ID);
  }
}

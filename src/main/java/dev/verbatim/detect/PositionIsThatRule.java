package dev.verbatim.detect;

import static dev.verbatim.detect.Clauses.cutBeforeNextCue;
import static dev.verbatim.detect.Clauses.indirect;
import static dev.verbatim.detect.Clauses.trim;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.Span;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;

/**
 * "His ministry's position is that ...", "Her view is that ...": the owner of the position said what
 * follows "that". Stateless; thread-safe.
 */
final class PositionIsThatRule implements SpeechRule {
  /** "His ministry's position is that ...", "Her view is that ...". */
  private static final ImmutableSet<String> POSITION_NOUNS = ImmutableSet.of(
      "position", "view", "belief", "argument", "assessment", "opinion", "conclusion", "stance",
      "message", "point", "contention", "perspective", "understanding", "fear", "hope", "concern");

  static final DetectionRule ID = DetectionRule.POSITION_IS_THAT;

  private final MentionBuilder mentions;

  PositionIsThatRule(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  @Override
  public boolean triggers(AnalyzedText doc, Sentence s, Token t) {
    return t.isNoun() && POSITION_NOUNS.contains(t.lemma()) && t.index() + 2 < s.endToken()
        && doc.token(t.index() + 1).lemma().equals("be") && doc.token(t.index() + 2).text().equalsIgnoreCase("that");
  }

  /** "His ministry's position is that ...": the owner of the position said what follows "that". */
  @Override
  public Detected find(AnalyzedText doc, Sentence s, Token noun, DocumentQuotes quotes) {
    int owner = -1;
    for (int i = noun.index() - 1; i >= s.firstToken() && i >= noun.index() - 6; i--) {
      Token t = doc.token(i);
      if (t.pos().equals("PRP$")) {
        owner = i;
        break;
      }
      if (t.pos().equals("POS") && i > s.firstToken()) {
        owner = i - 1;
        break;
      }
      if (t.isVerb() || t.text().equals(",")) {
        break;
      }
    }
    if (owner < 0 || quotes.inQuote(owner) || mentions.build(doc, owner) == null) {
      return null;
    }
    int from = noun.index() + 3;
    int end = cutBeforeNextCue(doc, noun.index(), from, s.endToken() - 1, quotes);
    Span span = trim(doc, from, end);
    if (span == null) {
      return null;
    }
    return indirect(span, noun, owner, AttributionRule.VIEW_NOUN, ID);
  }
}

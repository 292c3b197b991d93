package dev.verbatim.detect;

import static dev.verbatim.detect.Clauses.indirect;
import static dev.verbatim.detect.Clauses.largerSide;

import dev.verbatim.DetectionRule;
import dev.verbatim.Span;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * A view noun with an owner, in a phrase beside the statement: "from X's perspective, ...", "in X's
 * view, ...", "in the opinion of X, ...". The statement is the larger side of the sentence around
 * the phrase. Stateless; thread-safe.
 */
final class ViewNounRule implements SpeechRule {
  static final DetectionRule ID = DetectionRule.VIEW_NOUN;

  private final MentionBuilder mentions;

  ViewNounRule(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  @Override
  public boolean triggers(AnalyzedText doc, Sentence s, Token t) {
    return t.isNoun() && CueLexicon.VIEW_NOUNS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  @Override
  public Detected find(AnalyzedText doc, Sentence s, Token noun, DocumentQuotes quotes) {
    int possessor = -1;
    boolean hasCase = false;
    for (int c : doc.children(noun.index())) {
      Token ct = doc.token(c);
      if (ct.relationIs("nmod:poss")) {
        possessor = c;
      } else if (ct.relation().equals("case")) {
        String w = ct.text().toLowerCase(Locale.ROOT);
        hasCase = w.equals("from") || w.equals("in") || w.equals("by");
      }
    }
    if (possessor < 0 && hasCase) {
      // "In the opinion of Pavel Zhuravsky, ...": the owner after "of".
      for (int c : doc.children(noun.index())) {
        if (c > noun.index() && doc.token(c).relationIs("nmod") && doc.hasCaseChild(c, "of")
            && mentions.build(doc, c) != null) {
          possessor = c;
        }
      }
    }
    if (possessor < 0 || !hasCase || !(noun.relationIs("obl") || noun.relationIs("nmod"))) {
      return null;
    }
    if (mentions.build(doc, possessor) == null) {
      return null;
    }
    // "Sorokin was sharper in his assessment": the sentence describes the person, not a view.
    if (noun.head() >= 0) {
      for (int c : doc.children(noun.head())) {
        Token ct = doc.token(c);
        if (ct.relationIs("nsubj") && (ct.ner().equals("PERSON") || ct.pos().equals("PRP"))
            && c < noun.index()) {
          return null;   // (fronted, "In her opinion, Kalinin is too optimistic", it is a view)
        }
      }
    }
    int[] xr = doc.subtreeRange(noun.index());
    Span span = largerSide(doc, s, xr);
    if (span == null) {
      return null;
    }
    return indirect(span, noun, possessor, AttributionRule.VIEW_NOUN, ID);
  }
}

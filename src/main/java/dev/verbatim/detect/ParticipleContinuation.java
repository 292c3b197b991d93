package dev.verbatim.detect;

import static dev.verbatim.detect.Trees.subjectOf;

import dev.verbatim.DetectionRule;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;

/**
 * "X said ..., adding that ...": a participle of saying after a comma continues the attribution
 * before it, and its speaker is that attribution's. Part of {@link ReportingVerbRule}.
 */
final class ParticipleContinuation {
  static final DetectionRule ID = DetectionRule.PARTICIPLE_CONTINUATION;

  private ParticipleContinuation() {}

  /**
   * "X said ..., adding that ...", "..., noting that ...": a participle after a comma continues
   * the statement of the reporting verb before it in the sentence; returns that verb's subject.
   */
  static int speaker(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes,
      MentionBuilder mentions) {
    if (!verb.pos().equals("VBG") || verb.index() == s.firstToken()
        || !doc.token(verb.index() - 1).text().equals(",")) {
      return -1;
    }
    for (int i = verb.index() - 2; i >= s.firstToken(); i--) {
      Token t = doc.token(i);
      if (!quotes.inQuote(i) && t.isVerb() && !t.pos().equals("VBG") && CueLexicon.isReportingVerb(t.lemma())) {
        // "..., a person familiar with the matter said, adding that ...": the words before that cue
        // name the speaker even when the tree gives it another subject.
        int trailing = InvertedCue.trailingSubject(doc, s, t, quotes, mentions);
        return trailing >= 0 ? trailing : subjectOf(doc, i);
      }
    }
    for (int i = verb.index() - 2; i >= s.firstToken(); i--) {
      Token t = doc.token(i);
      if (!quotes.inQuote(i) && t.relationIs("root")
          && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || finiteByAuxiliary(doc, i))) {
        // "X refused to blame the referee after his side's defeat, insisting ...": whoever did
        // what the main clause says is who insisted, whatever the tree hangs the participle on.
        int subject = subjectOf(doc, i);
        if (subject < 0) {
          // "The negotiator was more guarded, telling ...", read as a passive: its subject
          for (int c : doc.children(i)) {
            if (doc.token(c).relationIs("nsubj:pass")) {
              return c;
            }
          }
        }
        return subject;
      }
    }
    return -1;
  }

  /**
   * "The negotiator was more guarded, telling ...", "She is confident, saying ...": a predicate
   * made finite by its auxiliary or copula.
   */
  private static boolean finiteByAuxiliary(AnalyzedText doc, int predicate) {
    for (int c : doc.children(predicate)) {
      Token ct = doc.token(c);
      if (c < predicate && (ct.relationIs("aux") || ct.relationIs("aux:pass") || ct.relationIs("cop"))
          && (ct.pos().equals("VBD") || ct.pos().equals("VBZ") || ct.pos().equals("VBP") || ct.pos().equals("MD"))) {
        return true;
      }
    }
    return false;
  }
}

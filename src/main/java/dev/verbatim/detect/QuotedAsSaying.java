package dev.verbatim.detect;

import dev.verbatim.DetectionRule;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;

/**
 * "X quoted Y as saying ...", "Y was quoted as saying ...": the speaker is Y, whoever the tree
 * makes the subject of "saying". Part of {@link ReportingVerbRule}.
 */
final class QuotedAsSaying {
  static final DetectionRule ID = DetectionRule.QUOTED_AS_SAYING;

  private QuotedAsSaying() {}

  /** "X quoted Y as saying ...", "X cited Y as saying ...": Y, the object of "quote"; else -1. */
  static int speaker(AnalyzedText doc, Token verb) {
    if (!verb.pos().equals("VBG") || verb.head() < 0 || !doc.hasCaseChild(verb.index(), "as")
        && !(verb.index() > 0 && doc.token(verb.index() - 1).text().equalsIgnoreCase("as"))) {
      return -1;
    }
    Token head = doc.token(verb.head());
    if (!head.lemma().equals("quote") && !head.lemma().equals("cite")) {
      return -1;
    }
    for (int c : doc.children(head.index())) {
      if (doc.token(c).relationIs("obj")) {
        return c;
      }
    }
    for (int c : doc.children(head.index())) {
      if (doc.token(c).relationIs("nsubj:pass")) {
        return c;   // "Reis was quoted as saying ..."
      }
    }
    return -1;
  }
}

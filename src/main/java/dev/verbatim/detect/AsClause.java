package dev.verbatim.detect;

import static dev.verbatim.detect.Trees.hasChild;
import static dev.verbatim.detect.Trees.hasChildRelation;

import dev.verbatim.DetectionRule;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;

/**
 * "As the minister noted, the talks will continue": a reporting verb in a clause with "as" reports
 * the main clause. Part of {@link ReportingVerbRule}.
 */
final class AsClause {
  static final DetectionRule ID = DetectionRule.AS_CLAUSE;

  private AsClause() {}

  /** Whether the verb is in an "as" clause before its head with no object of its own (but a person told). */
  static boolean applies(AnalyzedText doc, Token verb) {
    return verb.relationIs("advcl") && verb.head() > verb.index() && hasChild(doc, verb.index(), "mark", "as")
        && (!hasChildRelation(doc, verb.index(), "obj")
            || ReportingVerbRule.INDIRECT_OBJECT_VERBS.contains(verb.lemma()));
  }
}

package dev.verbatim.detect;

import static dev.verbatim.detect.Trees.hasChildRelation;

import dev.verbatim.DetectionRule;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;

/**
 * A verb whose object, not a clause, is the statement: a quoted object ("described the plan as
 * “dead on arrival”"), a gerund clause ("stressed taking the threat seriously") or a forecast
 * figure ("forecast free cash flow of 40 million euros"). Part of {@link ReportingVerbRule}.
 */
final class CueObject {
  static final DetectionRule ID = DetectionRule.CUE_OBJECT;

  private CueObject() {}

  /**
   * An object that is a statement: it holds a quotation, it is a gerund clause, a forecast figure,
   * or what someone is accused of doing.
   */
  static int object(AnalyzedText doc, Token verb, DocumentQuotes quotes) {
    for (int c : doc.children(verb.index())) {
      Token ct = doc.token(c);
      // "described the plan as “dead on arrival”": the quoted "as" phrase, after an object.
      // "accused Moscow of “blackmail”": likewise the quoted "of" phrase of "accuse".
      boolean asPhrase = (ct.relationIs("advcl") || ct.relationIs("obl")) && hasChildRelation(doc, verb.index(), "obj")
          && (doc.hasCaseChild(c, "as") || verb.lemma().equals("accuse") && doc.hasCaseChild(c, "of"));
      if ((ct.relationIs("obj") || ct.relationIs("xcomp") || asPhrase) && c > verb.index()) {
        int[] r = doc.subtreeRange(c);
        boolean quoted = false;
        for (int i = r[0]; i <= r[1]; i++) {
          quoted |= quotes.inQuote(i);
        }
        boolean gerund = !asPhrase && doc.token(r[0]).pos().equals("VBG") && r[1] - r[0] >= 3;
        if (quoted || gerund || forecastFigure(doc, verb, ct, r)
            || accusationOfAnAct(doc, verb, r)) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * "accused the executive of letting the building rot": what someone is accused of doing is a
   * claim, quoted or not: "of" and a gerund inside the phrase, after the one accused ("accused of
   * fraud", passive, names no accuser here).
   */
  static boolean accusationOfAnAct(AnalyzedText doc, Token verb, int[] r) {
    if (!verb.lemma().equals("accuse")) {
      return false;
    }
    int accused = Integer.MAX_VALUE;
    for (int c : doc.children(verb.index())) {
      if (c > verb.index() && doc.token(c).relationIs("obj")) {
        accused = Math.min(accused, c);
      }
    }
    for (int i = Math.max(r[0], accused + 1); i < r[1]; i++) {
      if (doc.token(i).text().equalsIgnoreCase("of") && doc.token(i + 1).pos().equals("VBG")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Sommer forecast free cash flow of 40 million euros", "expects the margin to trough at 5%": a
   * forecast whose object holds a figure is a statement of what the speaker expects.
   */
  private static boolean forecastFigure(AnalyzedText doc, Token verb, Token object, int[] r) {
    if (!CueLexicon.FORECAST_VERBS.contains(verb.lemma()) || !object.relationIs("obj") || r[1] - r[0] < 2
        || !(verb.pos().equals("VBD") || verb.pos().equals("VBZ") || verb.pos().equals("VBP"))) {
      return false;
    }
    for (int i = r[0]; i <= r[1]; i++) {
      if (doc.token(i).pos().equals("CD")) {
        return true;
      }
    }
    return false;
  }
}

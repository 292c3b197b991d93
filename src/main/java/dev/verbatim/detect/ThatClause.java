package dev.verbatim.detect;

import static dev.verbatim.detect.Trees.hasChildRelation;
import static dev.verbatim.detect.Trees.isPredicate;

import dev.verbatim.DetectionRule;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;

/**
 * A reporting verb's clausal complement in the dependency tree, with or without "that": "The
 * minister said the talks would continue." Part of {@link ReportingVerbRule}.
 */
final class ThatClause {
  static final DetectionRule ID = DetectionRule.THAT_CLAUSE;

  private ThatClause() {}

  /**
   * The verb's clausal complement ("said that ..."), the one after the verb when the parser gave it
   * two, or one hung on an adjunct ("told investors on a call that ..."); -1 when there is none.
   */
  static int complement(AnalyzedText doc, Token verb) {
    int before = -1;
    for (int c : doc.children(verb.index())) {
      if (doc.token(c).relationIs("ccomp")) {
        if (c > verb.index() && (before < 0 || !quoted(doc, before) && finiteWithSubject(doc, c))) {
          // A clause before the verb gives way to a finite clause with its subject after it: in
          // "In his interview, parts of which were read to the jury, Mr M said he had ...", what
          // he said is after the verb. A quotation before the verb stays its complement.
          return c;
        }
        if (before < 0) {
          before = c;
        }
      }
    }
    if (before >= 0) {
      return before;
    }
    for (int c : doc.children(verb.index())) {
      // "told investors on a call that cuts were not planned": the clause hung on the adjunct.
      if (c > verb.index() && doc.token(c).relationIs("obl")) {
        for (int g : doc.children(c)) {
          if (g > c && doc.token(g).relationIs("ccomp") && doc.token(doc.subtreeRange(g)[0]).text().equalsIgnoreCase("that")) {
            return g;
          }
        }
      }
    }
    int relative = thatClauseAsRelative(doc, verb.index());
    if (relative >= 0) {
      return relative;   // "put it to the officer that several of the transfers had paid for ..."
    }
    if (verb.lemma().equals("put")) {
      int loose = thatClauseLoose(doc, verb.index());
      if (loose >= 0) {
        return loose;   // "put it to her that Copper had thrown ...", the clause left loose by the parser
      }
    }
    int deep = thatClauseBelowAdjunct(doc, verb.index(), verb.index(), 0);
    if (deep >= 0) {
      return deep;   // "told reporters outside the airport's Terminal 2 that crew had been left ..."
    }
    for (int c : doc.children(verb.index())) {
      // "said in a statement that production would move", parsed with "that" as a relative
      // pronoun heading the clause it introduces: the clause after it.
      Token t = doc.token(c);
      if (c > verb.index() + 1 && (t.relationIs("xcomp") || t.relationIs("dep")) && t.text().equalsIgnoreCase("that")
          && doc.token(c - 1).isNoun() && doc.token(c - 1).relationIs("obl") && doc.subtreeRange(c)[1] > c + 2) {
        return c;
      }
    }
    for (int c : doc.children(verb.index())) {
      // "told the jurors they must not research the case": a finite clause with a subject of its
      // own, parsed as the verb's open complement.
      if (c > verb.index() && doc.token(c).relationIs("xcomp")
          && (finiteWithSubject(doc, c) || finiteCopula(doc, c) && objectBefore(doc, verb.index(), c))) {
        return c;   // also "said [the contact]obj [was “clear as day”]xcomp": the object is its subject
      }
    }
    return -1;
  }

  /**
   * A "that" clause after the one addressed ("told the officer that ...", "put it to the officer
   * that ...") parsed as a relative clause on that noun: the clause has a subject of its own and
   * "that" is not it. The clause's head, or -1.
   */
  static int thatClauseAsRelative(AnalyzedText doc, int verb) {
    for (int c : doc.children(verb)) {
      if (c <= verb || !(doc.token(c).relationIs("obl") || doc.token(c).relationIs("obj"))) {
        continue;
      }
      for (int g : doc.children(c)) {
        Token gt = doc.token(g);
        if (g <= c || !gt.relation().equals("acl:relcl")) {
          continue;
        }
        int first = doc.subtreeRange(g)[0];
        if (first != c + 1 || !doc.token(first).text().equalsIgnoreCase("that") || doc.token(first).relationIs("nsubj")) {
          continue;
        }
        for (int k : doc.children(g)) {
          if (k > first && doc.token(k).relationIs("nsubj") && k < g) {
            return g;
          }
        }
      }
    }
    return -1;
  }

  /**
   * A clause after the verb that the parser attached only loosely ("dep", "parataxis"), opening with "that"
   * and holding a subject of its own: its head, or -1.
   */
  static int thatClauseLoose(AnalyzedText doc, int verb) {
    for (int c : doc.children(verb)) {
      if (c <= verb || !(doc.token(c).relation().equals("dep") || doc.token(c).relation().equals("parataxis"))) {
        continue;
      }
      int first = doc.subtreeRange(c)[0];
      if (first > verb && doc.token(first).text().equalsIgnoreCase("that")) {
        for (int k : doc.children(c)) {
          if (doc.token(k).relationIs("nsubj") && k > first && k < c) {
            return c;
          }
        }
      }
    }
    return -1;
  }

  private static boolean quoted(AnalyzedText doc, int head) {
    int[] r = doc.subtreeRange(head);
    for (int i = r[0]; i <= r[1]; i++) {
      String w = doc.token(i).text();
      if (w.length() == 1 && QuoteMarks.isQuoteChar(w.charAt(0)) || w.equals("``") || w.equals("''")) {
        return true;
      }
    }
    return false;
  }

  private static boolean finiteWithSubject(AnalyzedText doc, int head) {
    boolean subject = false;
    boolean finite = isFinite(doc.token(head).pos());
    for (int c : doc.children(head)) {
      subject |= doc.token(c).relationIs("nsubj");
      finite |= (doc.token(c).relationIs("aux") || doc.token(c).relationIs("cop")) && isFinite(doc.token(c).pos());
    }
    return subject && finite;
  }

  /** Whether the predicate has a finite copula or auxiliary of its own ("was", "had been"). */
  private static boolean finiteCopula(AnalyzedText doc, int head) {
    for (int c : doc.children(head)) {
      if (c < head && (doc.token(c).relationIs("cop") || doc.token(c).relationIs("aux")) && isFinite(doc.token(c).pos())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb has an object between itself and {@code until}. */
  private static boolean objectBefore(AnalyzedText doc, int verb, int until) {
    for (int c : doc.children(verb)) {
      if (c > verb && c < until && doc.token(c).relationIs("obj")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFinite(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  private static final java.util.Set<String> ADJUNCT_PATH = java.util.Set.of("obl", "advmod", "nmod", "dep", "obj", "iobj");

  /**
   * A "that" clause the parse hung deeper inside the verb's adjuncts (a place, a time, the
   * addressee), reached through nouns and adverbs only, at most three levels down; -1 when none.
   */
  private static int thatClauseBelowAdjunct(AnalyzedText doc, int verb, int node, int depth) {
    if (depth > 3) {
      return -1;
    }
    for (int c : doc.children(node)) {
      Token ct = doc.token(c);
      if (c <= verb) {
        continue;
      }
      if (depth > 0 && ct.relationIs("ccomp") && doc.token(doc.subtreeRange(c)[0]).text().equalsIgnoreCase("that")) {
        return c;
      }
      String rel = ct.relation().contains(":") ? ct.relation().substring(0, ct.relation().indexOf(':')) : ct.relation();
      if (ADJUNCT_PATH.contains(rel) && !ct.isVerb()) {
        int found = thatClauseBelowAdjunct(doc, verb, c, depth + 1);
        if (found >= 0) {
          return found;
        }
      }
    }
    return -1;
  }

  /**
   * A complement clause the parser left as "dep" with its subject as the verb's object
   * ("believes [a scenario]obj [is plausible]dep"); -1 when there is none.
   */
  static int looseComplement(AnalyzedText doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      Token ct = doc.token(c);
      if (c > verb.index() && ct.relation().equals("dep") && isPredicate(doc, c)
          && !(ct.pos().equals("VBG") && CueLexicon.isReportingVerb(ct.lemma()))
          && !(verb.relationIs("parataxis") && (ct.pos().equals("VBG") || ct.pos().equals("VBN"))
              && !hasChildRelation(doc, c, "nsubj"))) {
        // ("“...,” she says, pulling on her gloves": the quotation is what she says, not the participle;
        // "welcomed the ruling, writing that ...": the participle reports a statement of its own.)
        return c;
      }
    }
    return -1;
  }
}

package dev.verbatim.detect;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;

/**
 * Reading the dependency tree: a verb's subject, a head's dependents by relation. Stateless.
 */
final class Trees {
  /** Relations over which a verb takes its head's subject ("X said A and added B"). */
  private static final ImmutableSet<String> SUBJECT_INHERITING = ImmutableSet.of("conj", "xcomp", "advcl", "dep");

  private Trees() {}

  /** The verb's subject, or the subject of the verb it is coordinated with or subordinated to. */
  static int subjectOf(AnalyzedText doc, int verb) {
    if (doc.token(verb).relationIs("conj")) {
      // "X acknowledged that A and said B", parsed with "said" coordinated inside X's complement:
      // the subject is X's.
      int a = doc.token(verb).head();
      for (int step = 0; step < 4 && a >= 0; step++) {
        Token at = doc.token(a);
        if (at.relationIs("ccomp") && at.head() >= 0
            && CueLexicon.isReportingVerb(doc.token(at.head()).lemma())) {
          return subjectOf(doc, at.head());
        }
        if (step == 0 && a < verb) {
          // "She insisted the closures were a last resort and said B", parsed with "insisted" as
          // the clausal subject of "resort" and "said" coordinated with "resort": hers too.
          for (int c : doc.children(a)) {
            if (c < a && doc.token(c).relationIs("csubj") && doc.token(c).isVerb()
                && CueLexicon.isReportingVerb(doc.token(c).lemma())) {
              return subjectOf(doc, c);
            }
          }
        }
        a = at.head();
      }
    }
    int v = verb;
    for (int step = 0; step < 4 && v >= 0; step++) {
      int subject = -1;
      for (int c : doc.children(v)) {
        Token ct = doc.token(c);
        if (ct.relation().equals("nsubj")) {
          if (subject >= 0 && c < v && step == 0) {
            subject = c;   // "Halvorsen, she said, had ...": two subjects, the one next to the verb
          } else if (subject < 0) {
            subject = c;
          }
        }
      }
      if (subject >= 0) {
        return step == 0 && subject < v ? clauseAfterComma(doc, subject, v) : subject;
      }
      Token vt = doc.token(v);
      if (step == 0 && v > 0 && vt.relationIs("dep") && vt.isVerb()) {
        // "She was 30, and a neighbour suggested that ...", parsed with "neighbour" coordinated
        // with "30" and "suggested" hung loose beside it: the noun right before the verb is its
        // subject, not the first clause's.
        Token before = doc.token(v - 1);
        if (before.isNoun() && before.head() == vt.head() && before.sentence() == vt.sentence()
            && (before.relationIs("conj") || before.relationIs("dep"))) {
          return v - 1;
        }
      }
      String rel = vt.relation().contains(":") ? vt.relation().substring(0, vt.relation().indexOf(':')) : vt.relation();
      if (!SUBJECT_INHERITING.contains(rel)) {
        return -1;
      }
      v = vt.head();
    }
    return -1;
  }

  /**
   * "Hollinbridge host Cardew Athletic on Saturday, and Quarrie said ...", parsed with the two
   * names as one coordinated subject: a single conjunct right before the verb, after a comma and
   * "and" or "but", opens a clause of its own and is the verb's subject. Otherwise {@code subject}.
   */
  private static int clauseAfterComma(AnalyzedText doc, int subject, int verb) {
    int conj = -1;
    for (int c : doc.children(subject)) {
      if (doc.token(c).relationIs("conj")) {
        if (conj >= 0) {
          return subject;   // "Ames, Brook, and Cole said": a list
        }
        conj = c;
      }
    }
    if (conj < 0 || conj != verb - 1) {
      return subject;
    }
    int cc = -1;
    for (int c : doc.children(conj)) {
      if (doc.token(c).relationIs("cc")) {
        cc = c;
      }
    }
    if (cc < 1 || !doc.token(cc - 1).text().equals(",")) {
      return subject;
    }
    for (int i = cc + 1; i < conj; i++) {
      if (doc.token(i).head() != conj) {
        return subject;
      }
    }
    return conj;
  }

  /** The last dependent of {@code h} whose relation starts with {@code relation}, or -1. */
  static int lastChild(AnalyzedText doc, int h, String relation) {
    int last = -1;
    for (int c : doc.children(h)) {
      if (doc.token(c).relationIs(relation)) {
        last = c;
      }
    }
    return last;
  }

  static boolean hasChildRelation(AnalyzedText doc, int h, String relation) {
    for (int g : doc.children(h)) {
      if (doc.token(g).relationIs(relation)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasChild(AnalyzedText doc, int h, String rel, String word) {
    for (int c : doc.children(h)) {
      if (doc.token(c).relationIs(rel) && doc.token(c).text().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean isPredicate(AnalyzedText doc, int c) {
    if (doc.token(c).isVerb()) {
      return true;
    }
    for (int g : doc.children(c)) {
      if (doc.token(g).relationIs("cop") || doc.token(g).relationIs("aux")) {
        return true;
      }
    }
    return false;
  }

  static boolean finiteVerbIn(AnalyzedText doc, int from, int to) {
    for (int i = from; i <= to; i++) {
      String pos = doc.token(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }
}

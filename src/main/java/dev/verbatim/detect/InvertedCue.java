package dev.verbatim.detect;

import static dev.verbatim.detect.Trees.hasChildRelation;
import static dev.verbatim.detect.Trees.isPredicate;
import static dev.verbatim.detect.Trees.lastChild;

import dev.verbatim.DetectionRule;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;

/**
 * The statement before its cue: an attribution closing the sentence after a comma ("Sales fell 6
 * per cent, the company said."), a verb the parser hung on the clause before it as parataxis ("The
 * plan will fail, she said."), a clause left as a loose dependent before the verb's subject, or
 * both clauses around an attribution set off by commas ("A, she said, and B").
 * The speaker is the words between the comma and the verb. Part of {@link ReportingVerbRule}.
 */
final class InvertedCue {
  static final DetectionRule ID = DetectionRule.INVERTED_CUE;

  private InvertedCue() {}

  /**
   * The speaker of an attribution closing its sentence after a comma (", police said on Sunday.",
   * ", a police spokesman said."): the head of the few words between the comma and the verb, or -1.
   */
  static int trailingSubject(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes,
      MentionBuilder mentions) {
    if (!onlyAdjunctsAfter(doc, s, verb, quotes)) {
      return -1;
    }
    int comma = -1;
    for (int i = verb.index() - 1; i > s.firstToken() && i >= verb.index() - 8; i--) {
      if (doc.token(i).text().equals(",")) {
        comma = i;
        break;
      }
      if (doc.token(i).isPunctuation() || quotes.inQuote(i) || doc.token(i).isVerb() && !doc.token(i).pos().equals("MD")
          && !doc.token(i).relationIs("aux")) {
        return -1;
      }
    }
    if (comma < 0 || comma >= verb.index() - 1) {
      return -1;
    }
    if (doc.parsed(s.index())) {
      // With a tree, the attribution's speaker is the verb's own subject: in "As X noted, the talks
      // with Europe would continue" the nearest name ("Europe") is not the subject of "continue".
      for (int c : doc.children(verb.index())) {
        if (c > comma && doc.token(c).relationIs("nsubj") && !doc.token(c).relationIs("nsubj:pass")) {
          return mentions.build(doc, c) != null ? c : -1;
        }
      }
    }
    for (int i = verb.index() - 1; i > comma; i--) {
      Token t = doc.token(i);
      if ((t.isNoun() || t.pos().startsWith("PRP")) && mentions.build(doc, i) != null) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "Sales fell 6 per cent and online sales were flat, the company said.": an attribution closing
   * the sentence after a comma, whatever the parser made of the clause before it. Returns the
   * clause before the comma when it has a finite verb and is not a quotation; else null.
   */
  static int[] clauseBefore(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    if (verb.pos().equals("VBG")) {
      return null;   // "..., was among several specialists urging restraint": a participle attributes nothing
    }
    int comma = -1;
    for (int i = verb.index() - 1; i > s.firstToken() && i >= verb.index() - 8; i--) {
      if (doc.token(i).text().equals(",")) {
        comma = i;
        break;
      }
      if (doc.token(i).isPunctuation() || quotes.inQuote(i)) {
        return null;
      }
    }
    if (comma < 0 || comma == verb.index() - 1 || quotes.inQuote(s.firstToken()) || quotes.inQuote(comma - 1)) {
      return null;
    }
    if (!onlyAdjunctsAfter(doc, s, verb, quotes)) {
      return null;
    }
    for (int i = comma + 1; i < verb.index(); i++) {
      Token t = doc.token(i);
      if (t.isVerb() && !t.pos().equals("MD") && !t.relationIs("aux") && !t.relationIs("aux:pass") || t.relationIs("mark")) {
        return null;   // "X, whose side have won once in nine games, was asked whether he feared ...": another clause's verb
      }
    }
    for (int i = s.firstToken(); i < comma; i++) {
      String pos = doc.token(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return new int[] {s.firstToken(), comma - 1};
      }
    }
    return null;
  }

  /**
   * "The pledges were not binding, he said, and the co-operative had yet to show ...": an
   * attribution set off by commas between two clauses joined by "and" or "but" reports both. The
   * two clauses (token ranges) when the attribution holds only its verb, its speaker {@code subject}
   * and a few words without a verb, and each clause has a finite verb; the second is null when it
   * has a reporting verb with a speaker of its own (outside its subordinate clauses), which reports
   * it. Else null.
   */
  static int[][] parenthetical(AnalyzedText doc, Sentence s, Token verb, int subject, DocumentQuotes quotes) {
    String pos = verb.pos();
    if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) || quotes.inQuote(s.firstToken())) {
      return null;
    }
    int before = attributionEdge(doc, s, verb.index(), -1, quotes);
    int after = attributionEdge(doc, s, verb.index(), 1, quotes);
    if (before < 0 || after < 0 || subject <= before || subject >= after || after + 2 >= s.endToken() - 1) {
      return null;
    }
    String cc = doc.token(after + 1).text();
    if (!(cc.equals("and") || cc.equals("but")) || !hasFiniteVerb(doc, s.firstToken(), before - 1, quotes)
        || !hasFiniteVerb(doc, after + 2, s.endToken() - 1, null)) {
      return null;
    }
    for (int i = after + 2; i < s.endToken(); i++) {
      Token t = doc.token(i);
      if (!quotes.inQuote(i) && t.isVerb() && CueLexicon.isReportingVerb(t.lemma()) && hasChildRelation(doc, i, "nsubj")
          && !(t.relationIs("ccomp") || t.relationIs("xcomp") || t.relationIs("advcl") || t.relationIs("acl")
              || t.relationIs("csubj"))) {
        // "A, he said, and his team had believed that B": the second clause is a statement of its
        // own (its cue finds it); the attribution reports A alone.
        return new int[][] {{s.firstToken(), before - 1}, null};
      }
    }
    return new int[][] {{s.firstToken(), before - 1}, {after + 2, s.endToken() - 1}};
  }

  /**
   * The comma that closes an attribution on one side of its verb ({@code step} -1 before it, 1
   * after it), with at most eight words between, none a verb, a punctuation mark or quoted; -1.
   */
  private static int attributionEdge(AnalyzedText doc, Sentence s, int verb, int step, DocumentQuotes quotes) {
    for (int i = verb + step, n = 0; i > s.firstToken() && i < s.endToken() && n <= 8; i += step, n++) {
      Token t = doc.token(i);
      if (t.text().equals(",")) {
        return i;
      }
      if (t.isPunctuation() || quotes.inQuote(i) || t.isVerb()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether tokens {@code from} to {@code to} hold a finite verb, outside quotations unless
   * {@code quotes} is null (the second clause may be mixed: "and the town “cannot keep saying no”").
   */
  static boolean hasFiniteVerb(AnalyzedText doc, int from, int to, DocumentQuotes quotes) {
    for (int i = from; i <= to; i++) {
      String pos = doc.token(i).pos();
      if ((quotes == null || !quotes.inQuote(i)) && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Nordra will cut 5,000 jobs, the company said on Wednesday, as ...": the clause before the
   * attribution, left as a loose dependent of its verb; -1 when there is none.
   */
  static int looseClauseBefore(AnalyzedText doc, Token verb) {
    int subject = lastChild(doc, verb.index(), "nsubj");
    for (int c : doc.children(verb.index())) {
      if (c < subject && doc.token(c).relation().equals("dep") && isPredicate(doc, c)
          && hasChildRelation(doc, c, "nsubj")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether what follows a sentence-closing cue is only an adjunct: a few words without a verb
   * ("on Sunday", "in a statement") or a participle phrase after a comma (", speaking on condition
   * of anonymity because ...").
   */
  private static boolean onlyAdjunctsAfter(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    for (int i = verb.index() + 1; i < s.endToken(); i++) {
      Token t = doc.token(i);
      if (quotes.inQuote(i)) {
        return false;
      }
      if (t.text().equals(",")) {
        return i + 1 < s.endToken() && doc.token(i + 1).pos().equals("VBG");
      }
      if (t.isVerb() || i > verb.index() + 8) {
        return false;
      }
    }
    return true;
  }
}

package dev.verbatim.detect;

import static dev.verbatim.detect.Clauses.cutBeforeNextCue;
import static dev.verbatim.detect.Clauses.extendToSentenceEnd;
import static dev.verbatim.detect.Clauses.trim;
import static dev.verbatim.detect.Trees.subjectOf;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * A question reported in the reporter's words: "Ms Okafor asked whether she had raised concerns",
 * "Hardesty asked Dunleavy why the city had not found a developer", "Asked by Senator Voss whether
 * she had read the brief, ...", "Mr Whitcombe pressed him on whether the board had discussed it".
 * The statement is the interrogative clause; its speaker is the one who asks (the verb's subject,
 * or the agent of a passive "asked by"). A passive with no agent ("Asked whether ..., she said")
 * names no asker and gives no statement. Stateless; thread-safe.
 */
final class ReportedQuestionRule implements SpeechRule {
  static final DetectionRule ID = DetectionRule.REPORTED_QUESTION;

  /** Verbs that put a question to someone. */
  static final ImmutableSet<String> VERBS = ImmutableSet.of("ask", "press", "question", "quiz", "query");
  /** Words that open an interrogative clause. */
  static final ImmutableSet<String> INTERROGATIVES = ImmutableSet.of(
      "whether", "if", "why", "how", "what", "who", "whom", "which", "when", "where");
  /** Prepositions between a verb of asking and its question ("pressed him on whether ..."). */
  private static final ImmutableSet<String> QUESTION_PREPOSITIONS = ImmutableSet.of("on", "about", "over", "as");

  /** Verbs whose "to know" puts a question ("wanted to know whether ...", "demanded to know why ..."). */
  static final ImmutableSet<String> WANTING = ImmutableSet.of("want", "demand");

  @Override
  public boolean triggers(AnalyzedText doc, Sentence s, Token t) {
    return t.isVerb() && (VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) || wantsToKnow(doc, t));
  }

  /** "wanted to know": "know" as the open complement of a verb of wanting. */
  private static boolean wantsToKnow(AnalyzedText doc, Token t) {
    return t.lemma().equalsIgnoreCase("know") && t.relationIs("xcomp") && t.head() >= 0 && t.head() < t.index()
        && WANTING.contains(doc.token(t.head()).lemma().toLowerCase(Locale.ROOT));
  }

  @Override
  public boolean exclusive() {
    return false;
  }

  @Override
  public Detected find(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    int open = questionOpening(doc, s, verb, quotes);
    if (open < 0) {
      return null;
    }
    boolean passive = verb.pos().equals("VBN") || verb.relationIs("acl") || verb.index() == s.firstToken()
        || elliptical(doc, verb.index()) || Clauses.participleInApposition(doc, verb.index());
    int asker = passive ? agentOf(doc, verb.index()) : subjectOf(doc, verb.index());
    boolean knowing = wantsToKnow(doc, verb);
    if (knowing) {
      asker = subjectOf(doc, verb.head());   // "Another reporter wanted to know whether ..."
    }
    if (asker < 0 && !passive && verb.pos().equals("VBG") && verb.index() > s.firstToken()
        && doc.token(verb.index() - 1).text().equalsIgnoreCase("by")) {
      asker = SurfaceSubject.nearestNameBefore(doc, s, verb.index(), quotes);   // "Haymore opened by asking ..."
    }
    if (asker < 0 && !passive && verb.pos().equals("VBG") && verb.index() > s.firstToken()
        && doc.token(verb.index() - 1).text().equals(",") && verb.head() >= 0 && verb.head() < verb.index()) {
      asker = subjectOf(doc, verb.head());   // "Dame Rosalind pounced, asking Mr Farrant whether ..."
      if (asker < 0 || asker > verb.index()) {
        asker = SurfaceSubject.nearestNameBefore(doc, s, verb.index(), quotes);
      }
    }
    if (asker < 0 || quotes.inQuote(asker)) {
      return null;
    }
    int end = clauseEnd(doc, open);
    if (verb.index() == s.firstToken()) {
      // "Asked by Mr Okonjo how the captain had responded, she replied: ...": the question ends at the comma.
      for (int i = open; i < end; i++) {
        if (doc.token(i).text().equals(",")) {
          end = i;
          break;
        }
      }
    } else {
      end = extendToSentenceEnd(doc, s, end, verb.index());
    }
    end = cutBeforeNextCue(doc, verb.index(), open, end, quotes);
    Span span = trim(doc, open, end);
    if (span == null || span.length() < 12) {
      return null;
    }
    Statement st = knowing
        ? new Statement(span, QuoteType.INDIRECT, null, ID, verb.head(),
            Span.of(doc.token(verb.head()).begin(), verb.end()), "ask")
        : new Statement(span, QuoteType.INDIRECT, null, ID, verb.index(), null, verb.lemma());
    return Detected.attributed(st, asker, AttributionRule.CUE_SUBJECT);
  }

  /**
   * The first token of the question: an interrogative word that opens a clause hanging on the verb,
   * after it, with nothing but the person asked and a preposition between; or -1.
   */
  private static int questionOpening(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    for (int c : doc.children(verb.index())) {
      if (c <= verb.index() || quotes.inQuote(c)) {
        continue;
      }
      Token ct = doc.token(c);
      if (!(ct.relationIs("ccomp") || ct.relationIs("advcl") || ct.relationIs("obl") || ct.relationIs("xcomp")
          || ct.relationIs("dep") || ct.relationIs("parataxis"))) {
        continue;
      }
      int first = doc.subtreeRange(c)[0];
      if (first <= verb.index()) {
        continue;
      }
      Token f = doc.token(first);
      if (QUESTION_PREPOSITIONS.contains(f.text().toLowerCase(Locale.ROOT)) && first + 1 < s.endToken()) {
        first++;
        f = doc.token(first);
      }
      if (INTERROGATIVES.contains(f.text().toLowerCase(Locale.ROOT)) && !f.text().equals("If")) {
        return first;
      }
    }
    // The parse lost the clause ("opened by asking Ochoa whether ...", "asked each candidate what
    // ..."): an interrogative right after the verb's object in the words.
    boolean questionNoun = false;
    for (int i = verb.index() + 1; i < s.endToken() && i <= verb.index() + (questionNoun ? 9 : 6); i++) {
      Token t = doc.token(i);
      if (quotes.inQuote(i)) {
        return -1;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (INTERROGATIVES.contains(w) && !w.equals("if") && i > verb.index() + 1) {
        return i;
      }
      if (w.equals(":") && questionNoun) {
        continue;   // "asked the witness only one question: why she had kept ..."
      }
      questionNoun |= w.equals("question") || w.equals("questions");
      if (t.pos().equals("RB")) {
        continue;   // "only one question"
      }
      String pos = t.pos();
      boolean nounedParticiple = pos.equals("VBN") && doc.token(i - 1).pos().equals("DT");   // "asked the accused why"
      if (!(pos.equals("DT") || pos.startsWith("PRP") || pos.startsWith("NN") || pos.startsWith("JJ")
          || pos.equals("CD") || pos.equals("POS") || nounedParticiple)) {
        return -1;
      }
    }
    return -1;
  }

  /** The end (exclusive) of the clause that starts at a token: the subtree of its head. */
  private static int clauseEnd(AnalyzedText doc, int open) {
    int head = open;
    for (int step = 0; step < 4; step++) {
      Token t = doc.token(head);
      if (t.head() < 0 || doc.subtreeRange(t.head())[0] < open) {
        break;
      }
      head = t.head();
    }
    return doc.subtreeRange(head)[1];
  }

  private static final java.util.Set<String> ELLIPSIS_MARKS = java.util.Set.of("when", "if", "once", "whenever", "after", "before");

  /**
   * "She became emotional when asked what the final meant": a verb of asking after "when" with no
   * subject of its own is a passive with its auxiliary left out; she was asked, she did not ask.
   */
  private static boolean elliptical(AnalyzedText doc, int verb) {
    boolean marked = false;
    for (int c : doc.children(verb)) {
      if (c < verb && (doc.token(c).relationIs("nsubj") || doc.token(c).relationIs("nsubj:pass"))) {
        return false;
      }
      if (c == verb - 1 && ELLIPSIS_MARKS.contains(doc.token(c).text().toLowerCase(java.util.Locale.ROOT))) {
        marked = true;
      }
    }
    return marked;
  }

  /** The agent of a passive participle ("asked by Senator Voss"), or -1. */
  private static int agentOf(AnalyzedText doc, int verb) {
    for (int c : doc.children(verb)) {
      Token ct = doc.token(c);
      if ((ct.relationIs("obl") || ct.relationIs("nmod")) && doc.hasCaseChild(c, "by")) {
        return c;
      }
    }
    return -1;
  }
}

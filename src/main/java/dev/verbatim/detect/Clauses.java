package dev.verbatim.detect;

import static dev.verbatim.detect.Trees.hasChild;
import static dev.verbatim.detect.Trees.hasChildRelation;
import static dev.verbatim.detect.Trees.lastChild;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * What the detection rules share for the extent of a statement: where a complement ends (before the
 * next cue, the reporter's background, the speaker's own next act), trimming, and the side of a
 * sentence an attribution phrase leaves. Stateless.
 */
final class Clauses {
  private static final ImmutableSet<String> LEADING_SKIP = ImmutableSet.of("that", ":", ",", "--", "—", "–");

  /** Participles of acts of saying that are not reporting verbs ("..., blaming management"). */
  private static final ImmutableSet<String> SPEECH_ACT_PARTICIPLES =
      ImmutableSet.of("blame", "cite", "point");

  /** Verbs whose infinitive says that nothing was said ("declined to say", "refused to comment"). */
  static final ImmutableSet<String> REFUSALS = ImmutableSet.of("decline", "refuse", "fail");

  /** Speech acts that commit or press someone to act, with an infinitive ("vowed to ..."). */
  private static final ImmutableSet<String> COMMISSIVES = ImmutableSet.of(
      "vow", "promise", "pledge", "threaten", "refuse", "decline", "urge", "demand", "swear", "undertake");

  private Clauses() {}

  /** An indirect statement with its cue word, the speaker's head token and the rule that found it. */
  static Detected indirect(Span span, Token cue, int speaker, AttributionRule rule, DetectionRule detection) {
    Statement st = new Statement(span, QuoteType.INDIRECT, null, detection, cue.index(), null, cue.lemma());
    return Detected.attributed(st, speaker, rule);
  }

  /** The start of an object standing between the verb and its complement, else {@code start}. */
  static int objectBetween(AnalyzedText doc, int verb, int start) {
    for (int c : doc.children(verb)) {
      if (c > verb && c < start && doc.token(c).relationIs("obj")) {
        int[] r = doc.subtreeRange(c);
        if (r[0] == verb + 1 || doc.token(verb + 1).relation().equals("mark")) {
          return r[0];
        }
      }
    }
    return start;
  }

  /**
   * Ends a complement before a second reporting verb coordinated or subordinated inside it
   * ("acknowledged that A and said B", "A, although her allies insisted B") when that verb reports a
   * statement of its own.
   */
  static int cutBeforeNextCue(AnalyzedText doc, int verb, int from, int to, DocumentQuotes quotes) {
    for (int i = from + 1; i <= to; i++) {
      Token t = doc.token(i);
      if (t.pos().equals("VBG") && i - 1 > from && doc.token(i - 1).text().equals(",")
          && !quotes.inQuote(i) && (CueLexicon.isReportingVerb(t.lemma())
              || SPEECH_ACT_PARTICIPLES.contains(t.lemma()))
          && !(t.lemma().equals("add") && i + 1 <= to
              && doc.token(i + 1).text().equalsIgnoreCase("to"))) {
        // (not "adding to the pressure": no act of saying; "pointing to" evidence is one)
        // "confirmed that the walkout would go ahead, blaming management for ...": a participle
        // of saying after the content is the speaker's next act, told by the reporter.
        return beforePunctuation(doc, i - 1, from, quotes);
      }
      if (!quotes.inQuote(i) && t.isVerb() && t.relationIs("acl:relcl") && CueLexicon.isReportingVerb(t.lemma())
          && hasChildRelation(doc, i, "nsubj") && i - 2 > from && doc.token(i - 1).relationIs("nsubj")
          && RELATIVE_OPENERS.contains(doc.token(i - 2).text().toLowerCase(Locale.ROOT))
          && doc.token(i - 3).text().equals(",") && clauseWithOwnSubject(doc, i)) {
        // "... at consolidation in the freight sector, where it believes a handful of groups set
        // prices": a statement of its own in a relative clause, not part of this one
        return beforePunctuation(doc, i - 3, from, quotes);
      }
      if (quotes.inQuote(i) || !t.isVerb()
          || !(t.relationIs("conj") || t.relationIs("advcl") || t.relationIs("dep"))) {
        continue;
      }
      int background = reportersBackground(doc, verb, i);
      if (background > from) {
        return background;
      }
      if (REFUSALS.contains(t.lemma()) && sameSubjectPronoun(doc, verb, i)
          && doc.subtreeRange(i)[0] > from) {
        // "He insisted there were no plans ..., although he declined to rule out ...": what the
        // speaker (the same pronoun) would not say is not part of what he said.
        return beforePunctuation(doc, doc.subtreeRange(i)[0] - 1, from, quotes);
      }
      boolean cue = CueLexicon.isReportingVerb(t.lemma());
      if (cue && ReportingVerbRule.sharedSubjectInsideComplement(doc, t)) {
        continue;   // "he ran to the van and found the driver slumped ...": part of what was said
      }
      if (!doSupportAfterModal(doc, i) && !(cue && reportsOnItsOwn(doc, i))
          && !((cue || CueLexicon.OBJECT_REPORTING_VERBS.contains(t.lemma())) && changesTense(doc, i))) {
        continue;   // "must not read or post anything": one statement
      }
      Token prev = doc.token(i - 1);
      int cut;
      int ccAt = doSupportAfterModal(doc, i) ? doc.subtreeRange(i)[0] : -1;
      if (ccAt > from && doc.token(ccAt).relation().equals("cc")) {
        cut = ccAt;   // "and did not rule out ...": from the conjunction on
      } else if (prev.relation().equals("cc") || prev.text().equals(",")) {
        cut = i - 1;
      } else if (hasChildRelation(doc, i, "nsubj") && (hasChildRelation(doc, i, "ccomp")
          || objectIsClauseSubject(doc, i) && hasMarkIn(doc, i, CONCESSIVES))
          && doc.subtreeRange(i)[0] > from) {
        // "..., although her allies insisted that ...", "..., although he admitted the timing had ..."
        cut = doc.subtreeRange(i)[0] - 1;
      } else if (commaBeforeSubject(doc, i) > from) {
        cut = commaBeforeSubject(doc, i);   // "... its goals, the Kremlin press service reported."
      } else {
        continue;
      }
      while (cut > from && (doc.token(cut).relation().equals("cc") || doc.token(cut).relation().equals("mark")
          || doc.token(cut).isPunctuation() && !quotes.inQuote(cut))) {
        cut--;
      }
      return cut;
    }
    return to;
  }

  /**
   * Whether a verb has a clause with a subject of its own ("where it believes [a handful of groups]
   * set prices"), unlike a relative gap ("which he said had put off families").
   */
  private static boolean clauseWithOwnSubject(AnalyzedText doc, int verb) {
    for (int c : doc.children(verb)) {
      if (c > verb && (doc.token(c).relationIs("ccomp") || doc.token(c).relationIs("dep"))) {
        for (int g : doc.children(c)) {
          String pos = doc.token(g).pos();
          if (doc.token(g).relationIs("nsubj") && !pos.equals("WDT") && !pos.equals("WP")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Words that open a relative clause after a comma: ", where it believes ...", ", which she says ...". */
  private static final ImmutableSet<String> RELATIVE_OPENERS = ImmutableSet.of("where", "which", "when", "whom");

  /** The last token at or before {@code cut}, down to {@code from}, that is not punctuation outside a quote. */
  static int beforePunctuation(AnalyzedText doc, int cut, int from, DocumentQuotes quotes) {
    while (cut > from && doc.token(cut).isPunctuation() && !quotes.inQuote(cut)) {
      cut--;
    }
    return cut;
  }

  /** Whether both verbs have a personal pronoun subject, the same one ("he ... he"). */
  static boolean sameSubjectPronoun(AnalyzedText doc, int a, int b) {
    int sa = lastChild(doc, a, "nsubj");
    int sb = lastChild(doc, b, "nsubj");
    return sa >= 0 && sb >= 0 && doc.token(sa).pos().equals("PRP") && doc.token(sb).pos().equals("PRP")
        && doc.token(sa).text().equalsIgnoreCase(doc.token(sb).text());
  }

  /**
   * "said it would close the plant, as weak demand weighs on its business": after a past-tense cue,
   * a present-tense clause introduced by "as" is the reporter's background, not the statement.
   * Returns the last token before it, or -1.
   */
  static int reportersBackground(AnalyzedText doc, int cue, int verb) {
    Token v = doc.token(verb);
    if (!doc.token(cue).pos().equals("VBD") || !v.relationIs("advcl")
        || !(v.pos().equals("VBP") || v.pos().equals("VBZ")) || !hasChild(doc, verb, "mark", "as")) {
      return -1;
    }
    int start = doc.subtreeRange(verb)[0];
    if (start <= 0) {
      return -1;
    }
    int end = doc.subtreeRange(verb)[1];
    if (end + 3 < doc.tokens().size() && doc.token(end + 1).text().equals(",")
        && doc.token(end + 2).text().equalsIgnoreCase("and")
        && (doc.token(end + 3).text().equalsIgnoreCase("that") || doc.token(end + 3).isVerb())) {
      return -1;   // "would release the video within 10 days, as its policy requires, and that it had ...": an aside
    }
    return doc.token(start - 1).text().equals(",") ? start - 2 : start - 1;
  }

  /**
   * "warned that the volcano was “behaving like it did in 1911”, a comparison that was widely
   * mocked": a noun phrase in apposition after a quotation's closing mark is the reporter's remark
   * on the quotation. Returns the end without it.
   */
  static int withoutRemarkAfterQuote(AnalyzedText doc, int from, int to, DocumentQuotes quotes) {
    for (int i = from + 1; i + 3 <= to; i++) {
      if (doc.token(i).text().equals(",") && !quotes.inQuote(i)
          && (doc.token(i + 1).text().equalsIgnoreCase("a") || doc.token(i + 1).text().equalsIgnoreCase("an"))) {
        // "..., a figure Mr Keogh called “a fantasy”", "..., an idea his brother dismissed": the
        // reporter's word on what was said, a noun for a statement or a number, with more after it.
        int n = i + 2;
        while (n < to && doc.token(n).pos().startsWith("JJ")) {
          n++;
        }
        if (n < to && doc.token(n).isNoun() && REMARK_NOUNS.contains(doc.token(n).lemma().toLowerCase(Locale.ROOT))
            && !statementResumes(doc, n + 1, to)) {
          return i - 1;
        }
      }
      boolean closing = quotes.inQuote(i - 1) && !quotes.inQuote(i + 1) && doc.token(i).isPunctuation()
          && !doc.token(i).text().equals(",");
      String det = doc.token(i + 2).text().toLowerCase(Locale.ROOT);
      if (closing && doc.token(i + 1).text().equals(",") && (det.equals("a") || det.equals("an"))
          && doc.token(i + 3).isNoun()) {
        for (int k = i + 4; k <= to; k++) {
          String w = doc.token(k).text().toLowerCase(Locale.ROOT);
          if (w.equals("that") || w.equals("which")) {
            return i;
          }
        }
      }
    }
    return to;
  }

  /**
   * "said it would close the depot by June, a move affecting 140 workers, and consolidate shipping
   * ...": after the remark, ", and" with a verb takes the statement up again.
   */
  private static boolean statementResumes(AnalyzedText doc, int from, int to) {
    for (int k = from; k + 2 <= to; k++) {
      String w = doc.token(k + 1).text().toLowerCase(Locale.ROOT);
      if (doc.token(k).text().equals(",") && (w.equals("and") || w.equals("but")) && doc.token(k + 2).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /** Nouns a reporter sums up a statement or its figure with ("a claim the minister denies"). */
  private static final com.google.common.collect.ImmutableSet<String> REMARK_NOUNS =
      com.google.common.collect.ImmutableSet.of(
          "phrase", "idea", "figure", "sum", "claim", "point", "position", "step", "change", "view",
          "suggestion", "charge", "accusation", "assertion", "remark", "comment", "argument", "estimate",
          "prediction", "promise", "pledge", "proposal", "number", "total", "amount", "move", "line",
          "description", "characterisation", "characterization", "word", "term", "label");

  /** The comma right before the verb's own subject (", the press service reported"), or -1. */
  static int commaBeforeSubject(AnalyzedText doc, int verb) {
    for (int c : doc.children(verb)) {
      if (c < verb && doc.token(c).relation().equals("nsubj")) {
        int start = doc.subtreeRange(c)[0];
        return start > 0 && doc.token(start - 1).text().equals(",") ? start - 1 : -1;
      }
    }
    return -1;
  }

  /**
   * "claimed that Baku was using the issue and accused Brussels of ...": a bare past-tense verb
   * coordinated with a complement in the progressive, the present or after a modal cannot continue
   * that clause; it is the speaker's next act.
   */
  static boolean changesTense(AnalyzedText doc, int conj) {
    Token t = doc.token(conj);
    if (!t.pos().equals("VBD") || !t.relationIs("conj") || hasChildRelation(doc, conj, "aux")
        || hasChildRelation(doc, conj, "nsubj")) {
      return false;
    }
    String headPos = doc.token(t.head()).pos();
    // Not after a perfect ("had lent ... and believed"): there the two forms are one.
    return headPos.equals("VBG") || headPos.equals("VBZ") || headPos.equals("VBP") || headPos.equals("VB");
  }

  /**
   * "said the union would seek urgent talks and did not rule out strikes": a verb coordinated with
   * the reported clause's modal verb, with no subject of its own but a "did" of its own, changes
   * from reported to narrated tense; it is what the speaker did, not part of what was said.
   */
  static boolean doSupportAfterModal(AnalyzedText doc, int conj) {
    Token t = doc.token(conj);
    if (!t.relationIs("conj") || t.head() < 0 || hasChildRelation(doc, conj, "nsubj")) {
      return false;
    }
    boolean did = false;
    for (int c : doc.children(conj)) {
      if (c < conj && doc.token(c).relationIs("aux") && doc.token(c).lemma().equals("do")
          && (doc.token(c).pos().equals("VBD") || doc.token(c).pos().equals("VBZ"))) {
        did = true;
      }
    }
    if (!did) {
      return false;
    }
    for (int c : doc.children(t.head())) {
      if (c < t.head() && doc.token(c).pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** The sentence without the attribution phrase: whichever side of it is longer. */
  static Span largerSide(AnalyzedText doc, Sentence s, int[] phrase) {
    Span left = trim(doc, s.firstToken(), phrase[0] - 1);
    Span right = trim(doc, phrase[1] + 1, s.endToken() - 1);
    if (left == null) {
      return right;
    }
    if (right == null) {
      return left;
    }
    int after = phrase[1] + 1;
    if (after < s.endToken() && doc.token(after).text().equals(",")) {
      after++;
    }
    if (after < s.endToken() && AnalyzedText.RELATIVES.contains(doc.token(after).text().toLowerCase(Locale.ROOT))) {
      return left;   // "..., according to the department, which did not release his name": about the source
    }
    return right.length() >= left.length() ? right : left;
  }

  static int[] withoutSubtree(AnalyzedText doc, Sentence s, int verb) {
    int[] r = doc.subtreeRange(verb);
    if (r[0] - s.firstToken() >= s.endToken() - 1 - r[1]) {
      return new int[] {s.firstToken(), r[0] - 1};
    }
    return new int[] {r[1] + 1, s.endToken() - 1};
  }

  /**
   * Extends a complement that follows its cue to the end of the sentence, unless another cue or
   * attribution comes first (then the statement stops where it is).
   */
  static int extendToSentenceEnd(AnalyzedText doc, Sentence s, int end, int verb) {
    int lastComma = -1;
    for (int i = end + 1; i < s.endToken(); i++) {
      Token t = doc.token(i);
      if ((t.isVerb() && CueLexicon.isReportingVerb(t.lemma()) && reportsOnItsOwn(doc, i) && !thatClause(doc, i))
          || t.lemma().equals("accord") || t.text().equals("(") || speakersOwnAct(doc, i, verb)
          || t.isVerb() && t.relationIs("conj") && t.head() == verb && CueLexicon.OBJECT_REPORTING_VERBS.contains(t.lemma())) {
        // ("said A, and she described the contest as “...”": the speaker's next statement)
        // Another attribution follows: the statement runs to the last comma before its clause.
        return lastComma > end + 1 ? lastComma - 1 : end;
      }
      if (t.text().equals(",")) {
        lastComma = i;
      }
    }
    return s.endToken() - 1;
  }

  /**
   * Whether a reporting verb after a complement attributes something of its own: it has a subject
   * or a clause of its own ("..., the minister said", "and added that ..."). A verb sharing the
   * first one's subject and taking a plain object or an infinitive ("said A but would not accept a
   * measure that ...", "said A and expected to lift the notice") continues the statement, unless
   * the verb is a promise or threat of its own ("and vowed to block the bill").
   */
  static boolean reportsOnItsOwn(AnalyzedText doc, int verb) {
    if (doc.token(verb).lemma().equals("say")) {
      return true;   // "and said staff were ...", even when the parse makes "staff" its object
    }
    for (int c : doc.children(verb)) {
      Token ct = doc.token(c);
      if (ct.relationIs("nsubj") || ct.relationIs("ccomp") || ct.relationIs("parataxis")
          || ct.relationIs("dep") || ct.relationIs("advcl")
          || ct.relationIs("xcomp") && COMMISSIVES.contains(doc.token(verb).lemma())) {
        return true;
      }
    }
    return objectIsClauseSubject(doc, verb);   // "and predicted the bill would reach ..."
  }

  /**
   * "Reid, asked whether the goal had changed anything, simply shrugged", "Greaves, told of the
   * criticism, was unmoved": a participle of asking or telling set off by commas right after its
   * subject, with the subject's own finite predicate after the second comma, says what was put to
   * them (the parser reads it as the subject's verb in the past tense).
   */
  static boolean participleInApposition(AnalyzedText doc, int verb) {
    if (verb < 2 || !doc.token(verb - 1).text().equals(",") || doc.token(verb - 2).head() != verb
        || !doc.token(verb - 2).relationIs("nsubj") || !doc.token(verb).pos().startsWith("VB")) {
      return false;
    }
    int sentence = doc.token(verb).sentence();
    for (int k = verb + 1; k + 1 < doc.tokens().size() && doc.token(k + 1).sentence() == sentence; k++) {
      if (!doc.token(k).text().equals(",")) {
        continue;
      }
      int n = k + 1;
      while (n + 1 < doc.tokens().size() && doc.token(n).pos().startsWith("RB")) {
        n++;
      }
      String pos = doc.token(n).pos();
      return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }
    return false;
  }

  /** Subordinators of a concession ("..., although he admitted ..."). */
  private static final java.util.Set<String> CONCESSIVES = java.util.Set.of("although", "though", "while", "whereas");

  /** Subordinators of an indirect yes-no question ("asked whether he agreed"). */
  static final java.util.Set<String> QUESTION_MARKS = java.util.Set.of("whether", "if");

  /** Whether a verb has a subordinator among {@code words} before it. */
  static boolean hasMarkIn(AnalyzedText doc, int verb, java.util.Set<String> words) {
    for (int c : doc.children(verb)) {
      if (doc.token(c).relationIs("mark") && words.contains(doc.token(c).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb's object is followed by an auxiliary or a modal: the subject of a clause ("admitted the timing had ..."). */
  static boolean objectIsClauseSubject(AnalyzedText doc, int verb) {
    for (int c : doc.children(verb)) {
      Token ct = doc.token(c);
      int after = c > verb && ct.relationIs("obj") ? doc.subtreeRange(c)[1] + 1 : -1;
      if (after > 0 && after < doc.tokens().size() && doc.token(after).sentence() == ct.sentence()
          && (doc.token(after).relationIs("aux") || doc.token(after).pos().equals("MD"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "said the minister was open to proposals but declined to comment": a past-tense verb
   * coordinated with the cue itself, without an auxiliary of its own, is something the speaker
   * did, not part of what was said (a modal, "but would not accept", marks reported speech).
   */
  /** "... and that he would be writing to the league": a verb heading a clause opened by "that" is what was said. */
  private static boolean thatClause(AnalyzedText doc, int verb) {
    for (int c : doc.children(verb)) {
      if (c < verb && doc.token(c).relationIs("mark") && doc.token(c).text().equalsIgnoreCase("that")) {
        return true;
      }
    }
    return false;
  }

  static boolean speakersOwnAct(AnalyzedText doc, int i, int verb) {
    Token t = doc.token(i);
    return t.pos().equals("VBD") && t.relationIs("conj") && t.head() == verb
        && doc.token(i - 1).relation().equals("cc") && !hasChildRelation(doc, i, "aux")
        && !hasChildRelation(doc, i, "nsubj");
  }

  /** The span from token {@code from} to {@code to}, without leading "that" and edge punctuation. */
  static Span trim(AnalyzedText doc, int from, int to) {
    int s = from;
    int e = to;
    while (s <= e && (LEADING_SKIP.contains(doc.token(s).text().toLowerCase(Locale.ROOT))
        && (doc.token(s).relation().equals("mark") || doc.token(s).isPunctuation()
            || doc.token(s).pos().equals("IN") || doc.token(s).relation().equals("dep"))
        || isEdgePunct(doc.token(s).text()))) {
      s++;
    }
    while (e >= s && isEdgePunct(doc.token(e).text())) {
      e--;
    }
    int words = 0;
    for (int i = s; i <= e; i++) {
      words += doc.token(i).isPunctuation() ? 0 : 1;
    }
    if (words < 2) {
      return null;
    }
    return doc.span(s, e);
  }

  static boolean isEdgePunct(String w) {
    return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("!")
        || w.equals("?") || w.equals("--") || w.equals("—") || w.equals("–") || w.equals("-")
        || w.equals("...") || w.equals("…") || w.equals("(") || w.equals(")");
  }
}

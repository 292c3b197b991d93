package dev.verbatim.detect;

import static dev.verbatim.detect.Clauses.extendToSentenceEnd;
import static dev.verbatim.detect.Trees.hasChildRelation;
import static dev.verbatim.detect.Trees.isPredicate;
import static dev.verbatim.detect.Trees.lastChild;

import dev.verbatim.DetectionRule;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;

/**
 * A complement without "that" that the parser read as the verb's object: "X told the council the
 * stadium would destroy her street", "X said owners who bought one after 2022 would be eligible".
 * The statement runs from that object to the end of the sentence. Part of
 * {@link ReportingVerbRule}.
 */
final class MisparsedComplement {
  static final DetectionRule ID = DetectionRule.MISPARSED_COMPLEMENT;

  private MisparsedComplement() {}

  /** A complement without "that" that the parser took for the cue's object, or null. */
  static int[] clause(AnalyzedText doc, Sentence s, Token verb) {
    int[] range = clauseMisparsedAsObject(doc, s, verb);
    if (range == null) {
      range = subjectWithInfinitive(doc, s, verb);
    }
    if (range == null) {
      range = subjectBeforeQuotedPredicate(doc, s, verb);
    }
    return range != null ? range : clauseInsideObject(doc, s, verb);
  }

  /** Parts of speech of a plain noun phrase's words. */
  private static final java.util.Set<String> NOUN_PHRASE_TAGS = java.util.Set.of(
      "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS");

  /**
   * "says his wife “more or less pushed me through the door” after ...", "says the party “reserves
   * the right” to ask for a recount": after a verb of saying, a plain noun phrase right before a
   * quotation is the subject of a complement whose predicate is quoted, whatever the parser hung the
   * quotation on. The content runs from the noun phrase to the end of the sentence; else null.
   */
  private static int[] subjectBeforeQuotedPredicate(AnalyzedText doc, Sentence s, Token verb) {
    if (!SAY_ONLY.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    boolean noun = false;
    for (int k = verb.index() + 1; k < s.endToken() && k <= verb.index() + 7; k++) {
      Token t = doc.token(k);
      if (t.text().length() == 1 && QuoteMarks.isQuoteChar(t.text().charAt(0))) {
        Token last = doc.token(k - 1);
        boolean plain = noun && last.isNoun() && !PLAIN_OBJECTS.contains(last.lemma().toLowerCase(java.util.Locale.ROOT))
            && k + 1 < s.endToken() && Character.isLowerCase(doc.token(k + 1).text().charAt(0));
        return plain ? new int[] {verb.index() + 1, extendToSentenceEnd(doc, s, k, verb.index())} : null;
      }
      if (!NOUN_PHRASE_TAGS.contains(t.pos()) || t.pos().startsWith("PRP") && !t.pos().equals("PRP$")) {
        return null;
      }
      noun |= t.isNoun();
    }
    return null;
  }

  /** Verbs of saying that never take an object and an infinitive ("said the decision to close it ..."). */
  private static final java.util.Set<String> SAY_ONLY = java.util.Set.of(
      "say", "add", "insist", "argue", "claim", "admit", "note", "state", "concede", "acknowledge", "stress",
      "explain", "maintain", "reply", "respond", "confirm");

  /**
   * "She said the decision to close it had been “the hardest call ...”": a complement whose subject
   * carries an infinitive, which the parser read as the cue's object and an infinitive of the cue's
   * own (a verb of saying takes neither); a finite verb follows the infinitive's few words. The
   * content runs from that object to the end of the sentence; null when the tree is not of that shape.
   */
  private static int[] subjectWithInfinitive(AnalyzedText doc, Sentence s, Token verb) {
    if (!SAY_ONLY.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    int object = -1;
    int infinitive = -1;
    for (int c : doc.children(verb.index())) {
      Token ct = doc.token(c);
      if (c > verb.index() && ct.relationIs("obj") && object < 0) {
        object = c;
      } else if (object >= 0 && c > object && ct.relationIs("xcomp") && ct.pos().equals("VB")
          && doc.token(c - 1).lemma().equals("to")) {
        infinitive = c;
      }
    }
    if (object < 0 || infinitive < 0 || doc.subtreeRange(object)[0] != verb.index() + 1
        || !doc.token(object).isNoun() || doc.token(object).pos().startsWith("PRP")) {
      return null;
    }
    for (int k = infinitive + 1; k < s.endToken() && k <= infinitive + 6; k++) {
      Token t = doc.token(k);
      if (t.isPunctuation() && !(t.text().length() == 1 && QuoteMarks.isQuoteChar(t.text().charAt(0)))) {
        return null;
      }
      String pos = t.pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return new int[] {verb.index() + 1, extendToSentenceEnd(doc, s, k, verb.index())};
      }
    }
    return null;
  }

  /**
   * "X told the council the stadium would destroy her street": a complement without "that" that the
   * parser read as the cue's object ("the stadium") with the cue's clause as the subject of the
   * complement's verb ("destroy"). The content runs from that object to the end of the sentence;
   * null when the tree is not of that shape.
   */
  private static int[] clauseMisparsedAsObject(AnalyzedText doc, Sentence s, Token verb) {
    if (!verb.relationIs("csubj") || verb.head() <= verb.index() || !isPredicate(doc, verb.head())
        || !CueLexicon.isReportingVerb(verb.lemma())) {
      return null;
    }
    int object = lastChild(doc, verb.index(), "obj");
    if (object < verb.index()) {
      return null;
    }
    // The object must be the complement's subject: only the complement verb's auxiliaries and
    // adverbs between them ("welcomed the results but warned that ..." is not this shape).
    // An opening quotation mark may stand there too, and a noun predicate's own words ("her client
    // was ‘a man at the end of ...’").
    for (int i = doc.subtreeRange(object)[1] + 1; i < verb.head(); i++) {
      Token t = doc.token(i);
      if (t.head() != verb.head() || !(t.relationIs("aux") || t.relationIs("cop") || t.relationIs("advmod")
          || t.relationIs("punct") && t.text().length() == 1 && QuoteMarks.isQuoteChar(t.text().charAt(0))
          || doc.token(verb.head()).isNoun() && (t.relationIs("det") || t.relationIs("amod")
              || t.relationIs("nummod") || t.relationIs("compound")))) {
        return null;
      }
    }
    int start = doc.subtreeRange(object)[0];
    int ownAct = speakersOwnActAfter(doc, verb.head());
    if (ownAct >= 0) {
      return new int[] {start, ownAct};
    }
    return new int[] {start, extendToSentenceEnd(doc, s, doc.subtreeRange(verb.head())[1], verb.index())};
  }

  /** Whether a noun has a relative clause ("the driver, who was treated ..."). */
  private static boolean hasRelativeClause(AnalyzedText doc, int noun) {
    for (int c : doc.children(noun)) {
      if (doc.token(c).relationIs("acl:relcl")) {
        return true;
      }
    }
    return false;
  }

  /** Objects a reporting verb really takes ("said nothing", "claimed responsibility" is a noun with no predicate after it). */
  private static final java.util.Set<String> PLAIN_OBJECTS = java.util.Set.of(
      "nothing", "anything", "something", "everything", "little", "much", "more", "so", "this", "that",
      "goodbye", "hello", "sorry", "yes", "no", "thanks", "grace", "prayer", "word", "words");

  /**
   * "Corvane claims the drug could be offered to ...", "warned the drug carried a risk ...", "said
   * his plan to phase out the tax would pay for itself", "believes the benefit, while robust, is
   * small": a complement without "that" whose subject the parser took for the cue's object and
   * whose predicate it hung loose on the cue (or on the object's words) as a dependent of no clear
   * kind or as a finite "xcomp" (which only a misparse makes), or made the cue the predicate's
   * clausal subject. The predicate after the object must be
   * finite (or have an auxiliary or copula), with no subject and no subordinator of its own. The
   * content runs from the object to the end of the sentence; null when the tree is not of that
   * shape.
   */
  static int[] predicateHungOnCue(AnalyzedText doc, Sentence s, Token verb) {
    if (!CueLexicon.isReportingVerb(verb.lemma()) || CueLexicon.DOCUMENT_VERBS.contains(verb.lemma())
        || ReportingVerbRule.INDIRECT_OBJECT_VERBS.contains(verb.lemma()) && !verb.lemma().equals("warn")) {
      return null;   // "told MPs nobody checked ...": the object of "tell" is the person told
    }
    int object = -1;
    for (int c : doc.children(verb.index())) {
      if (c > verb.index() && doc.token(c).relationIs("obj")) {
        object = c;
        break;
      }
    }
    if (object < 0) {
      return null;
    }
    Token o = doc.token(object);
    int[] r = doc.subtreeRange(object);
    if (r[0] != verb.index() + 1 || o.pos().startsWith("PRP") || !o.isNoun() && !o.pos().equals("CD")
        || PLAIN_OBJECTS.contains(o.lemma().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    int end = s.endToken() - 1;
    int verbEnd = doc.subtreeRange(verb.index())[1];
    for (int k = r[1] + 1; k <= end; k++) {
      Token t = doc.token(k);
      if (t.relationIs("mark") && t.head() > k && doc.token(t.head()).relationIs("advcl")
          && doc.token(t.head()).head() == verb.index() && doc.token(k - 1).text().equals(",")) {
        k = doc.subtreeRange(t.head())[1];   // "the benefit, while statistically robust, is small": an aside
        continue;
      }
      if (t.text().equals(";") || t.text().equals(":") || t.relationIs("mark") && t.head() > k
          && !t.lemma().equals("to")) {
        return null;   // another clause, subordinate or after a stop, before any predicate
      }
      boolean finiteXcomp = t.relationIs("xcomp") && t.head() == verb.index()
          && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"));
      // "said the driver, who was treated for minor injuries, had been “fully cooperative”": the
      // predicate made a conjunct of the cue with no conjunction of its own, after a relative clause
      boolean bareConj = t.relationIs("conj") && t.head() == verb.index() && !hasChildRelation(doc, k, "cc")
          && hasRelativeClause(doc, object);
      boolean hungOnCue = (t.relationIs("dep") || t.relationIs("parataxis") || finiteXcomp || bareConj)
          && t.head() >= verb.index() && t.head() < k && k <= verbEnd;
      boolean cueIsItsSubject = k == verb.head() && (verb.relationIs("csubj") || verb.relationIs("csubj:pass"));
      if (!hungOnCue && !cueIsItsSubject) {
        continue;
      }
      boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP")
          || hasChildRelation(doc, k, "aux") || hasChildRelation(doc, k, "cop") || hasChildRelation(doc, k, "aux:pass");
      if (!finite || hasChildRelation(doc, k, "nsubj") || hasChildRelation(doc, k, "nsubj:pass")
          || hasChildRelation(doc, k, "expl") || hasChildRelation(doc, k, "mark") || hasChildRelation(doc, k, "csubj")
          && !cueIsItsSubject) {
        return null;
      }
      int last = Math.max(doc.subtreeRange(k)[1], k);
      return new int[] {r[0], extendToSentenceEnd(doc, s, cueIsItsSubject ? last : Math.max(last, r[1]), verb.index())};
    }
    return null;
  }

  /**
   * "Ms A told jurors her client was ‘...’ rather than a vandal, and asked them to ...": the
   * complement's predicate holds, as a conjunct after a comma and "and" without a subject of its
   * own, what the speaker did next. The last token of the complement before that conjunct (its "and" and comma left out),
   * or -1 when there is none.
   */
  static int speakersOwnActAfter(AnalyzedText doc, int head) {
    for (int c : doc.children(head)) {
      Token ct = doc.token(c);
      int cc = c - 1;
      if (cc > head + 1 && doc.token(cc).lemma().equalsIgnoreCase("then") && doc.token(cc).relationIs("advmod")) {
        cc--;   // ", and then gave them a deadline"
      }
      if (c > head && cc > head + 1 && ct.relationIs("conj") && ct.pos().equals("VBD") && doc.token(cc).relationIs("cc")
          && doc.token(cc - 1).text().equals(",") && !hasChildRelation(doc, c, "nsubj") && !hasChildRelation(doc, c, "nsubj:pass")
          && !hasChildRelation(doc, c, "aux") && !hasChildRelation(doc, c, "cop")) {
        int end = cc;
        while (end > head && (doc.token(end).relationIs("cc") || doc.token(end).text().equals(","))) {
          end--;
        }
        return end;
      }
    }
    return -1;
  }

  /**
   * "said grain was being moved north “as fast as the roads allow” and accused aid groups of ...",
   * "said she would not endorse either, and she described the contest as ...": a reporting verb
   * coordinated inside the complement, with no subject of its own or a personal pronoun for one, is
   * the speaker's next act, not part of what was said. The last token of the complement before it
   * (its "and" and comma left out), or -1 when there is none.
   */
  /**
   * "told delegates that they must “find the last mile together”, and then gave them a deadline":
   * a past-tense conjunct after a comma and "and" that a complement in another tense (a modal, the
   * present) cannot share is what the speaker did next; see {@link #speakersOwnActAfter}.
   */
  static int actAfterTenseShift(AnalyzedText doc, int head) {
    Token h = doc.token(head);
    boolean modal = false;
    for (int c : doc.children(head)) {
      modal |= c < head && doc.token(c).pos().equals("MD");
    }
    return modal || h.pos().equals("VBZ") || h.pos().equals("VBP") ? speakersOwnActAfter(doc, head) : -1;
  }

  static int reportedActAfter(AnalyzedText doc, int head) {
    for (int c : doc.children(head)) {
      Token ct = doc.token(c);
      if (c <= head + 1 || !ct.relationIs("conj") || !ct.pos().startsWith("VBD") && !ct.pos().equals("VBZ")
          || !CueLexicon.OBJECT_REPORTING_VERBS.contains(ct.lemma())
          || !doc.token(c - 1).relationIs("cc") && !doc.token(c - 2).relationIs("cc")) {
        continue;
      }
      boolean ownSubject = false;
      for (int g : doc.children(c)) {
        if (doc.token(g).relationIs("nsubj") && !(g == c - 1 && doc.token(g).pos().equals("PRP"))) {
          ownSubject = true;
        }
        if (doc.token(g).relationIs("aux") || doc.token(g).relationIs("nsubj:pass")) {
          ownSubject = true;
        }
      }
      if (ownSubject) {
        continue;
      }
      int end = c - 1;
      while (end > head && (doc.token(end).relationIs("cc") || doc.token(end).text().equals(",")
          || doc.token(end).pos().equals("PRP") && doc.token(end).head() == c)) {
        end--;
      }
      return end;
    }
    return -1;
  }

  /**
   * "Hearthly said owners who bought one after 2022 would be eligible": a complement without "that"
   * whose subject has a relative clause, parsed as the cue's object with the complement's verb
   * ("would be eligible") hung inside the relative clause as a loose dependent. The content runs
   * from the object to the end of the sentence; null when the tree is not of that shape.
   */
  private static final java.util.Set<String> RELATIVES = java.util.Set.of("which", "who", "whose");

  private static int[] clauseInsideObject(AnalyzedText doc, Sentence s, Token verb) {
    if (!CueLexicon.isReportingVerb(verb.lemma())) {
      return null;
    }
    for (int o : doc.children(verb.index())) {
      if (o < verb.index() || !doc.token(o).relationIs("obj")) {
        continue;
      }
      int[] r = doc.subtreeRange(o);
      if (o + 2 <= r[1] && doc.token(o + 1).text().equals(",") && RELATIVES.contains(doc.token(o + 2).lemma())) {
        // "He said net debt, which rose to £148mn, would peak before falling": the complement's
        // verb right after the comma that closes the relative clause on its subject.
        for (int k = o + 3; k < r[1]; k++) {
          String pos = doc.token(k + 1).pos();
          if (doc.token(k).text().equals(",") && (pos.equals("MD") || pos.equals("VBZ") || pos.equals("VBD")
              || pos.equals("VBP"))) {
            return new int[] {r[0], extendToSentenceEnd(doc, s, r[1], verb.index())};
          }
        }
      }
      for (int d = o + 1; d <= r[1]; d++) {
        Token dt = doc.token(d);
        if ((dt.relation().equals("dep") || dt.relation().equals("parataxis")) && doc.token(dt.head()).relationIs("acl")
            && hasChildRelation(doc, d, "aux")) {
          return new int[] {r[0], extendToSentenceEnd(doc, s, r[1], verb.index())};
        }
        if (dt.relation().equals("acl:relcl") && dt.head() == o && doc.token(d - 1).text().equals(",")
            && (dt.pos().equals("VBP") || dt.pos().equals("VBZ") || dt.pos().equals("VBD")
                || dt.pos().equals("MD"))
            && !hasChildRelation(doc, d, "nsubj") && !hasChildRelation(doc, d, "csubj")) {
          // "X believes national plans, which in many countries focus on cities, need to be
          // redrawn": the complement's verb ("need"), read as a relative clause of its subject
          // with no subject of its own, after the commas that close the real relative clause.
          return new int[] {r[0], extendToSentenceEnd(doc, s, r[1], verb.index())};
        }
      }
    }
    return null;
  }
}

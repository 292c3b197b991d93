package dev.verbatim.detect;

import static dev.verbatim.detect.Clauses.cutBeforeNextCue;
import static dev.verbatim.detect.Clauses.extendToSentenceEnd;
import static dev.verbatim.detect.Clauses.objectBetween;
import static dev.verbatim.detect.Clauses.trim;
import static dev.verbatim.detect.Clauses.withoutRemarkAfterQuote;
import static dev.verbatim.detect.Clauses.withoutSubtree;
import static dev.verbatim.detect.Trees.hasChild;
import static dev.verbatim.detect.Trees.hasChildRelation;
import static dev.verbatim.detect.Trees.subjectOf;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.mention.Words;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * A reporting verb ("said", "argued", "told", "described") with a speaker and a statement. The
 * verb is read once: first who spoke (the subject in the tree, or {@link QuotedAsSaying},
 * {@link ParticipleContinuation}, the words before an attribution that closes its sentence
 * ({@link InvertedCue}), the name before the verb ({@link SurfaceSubject})), then what was said
 * (the statement before the cue ({@link InvertedCue}), a complement the parser misread
 * ({@link MisparsedComplement}), the complement in the tree ({@link ThatClause}), a statement
 * object ({@link CueObject}), the main clause of an "as" clause ({@link AsClause}), the words
 * after the verb ({@link SurfaceComplement})). The statement's detection rule is the speaker's
 * construction when it is one of those named, else the statement's. Stateless; thread-safe.
 */
final class ReportingVerbRule implements SpeechRule {
  /** Verbs whose person told comes between the verb and the clause ("told the Courier he had ..."). */
  static final ImmutableSet<String> INDIRECT_OBJECT_VERBS = ImmutableSet.of(
      "tell", "inform", "assure", "reassure", "brief", "advise", "remind", "warn", "promise",
      "email", "text", "ask", "urge", "guarantee");

  /** Subordinators of a clause saying when something happened ("after the operator announced ..."). */
  private static final ImmutableSet<String> TIME_SUBORDINATORS = ImmutableSet.of("after", "before", "when", "while");

  /**
   * Words that open a clause naming a thing rather than saying it ("explained what had happened",
   * "told the court how it began"): after a verb that does not ask, no statement.
   */
  private static final ImmutableSet<String> FREE_RELATIVES = ImmutableSet.of("what", "how", "why", "who", "whom", "whose", "which");

  private final MentionBuilder mentions;

  ReportingVerbRule(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  @Override
  public boolean triggers(AnalyzedText doc, Sentence s, Token t) {
    return t.isVerb() && (CueLexicon.isReportingVerb(t.lemma()) || putItTo(doc, t)
        || CueLexicon.OBJECT_REPORTING_VERBS.contains(t.lemma()));
  }

  /**
   * "Mr Lathbury put it to her that she had ...": counsel's proposition, "put it to" someone
   * with a clause, is what counsel said.
   */
  private static boolean putItTo(AnalyzedText doc, Token t) {
    if (!t.lemma().equals("put") || t.index() + 2 >= doc.tokens().size()
        || !doc.token(t.index() + 1).text().equals("it") || !doc.token(t.index() + 2).text().equals("to")) {
      return false;
    }
    return ThatClause.complement(doc, t) >= 0;
  }

  @Override
  public Detected find(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    String particle = CueLexicon.PARTICLE_CUES.get(verb.lemma());
    if (particle != null && !hasChild(doc, verb.index(), "compound:prt", particle)
        && !particleRightAfter(doc, verb, particle)) {
      return null;   // "point out", "hit back", "fire back": only with the particle
    }
    if (verb.pos().equals("VBN") && verb.relationIs("acl")) {
      return null;   // "Blunt, dubbed the “Great Escape Artist”, ...": a participle describing someone
    }
    if (verb.relation().equals("acl") && verb.head() >= 0 && verb.head() == verb.index() - 1
        && Words.DOCUMENT_NOUNS.contains(doc.token(verb.head()).lemma())) {
      return null;   // "in a statement posted to his website": the document, not a cue
    }
    if (verb.relationIs("xcomp") && verb.head() >= 0 && Clauses.REFUSALS.contains(doc.token(verb.head()).lemma())) {
      return null;   // "declined to say how long the inspection would take": nothing was said
    }
    if (sharedSubjectInsideComplement(doc, verb)) {
      return null;
    }
    if (Clauses.hasMarkIn(doc, verb.index(), Clauses.QUESTION_MARKS)) {
      return null;   // "asked whether he agreed, paused before saying ...": a verb inside the question reports nothing
    }
    if ((INDIRECT_OBJECT_VERBS.contains(verb.lemma()) || CueLexicon.QUESTION_CUES.contains(verb.lemma()))
        && Clauses.participleInApposition(doc, verb.index())) {
      return null;   // "Greaves, told of the criticism, was unmoved": told, not telling
    }
    int subject = subjectOf(doc, verb.index());
    int opening = SurfaceSubject.openingBeforeRelative(doc, s, verb.index(), quotes, mentions);
    if (opening >= 0 && (subject < 0 || subject > opening && subject < verb.index())) {
      subject = opening;   // "Pennock, whose side slip to fourth, ..., said": not a word of the relative clause
    }
    if (subject >= 0 && genericRelative(doc, verb, subject) || nameUsedByAGroup(doc, verb, subject)) {
      return null;
    }
    // The construction that found the speaker, when it is not the verb's subject in the tree.
    DetectionRule speakerRule = null;
    int quoted = QuotedAsSaying.speaker(doc, verb);
    if (quoted >= 0) {
      subject = quoted;   // "TASS quoted him as saying that ...": he said it
      speakerRule = QuotedAsSaying.ID;
    } else {
      int continued = ParticipleContinuation.speaker(doc, s, verb, quotes, mentions);
      if (continued >= 0 && mentions.build(doc, continued) != null) {
        subject = continued;
        speakerRule = ParticipleContinuation.ID;
      }
    }
    int trailing = InvertedCue.trailingSubject(doc, s, verb, quotes, mentions);
    int[] trailingContent = trailing >= 0 ? InvertedCue.clauseBefore(doc, s, verb, quotes) : null;
    boolean surface = false;
    if (trailing >= 0) {
      surface = trailing != subject;
      subject = trailing;   // ", police said on Sunday.": the words between the comma and the verb
      speakerRule = null;
    }
    boolean agent = false;
    if (subject < 0 && trailing < 0) {
      subject = passiveAgent(doc, verb);   // "has been told by magistrates that ...": the magistrates told
      agent = subject >= 0;
    }
    if (subject >= 0 && speakerRule == null && !surface && !agent && SurfaceSubject.objectOfPreposition(doc, s, subject)) {
      subject = -1;   // "X, an organiser for the Y Union, ..., said", parsed with Y as the subject
    }
    SpeakerMention m = subject < 0 || quotes.inQuote(subject) ? null : mentions.build(doc, subject);
    if (m == null && subject >= 0 && doc.token(subject).isNoun()) {
      // "Asked whether that could hold up the sale, a council spokeswoman said ...", parsed with
      // "the sale" as the subject and the speaker in apposition to it.
      for (int c : doc.children(subject)) {
        if (c > subject && c < verb.index() && doc.token(c).relationIs("appos") && !quotes.inQuote(c)
            && mentions.build(doc, c) != null) {
          subject = c;
          m = mentions.build(doc, c);
          break;
        }
      }
    }
    if (m != null && m.kind() == dev.verbatim.MentionKind.ROLE && doc.token(subject).isNoun()
        && !doc.token(subject).isProperNoun()) {
      // "Sheriff's Office spokeswoman Sgt. Amanda Cole said", parsed with the name hung loose on the
      // role: the person named right after the role speaks.
      for (int c : doc.children(subject)) {
        if (c > subject && c < verb.index() && c - subject <= 4 && doc.token(c).ner().equals("PERSON")
            && (doc.token(c).relationIs("dep") || doc.token(c).relationIs("appos")) && !quotes.inQuote(c)) {
          SpeakerMention p = mentions.build(doc, c);
          if (p != null && p.kind() == dev.verbatim.MentionKind.NAME) {
            subject = c;
            m = p;
          }
          break;
        }
      }
    }
    boolean properNoun = m != null && doc.token(subject).isProperNoun();
    if (m != null && m.kind() == dev.verbatim.MentionKind.ORGANIZATION
        && (!properNoun || !doc.token(subject).ner().equals("ORGANIZATION"))) {
      // "Outside court, Callum's mother said ...", parsed with "court" as the subject and the
      // speaker in apposition to it: a person in apposition to a common noun speaks; and a
      // person named in apposition to a word the tagger took for a place or nothing ("The
      // island's GP, Dr Ann Bell, said").
      for (int c : doc.children(subject)) {
        SpeakerMention p = c > subject && c < verb.index() && doc.token(c).relationIs("appos") && !quotes.inQuote(c)
            ? mentions.build(doc, c) : null;
        if (p != null && (p.kind() == dev.verbatim.MentionKind.NAME
            || p.kind() == dev.verbatim.MentionKind.ROLE && !properNoun)) {
          subject = c;
          m = p;
          break;
        }
      }
    }
    if (m != null && m.kind() != dev.verbatim.MentionKind.PRONOUN && subject < verb.index()
        && !doc.token(subject).ner().equals("PERSON")) {
      // "The Green candidate, Siobhan Pryce, a GP and city councillor from Lowbury, said", parsed
      // with "GP" as the subject: an indefinite description between commas after a name is the
      // name's apposition, and the name speaks.
      int named = SurfaceSubject.indefiniteApposition(doc, s, subject, verb.index());
      if (named >= 0) {
        subject = named;
        m = mentions.build(doc, subject);
      }
    }
    if (m == null && subject >= 0 && doc.token(subject).isNoun()) {
      int named = SurfaceSubject.nameBeforeApposition(doc, s, subject);
      if (named >= 0) {
        subject = named;
        m = mentions.build(doc, subject);
      }
    }
    if (m == null && subject >= 0 && subject < verb.index() && doc.token(subject).isNoun()) {
      int name = SurfaceSubject.nameAfterComma(doc, s, verb.index());
      if (name >= 0 && name > subject) {
        // "Answering questions from the judge, Mrs Marlowe said ...", parsed with "questions" as
        // the subject: the name between the comma and the verb speaks.
        subject = name;
        surface = true;
        speakerRule = SurfaceSubject.ID;
        m = mentions.build(doc, subject);
      }
    }
    int antecedent = m == null ? SurfaceSubject.relativeAntecedent(doc, s, verb.index(), quotes) : -1;
    if (antecedent >= 0 && mentions.build(doc, antecedent) != null) {
      // "..., according to the Port Authority, which said ...", misparsed: the relative pronoun's
      // antecedent before the comma.
      subject = antecedent;
      m = mentions.build(doc, antecedent);
      surface = true;
      speakerRule = SurfaceSubject.ID;
    }
    if (m == null && (subject < 0 || !doc.token(subject).isNoun())) {
      // A misparsed subject ("Voicing a view, X, chairman of ..., stated"): the nearest name or
      // pronoun before the verb in the same clause; for "X called A “B” and said C", X.
      subject = SurfaceSubject.nearestNameBefore(doc, s, verb.index(), quotes);
      if (subject < 0) {
        subject = SurfaceSubject.coordinatedSubject(doc, s, verb.index(), quotes);
      }
      surface = true;
      speakerRule = SurfaceSubject.ID;
      m = subject < 0 ? null : mentions.build(doc, subject);
    }
    if (m == null) {
      return null;
    }
    int[][] parenthetical = trailingContent == null ? InvertedCue.parenthetical(doc, s, verb, subject, quotes) : null;
    if (parenthetical != null) {
      trailingContent = parenthetical[0];   // "A, he said, and B": A, and B below
    }
    // What was said, and the construction that found it (every branch that makes a statement sets it).
    DetectionRule contentRule = null;
    int comp = -1;
    int[] hung = trailingContent == null ? MisparsedComplement.predicateHungOnCue(doc, s, verb) : null;
    if (trailingContent == null && hung == null) {
      comp = ThatClause.complement(doc, verb);
      contentRule = ThatClause.ID;
      if (comp < 0) {
        comp = InvertedCue.looseClauseBefore(doc, verb);
        contentRule = InvertedCue.ID;
      }
      if (comp < 0) {
        comp = ThatClause.looseComplement(doc, verb);
        contentRule = ThatClause.ID;
      }
    }
    boolean object = false;
    if (comp < 0 && hung == null && trailingContent == null && (CueLexicon.OBJECT_REPORTING_VERBS.contains(verb.lemma())
        || CueLexicon.FORECAST_VERBS.contains(verb.lemma()))) {
      comp = CueObject.object(doc, verb, quotes);
      object = comp >= 0;
    }
    int[] range;
    int[] clauseAfter = hung != null ? hung
        : comp >= 0 || trailingContent != null ? null : MisparsedComplement.clause(doc, s, verb);
    if (trailingContent != null) {
      range = trailingContent;
      contentRule = InvertedCue.ID;
    } else if (clauseAfter != null) {
      range = clauseAfter;
      contentRule = MisparsedComplement.ID;
    } else if (comp >= 0) {
      if (object) {
        contentRule = CueObject.ID;
      }
      range = doc.subtreeRange(comp);
      if (range[0] == comp && doc.token(comp).text().equalsIgnoreCase("that") && !object) {
        range[0]++;   // the misparsed "that" heading its own clause (ThatClause.complement)
      }
      if (range[0] > verb.index() && FREE_RELATIVES.contains(doc.token(range[0]).text().toLowerCase(Locale.ROOT))
          && !CueLexicon.QUESTION_CUES.contains(verb.lemma()) && !ReportedQuestionRule.VERBS.contains(verb.lemma())) {
        return null;   // "to explain what had happened", "told them how it began": what, not what was said
      }
      boolean relativeThat = doc.token(comp).relation().equals("acl:relcl");
      if (relativeThat) {
        range[0]++;   // the "that" read as a relative pronoun (ThatClause.thatClauseAsRelative)
      } else if (verb.lemma().equals("put")) {
        if (doc.token(range[0]).text().equalsIgnoreCase("that")) {
          range[0]++;   // "put it to her that ...", the clause left loose (ThatClause.thatClauseLoose)
        }
      } else if (range[0] > verb.index() && !doc.token(comp).relationIs("ccomp")
          && !INDIRECT_OBJECT_VERBS.contains(verb.lemma())) {
        range[0] = Math.min(range[0], objectBetween(doc, verb.index(), range[0]));
      }
      int predicate = predicateHungAfter(doc, verb, range[1]);
      if (predicate >= 0 && !object) {
        // "confirmed that the camera worn by W17 had stopped recording ...": the parser made the
        // subject's participle the clause and hung the real predicate on the cue.
        range[1] = doc.subtreeRange(predicate)[1];
      }
      int toldSubject = toldClauseSubject(doc, verb, comp, range[0]);
      int ownAct = -1;
      if (toldSubject >= 0) {
        // "told jurors her client was ‘a man at the end of his tether’ rather than a vandal, and
        // asked them to ...": the clause's subject parsed as the object told, and what the
        // speaker did next hung on the clause.
        range[0] = doc.subtreeRange(toldSubject)[0];
        ownAct = MisparsedComplement.speakersOwnActAfter(doc, comp);
      }
      if (ownAct < 0 && !object) {
        ownAct = MisparsedComplement.reportedActAfter(doc, comp);
      }
      if (ownAct < 0 && !object) {
        ownAct = MisparsedComplement.actAfterTenseShift(doc, comp);
      }
      if (object && unquotedAccusation(doc, verb, range, quotes)) {
        // What someone is accused of ends with its phrase, before a clause of when it happened:
        // "accused the operator of abandoning the island after it announced cuts".
        for (int i = range[0] + 1; i <= range[1]; i++) {
          if (doc.token(i).relationIs("mark") && TIME_SUBORDINATORS.contains(doc.token(i).lemma())) {
            range[1] = i - 1;
            break;
          }
        }
      } else if (ownAct >= 0) {
        range[1] = ownAct;
      } else if (range[0] > verb.index()) {
        range[1] = extendToSentenceEnd(doc, s, range[1], verb.index());
      }
    } else if (AsClause.applies(doc, verb)) {
      // "As the minister noted, the talks will continue": the main clause is what was noted.
      range = withoutSubtree(doc, s, verb.index());
      contentRule = AsClause.ID;
    } else if (verb.relationIs("parataxis") && verb.head() >= 0 && verb.head() < verb.index()
        && !hasChildRelation(doc, verb.index(), "obj")) {
      // "The plan will fail, she said.": the clause the attribution hangs on, before it.
      range = withoutSubtree(doc, s, verb.index());
      contentRule = InvertedCue.ID;
    } else if (verb.relationIs("ccomp") && verb.head() >= 0 && doc.token(verb.head()).isVerb()
        && CueLexicon.isReportingVerb(doc.token(verb.head()).lemma())) {
      return null;   // "said she had cried": the verb is what was said, with nothing of its own
    } else {
      // The parser left the complement unattached: read it from the words.
      if (!SurfaceComplement.applies(doc, s, verb)) {
        return null;
      }
      range = InvertedCue.clauseBefore(doc, s, verb, quotes);
      contentRule = InvertedCue.ID;
      if (range == null) {
        range = SurfaceComplement.clauseAfter(doc, s, verb, quotes);
        contentRule = SurfaceComplement.ID;
      }
      if (range == null) {
        return null;
      }
    }
    if (range[0] > verb.index() && cueOfTheQuotationBefore(doc, s, verb, subject, quotes)
        && !doc.token(range[0] - 1).text().equalsIgnoreCase("that") && !finiteClause(doc, range)) {
      return null;   // "“...,” she said, her voice catching.": what follows describes, it was not said
    }
    if (range[0] > verb.index()) {
      range[1] = cutBeforeNextCue(doc, verb.index(), range[0], range[1], quotes);
      range[1] = withoutRemarkAfterQuote(doc, range[0], range[1], quotes);
      if (s.paragraph() == doc.ledeParagraph()) {
        range[1] = beforeNewsAsClause(doc, range[0], range[1], quotes);
      }
      int main = beforeMainPredicate(doc, verb, range[0], range[1], quotes);
      if (main < range[1]) {
        if (!finiteClause(doc, new int[] {range[0], main}) && !InvertedCue.hasFiniteVerb(doc, range[0], main, null)) {
          return null;   // "who argued the case on her behalf, said ...": what the speaker did, not said
        }
        range[1] = main;
      }
    }
    if (negated(doc, verb) && range[0] > verb.index()
        && INTERROGATIVE_OPENERS.contains(doc.token(range[0]).text().toLowerCase(Locale.ROOT))) {
      return null;   // "he would not say whether they included ...": what was not said
    }
    if (verb.lemma().equals("find") && range[0] > verb.index() && !doc.token(range[0] - 1).text().equalsIgnoreCase("that")
        && (OBJECT_PRONOUNS.contains(doc.token(range[0]).text().toLowerCase(Locale.ROOT)) || !hasClause(doc, range[0], range[1]))) {
      return null;   // "his wife found him collapsed in their kitchen": a finding of the senses, not a statement
    }
    Span span = trim(doc, range[0], range[1]);
    if (span == null || span.contains(Span.of(verb.begin(), verb.end()))
        && !verb.relationIs("parataxis")) {
      return null;
    }
    if (CueLexicon.NEEDS_QUOTED_OBJECT.contains(verb.lemma()) && range[0] > verb.index()
        && doc.token(range[0]).pos().equals("VBG") && quotes.quotesWithin(span).isEmpty()) {
      return null;   // "described taking the phone call": an account of an event, not a statement
    }
    Span cueSpan = null;
    if (particle != null) {
      for (int c : doc.children(verb.index())) {
        if (c > verb.index() && (doc.token(c).relationIs("compound:prt")
            || c == verb.index() + 1 && doc.token(c).text().equalsIgnoreCase(particle))) {
          cueSpan = Span.of(verb.begin(), doc.token(c).end());   // "hit back", "pointed out"
        }
      }
    }
    Statement st = new Statement(span, QuoteType.INDIRECT, null, speakerRule != null ? speakerRule : contentRule,
        verb.index(), cueSpan, verb.lemma());
    if (parenthetical != null && parenthetical[1] != null) {
      st = st.withAlsoReported(trim(doc, parenthetical[1][0], parenthetical[1][1]));
    }
    // A subject read from the words rather than the tree (the parse missed it) is "surface-subject".
    return Detected.attributed(st, subject, object ? AttributionRule.CUE_OBJECT
        : surface ? AttributionRule.SURFACE_SUBJECT : AttributionRule.CUE_SUBJECT);
  }

  /**
   * The subject of a clause after "told X" that the parser took for a second object ("told jurors
   * [her client]obj [was ... a man]ccomp" or dep): the object between the person told and a clause
   * with no subject of its own; else -1.
   */
  private static int toldClauseSubject(AnalyzedText doc, Token verb, int comp, int start) {
    if (!INDIRECT_OBJECT_VERBS.contains(verb.lemma()) || start <= verb.index()
        || !(doc.token(comp).relationIs("ccomp") || doc.token(comp).relation().equals("dep"))
        || !hasChildRelation(doc, verb.index(), "iobj")
        || hasChildRelation(doc, comp, "nsubj") || hasChildRelation(doc, comp, "csubj")) {
      return -1;
    }
    for (int c : doc.children(verb.index())) {
      if (c > verb.index() && c < start && doc.token(c).relationIs("obj") && doc.subtreeRange(c)[1] == start - 1) {
        return c;
      }
    }
    return -1;
  }

  private static boolean unquotedAccusation(AnalyzedText doc, Token verb, int[] range, DocumentQuotes quotes) {
    for (int i = range[0]; i <= range[1]; i++) {
      if (quotes.inQuote(i)) {
        return false;
      }
    }
    return CueObject.accusationOfAnAct(doc, verb, range);
  }

  /**
   * "Tenants who believe they are affected", "writers who explain their books": a verb in a
   * relative clause on a bare plural describes a kind of people, not someone's statement.
   */
  /**
   * Whether the cue attributes the quotation that ends right before it and its subject ("“...,” she
   * said", "“...”, one passenger said", "“...,” said Ms Ray"): its statement is that quotation.
   */
  private static boolean cueOfTheQuotationBefore(AnalyzedText doc, Sentence s, Token verb, int subject,
      DocumentQuotes quotes) {
    int first = subject >= 0 && subject < verb.index() ? doc.subtreeRange(subject)[0] : verb.index();
    int before = first - 1;
    if (before > s.firstToken() && doc.token(before).text().equals(",")) {
      before--;
    }
    if (before <= s.firstToken() || !quotes.inQuote(before) || quotes.inQuote(first) || !doc.token(before).pos().equals("''")) {
      return false;
    }
    // A quotation that was said: it opens the sentence or closes on its own punctuation ("...,”"),
    // unlike a title ("Speaking on BCR's “Morning Line”, Mr Lusted insisted ...").
    String end = doc.token(before - 1).text();
    return quotes.inQuote(s.firstToken()) || end.equals(",") || end.equals("?") || end.equals("!")
        || end.equals("\u2014") || end.equals("--");
  }

  /**
   * Whether the words are a finite clause of their own ("his party had given ground"), not a
   * participle ("rising slowly", "her voice catching"), a phrase ("in the ward's office") or a
   * clause of when or why ("when the conversation is put to him").
   */
  private static boolean finiteClause(AnalyzedText doc, int[] range) {
    for (int i = range[0]; i <= range[1]; i++) {
      Token t = doc.token(i);
      if (t.head() >= range[0] && t.head() <= range[1]) {
        continue;
      }
      // the words' head
      for (int c : doc.children(i)) {
        if (doc.token(c).relationIs("mark") && TIME_SUBORDINATORS.contains(doc.token(c).lemma())) {
          return false;
        }
      }
      return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")
          || hasChildRelation(doc, i, "aux") || hasChildRelation(doc, i, "cop") || hasChildRelation(doc, i, "aux:pass");
    }
    return false;
  }

  /**
   * In a lede, ", as" and a clause of its own with a subject and a finite verb ("said the company had
   * “no hidden pot of money”, as a select committee pressed him over ...", "..., as it emerged that
   * ...") is the reporter's news beside the statement, not part of it: the statement ends before its
   * comma (in the tuning gold, 8 of the 8 lede statements with such a clause after them end there, and
   * none runs over one). Returns the new last token, or {@code end}.
   */
  private static int beforeNewsAsClause(AnalyzedText doc, int start, int end, DocumentQuotes quotes) {
    for (int i = start + 2; i <= end; i++) {
      Token t = doc.token(i);
      if (!t.text().equalsIgnoreCase("as") || !doc.token(i - 1).text().equals(",") || !t.relationIs("mark")
          || quotes.inQuote(i) || t.head() <= i) {
        continue;
      }
      int h = t.head();
      Token v = doc.token(h);
      boolean ownSubject = hasChildRelation(doc, h, "nsubj") || hasChildRelation(doc, h, "nsubj:pass")
          || hasChildRelation(doc, h, "expl");
      boolean finite = v.pos().equals("VBD") || v.pos().equals("VBZ") || v.pos().equals("VBP")
          || hasChildRelation(doc, h, "aux") || hasChildRelation(doc, h, "aux:pass");
      if (ownSubject && finite && completeClause(doc, h)) {
        return i - 2;
      }
    }
    return end;
  }

  /** Pronouns in the object case, which never open a clause. */
  private static final ImmutableSet<String> OBJECT_PRONOUNS = ImmutableSet.of("him", "her", "them", "me", "us");

  /** Whether tokens hold a clause's verb: a present tense, a modal, a verb with an auxiliary, a past tense with its subject. */
  private static boolean hasClause(AnalyzedText doc, int from, int to) {
    for (int i = from; i <= to; i++) {
      String pos = doc.token(i).pos();
      if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD") || hasChildRelation(doc, i, "aux")
          || pos.equals("VBD") && hasChildRelation(doc, i, "nsubj")
          || hasChildRelation(doc, i, "aux:pass") || hasChildRelation(doc, i, "cop")) {
        return true;
      }
    }
    return false;
  }

  /** Words that open an indirect question. */
  private static final ImmutableSet<String> INTERROGATIVE_OPENERS = ImmutableSet.of(
      "whether", "if", "how", "what", "why", "when", "where", "who", "which");

  /** Whether a verb is negated ("would not say", "didn't say", "never said"). */
  private static boolean negated(AnalyzedText doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      String w = doc.token(c).text().toLowerCase(Locale.ROOT);
      if (c < verb.index() && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Prakash Iyengar, a retired accountant who says he has held the shares since 1994, has written to
   * the board ...": a statement in a relative clause (its cue's subject is "who" or "which") ends at
   * the comma after which the main clause's predicate resumes, a finite verb with no subject before
   * it. Returns the new last token, or {@code end}.
   */
  private static int beforeMainPredicate(AnalyzedText doc, Token verb, int start, int end, DocumentQuotes quotes) {
    int subject = verb.index() - 1;
    while (subject > 0 && doc.token(subject).pos().startsWith("RB")) {
      subject--;
    }
    String w = doc.token(subject).text().toLowerCase(Locale.ROOT);
    if (!(w.equals("who") || w.equals("which")) || doc.token(subject).sentence() != verb.sentence()) {
      return end;
    }
    boolean inner = false;
    for (int i = start + 1; i < end; i++) {
      String pos = doc.token(i + 1).pos();
      String next = doc.token(i + 1).text().toLowerCase(Locale.ROOT);
      if (!doc.token(i).text().equals(",") || quotes.inQuote(i)) {
        continue;
      }
      if (next.equals("which") || next.equals("who") || next.equals("whose") || next.equals("where")) {
        inner = true;   // "who said the firm, which employs 300 people, was ...": the comma after it is the statement's
      } else if (pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP") || pos.equals("MD")) {
        if (!inner) {
          return i - 1;
        }
        inner = false;
      }
    }
    return end;
  }

  /**
   * A finite predicate with no subject of its own that the parser hung on the cue as a loose
   * dependent right after the complement's last word; -1 when there is none.
   */
  private static int predicateHungAfter(AnalyzedText doc, Token verb, int end) {
    for (int c : doc.children(verb.index())) {
      Token ct = doc.token(c);
      if (c > end && ct.relationIs("dep") && doc.subtreeRange(c)[0] == end + 1 && ct.isVerb()
          && (hasChildRelation(doc, c, "aux") || hasChildRelation(doc, c, "aux:pass"))
          && !hasChildRelation(doc, c, "nsubj") && !hasChildRelation(doc, c, "nsubj:pass")
          && !hasChildRelation(doc, c, "mark")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether a clause's verb has an object, a clause or a prepositional phrase of its own ("pressed
   * him", "emerged that ...", "turned on tax"), unlike the gapped verb of a comparison ("as its policy
   * requires", "as the board had promised in 2021").
   */
  private static boolean completeClause(AnalyzedText doc, int verb) {
    for (int c : doc.children(verb)) {
      Token ct = doc.token(c);
      if (ct.relationIs("obj") || ct.relationIs("iobj") || ct.relationIs("ccomp") || ct.relationIs("xcomp")
          || ct.relationIs("obl") && !dev.verbatim.mention.Words.isTimeWord(ct.lemma()) && !doc.hasCaseChild(c, "in")
          && !ct.pos().equals("CD")) {
        return true;
      }
    }
    return false;
  }

  /** "Haldane shot back that ...", with "back" parsed as an adverb of the verb rather than its particle. */
  private static boolean particleRightAfter(AnalyzedText doc, Token verb, String particle) {
    int next = verb.index() + 1;
    return next < doc.tokens().size() && doc.token(next).head() == verb.index()
        && doc.token(next).text().equalsIgnoreCase(particle) && doc.token(next).relationIs("advmod");
  }

  /** Verbs that give something a name ("locals call the field “the Bowl”"). */
  private static final ImmutableSet<String> NAMING_VERBS = ImmutableSet.of("call", "dub", "nickname", "term");
  /** Subjects that stand for anyone at all. */
  private static final ImmutableSet<String> ANYONE = ImmutableSet.of(
      "everyone", "everybody", "people", "anyone", "anybody", "nobody", "locals");

  /**
   * A name in use rather than a verdict: "which locals call “the Bowl”", "a room her students call
   * “the vault”", "everyone calls the building “the wee hoose”", "under what the chain calls its
   * “downtime protocol”". The verb gives a name, and its subject is a group of people named by a
   * plural common noun or a word for anyone, or the name is what a free relative ("what X calls")
   * stands for. "Marcus Bell called the proposal “a hole”" is a statement, as is "a figure Mr Keogh
   * called “a fantasy”".
   */
  private static boolean nameUsedByAGroup(AnalyzedText doc, Token verb, int subject) {
    if (!NAMING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int c : doc.children(verb.index())) {
      if (c < verb.index() && doc.token(c).text().equalsIgnoreCase("what") && !doc.token(c).relationIs("nsubj")) {
        return true;   // "what X calls": the label itself
      }
    }
    if (subject < 0) {
      return false;
    }
    Token subj = doc.token(subject);
    return ANYONE.contains(subj.text().toLowerCase(Locale.ROOT))
        || subj.pos().equals("NNS") && !subj.ner().equals("ORGANIZATION") && !subj.ner().equals("PERSON");
  }

  /** Verbs of telling someone something, whose passive names the teller after "by". */
  private static final ImmutableSet<String> PASSIVE_TELLING = ImmutableSet.of(
      "tell", "inform", "warn", "assure", "reassure", "advise", "remind");

  /**
   * "Residents were told by the council that the road would reopen", "has been told by magistrates
   * that he came close to prison": the agent of a passive verb of telling with a clause, or -1.
   */
  private static int passiveAgent(AnalyzedText doc, Token verb) {
    if (!PASSIVE_TELLING.contains(verb.lemma().toLowerCase(Locale.ROOT)) || !hasChildRelation(doc, verb.index(), "aux:pass")
        || !hasChildRelation(doc, verb.index(), "ccomp")) {
      return -1;
    }
    for (int c : doc.children(verb.index())) {
      if (c > verb.index() && (doc.token(c).relationIs("obl:agent")
          || doc.token(c).relationIs("obl") && doc.hasCaseChild(c, "by"))) {
        return c;
      }
    }
    return -1;
  }

  /** Verbs of perceiving and expecting, which report what someone saw or thought, not what they said. */
  private static final ImmutableSet<String> MIND_VERBS = ImmutableSet.of(
      "find", "expect", "hope", "fear", "think", "believe", "feel", "know", "see", "hear", "notice",
      "discover", "realise", "realize", "learn", "want");

  /**
   * "said he ran to the van and found the driver slumped ...", "told a briefing that India would not
   * block consensus but expected its objections to be recorded": a verb of perceiving or expecting
   * coordinated with the verb of a reported clause, with no subject of its own, shares that clause's
   * subject and is part of what was reported.
   */
  static boolean sharedSubjectInsideComplement(AnalyzedText doc, Token verb) {
    if (!verb.relationIs("conj") || !MIND_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
        || hasChildRelation(doc, verb.index(), "nsubj") || hasChildRelation(doc, verb.index(), "nsubj:pass")
        || verb.head() < 0 || verb.head() > verb.index()) {
      return false;
    }
    Token first = doc.token(verb.head());
    return first.relationIs("ccomp") && hasChildRelation(doc, first.index(), "nsubj");
  }

  private static boolean genericRelative(AnalyzedText doc, Token verb, int subject) {
    Token subj = doc.token(subject);
    if (!(subj.pos().equals("WP") || subj.pos().equals("WDT")) || !verb.relationIs("acl") || verb.head() < 0) {
      return false;
    }
    Token noun = doc.token(verb.head());
    if (!noun.pos().equals("NNS")) {
      return false;
    }
    for (int c : doc.children(noun.index())) {
      if (doc.token(c).relationIs("det") || doc.token(c).relationIs("nmod:poss") || doc.token(c).relationIs("nummod")) {
        return false;
      }
    }
    return true;
  }
}

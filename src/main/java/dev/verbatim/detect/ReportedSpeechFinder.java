package dev.verbatim.detect;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.mention.Words;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * Finds reported speech from the dependency tree: a reporting verb whose subject can speak and
 * whose clausal complement is the statement ("X argued that ..."), inverted reports ("..., X
 * said"), "according to X, ..." and "from X's perspective, ...". A complement containing a quoted
 * fragment makes a mixed statement; a complement that is exactly one quotation makes that
 * quotation a direct statement with this cue and speaker. Stateless; thread-safe.
 */
public final class ReportedSpeechFinder {
  /** Participles that open a sentence with the question put to its speaker ("Asked whether ..., "). */
  private static final ImmutableSet<String> QUESTION_OPENERS =
      ImmutableSet.of("asked", "questioned", "pressed", "challenged", "quizzed");
  private static final ImmutableSet<String> LEADING_SKIP = ImmutableSet.of("that", ":", ",", "--", "—", "–");
  private static final ImmutableSet<String> SUBJECT_INHERITING = ImmutableSet.of("conj", "xcomp", "advcl", "dep");

  private static final ImmutableSet<String> INDIRECT_OBJECT_VERBS = ImmutableSet.of(
      "tell", "inform", "assure", "reassure", "brief", "advise", "remind", "warn", "promise",
      "email", "text", "ask", "urge", "guarantee");

  /** Days, months and other time words, which end many an "according to" phrase but never speak. */
  /** Speech acts that commit or press someone to act, with an infinitive ("vowed to ..."). */
  private static final ImmutableSet<String> COMMISSIVES = ImmutableSet.of(
      "vow", "promise", "pledge", "threaten", "refuse", "decline", "urge", "demand", "swear", "undertake");
  /** "His ministry's position is that ...", "Her view is that ...". */
  private static final ImmutableSet<String> POSITION_NOUNS = ImmutableSet.of(
      "position", "view", "belief", "argument", "assessment", "opinion", "conclusion", "stance",
      "message", "point", "contention", "perspective", "understanding", "fear", "hope", "concern");
  /** "expressed concern that ...", "voiced doubts that ...". */
  private static final ImmutableSet<String> STANCE_VERBS = ImmutableSet.of("express", "voice", "share");
  /** The nouns those verbs take before "that". */
  private static final ImmutableSet<String> STANCE_NOUNS = ImmutableSet.of(
      "concern", "hope", "doubt", "fear", "confidence", "regret", "optimism", "belief", "conviction",
      "worry", "frustration", "dismay", "scepticism", "skepticism", "certainty", "view", "opinion");
  /** Parts of speech a clause's subject can start with ("the money", "he", "there", "Smith"). */
  private static final ImmutableSet<String> SUBJECT_START = ImmutableSet.of(
      "PRP", "PRP$", "DT", "NN", "NNS", "NNP", "NNPS", "CD", "EX", "JJ", "JJS", "JJR", "PDT");
  /** Documents an organisation issues itself, which speak for it ("according to a filing"). */
  private static final ImmutableSet<String> ISSUED_DOCUMENTS = ImmutableSet.of(
      "filing", "statement", "release", "announcement", "post", "letter", "memo", "website", "notice");
  /** Who hears evidence: "the court heard that ...". */
  private static final ImmutableSet<String> HEARING_BODIES = ImmutableSet.of(
      "court", "jury", "tribunal", "inquest", "hearing", "inquiry", "panel", "committee", "judge");
  /** Participles of acts of saying that are not reporting verbs ("..., blaming management"). */
  private static final ImmutableSet<String> SPEECH_ACT_PARTICIPLES =
      ImmutableSet.of("blame", "cite", "point");
  /** Verbs whose infinitive says that nothing was said ("declined to say", "refused to comment"). */
  private static final ImmutableSet<String> REFUSALS = ImmutableSet.of("decline", "refuse", "fail");
  private static final ImmutableSet<String> SUBORDINATORS = ImmutableSet.of(
      "as", "because", "when", "while", "after", "before", "if", "since", "until", "although",
      "though", "whereas", "once", "unless", "whether", "who", "which");

  private final MentionBuilder mentions;

  /**
   * Creates a finder; it holds no per-document state.
   *
   * @param mentions builds speaker mentions from subject heads
   */
  public ReportedSpeechFinder(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  /**
   * @param doc the analysed text
   * @param quotes its outermost quotations
   * @param directCue receives, per outer quotation index, a direct statement found here (its cue
   *     and speaker), or keeps null
   * @param absorbed receives true for quotations that became part of a mixed statement
   * @return indirect and mixed statements, in no particular order
   */
  public List<Statement> find(AnalyzedText doc, DocumentQuotes quotes, Statement[] directCue, boolean[] absorbed) {
    List<Statement> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (int i = questionClauseEnd(doc, s, quotes); i < s.endToken(); i++) {
        if (quotes.inQuote(i)) {
          continue;
        }
        Token t = doc.token(i);
        Statement st = null;
        if (t.isVerb() && (CueLexicon.isReportingVerb(t.lemma())
            || CueLexicon.OBJECT_REPORTING_VERBS.contains(t.lemma()))) {
          st = fromVerb(doc, s, t, quotes);
        } else if (t.lemma().equals("accord") && i + 1 < s.endToken()
            && doc.token(i + 1).text().equalsIgnoreCase("to")) {
          st = fromAccordingTo(doc, s, t);
        } else if (t.isNoun() && CueLexicon.VIEW_NOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
          st = fromViewNoun(doc, s, t);
        } else if (t.isNoun() && POSITION_NOUNS.contains(t.lemma()) && i + 2 < s.endToken()
            && doc.token(i + 1).lemma().equals("be") && doc.token(i + 2).text().equalsIgnoreCase("that")) {
          st = fromPositionIsThat(doc, s, t, quotes);
        } else if (t.lemma().equals("hear") && t.isVerb()) {
          st = fromHearing(doc, s, t, quotes);
        } else if (STANCE_VERBS.contains(t.lemma()) && t.isVerb()
            || CueLexicon.STANCE_ADJECTIVES.contains(t.text().toLowerCase(Locale.ROOT))) {
          st = fromStance(doc, s, t, quotes);
        }
        if (st != null) {
          classify(doc, st, quotes, out, directCue, absorbed);
        }
      }
    }
    return out;
  }

  /**
   * Where the sentence's main clause starts after an opening question put to the speaker ("Asked
   * what she would say to households, Fairbairn acknowledged that ...", "Asked if he thought it
   * was a penalty, Ferreira smiled"): the verbs of the question are the reporter's words, not a
   * statement. The sentence's first token when it opens with no such question.
   */
  private static int questionClauseEnd(AnalyzedText doc, Sentence s, DocumentQuotes quotes) {
    int first = s.firstToken();
    Token t = doc.token(first);
    if (!QUESTION_OPENERS.contains(t.text().toLowerCase(Locale.ROOT)) || !t.pos().startsWith("VB")) {
      return first;
    }
    for (int i = first + 1; i < s.endToken() && !quotes.inQuote(i); i++) {
      if (doc.token(i).text().equals(",")) {
        return i + 1;
      }
    }
    return first;
  }

  private void classify(AnalyzedText doc, Statement st, DocumentQuotes quotes, List<Statement> out,
      Statement[] directCue, boolean[] absorbed) {
    int host = hostQuote(doc, st.span(), quotes);
    if (host >= 0) {
      // Reported speech found inside a quotation is the quotation's own cue ("X said: “A. B.”").
      if (directCue[host] == null && !quotes.inQuote(st.cueToken)) {
        QuotedSpan q = quotes.outer().get(host);
        Statement d = new Statement(q.content(), QuoteType.DIRECT, q);
        d.cueToken = st.cueToken;
        d.cueSpan = st.cueSpan;
        d.cueLemma = st.cueLemma;
        d.attribute(st.speakerHead, "cue-subject", 0.9);
        directCue[host] = d;
      }
      return;
    }
    List<Integer> inside = quotes.quotesWithin(st.span());
    if (inside.size() == 1) {
      QuotedSpan q = quotes.outer().get(inside.get(0));
      Span rest = st.span();
      int outside = rest.length() - q.outer().length();
      if (outside <= 2 || (q.outer().start() <= rest.start() + 1 && q.outer().end() >= rest.end() - 1)) {
        if (directCue[inside.get(0)] == null) {
          Statement d = new Statement(q.content(), QuoteType.DIRECT, q);
          d.cueToken = st.cueToken;
          d.cueSpan = st.cueSpan;
          d.cueLemma = st.cueLemma;
          d.attribute(st.speakerHead, "cue-subject", 0.9);
          directCue[inside.get(0)] = d;
        }
        return;
      }
    }
    if (!inside.isEmpty()) {
      st.type(QuoteType.MIXED);
      for (int q : inside) {
        absorbed[q] = true;
      }
    } else if (st.cueLemma != null && CueLexicon.NEEDS_QUOTED_OBJECT.contains(st.cueLemma)
        && st.rule.equals("cue-object") && !CueLexicon.FORECAST_VERBS.contains(st.cueLemma)) {
      return;
    }
    out.add(st);
  }

  /** The quotation holding at least half of {@code span}, or -1. */
  private static int hostQuote(AnalyzedText doc, Span span, DocumentQuotes quotes) {
    int first = doc.tokenAtOrAfter(span.start());
    int last = doc.tokenAtOrAfter(Math.max(span.start(), span.end() - 1));
    for (int t : new int[] {first, last}) {
      if (t < doc.tokens().size() && quotes.inQuote(t)) {
        QuotedSpan q = quotes.outer().get(quotes.quoteOf(t));
        int overlap = Math.min(q.content().end(), span.end()) - Math.max(q.content().start(), span.start());
        if (overlap * 2 >= span.length() && !span.contains(q.outer())) {
          return quotes.quoteOf(t);
        }
      }
    }
    return -1;
  }

  private Statement fromVerb(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    String particle = CueLexicon.PARTICLE_CUES.get(verb.lemma());
    if (particle != null && !hasChild(doc, verb.index(), "compound:prt", particle)) {
      return null;   // "point out", "hit back", "fire back": only with the particle
    }
    if (verb.pos().equals("VBN") && verb.relationIs("acl")) {
      return null;   // "Blunt, dubbed the “Great Escape Artist”, ...": a participle describing someone
    }
    if (verb.relation().equals("acl") && verb.head() >= 0 && verb.head() == verb.index() - 1
        && Words.DOCUMENT_NOUNS.contains(doc.token(verb.head()).lemma())) {
      return null;   // "in a statement posted to his website": the document, not a cue
    }
    if (verb.relationIs("xcomp") && verb.head() >= 0 && REFUSALS.contains(doc.token(verb.head()).lemma())) {
      return null;   // "declined to say how long the inspection would take": nothing was said
    }
    int subject = subjectOf(doc, verb.index());
    if (subject >= 0 && genericRelative(doc, verb, subject)) {
      return null;
    }
    int quoted = quotedAsSaying(doc, verb);
    if (quoted >= 0) {
      subject = quoted;   // "TASS quoted him as saying that ...": he said it
    } else {
      int continued = participleContinuation(doc, s, verb, quotes);
      if (continued >= 0 && mentions.build(doc, continued) != null) {
        subject = continued;
      }
    }
    int trailing = trailingSubject(doc, s, verb, quotes);
    int[] trailingContent = trailing >= 0 ? trailingAttribution(doc, s, verb, quotes) : null;
    boolean surface = false;
    if (trailing >= 0) {
      surface = trailing != subject;
      subject = trailing;   // ", police said on Sunday.": the words between the comma and the verb
    }
    SpeakerMention m = subject < 0 || quotes.inQuote(subject) ? null : mentions.build(doc, subject);
    if (m == null && subject >= 0 && doc.token(subject).isNoun()) {
      int named = nameBeforeApposition(doc, s, subject);
      if (named >= 0) {
        subject = named;
        m = mentions.build(doc, subject);
      }
    }
    if (m == null && (subject < 0 || !doc.token(subject).isNoun())) {
      // A misparsed subject ("Voicing a view, X, chairman of ..., stated"): the nearest name or
      // pronoun before the verb in the same clause; for "X called A “B” and said C", X.
      subject = nearestNameBefore(doc, s, verb.index(), quotes);
      if (subject < 0) {
        subject = coordinatedSubject(doc, s, verb.index(), quotes);
      }
      surface = true;
      m = subject < 0 ? null : mentions.build(doc, subject);
    }
    if (m == null) {
      return null;
    }
    int comp = trailingContent != null ? -1 : complement(doc, verb);
    boolean object = false;
    if (comp < 0 && trailingContent == null && (CueLexicon.OBJECT_REPORTING_VERBS.contains(verb.lemma())
        || CueLexicon.FORECAST_VERBS.contains(verb.lemma()))) {
      comp = objectComplement(doc, verb, quotes);
      object = comp >= 0;
    }
    int[] range;
    int[] clauseAfter = comp >= 0 || trailingContent != null ? null : misparsedComplement(doc, s, verb);
    if (trailingContent != null) {
      range = trailingContent;
    } else if (clauseAfter != null) {
      range = clauseAfter;
    } else if (comp >= 0) {
      range = doc.subtreeRange(comp);
      if (range[0] > verb.index() && !doc.token(comp).relationIs("ccomp")
          && !INDIRECT_OBJECT_VERBS.contains(verb.lemma())) {
        range[0] = Math.min(range[0], objectBetween(doc, verb.index(), range[0]));
      }
      if (range[0] > verb.index()) {
        range[1] = extendToSentenceEnd(doc, s, range[1], verb.index());
      }
    } else if (verb.relationIs("advcl") && verb.head() > verb.index() && hasChild(doc, verb.index(), "mark", "as")
        && (!hasChildRelation(doc, verb.index(), "obj") || INDIRECT_OBJECT_VERBS.contains(verb.lemma()))) {
      // "As the minister noted, the talks will continue": the main clause is what was noted.
      range = withoutSubtree(doc, s, verb.index());
    } else if (verb.relationIs("parataxis") && verb.head() >= 0 && verb.head() < verb.index()
        && !hasChildRelation(doc, verb.index(), "obj")) {
      // "The plan will fail, she said.": the clause the attribution hangs on, before it.
      range = withoutSubtree(doc, s, verb.index());
    } else if (verb.relationIs("ccomp") && verb.head() >= 0 && doc.token(verb.head()).isVerb()
        && CueLexicon.isReportingVerb(doc.token(verb.head()).lemma())) {
      return null;   // "said she had cried": the verb is what was said, with nothing of its own
    } else {
      range = surfaceComplement(doc, s, verb, quotes);
      if (range == null) {
        return null;
      }
    }
    if (range[0] > verb.index()) {
      range[1] = cutBeforeNextCue(doc, verb.index(), range[0], range[1], quotes);
      range[1] = withoutRemarkAfterQuote(doc, range[0], range[1], quotes);
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
    Statement st = new Statement(span, QuoteType.INDIRECT, null);
    st.cueToken = verb.index();
    st.cueLemma = verb.lemma();
    if (particle != null) {
      for (int c : doc.children(verb.index())) {
        if (c > verb.index() && doc.token(c).relationIs("compound:prt")) {
          st.cueSpan = Span.of(verb.begin(), doc.token(c).end());   // "hit back", "pointed out"
        }
      }
    }
    // A subject read from the words rather than the tree (the parse missed it) is "surface-subject".
    st.attribute(subject, object ? "cue-object" : surface ? "surface-subject" : "cue-subject", object ? 0.75 : 0.9);
    return st;
  }

  private static int complement(AnalyzedText doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      if (doc.token(c).relationIs("ccomp")) {
        return c;
      }
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
    int subject = lastChild(doc, verb.index(), "nsubj");
    for (int c : doc.children(verb.index())) {
      // "Nordra will cut 5,000 jobs, the company said on Wednesday, as ...": the clause before
      // the attribution, left as a loose dependent of its verb.
      if (c < subject && doc.token(c).relation().equals("dep") && isPredicate(doc, c)
          && hasChildRelation(doc, c, "nsubj")) {
        return c;
      }
    }
    // The parser sometimes leaves a complement clause as "dep" with its subject as the verb's
    // object ("believes [a scenario]obj [is plausible]dep").
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

  /** A complement without "that" that the parser took for the cue's object, or null. */
  private static int[] misparsedComplement(AnalyzedText doc, Sentence s, Token verb) {
    int[] range = clauseMisparsedAsObject(doc, s, verb);
    return range != null ? range : clauseInsideObject(doc, s, verb);
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
    for (int i = doc.subtreeRange(object)[1] + 1; i < verb.head(); i++) {
      Token t = doc.token(i);
      if (t.head() != verb.head() || !(t.relationIs("aux") || t.relationIs("cop") || t.relationIs("advmod"))) {
        return null;
      }
    }
    int start = doc.subtreeRange(object)[0];
    return new int[] {start, extendToSentenceEnd(doc, s, doc.subtreeRange(verb.head())[1], verb.index())};
  }

  /**
   * "Hearthly said owners who bought one after 2022 would be eligible": a complement without "that"
   * whose subject has a relative clause, parsed as the cue's object with the complement's verb
   * ("would be eligible") hung inside the relative clause as a loose dependent. The content runs
   * from the object to the end of the sentence; null when the tree is not of that shape.
   */
  private static int[] clauseInsideObject(AnalyzedText doc, Sentence s, Token verb) {
    if (!CueLexicon.isReportingVerb(verb.lemma())) {
      return null;
    }
    for (int o : doc.children(verb.index())) {
      if (o < verb.index() || !doc.token(o).relationIs("obj")) {
        continue;
      }
      int[] r = doc.subtreeRange(o);
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

  /** The last dependent of {@code h} whose relation starts with {@code relation}, or -1. */
  private static int lastChild(AnalyzedText doc, int h, String relation) {
    int last = -1;
    for (int c : doc.children(h)) {
      if (doc.token(c).relationIs(relation)) {
        last = c;
      }
    }
    return last;
  }

  private static boolean hasChildRelation(AnalyzedText doc, int h, String relation) {
    for (int g : doc.children(h)) {
      if (doc.token(g).relationIs(relation)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPredicate(AnalyzedText doc, int c) {
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

  /** The start of an object standing between the verb and its complement, else {@code start}. */
  private static int objectBetween(AnalyzedText doc, int verb, int start) {
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
   * "Dr Grace Ntim-Mensah, a climate and health researcher at ..., who ..., said": a subject noun
   * the parser took from inside the apposition that describes a name. The name's last token when
   * the noun's phrase starts right after "Name," with only determiners, adjectives and nouns; else
   * -1.
   */
  private static int nameBeforeApposition(AnalyzedText doc, Sentence s, int noun) {
    for (int i = noun - 1; i > s.firstToken() && i >= noun - 6; i--) {
      Token t = doc.token(i);
      if (t.text().equals(",")) {
        Token before = doc.token(i - 1);
        return before.ner().equals("PERSON") && before.isProperNoun() ? i - 1 : -1;
      }
      String pos = t.pos();
      if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CC")
          || pos.equals("HYPH"))) {
        return -1;
      }
    }
    return -1;
  }

  private static int nearestNameBefore(AnalyzedText doc, Sentence s, int verb, DocumentQuotes quotes) {
    boolean skipped = false;
    for (int i = verb - 1; i >= s.firstToken(); i--) {
      Token t = doc.token(i);
      if (quotes.inQuote(i)) {
        return -1;
      }
      if (t.text().equals(",") && !skipped && i == verb - 1) {
        // Skip one parenthetical before the verb (", who asked not to be named,").
        int j = i - 1;
        while (j > s.firstToken() && !doc.token(j).text().equals(",")) {
          j--;
        }
        if (j > s.firstToken() && doc.token(j).text().equals(",")) {
          if (allPerson(doc, j + 1, i - 1)) {
            return i - 1;   // "The head of the chamber, Lauri Salo, is confident": the name in apposition
          }
          i = j;
          skipped = true;
          continue;
        }
      }
      if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
        return -1;
      }
      String ner = t.ner();
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
        int h = i;
        while (h + 1 < verb && doc.token(h + 1).ner().equals(ner)) {
          h++;
        }
        int start = i;
        while (start - 1 >= s.firstToken() && doc.token(start - 1).ner().equals(ner)) {
          start--;
        }
        boolean clauseInitial = start == s.firstToken() || h == verb - 1 && (doc.token(start - 1).text().equals(",")
            || doc.token(start - 1).pos().equals("DT") && (start - 1 == s.firstToken()
                || doc.token(start - 2).text().equals(",")));
        if (ner.equals("PERSON") || clauseInitial) {
          return h;
        }
        i = start;
        continue;
      }
      if (t.pos().equals("PRP") && Words.isSpeakerPronoun(t.text())) {
        return i;
      }
      if (Words.isAgeEpithet(doc, i)) {
        return i;
      }
      if (t.isNoun() && (Words.isPersonNoun(t.lemma()) || Words.isOrganizationNoun(t.lemma()))
          && !(i + 1 < verb && doc.token(i + 1).isNoun())) {
        int h = i;
        while (doc.token(h).relationIs("nmod") && doc.token(h).head() >= 0 && doc.token(h).head() < h
            && doc.token(doc.token(h).head()).isNoun()) {
          h = doc.token(h).head();
        }
        return h;
      }
    }
    return -1;
  }

  /**
   * "X called the position “hostile” and said Moscow would ...", parsed without a subject for
   * "said": the subject of the verb the coordination joins it to, the last verb before it with a
   * subject of its own.
   */
  private static int coordinatedSubject(AnalyzedText doc, Sentence s, int verb, DocumentQuotes quotes) {
    if (verb - 1 < s.firstToken() || !doc.token(verb - 1).relation().equals("cc")) {
      return -1;
    }
    for (int i = verb - 2; i >= s.firstToken(); i--) {
      Token t = doc.token(i);
      if (quotes.inQuote(i) || !(t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
        continue;
      }
      for (int c : doc.children(i)) {
        if (c < i && doc.token(c).relation().equals("nsubj") && !quotes.inQuote(c)) {
          return c;
        }
      }
      return -1;
    }
    return -1;
  }

  private static boolean allPerson(AnalyzedText doc, int from, int to) {
    // "Dr Anjali Brightwater": an honorific the tagger left outside the name is part of it
    while (from < to && Words.HONORIFICS.contains(
        doc.token(from).text().toLowerCase(Locale.ROOT).replace(".", ""))) {
      from++;
    }
    for (int k = from; k <= to; k++) {
      if (!doc.token(k).ner().equals("PERSON")) {
        return false;
      }
    }
    return from <= to;
  }

  /** An object that is a statement: it holds a quotation, or it is a gerund clause. */
  private static int objectComplement(AnalyzedText doc, Token verb, DocumentQuotes quotes) {
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
        if (quoted || gerund || forecastFigure(doc, verb, ct, r)) {
          return c;
        }
      }
    }
    return -1;
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

  /**
   * When the parser leaves the complement unattached ("said the money would go ..." parsed as an
   * object with a relative clause), the words after the verb: after "that" when it comes within a
   * few words, else right after the verb when a finite verb follows before the sentence ends.
   */
  private static int[] surfaceComplement(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    boolean perfect = verb.pos().equals("VBN") && verb.index() > s.firstToken()
        && (doc.token(verb.index() - 1).lemma().equals("have")
            || verb.index() - 2 >= s.firstToken() && doc.token(verb.index() - 2).lemma().equals("have"));
    if (!(verb.pos().equals("VBD") || verb.pos().equals("VBZ") || verb.pos().equals("VBP")
        || verb.pos().equals("VBG") || perfect) || !CueLexicon.isReportingVerb(verb.lemma())) {
      return null;
    }
    int end = s.endToken() - 1;
    int[] before = trailingAttribution(doc, s, verb, quotes);
    if (before != null) {
      return before;
    }
    int first = verb.index() + 1;
    // "She cautions, however, that ...": step over an interjection between commas.
    if (first + 2 <= end && doc.token(first).text().equals(",")) {
      int j = first + 1;
      while (j <= end && j <= first + 3 && doc.token(j).pos().startsWith("RB")) {
        j++;
      }
      if (j > first + 1 && j <= end && doc.token(j).text().equals(",")) {
        first = j + 1;
      }
    }
    if (first > end || quotes.inQuote(first) || doc.token(first).isPunctuation()) {
      return null;
    }
    for (int c : doc.children(verb.index())) {
      if (doc.token(c).relationIs("xcomp") && !doc.token(c).text().equalsIgnoreCase("that")) {
        return null;   // an infinitive ("pledged not to ..."), not a reported clause
      }
    }
    for (int i = first; i <= Math.min(end, first + 10); i++) {
      Token t = doc.token(i);
      if (t.text().equalsIgnoreCase("that") && (t.pos().equals("IN") || i + 1 <= end
          && (doc.token(i + 1).pos().startsWith("PRP") || doc.token(i + 1).pos().equals("DT")
              || doc.token(i + 1).isProperNoun())
          || i == verb.index() + 1 && finiteVerbIn(doc, i + 2, end))) {
        // ("warned that price growth had ...": right after the cue, "that" opens the clause
        // even when the tagger read it as a determiner)
        return i + 1 <= end ? new int[] {i + 1, end} : null;
      }
      if (t.isPunctuation() && !t.text().equals(",") || quotes.inQuote(i)) {
        break;
      }
    }
    if (INDIRECT_OBJECT_VERBS.contains(verb.lemma())) {
      // "told the Courier he had ...": the clause after the person told.
      int obj = -1;
      for (int c : doc.children(verb.index())) {
        if (doc.token(c).relationIs("obj") || doc.token(c).relationIs("iobj")) {
          obj = Math.max(obj, doc.subtreeRange(c)[1]);
        }
      }
      if (obj < 0 || obj >= end) {
        return null;
      }
      first = obj + 1;
    }
    if (CueLexicon.DOCUMENT_VERBS.contains(verb.lemma()) || !SUBJECT_START.contains(doc.token(first).pos())) {
      return null;
    }
    for (int i = first + 1; i <= Math.min(end, first + 15); i++) {
      Token t = doc.token(i);
      if (quotes.inQuote(i) && !quotes.inQuote(i - 1)) {
        // 'said Whitcombe "has never met a farmer ..."': a quoted predicate after the subject.
        for (int k = i; k <= Math.min(end, i + 2) && quotes.inQuote(k); k++) {
          String pos = doc.token(k).pos();
          if (pos.equals("MD") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
            return new int[] {first, end};
          }
        }
        break;
      }
      if (quotes.inQuote(i) || SUBORDINATORS.contains(t.text().toLowerCase(Locale.ROOT))) {
        break;
      }
      if (t.pos().equals("MD") || t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP")) {
        if (doc.token(i - 1).pos().equals("CC")) {
          return null;   // "signals readiness, but sets conditions": a second verb of the same subject
        }
        if (CueLexicon.isReportingVerb(t.lemma()) && i + 1 <= end
            && (doc.token(i + 1).text().equals(":") || quotes.inQuote(i + 1))) {
          return null;   // "conceded 14 - Tukino said: \"...\"": another attribution, of a quote
        }
        return new int[] {first, end};
      }
    }
    return null;
  }

  /**
   * Stances with a that-clause, read from the words: "The Commission expressed concern that ...",
   * "Varga is convinced that ...". The speaker is the subject (from the tree when there is one,
   * else the nearest name before); the statement runs from after "that".
   */
  private Statement fromStance(AnalyzedText doc, Sentence s, Token t, DocumentQuotes quotes) {
    int i = t.index() + 1;
    boolean verbOfStance = STANCE_VERBS.contains(t.lemma());
    if (verbOfStance) {
      // express [one's / deep / serious] concern that
      while (i < s.endToken() && i <= t.index() + 3 && !STANCE_NOUNS.contains(doc.token(i).lemma())) {
        i++;
      }
      if (i >= s.endToken() || i > t.index() + 3) {
        return null;
      }
      i++;
    } else {
      // is convinced that: a form of "be" (or "remain", "seem") right before
      String before = t.index() > s.firstToken() ? doc.token(t.index() - 1).lemma() : "";
      String before2 = t.index() - 1 > s.firstToken() ? doc.token(t.index() - 2).lemma() : "";
      boolean copula = before.equals("be") || before.equals("remain") || before.equals("seem")
          || before.equals("feel") || (before.equals("very") || before.equals("not") || before.equals("also")
              || before.equals("still") || before.equals("fully"))
              && (before2.equals("be") || before2.equals("remain"));
      if (!copula) {
        return null;
      }
    }
    if (i >= s.endToken() || !doc.token(i).text().equalsIgnoreCase("that") || i + 1 >= s.endToken()) {
      return null;
    }
    int subject = subjectOf(doc, t.index());
    SpeakerMention m = subject < 0 || quotes.inQuote(subject) ? null : mentions.build(doc, subject);
    boolean surface = false;
    if (m == null) {
      int copulaAt = verbOfStance ? t.index() : t.index() - 1;
      while (copulaAt > s.firstToken() && !doc.token(copulaAt).isVerb()) {
        copulaAt--;
      }
      subject = nearestNameBefore(doc, s, copulaAt, quotes);
      m = subject < 0 ? null : mentions.build(doc, subject);
      surface = true;
    }
    if (m == null) {
      return null;
    }
    int end = cutBeforeNextCue(doc, t.index(), i + 1, s.endToken() - 1, quotes);
    Span span = trim(doc, i + 1, end);
    if (span == null) {
      return null;
    }
    return indirect(span, t, subject, surface ? "surface-subject" : "cue-subject", 0.9);
  }

  /** "His ministry's position is that ...": the owner of the position said what follows "that". */
  private Statement fromPositionIsThat(AnalyzedText doc, Sentence s, Token noun, DocumentQuotes quotes) {
    int owner = -1;
    for (int i = noun.index() - 1; i >= s.firstToken() && i >= noun.index() - 6; i--) {
      Token t = doc.token(i);
      if (t.pos().equals("PRP$")) {
        owner = i;
        break;
      }
      if (t.pos().equals("POS") && i > s.firstToken()) {
        owner = i - 1;
        break;
      }
      if (t.isVerb() || t.text().equals(",")) {
        break;
      }
    }
    if (owner < 0 || quotes.inQuote(owner) || mentions.build(doc, owner) == null) {
      return null;
    }
    int from = noun.index() + 3;
    int end = cutBeforeNextCue(doc, noun.index(), from, s.endToken() - 1, quotes);
    Span span = trim(doc, from, end);
    if (span == null) {
      return null;
    }
    return indirect(span, noun, owner, "view-noun", 0.85);
  }

  /**
   * "The court heard that Dalby borrowed a harness ...": what a court, jury or inquest heard was
   * said by someone the sentence does not name, in a trial report the counsel whose statements
   * surround it. The statement takes its speaker from its neighbours, as an unattributed
   * quotation does.
   */
  private static Statement fromHearing(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    int subject = -1;
    int comp = -1;
    for (int c : doc.children(verb.index())) {
      Token ct = doc.token(c);
      if (ct.relation().equals("nsubj") && HEARING_BODIES.contains(ct.lemma().toLowerCase(Locale.ROOT))) {
        subject = c;
      } else if (ct.relationIs("ccomp") && c > verb.index() && hasChild(doc, c, "mark", "that")) {
        comp = c;
      }
    }
    if (subject < 0 || comp < 0 || quotes.inQuote(verb.index())) {
      return null;
    }
    int[] range = doc.subtreeRange(comp);
    range[1] = extendToSentenceEnd(doc, s, range[1], verb.index());
    range[1] = cutBeforeNextCue(doc, verb.index(), range[0], range[1], quotes);
    Span span = trim(doc, range[0], range[1]);
    if (span == null) {
      return null;
    }
    Statement st = new Statement(span, QuoteType.INDIRECT, null);
    st.cueToken = verb.index();
    st.cueLemma = verb.lemma();
    st.cueSpan = Span.of(doc.token(doc.subtreeRange(subject)[0]).begin(), verb.end());
    st.speakerFromNeighbour = true;
    return st;
  }

  /** An indirect statement with its cue word and the speaker's head token. */
  private static Statement indirect(Span span, Token cue, int speaker, String rule, double confidence) {
    Statement st = new Statement(span, QuoteType.INDIRECT, null);
    st.cueToken = cue.index();
    st.cueLemma = cue.lemma();
    st.attribute(speaker, rule, confidence);
    return st;
  }

  /** "X quoted Y as saying ...", "X cited Y as saying ...": Y, the object of "quote"; else -1. */
  private static int quotedAsSaying(AnalyzedText doc, Token verb) {
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

  /**
   * "X said ..., adding that ...", "..., noting that ...": a participle after a comma continues
   * the statement of the reporting verb before it in the sentence; returns that verb's subject.
   */
  private int participleContinuation(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    if (!verb.pos().equals("VBG") || verb.index() == s.firstToken()
        || !doc.token(verb.index() - 1).text().equals(",")) {
      return -1;
    }
    for (int i = verb.index() - 2; i >= s.firstToken(); i--) {
      Token t = doc.token(i);
      if (!quotes.inQuote(i) && t.isVerb() && !t.pos().equals("VBG") && CueLexicon.isReportingVerb(t.lemma())) {
        // "..., a person familiar with the matter said, adding that ...": the words before that cue
        // name the speaker even when the tree gives it another subject.
        int trailing = trailingSubject(doc, s, t, quotes);
        return trailing >= 0 ? trailing : subjectOf(doc, i);
      }
    }
    for (int i = verb.index() - 2; i >= s.firstToken(); i--) {
      Token t = doc.token(i);
      if (!quotes.inQuote(i) && t.relationIs("root")
          && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
        // "X refused to blame the referee after his side's defeat, insisting ...": whoever did
        // what the main clause says is who insisted, whatever the tree hangs the participle on.
        return subjectOf(doc, i);
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

  /**
   * "Tenants who believe they are affected", "writers who explain their books": a verb in a
   * relative clause on a bare plural describes a kind of people, not someone's statement.
   */
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

  /**
   * The speaker of an attribution closing its sentence after a comma (", police said on Sunday.",
   * ", a police spokesman said."): the head of the few words between the comma and the verb, or -1.
   */
  private int trailingSubject(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    if (!onlyAdjunctsAfter(doc, s, verb, quotes)) {
      return -1;
    }
    int comma = -1;
    for (int i = verb.index() - 1; i > s.firstToken() && i >= verb.index() - 8; i--) {
      if (doc.token(i).text().equals(",")) {
        comma = i;
        break;
      }
      if (doc.token(i).isPunctuation() || quotes.inQuote(i) || doc.token(i).isVerb() && !doc.token(i).pos().equals("MD")) {
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
  private static int[] trailingAttribution(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
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
    for (int i = s.firstToken(); i < comma; i++) {
      String pos = doc.token(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return new int[] {s.firstToken(), comma - 1};
      }
    }
    return null;
  }

  /**
   * Ends a complement before a second reporting verb coordinated or subordinated inside it
   * ("acknowledged that A and said B", "A, although her allies insisted B") when that verb reports a
   * statement of its own.
   */
  private static int cutBeforeNextCue(AnalyzedText doc, int verb, int from, int to, DocumentQuotes quotes) {
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
      if (!(cue && reportsOnItsOwn(doc, i))
          && !((cue || CueLexicon.OBJECT_REPORTING_VERBS.contains(t.lemma())) && changesTense(doc, i))) {
        continue;   // "must not read or post anything": one statement
      }
      Token prev = doc.token(i - 1);
      int cut;
      if (prev.relation().equals("cc") || prev.text().equals(",")) {
        cut = i - 1;
      } else if (hasChildRelation(doc, i, "nsubj") && hasChildRelation(doc, i, "ccomp") && doc.subtreeRange(i)[0] > from) {
        cut = doc.subtreeRange(i)[0] - 1;   // "..., although her allies insisted that ..."
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

  /** The last token at or before {@code cut}, down to {@code from}, that is not punctuation outside a quote. */
  private static int beforePunctuation(AnalyzedText doc, int cut, int from, DocumentQuotes quotes) {
    while (cut > from && doc.token(cut).isPunctuation() && !quotes.inQuote(cut)) {
      cut--;
    }
    return cut;
  }

  /** Whether both verbs have a personal pronoun subject, the same one ("he ... he"). */
  private static boolean sameSubjectPronoun(AnalyzedText doc, int a, int b) {
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
  private static int reportersBackground(AnalyzedText doc, int cue, int verb) {
    Token v = doc.token(verb);
    if (!doc.token(cue).pos().equals("VBD") || !v.relationIs("advcl")
        || !(v.pos().equals("VBP") || v.pos().equals("VBZ")) || !hasChild(doc, verb, "mark", "as")) {
      return -1;
    }
    int start = doc.subtreeRange(verb)[0];
    if (start <= 0) {
      return -1;
    }
    return doc.token(start - 1).text().equals(",") ? start - 2 : start - 1;
  }

  /**
   * "warned that the volcano was “behaving like it did in 1911”, a comparison that was widely
   * mocked": a noun phrase in apposition after a quotation's closing mark is the reporter's remark
   * on the quotation. Returns the end without it.
   */
  private static int withoutRemarkAfterQuote(AnalyzedText doc, int from, int to, DocumentQuotes quotes) {
    for (int i = from + 1; i + 3 <= to; i++) {
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

  private static boolean finiteVerbIn(AnalyzedText doc, int from, int to) {
    for (int i = from; i <= to; i++) {
      String pos = doc.token(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** The comma right before the verb's own subject (", the press service reported"), or -1. */
  private static int commaBeforeSubject(AnalyzedText doc, int verb) {
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
  private static boolean changesTense(AnalyzedText doc, int conj) {
    Token t = doc.token(conj);
    if (!t.pos().equals("VBD") || !t.relationIs("conj") || hasChildRelation(doc, conj, "aux")
        || hasChildRelation(doc, conj, "nsubj")) {
      return false;
    }
    String headPos = doc.token(t.head()).pos();
    // Not after a perfect ("had lent ... and believed"): there the two forms are one.
    return headPos.equals("VBG") || headPos.equals("VBZ") || headPos.equals("VBP") || headPos.equals("VB");
  }

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
      for (int c : doc.children(v)) {
        Token ct = doc.token(c);
        if (ct.relation().equals("nsubj")) {
          return c;
        }
      }
      Token vt = doc.token(v);
      String rel = vt.relation().contains(":") ? vt.relation().substring(0, vt.relation().indexOf(':')) : vt.relation();
      if (!SUBJECT_INHERITING.contains(rel)) {
        return -1;
      }
      v = vt.head();
    }
    return -1;
  }

  private Statement fromAccordingTo(AnalyzedText doc, Sentence s, Token according) {
    int x = according.head();
    int speaker = x < 0 || !according.relationIs("case") ? -1 : speakerOfNominal(doc, x);
    int[] xr;
    if (speaker >= 0 && doc.subtreeRange(x)[1] - x < 12) {
      xr = doc.subtreeRange(x);
      xr[0] = Math.min(xr[0], according.index());
    } else {
      // The parse is unusable: read "according to X[, Name]," off the surface.
      xr = surfaceAccordingPhrase(doc, s, according.index());
      if (xr == null) {
        return null;
      }
      speaker = xr[2];
    }
    // "According to the ferry operator, Northsound Lines, passenger numbers fell": the name in
    // apposition belongs to the phrase, whatever the parser made of it.
    int comma = xr[1] + 1;
    if (comma + 2 < s.endToken() && doc.token(comma).text().equals(",")) {
      String ner = doc.token(comma + 1).ner();
      int end = comma + 1;
      while (end + 1 < s.endToken() && !ner.equals("O") && doc.token(end + 1).ner().equals(ner)) {
        end++;
      }
      if ((ner.equals("ORGANIZATION") || ner.equals("PERSON")) && end + 2 < s.endToken()
          && doc.token(end + 1).text().equals(",")) {
        xr[1] = end + 1;
        if (!doc.token(speaker).isProperNoun() && mentions.build(doc, end) != null) {
          speaker = end;
        }
      }
    }
    Token to = doc.token(according.index() + 1);
    Span span = largerSide(doc, s, xr);
    if (span == null) {
      return null;
    }
    Statement st = new Statement(span, QuoteType.INDIRECT, null);
    st.cueToken = according.index();
    st.cueSpan = Span.of(according.begin(), to.end());
    st.cueLemma = "according to";
    st.attribute(speaker, "according-to", 0.9);
    return st;
  }

  private Statement fromViewNoun(AnalyzedText doc, Sentence s, Token noun) {
    int possessor = -1;
    boolean hasCase = false;
    for (int c : doc.children(noun.index())) {
      Token ct = doc.token(c);
      if (ct.relationIs("nmod:poss")) {
        possessor = c;
      } else if (ct.relation().equals("case")) {
        String w = ct.text().toLowerCase(Locale.ROOT);
        hasCase = w.equals("from") || w.equals("in") || w.equals("by");
      }
    }
    if (possessor < 0 && hasCase) {
      // "In the opinion of Pavel Zhuravsky, ...": the owner after "of".
      for (int c : doc.children(noun.index())) {
        if (c > noun.index() && doc.token(c).relationIs("nmod") && doc.hasCaseChild(c, "of")
            && mentions.build(doc, c) != null) {
          possessor = c;
        }
      }
    }
    if (possessor < 0 || !hasCase || !(noun.relationIs("obl") || noun.relationIs("nmod"))) {
      return null;
    }
    if (mentions.build(doc, possessor) == null) {
      return null;
    }
    // "Sorokin was sharper in his assessment": the sentence describes the person, not a view.
    if (noun.head() >= 0) {
      for (int c : doc.children(noun.head())) {
        Token ct = doc.token(c);
        if (ct.relationIs("nsubj") && (ct.ner().equals("PERSON") || ct.pos().equals("PRP"))
            && c < noun.index()) {
          return null;   // (fronted, "In her opinion, Kalinin is too optimistic", it is a view)
        }
      }
    }
    int[] xr = doc.subtreeRange(noun.index());
    Span span = largerSide(doc, s, xr);
    if (span == null) {
      return null;
    }
    return indirect(span, noun, possessor, "view-noun", 0.85);
  }

  /**
   * The tokens of "according to X" up to its closing comma (or the sentence end), taking in an
   * apposition that names the speaker ("according to the medical director, Dr Jane Doe,"), and the
   * speaker's head token: {first, last, head}; null when no speaker is named.
   */
  private int[] surfaceAccordingPhrase(AnalyzedText doc, Sentence s, int according) {
    int end = s.endToken() - 1;
    int comma = -1;
    for (int i = according + 2; i <= end; i++) {
      if (doc.token(i).text().equals(",")) {
        comma = i;
        break;
      }
    }
    int last = comma < 0 ? end : comma - 1;
    int head = lastNominal(doc, according + 2, last);
    if (comma > 0) {
      int next = -1;
      for (int i = comma + 1; i <= Math.min(end, comma + 6); i++) {
        if (doc.token(i).text().equals(",")) {
          next = i;
          break;
        }
      }
      if (next > 0) {
        int name = lastNominal(doc, comma + 1, next - 1);
        if (name >= 0 && !doc.token(name).ner().equals("O")) {
          head = name;
          last = next - 1;
        }
      }
    }
    if (head < 0) {
      return null;
    }
    return new int[] {according, last, head};
  }

  private static boolean isTimeWord(Token t) {
    return Words.isTimeWord(t.lemma());
  }

  private int lastNominal(AnalyzedText doc, int from, int to) {
    for (int i = to; i >= from; i--) {
      Token t = doc.token(i);
      if (t.isVerb()) {
        return -1;
      }
      if ((t.isNoun() || t.pos().equals("PRP")) && !isTimeWord(t)
          && mentions.build(doc, i) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The person or organisation an "according to" phrase names; for documents, their author. */
  private int speakerOfNominal(AnalyzedText doc, int x) {
    Token xt = doc.token(x);
    if (!xt.isProperNoun() && mentions.build(doc, x) == null) {
      // "calculations by the Institute", "the news site The Stack Report": a name inside.
      int[] r = doc.subtreeRange(x);
      for (int i = r[1]; i >= r[0]; i--) {
        Token ti = doc.token(i);
        if ((ti.ner().equals("ORGANIZATION") || ti.ner().equals("PERSON") || ti.isProperNoun())
            && !ti.relationIs("compound") && !isTimeWord(ti) && !addressee(doc, x, i)
            && mentions.build(doc, i) != null) {
          return i;
        }
      }
    }
    if (!xt.isProperNoun() && (CueLexicon.VIEW_NOUNS.contains(xt.text().toLowerCase(Locale.ROOT))
        || Words.DOCUMENT_NOUNS.contains(xt.lemma()))) {
      for (int c : doc.children(x)) {
        Token ct = doc.token(c);
        if (ct.relationIs("nmod:poss") || ct.relationIs("nmod") && doc.hasCaseChild(c, "by", "from", "of")) {
          if (mentions.build(doc, c) != null) {
            return c;
          }
        }
        if (ct.relationIs("acl")) {
          // "figures published by the health board": the agent of the participle.
          for (int g : doc.children(c)) {
            if ((doc.token(g).relationIs("obl") || doc.token(g).relationIs("nmod")) && doc.hasCaseChild(g, "by")
                && mentions.build(doc, g) != null) {
              return g;
            }
          }
        }
      }
      // "according to a filing with the stock exchange": a document an organisation issues, with
      // no author named, is the organisation the story is about.
      return ISSUED_DOCUMENTS.contains(xt.lemma()) && !namesSomeone(doc, x) ? storysOrganization(doc, x) : -1;
    }
    return mentions.build(doc, x) != null ? x : -1;
  }

  /** Whether a document's phrase holds a name other than where it was sent ("the website OutageMap"). */
  private static boolean namesSomeone(AnalyzedText doc, int document) {
    int[] r = doc.subtreeRange(document);
    for (int i = r[0]; i <= r[1]; i++) {
      if (doc.token(i).isProperNoun() && !addressee(doc, document, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation named most often before {@code before} (the first named, on a tie): its last
   * mention there, or -1.
   */
  private int storysOrganization(AnalyzedText doc, int before) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> last = new HashMap<>();
    String best = null;
    int first = -1;
    for (int i = 0; i < before; i++) {
      Token t = doc.token(i);
      boolean starts = t.ner().equals("ORGANIZATION") && (i == 0 || !doc.token(i - 1).ner().equals("ORGANIZATION"));
      if (starts) {
        first = i;   // "Halvora AG" and "Halvora" count as one, by the first word
      }
      if (t.ner().equals("ORGANIZATION") && (i + 1 >= before || !doc.token(i + 1).ner().equals("ORGANIZATION"))) {
        String key = doc.token(first).text();
        int c = counts.merge(key, 1, Integer::sum);
        last.put(key, i);
        if (best == null || c > counts.get(best)) {
          best = key;
        }
      }
    }
    return best != null && mentions.build(doc, last.get(best)) != null ? last.get(best) : -1;
  }

  /**
   * "a filing with the Frankfurt Stock Exchange", "a letter to the minister": a name a document
   * was sent to or lodged with, not its author.
   */
  private static boolean addressee(AnalyzedText doc, int document, int name) {
    if (!Words.DOCUMENT_NOUNS.contains(doc.token(document).lemma())) {
      return false;
    }
    int h = name;
    while (h >= 0 && h != document) {
      if (doc.hasCaseChild(h, "with", "to", "at", "in", "on", "before")) {
        return true;
      }
      h = doc.token(h).head();
    }
    return false;
  }

  /** The sentence without the attribution phrase: whichever side of it is longer. */
  private static Span largerSide(AnalyzedText doc, Sentence s, int[] phrase) {
    Span left = trim(doc, s.firstToken(), phrase[0] - 1);
    Span right = trim(doc, phrase[1] + 1, s.endToken() - 1);
    if (left == null) {
      return right;
    }
    if (right == null) {
      return left;
    }
    return right.length() >= left.length() ? right : left;
  }

  private static int[] withoutSubtree(AnalyzedText doc, Sentence s, int verb) {
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
  private static int extendToSentenceEnd(AnalyzedText doc, Sentence s, int end, int verb) {
    int lastComma = -1;
    for (int i = end + 1; i < s.endToken(); i++) {
      Token t = doc.token(i);
      if ((t.isVerb() && CueLexicon.isReportingVerb(t.lemma()) && reportsOnItsOwn(doc, i))
          || t.lemma().equals("accord") || t.text().equals("(") || speakersOwnAct(doc, i, verb)) {
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
  private static boolean reportsOnItsOwn(AnalyzedText doc, int verb) {
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
      int after = c > verb && ct.relationIs("obj") ? doc.subtreeRange(c)[1] + 1 : -1;
      if (after > 0 && after < doc.tokens().size() && doc.token(after).sentence() == ct.sentence()
          && (doc.token(after).relationIs("aux") || doc.token(after).pos().equals("MD"))) {
        return true;   // "and predicted the bill would reach ...": its object is a clause's subject
      }
    }
    return false;
  }

  /**
   * "said the minister was open to proposals but declined to comment": a past-tense verb
   * coordinated with the cue itself, without an auxiliary of its own, is something the speaker
   * did, not part of what was said (a modal, "but would not accept", marks reported speech).
   */
  private static boolean speakersOwnAct(AnalyzedText doc, int i, int verb) {
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

  private static boolean isEdgePunct(String w) {
    return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("!")
        || w.equals("?") || w.equals("--") || w.equals("—") || w.equals("–") || w.equals("-")
        || w.equals("...") || w.equals("…") || w.equals("(") || w.equals(")");
  }

  private static boolean hasChild(AnalyzedText doc, int h, String rel, String word) {
    for (int c : doc.children(h)) {
      if (doc.token(c).relationIs(rel) && doc.token(c).text().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

}

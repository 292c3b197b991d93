package dev.verbatim.attribute;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.detect.AttributionRule;
import dev.verbatim.detect.CueLexicon;
import dev.verbatim.detect.DirectQuoteFinder;
import dev.verbatim.detect.Statement;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.List;

/**
 * A quotation with no attribution of its own takes the speaker of the statement before it in the
 * same paragraph; a quotation that opens its paragraph takes the speaker of the last statement of
 * the previous paragraph. When the two previous paragraphs are quotations by different speakers
 * (a dialogue), turns alternate. A quotation that still has none takes the speaker of the first
 * statement of the next paragraph.
 */
public final class NeighbourSieve implements AttributionSieve {
  @Override
  public String id() {
    return "neighbour";
  }

  @Override
  public void resolve(AttributionContext cx) {
    List<Statement> all = cx.statements();
    Attributions a = cx.attributions();
    int addressee = -1;
    int opener = -1;   // the statement an intro sentence gave its speaker, or -1
    for (int i = 0; i < all.size(); i++) {
      Statement st = all.get(i);
      if (a.get(i).attributed() || st.quote() == null && !a.get(i).speakerFromNeighbour()) {
        continue;
      }
      int p = cx.paragraphOf(st);
      Statement prev = i > 0 ? all.get(i - 1) : null;
      boolean prevAttributed = prev != null && a.get(i - 1).attributed();
      // the previous statement ends in the paragraph a reader comes to just before this one
      boolean afterPrevious = prevAttributed && cx.lastParagraphOf(prev) == cx.paragraphBefore(p);
      int asked = st.quote() == null || !cx.opensParagraph(st) ? -1 : questionedBefore(cx, st);
      int intro = st.quote() == null || asked >= 0 ? -1 : introSubject(cx, st, prev);
      if (asked >= 0) {
        // "The presenter pressed her on the cost.¶‘It is expensive, yes. ...’": the one the
        // question was put to answers.
        a.set(i, a.get(i).withSpeaker(asked, AttributionRule.DIALOGUE_TURN));
        addressee = -1;
        opener = -1;
      } else if (intro >= 0) {
        a.set(i, a.get(i).withSpeaker(intro, AttributionRule.INTRO_SENTENCE));
        // "Hendry challenged him directly.¶“...”¶“...”": the one addressed answers next.
        addressee = cx.opensParagraph(st) ? addresseeAfter(cx.doc(), cx, intro) : -1;
        opener = i;
      } else if (addressee >= 0 && prev != null && i - 1 == opener && cx.opensParagraph(st)
          && cx.paragraphOf(prev) == p - 1) {
        a.set(i, a.get(i).withSpeaker(addressee, AttributionRule.DIALOGUE_TURN));
        addressee = -1;
      } else if (prevAttributed && cx.paragraphOf(prev) == p) {
        from(a, i, i - 1, AttributionRule.SAME_PARAGRAPH);
      } else if (prevAttributed && (afterPrevious
          || cx.lastParagraphOf(prev) == p - 2 && cx.opensParagraph(st) && reportersQuestion(cx, p - 1))) {
        // ("...,” Whitford says.¶Will the council go along with it?¶“It will if ...”": the one asked answers)
        int turnBefore = afterPrevious ? cx.paragraphBefore(cx.lastParagraphOf(prev)) : p - 2;
        int prev2 = lastIn(cx, all, i - 1, turnBefore);
        if (prev2 >= 0 && a.get(prev2).attributed() && prev.quote() != null && all.get(prev2).quote() != null
            && quotationParagraph(cx, all, a, i - 1) && quotationParagraph(cx, all, a, prev2)
            && !sameSpeaker(a, i - 1, prev2)) {
          from(a, i, prev2, AttributionRule.DIALOGUE_TURN);
        } else {
          from(a, i, i - 1, AttributionRule.PREVIOUS_PARAGRAPH);
        }
      } else if (st.quote() != null && asked < 0) {
        int named = onePersonNamedBefore(cx, st, prev);
        if (named >= 0) {
          a.set(i, a.get(i).withSpeaker(named, AttributionRule.INTRO_SENTENCE));
        }
      }
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      Statement st = all.get(i);
      if (a.get(i).attributed() || st.quote() == null && !a.get(i).speakerFromNeighbour() || i + 1 >= all.size()) {
        continue;
      }
      int p = cx.paragraphOf(st);
      if (a.get(i + 1).attributed() && cx.paragraphOf(all.get(i + 1)) <= p + 1) {
        int introduced = cx.paragraphOf(all.get(i + 1)) > p ? onlyPersonOfParagraphBefore(cx, all, i) : -1;
        if (introduced >= 0 && !cx.doc().token(introduced).text().equals(
            cx.doc().token(a.get(root(a, i + 1)).speakerHead()).text())) {
          // "The programme then took a call from Bríd, from Drumlessan, ...¶“He was on a corridor
          // ...”¶The minister said ...": a quotation paragraph between narrative that names one
          // person and someone else's statement is that person's.
          a.set(i, a.get(i).withSpeaker(introduced, AttributionRule.INTRO_SENTENCE));
        } else {
          from(a, i, i + 1, AttributionRule.NEXT_STATEMENT);
        }
      }
    }
  }

  /**
   * The one person a paragraph of the reporter's own, just before quotation {@code i} that opens
   * its paragraph, names (the last word of the name, outside quotation marks), when that paragraph
   * holds no statement found; -1 when it names no one or more than one.
   */
  private static int onlyPersonOfParagraphBefore(AttributionContext cx, List<Statement> all, int i) {
    Statement st = all.get(i);
    if (!cx.opensParagraph(st)) {
      return -1;
    }
    AnalyzedText doc = cx.doc();
    int before = cx.paragraphBefore(cx.paragraphOf(st));
    if (before < doc.ledeParagraph() || i > 0 && cx.lastParagraphOf(all.get(i - 1)) >= before) {
      return -1;
    }
    int first = doc.tokenAtOrAfter(doc.paragraphs().get(before).start());
    int end = doc.tokenAtOrAfter(doc.paragraphs().get(before).end());
    int found = -1;
    for (int k = first; k < end; k++) {
      if (!doc.token(k).ner().equals("PERSON") || cx.quotes().inQuote(k)
          || k + 1 < end && doc.token(k + 1).ner().equals("PERSON")) {
        continue;
      }
      if (found >= 0 && !doc.token(found).text().equals(doc.token(k).text())) {
        return -1;
      }
      if (found < 0) {
        found = k;
      }
    }
    return found;
  }

  /** Whether a paragraph is one question in the reporter's words, with no quotation marks: a question put to the last speaker. */
  private static boolean reportersQuestion(AttributionContext cx, int paragraph) {
    AnalyzedText doc = cx.doc();
    if (paragraph < 0 || paragraph >= doc.paragraphs().size()) {
      return false;
    }
    int first = doc.tokenAtOrAfter(doc.paragraphs().get(paragraph).start());
    int end = doc.tokenAtOrAfter(doc.paragraphs().get(paragraph).end());
    if (first >= end || end - first > 25 || !doc.token(end - 1).text().equals("?")) {
      return false;
    }
    for (int i = first; i < end; i++) {
      if (cx.quotes().inQuote(i)) {
        return false;
      }
    }
    return doc.sentenceOf(doc.token(first)).index() == doc.sentenceOf(doc.token(end - 1)).index();
  }

  /**
   * "Premier Jane Doe, speaking later, defended the plan.¶“Quote.”": the subject of the last
   * sentence of the previous paragraph when that sentence holds no statement and its subject is a
   * person (or an organisation); -1 otherwise.
   */
  private static int introSubject(AttributionContext cx, Statement st, Statement prev) {
    AnalyzedText doc = cx.doc();
    int open = doc.tokenAtOrAfter(st.quote().open());
    if (open >= doc.tokens().size()) {
      return -1;
    }
    Sentence own = doc.sentenceOf(doc.token(open));
    // The quotation must open its sentence; the sentence before must be in the same paragraph or,
    // when the quotation opens its paragraph, end the previous one.
    if (own.index() == 0 || own.firstToken() != open
        && !DirectQuoteFinder.isTopicLabel(doc, own.firstToken(), open - 1)) {
      return -1;
    }
    int last = own.index() - 1;
    Sentence s = doc.sentences().get(last);
    boolean sameParagraph = s.paragraph() == own.paragraph();
    if (!sameParagraph && !(cx.opensParagraph(st) && s.paragraph() == own.paragraph() - 1)) {
      return -1;
    }
    if (s.paragraph() < doc.ledeParagraph()) {
      return -1;   // a headline, byline or dateline introduces no one: "After 61 seasons, Larkspur Rep goes dark"
    }
    if (prev != null && prev.span().end() > s.begin()
        && !(prev.detection() == DetectionRule.REPORTED_QUESTION && prev.cueToken() == s.firstToken())) {
      return -1;   // but "Asked by X whether ..., Lund paused.": the subject answers the question put to him
    }
    if (doc.token(s.endToken() - 1).text().equals("?") && !cx.quotes().inQuote(s.endToken() - 1)) {
      return -1;   // "Will the council go along with it?¶“It will if ...”": a question's subject does not answer it
    }
    boolean parsed = doc.parsed(last);
    int from = s.firstToken();
    if (!parsed && (doc.token(from).pos().equals("VBN") || doc.token(from).pos().equals("VBG")
        || doc.token(from).pos().equals("IN"))) {
      // "Asked whether ..., Ode shrugged.": the main clause starts after the opening phrase.
      for (int i = from; i < s.endToken(); i++) {
        if (doc.token(i).text().equals(",")) {
          from = i + 1;
          break;
        }
      }
    }
    if (st.quote().content().in(doc.text()).indexOf('?') >= 0) {
      // "Mrs Petrakis was taken through the invoices by Miss Ashdown, who ...¶“Who approved this
      // one?”": the one the passive names as acting puts the question.
      int agent = passiveAgent(doc, cx, s);
      if (agent >= 0) {
        return agent;
      }
    }
    // "Asked by another reporter whether ..., Arrondo smiled.", parsed with "Asked" as the subject:
    // the name after the opening phrase's comma, subject of the verb that follows it.
    boolean askedOpening = parsed && doc.token(s.firstToken()).pos().equals("VBN");
    for (int i = from; i < s.endToken(); i++) {
      Token t = doc.token(i);
      if (cx.quotes().inQuote(i)) {
        return -1;
      }
      boolean mainSubject = parsed
          ? t.relationIs("nsubj") && t.head() >= 0 && doc.token(t.head()).relation().equals("root")
              && !doc.token(i).pos().startsWith("VB")
              || askedOpening && i > 0 && doc.token(i - 1).text().equals(",") && t.relationIs("nsubj")
                  && t.head() == i + 1 && doc.token(i + 1).isVerb() && doc.token(i).ner().equals("PERSON")
          : doc.subjectLike(i);
      if (!mainSubject) {
        continue;
      }
      int head = i;
      if (EVENT_NOUNS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
        // "The exchange turned personal when Kowalczyk asked whether ...": an event is not a
        // speaker; the person who acts in it is.
        return personActingIn(doc, cx, s, i);
      }
      SpeakerMention m = cx.mentions().build(doc, i);
      if ((m == null || m.plural()) && parsed) {
        // "One of them, Leonard Hughes, 71, read a statement": the name in apposition.
        for (int c : doc.children(i)) {
          if (doc.token(c).relationIs("appos") && doc.token(c).ner().equals("PERSON")) {
            head = c;
            m = cx.mentions().build(doc, c);
          }
        }
      }
      if (m == null || m.plural() || m.name().equalsIgnoreCase("it")) {
        return speakerOfWhatWasSaid(cx, s);
      }
      if (m.kind() == dev.verbatim.MentionKind.ORGANIZATION && speaksInFirstPersonSingular(doc, st)) {
        return -1;   // "Bellmont went on to win 4-2.¶“I've never been prouder of a group.”": a person speaks
      }
      int author = authorOfWhatWasRead(cx, s, head);
      if (author >= 0) {
        return author;
      }
      int given = givenTheFloor(cx, st, i, s);
      return given >= 0 ? given : head;
    }
    return speakerOfWhatWasSaid(cx, s);
  }

  /**
   * The person a passive sentence names after "by" as the one acting ("X was taken through the
   * invoices by Miss Ashdown": Ashdown, the last word of the name), or -1. The passive is a
   * past participle right after a form of "be".
   */
  private static int passiveAgent(AnalyzedText doc, AttributionContext cx, Sentence s) {
    boolean passive = false;
    for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
      Token t = doc.token(k);
      if (cx.quotes().inQuote(k)) {
        return -1;
      }
      if (t.pos().equals("VBN") && doc.token(k - 1).lemma().equals("be")) {
        passive = true;
      } else if (passive && t.text().equals("by")) {
        int n = k + 1;
        while (n < s.endToken() && doc.token(n).isProperNoun() && !doc.token(n).ner().equals("PERSON")) {
          n++;   // an honorific the tagger left out of the name ("Miss")
        }
        if (n >= s.endToken() || n > k + 2 || !doc.token(n).ner().equals("PERSON")) {
          continue;   // "one by one"
        }
        while (n + 1 < s.endToken() && doc.token(n + 1).ner().equals("PERSON")) {
          n++;
        }
        return n;
      }
    }
    return -1;
  }

  /** Whether a quotation speaks as "I" (an organisation's statements say "we"). */
  private static boolean speaksInFirstPersonSingular(AnalyzedText doc, Statement st) {
    int from = doc.tokenAtOrAfter(st.quote().content().start());
    for (int i = from; i < doc.tokens().size() && doc.token(i).begin() < st.quote().content().end(); i++) {
      String w = doc.token(i).text();
      if (w.equals("I") || w.equals("me") || w.equals("my")) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that put a question or a point to someone ("pressed her on", "asked the mayor whether", "put it to her"). */
  private static final ImmutableSet<String> PUTTING = ImmutableSet.of(
      "ask", "press", "question", "quiz", "challenge", "grill", "put", "read", "pose");

  /**
   * "The presenter pressed her on the cost.¶‘It is expensive, yes.’", "Ms Hartigan put it to her
   * that ...¶‘That's fair.’": for a quotation that opens its paragraph and asks nothing, the person
   * the last sentence of the paragraph before puts a question or a point to (the object of a verb
   * of asking, "to" someone after "put" or "read", or the subject of "was asked"); -1 otherwise.
   */
  private static int questionedBefore(AttributionContext cx, Statement st) {
    AnalyzedText doc = cx.doc();
    int open = doc.tokenAtOrAfter(st.quote().open());
    if (open >= doc.tokens().size() || st.quote().content().in(doc.text()).indexOf('?') >= 0) {
      return -1;   // a question is the asker's: "Hendry challenged him directly.¶“Have you ...?”"
    }
    Sentence own = doc.sentenceOf(doc.token(open));
    if (own.index() == 0 || own.firstToken() != open) {
      return -1;
    }
    Sentence s = doc.sentences().get(own.index() - 1);
    if (s.paragraph() != own.paragraph() - 1) {
      return -1;
    }
    if (!doc.parsed(s.index())) {
      return questionedUnparsed(cx, s);
    }
    int byAsking = askedByGerund(cx, s);
    if (byAsking >= 0) {
      return byAsking;
    }
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Token t = doc.token(i);
      if (t.head() < 0 || cx.quotes().inQuote(i)) {
        continue;
      }
      int headIndex = t.head();
      if (doc.token(headIndex).text().equalsIgnoreCase("back") && doc.token(headIndex).head() >= 0) {
        headIndex = doc.token(headIndex).head();   // "read the remark back to the mayor"
      }
      Token head = doc.token(headIndex);
      String verb = head.lemma().toLowerCase(java.util.Locale.ROOT);
      if (GIVING.contains(verb) && t.relationIs("iobj") && head.relationIs("root") && offersTheFloor(doc, headIndex)) {
        // "Saltonstall gave the mayor the program's final minute to respond.¶“...”": the mayor
        SpeakerMention given = cx.mentions().build(doc, i);
        if (given != null && !given.plural() && given.kind() != dev.verbatim.MentionKind.ORGANIZATION) {
          return i;
        }
      }
      // the sentence's own verb, or a participle opening it ("Put to Dr Pendleton, that prospect
      // drew a careful answer"); not "When Mrs Tallis asked her to ..., Mrs Haskett said"
      // (and the writer's own "I tell her it frightened me, too": a point put to her)
      boolean writerTells = WRITER_TELLING.contains(verb) && writerIsSubject(doc, t.head());
      if (!PUTTING.contains(verb) && !writerTells
          || !(head.relationIs("root") || headIndex == s.firstToken() && head.pos().equals("VBN"))) {
        continue;
      }
      boolean putTo = t.relationIs("obj") && !verb.equals("put") && !verb.equals("read") || t.relationIs("iobj")
          || t.relationIs("nsubj:pass")
          || (t.relationIs("obl") || t.relationIs("nmod")) && doc.hasCaseChild(i, "to");
      if (!putTo) {
        continue;
      }
      SpeakerMention m = cx.mentions().build(doc, i);
      if (m != null && !m.plural() && m.kind() != dev.verbatim.MentionKind.ORGANIZATION
          && !m.name().equalsIgnoreCase("it")) {
        return i;
      }
    }
    return -1;
  }

  /** Verbs by which someone is given the floor ("gave the mayor the final minute to respond"). */
  private static final ImmutableSet<String> GIVING = ImmutableSet.of("give", "hand", "offer");
  /** What one is given to speak: the floor, a chance, the last word; or a verb of answering. */
  private static final ImmutableSet<String> FLOOR_WORDS = ImmutableSet.of(
      "floor", "chance", "opportunity", "word", "minute", "right", "respond", "reply", "answer");

  /** Whether a verb of giving gives its indirect object the floor: its object or its clause says so. */
  private static boolean offersTheFloor(AnalyzedText doc, int verb) {
    for (int c : doc.children(verb)) {
      Token k = doc.token(c);
      if ((k.relationIs("obj") || k.relationIs("advcl") || k.relationIs("xcomp"))
          && FLOOR_WORDS.contains(k.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs by which the writer puts a point to the one interviewed ("I tell her ...", "I suggest to him that ..."). */
  private static final ImmutableSet<String> WRITER_TELLING = ImmutableSet.of("tell", "suggest", "remind", "mention");

  /** Whether a verb's subject is the writer: "I" or "we". */
  private static boolean writerIsSubject(AnalyzedText doc, int verb) {
    for (int c : doc.children(verb)) {
      if (doc.token(c).relationIs("nsubj")) {
        String w = doc.token(c).text();
        return w.equals("I") || w.equalsIgnoreCase("we");
      }
    }
    return false;
  }

  /**
   * Without a parse: the person right after a verb of asking in the past or present tense ("The
   * presenter pressed her on the cost."): "him" or "her", a name, or "the" and a person noun; -1
   * when there is none.
   */
  /**
   * The person a gerund of questioning after "by" names ("Phil Garside opened the phone-in by asking
   * Sandra Kettle whether ..."), by the words alone, since the parser often makes the gerund
   * modify the name; -1 when the sentence has no such phrase.
   */
  private static int askedByGerund(AttributionContext cx, Sentence s) {
    AnalyzedText doc = cx.doc();
    for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
      Token t = doc.token(i + 1);
      if (!doc.token(i).text().equalsIgnoreCase("by") || cx.quotes().inQuote(i) || !t.pos().equals("VBG")
          || !questionsItsObject(t)) {
        continue;
      }
      return personRightAfter(doc, s, i + 1);
    }
    return -1;
  }

  /** Whether a verb puts a question to its object ("asked", "pressed"; not "put" or "read", whose object is what is put). */
  private static boolean questionsItsObject(Token t) {
    return !t.lemma().equals("put") && !t.lemma().equals("read")
        && PUTTING.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  private static int questionedUnparsed(AttributionContext cx, Sentence s) {
    AnalyzedText doc = cx.doc();
    for (int i = s.firstToken() + 1; i + 1 < s.endToken(); i++) {
      Token t = doc.token(i);
      if (cx.quotes().inQuote(i) || !(t.pos().equals("VBD") || t.pos().equals("VBZ")) || !questionsItsObject(t)) {
        continue;
      }
      int person = personRightAfter(doc, s, i);
      if (person >= 0) {
        return person;
      }
      if (doc.token(i + 1).text().equalsIgnoreCase("the") && i + 2 < s.endToken() && dev.verbatim.mention.Words.isPersonNoun(doc.token(i + 2).lemma())) {
        return i + 2;
      }
      return -1;
    }
    return -1;
  }

  /** Documents read out for someone else. */
  private static final ImmutableSet<String> READ_DOCUMENTS = ImmutableSet.of("statement", "letter", "message", "tribute");

  /**
   * "Mr Vasey then read a victim personal statement written by Mrs Okafor's husband, Samuel
   * Okafor": the quotation that follows is the author's, not the reader's. The last person named
   * after "by", "from" or "of" behind the document, a possessor passed over; -1 when the sentence
   * is not of that shape.
   */
  private static int authorOfWhatWasRead(AttributionContext cx, Sentence s, int subject) {
    AnalyzedText doc = cx.doc();
    int verb = doc.token(subject).head();
    if (verb < 0 || !doc.token(verb).lemma().equals("read")) {
      return -1;
    }
    int document = -1;
    for (int i = verb + 1; i < s.endToken() && i <= verb + 6; i++) {
      if (READ_DOCUMENTS.contains(doc.token(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
        document = i;
        break;
      }
    }
    if (document < 0) {
      return -1;
    }
    int author = -1;
    boolean after = false;
    for (int i = document + 1; i < s.endToken() && i <= document + 16; i++) {
      Token t = doc.token(i);
      String w = t.text().toLowerCase(java.util.Locale.ROOT);
      if (!after && (w.equals("by") || w.equals("from") || w.equals("of"))) {
        after = true;
        continue;
      }
      if (!after || cx.quotes().inQuote(i)) {
        continue;
      }
      if (t.ner().equals("PERSON") && (i + 1 >= s.endToken() || !doc.token(i + 1).ner().equals("PERSON"))
          && !(i + 1 < s.endToken() && doc.token(i + 1).pos().equals("POS"))) {
        author = i;   // the end of a name that is not a possessor ("Mrs Okafor's husband")
        break;
      }
      if (t.isVerb() && !t.pos().equals("VBN")) {
        break;
      }
    }
    return author;
  }

  /** Nouns of an exchange itself, which open an intro sentence but never speak. */
  private static final ImmutableSet<String> EVENT_NOUNS = ImmutableSet.of("exchange", "session", "hearing",
      "debate", "meeting", "row", "clash", "discussion", "conversation", "interview", "questioning",
      "cross-examination", "argument");

  /** The first person named as a subject elsewhere in the sentence, outside quotations; -1 if none. */
  private static int personActingIn(AnalyzedText doc, AttributionContext cx, Sentence s, int eventNoun) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Token t = doc.token(i);
      if (i != eventNoun && !cx.quotes().inQuote(i) && t.ner().equals("PERSON")
          && (t.relationIs("nsubj") || !doc.parsed(s.index()) && doc.subjectLike(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Words opening a sentence about someone the paragraph already named. */
  private static final ImmutableSet<String> POSSESSIVE_OPENERS = ImmutableSet.of("His", "Her", "Their");

  /** Subject pronouns by which the reporter may already point at someone in a sentence. */
  private static final ImmutableSet<String> THIRD_PERSON = ImmutableSet.of("he", "she");

  /**
   * "Derek Pollard, 71, whose bungalow took in 18 inches of water, was the first on his feet.¶“...”":
   * for a quotation that opens its paragraph after a paragraph of the reporter's own, the one
   * person named in that paragraph's last sentence (the last word of the name); -1 when it names
   * none or several, speaks of anyone as "he" or "she", has no finite verb, holds a
   * statement or asks a question.
   */
  private static int onePersonNamedBefore(AttributionContext cx, Statement st, Statement prev) {
    AnalyzedText doc = cx.doc();
    if (!cx.opensParagraph(st)) {
      return -1;
    }
    int open = doc.tokenAtOrAfter(st.quote().open());
    if (open >= doc.tokens().size()) {
      return -1;
    }
    Sentence own = doc.sentenceOf(doc.token(open));
    if (own.index() == 0 || own.firstToken() != open) {
      return -1;
    }
    Sentence s = doc.sentences().get(own.index() - 1);
    if (s.paragraph() < doc.ledeParagraph() || s.paragraph() != cx.paragraphBefore(own.paragraph())
        || doc.token(s.endToken() - 1).text().equals("?")) {
      return -1;
    }
    while ((POSSESSIVE_OPENERS.contains(doc.token(s.firstToken()).text()) || namesNoOne(cx, s)) && s.index() > 0
        && doc.sentences().get(s.index() - 1).paragraph() == s.paragraph()) {
      // ("Senator Wallace Pruitt turned the hearing toward the state's own role. The department
      // renewed the contract in April.": a sentence that names no one and says no "he" is background)
      // "Iris Maddock is 91. Her room looks out over the green where her late husband, Fred,
      // played.": the sentences about her go back to the one that names her
      s = doc.sentences().get(s.index() - 1);
    }
    if (POSSESSIVE_OPENERS.contains(doc.token(s.firstToken()).text())
        || prev != null && prev.span().end() > s.begin()) {
      return -1;   // no one named, or a statement in the sentences read
    }
    int found = -1;
    String surname = null;
    boolean finite = false;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (THIRD_PERSON.contains(doc.token(i).text().toLowerCase(java.util.Locale.ROOT)) && !cx.quotes().inQuote(i)) {
        return -1;   // "On Saturday he drove the farm's oldest tractor, a 1978 Massey Ferguson.": his
      }
      finite |= doc.token(i).pos().equals("VBD") || doc.token(i).pos().equals("VBZ") || doc.token(i).pos().equals("VBP")
          || doc.token(i).pos().equals("MD");
      if (!doc.token(i).ner().equals("PERSON") || cx.quotes().inQuote(i)
          || i + 1 < s.endToken() && doc.token(i + 1).ner().equals("PERSON")) {
        continue;   // the last word of each name outside quotation marks
      }
      String next = i + 1 < s.endToken() ? doc.token(i + 1).text() : "";
      if (next.equals("'s") || next.equals("\u2019s") || next.equals("'") || next.equals("\u2019")) {
        continue;   // "Pollard's wife": someone else
      }
      if (surname != null && !surname.equals(doc.token(i).text())) {
        return -1;
      }
      surname = doc.token(i).text();
      if (found < 0) {
        found = i;
      }
    }
    return finite ? found : -1;   // "Callum Ridd, National Renewal: 2,277.": a line of a list
  }

  /** Verbs by which a chair or presenter gives someone the floor ("allowed Ms Mistry one final question"). */
  private static final ImmutableSet<String> FLOOR_VERBS = ImmutableSet.of("allow", "invite", "bring");

  /**
   * "The chair allowed Ms Mistry one final question.", "The presenter then brought in Dr Noone":
   * the person given the floor by the subject's verb speaks next, unless the quotation addresses
   * them by name; -1 otherwise.
   */
  private static int givenTheFloor(AttributionContext cx, Statement st, int subject, Sentence s) {
    AnalyzedText doc = cx.doc();
    int verb = -1;
    for (int k = subject + 1; k < s.endToken() && k <= subject + 3; k++) {
      if (doc.token(k).isVerb() && FLOOR_VERBS.contains(doc.token(k).lemma().toLowerCase(java.util.Locale.ROOT))) {
        verb = k;
        break;
      }
    }
    if (verb < 0) {
      return -1;
    }
    boolean bring = doc.token(verb).lemma().equalsIgnoreCase("bring");
    int k = verb + 1;
    if (bring) {
      if (k >= s.endToken() || !doc.token(k).text().equalsIgnoreCase("in")) {
        return -1;   // "brought in", not "brought a case"
      }
      k++;
    }
    // the name right after the verb, its title included: "allowed Ms Mistry", "brought in Dr Hilary Fenn"
    int end = -1;
    for (int limit = k + 2; k < s.endToken() && k <= limit; k++) {
      if (doc.token(k).ner().equals("PERSON")) {
        end = k;
        while (end + 1 < s.endToken() && doc.token(end + 1).ner().equals("PERSON")) {
          end++;
        }
        break;
      }
    }
    if (end < 0) {
      return -1;
    }
    SpeakerMention m = cx.mentions().build(doc, end);
    if (m == null || m.plural()) {
      return -1;
    }
    String content = st.quote().content().in(doc.text());
    int comma = content.indexOf(',');
    if (comma > 0 && comma < 40 && content.substring(0, comma).contains(doc.token(end).text())) {
      return -1;   // "The chair brought in Mr Okafor. “Mr Okafor, ...”": the chair speaks to him
    }
    return end;
  }

  /** Whether a sentence names no person and refers to none by a third-person pronoun, outside quotation marks. */
  private static boolean namesNoOne(AttributionContext cx, Sentence s) {
    AnalyzedText doc = cx.doc();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (cx.quotes().inQuote(i)) {
        continue;
      }
      if (doc.token(i).ner().equals("PERSON") || THIRD_PERSON.contains(doc.token(i).text().toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Here is some of what he said.", "This is what she told reporters.": in a sentence that
   * announces the quotations to come, the one person before a verb of saying; -1 otherwise.
   */
  private static int speakerOfWhatWasSaid(AttributionContext cx, Sentence s) {
    AnalyzedText doc = cx.doc();
    for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
      Token t = doc.token(i);
      Token next = doc.token(i + 1);
      if (i > s.firstToken() && doc.token(i - 1).text().equalsIgnoreCase("what")
          && next.isVerb() && CueLexicon.isReportingVerb(next.lemma())) {
        SpeakerMention m = cx.mentions().build(doc, i);
        return m == null || m.plural() || !t.pos().startsWith("PRP") && !t.pos().startsWith("NNP")
            ? -1 : i;
      }
    }
    return -1;
  }

  /**
   * The person the intro sentence's verb addresses: its object when that is a personal pronoun or
   * a person's name ("challenged him", "asked Vaughan"); -1 otherwise.
   */
  private static int addresseeAfter(AnalyzedText doc, AttributionContext cx, int subject) {
    Sentence s = doc.sentenceOf(doc.token(subject));
    int verb = -1;
    for (int i = subject + 1; i < s.endToken(); i++) {
      String pos = doc.token(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
        verb = i;
        break;
      }
      if (doc.token(i).text().equals(",")) {
        // skip a parenthetical (", who has lived here for 31 years,")
        int j = i + 1;
        while (j < s.endToken() && !doc.token(j).text().equals(",")) {
          j++;
        }
        i = j;
      }
    }
    if (verb < 0 || verb + 1 >= s.endToken()) {
      return -1;
    }
    return personRightAfter(doc, s, verb);
  }

  /** The person right after a verb: "him" or "her", or the last word of a name; -1 otherwise. */
  private static int personRightAfter(AnalyzedText doc, Sentence s, int verb) {
    Token o = doc.token(verb + 1);
    String w = o.text().toLowerCase(java.util.Locale.ROOT);
    if (w.equals("him") || w.equals("her")) {
      return verb + 1;
    }
    if (o.ner().equals("PERSON")) {
      int end = verb + 1;
      while (end + 1 < s.endToken() && doc.token(end + 1).ner().equals("PERSON")) {
        end++;
      }
      return end;
    }
    return -1;
  }

  /** The index of the last statement before {@code before} that starts in {@code paragraph}, or -1. */
  /**
   * Whether the paragraph of statement {@code last} opens with a quotation and every statement in
   * it is by the speaker of {@code last} ("“He didn't say it about that one,” Feeney says. “He said
   * it would sell.”"): a turn of a dialogue, however many quotations it holds.
   */
  private static boolean quotationParagraph(AttributionContext cx, List<Statement> all, Attributions a, int last) {
    int p = cx.paragraphOf(all.get(last));
    int first = last;
    for (int j = last - 1; j >= 0 && cx.paragraphOf(all.get(j)) == p; j--) {
      if (!a.get(j).attributed() || !sameSpeaker(a, j, last)) {
        return false;
      }
      first = j;
    }
    return all.get(first).quote() != null && cx.opensParagraph(all.get(first));
  }

  private static int lastIn(AttributionContext cx, List<Statement> all, int before, int paragraph) {
    for (int j = before - 1; j >= 0; j--) {
      int p = cx.paragraphOf(all.get(j));
      if (p == paragraph) {
        return j;
      }
      if (p < paragraph) {
        return -1;
      }
    }
    return -1;
  }

  /** The statement whose speaker mention decides statement {@code i}'s speaker. */
  private static int root(Attributions a, int i) {
    int s = i;
    while (a.get(s).speakerFrom() >= 0) {
      s = a.get(s).speakerFrom();
    }
    return s;
  }

  private static boolean sameSpeaker(Attributions a, int i, int j) {
    return a.get(root(a, i)).speakerHead() == a.get(root(a, j)).speakerHead();
  }

  /** Statement {@code i} takes over the speaker of statement {@code source}. */
  private static void from(Attributions a, int i, int source, AttributionRule rule) {
    a.set(i, a.get(i).withSpeakerFrom(root(a, source), rule));
  }
}

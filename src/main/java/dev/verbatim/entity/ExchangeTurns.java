package dev.verbatim.entity;

import static dev.verbatim.detect.AttributionRule.ADDRESSED_BY_NAME;
import static dev.verbatim.detect.AttributionRule.DIALOGUE_TURN;
import static dev.verbatim.detect.AttributionRule.EXCHANGE_TURN;
import static dev.verbatim.detect.AttributionRule.INTRO_SENTENCE;
import static dev.verbatim.detect.AttributionRule.NEXT_STATEMENT;
import static dev.verbatim.detect.AttributionRule.PREVIOUS_PARAGRAPH;
import static dev.verbatim.detect.AttributionRule.QUESTIONER;
import static dev.verbatim.detect.AttributionRule.SAME_PARAGRAPH;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.verbatim.Mention;
import dev.verbatim.MentionKind;
import dev.verbatim.detect.AttributionRule;
import dev.verbatim.detect.Statement;
import dev.verbatim.nlp.AnalyzedText;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects speakers in exchanges once every statement has an entity (hearings, cross-examination,
 * press conferences, council meetings written as prose):
 * <ul>
 *   <li><b>addressed-by-name</b>: a quotation that addresses someone by title and surname
 *       ({@code "That is not an answer, Mrs Moss."}, {@code "Mr Ferrant, that is for me to
 *       decide."}), by a first name or surname alone ({@code "..., Fiona."}) or by a title they
 *       hold ({@code "With respect, Minister, ..."}, {@code "..., my Lady, ..."} to a judge) is not
 *       that person's; unless a name in its own attribution says so, it goes to the last other
 *       speaker (of the same gender when it rests on "he" or "she").</li>
 *   <li><b>exchange-turn</b>: a quotation with no attribution of its own, opening its paragraph
 *       after someone else's turn, follows the pattern of the exchange: when it is a question and
 *       the turn before was an answer to a question (or the other way round), it is the turn of
 *       the one who spoke before the last speaker; and when it takes up words from the end of
 *       the turn before (a cued turn), it answers it and is the other party's.</li>
 * </ul>
 */
public final class ExchangeTurns {
  /** Honorifics that introduce a name used as a vocative. */
  private static final Pattern VOCATIVE = Pattern.compile(
      "(?:^|[,;:\\u2014]\\s*|[.?!]\\s+)(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Councillor|Cllr|Senator|Sen|Judge|Minister|Chairman|Chair)"
          + "\\.? ((?:\\p{Lu}[\\p{L}'\\u2019-]+ ?){1,2})(?=\\s*[,.?!;:\\u2014\\u201D\"]|\\s*$)");
  private static final ImmutableSet<AttributionRule> NEIGHBOUR_RULES =
      Sets.immutableEnumSet(PREVIOUS_PARAGRAPH, NEXT_STATEMENT, SAME_PARAGRAPH, DIALOGUE_TURN);
  private static final ImmutableSet<AttributionRule> EXCHANGE_RULES =
      Sets.immutableEnumSet(PREVIOUS_PARAGRAPH, NEXT_STATEMENT, INTRO_SENTENCE);
  /** Rules that give an uncued turn of an exchange its speaker. */
  private static final ImmutableSet<AttributionRule> TURN_RULES =
      Sets.immutableEnumSet(DIALOGUE_TURN, EXCHANGE_TURN, ADDRESSED_BY_NAME, QUESTIONER);
  /** Reporting verbs of answers. */
  private static final ImmutableSet<String> REPLY_CUES = ImmutableSet.of("reply", "answer", "respond", "retort", "counter");
  /** A quotation that speaks to someone. */
  private static final Pattern SECOND_PERSON = Pattern.compile("\\b(?:you|your|yours|yourself)\\b", Pattern.CASE_INSENSITIVE);
  /** A quotation that opens with an answer. */
  private static final Pattern ANSWER_OPENING = Pattern.compile("^\\W*(?:No|Yes|Yeah|Nope|Not|Never|Absolutely|Of course)\\b[.,!]");

  /** Reporting verbs of questions ("put" only ever cues "put it to her that ...", counsel's question). */
  private static final ImmutableSet<String> QUESTION_CUES = ImmutableSet.of("ask", "question", "press", "query", "quiz", "put");

  private ExchangeTurns() {}

  /** What a statement's speaker now rests on: the statement whose mention decides it, and the rule. */
  public static final class Turn {
    final Statement statement;
    Statement source;
    Entity entity;
    AttributionRule rule;
    final boolean ownName;
    Mention mention;
    boolean mentionSet;

    /**
     * @param statement the statement
     * @param source the statement whose speaker mention decides its speaker
     * @param entity its speaker, or null
     * @param rule the deciding rule
     * @param ownName whether its speaker rests on a name in its own attribution
     */
    public Turn(Statement statement, Statement source, Entity entity, AttributionRule rule, boolean ownName) {
      this.statement = statement;
      this.source = source;
      this.entity = entity;
      this.rule = rule;
      this.ownName = ownName;
    }

    /** @return the statement whose speaker mention now decides the speaker */
    public Statement source() {
      return source;
    }

    /** @return the speaker, or null */
    public Entity entity() {
      return entity;
    }

    /**
     * Returns whether the revision gave the speaker a mention outside the statements (the other
     * party of an exchange, named in the narrative).
     *
     * @return whether {@link #revisedMention} applies
     */
    public boolean hasRevisedMention() {
      return mentionSet;
    }

    /**
     * Returns the mention the revised speaker rests on, when {@link #hasRevisedMention}.
     *
     * @return the mention, or null
     */
    public Mention revisedMention() {
      return mention;
    }

    /** @return the deciding rule */
    public AttributionRule rule() {
      return rule;
    }
  }

  /**
   * Revises the turns in place.
   *
   * @param doc the analysed text
   * @param turns one per statement, in document order
   * @param paragraphs the paragraph each statement starts in
   * @param opensParagraph whether each statement opens its paragraph
   * @param resolver the resolver, for the people mentioned in the narrative
   */
  public static void revise(AnalyzedText doc, List<Turn> turns, int[] paragraphs, boolean[] opensParagraph,
      EntityResolver resolver) {
    Entity[] original = new Entity[turns.size()];
    Turn[] unrevised = new Turn[turns.size()];   // each turn as it was before the exchange revised it
    for (int i = 0; i < turns.size(); i++) {
      original[i] = turns.get(i).entity;
    }
    for (int i = 0; i < turns.size(); i++) {
      Turn t = turns.get(i);
      if (i > 0 && t.rule == SAME_PARAGRAPH && paragraphs[i] == paragraphs[i - 1]
          && original[i] != null && original[i] == original[i - 1] && turns.get(i - 1).entity != original[i - 1]
          && turns.get(i - 1).entity != null) {
        // "“Not remotely.” She turns a hand over. “The trick is ...”": the rest of a paragraph
        // whose first turn the exchange gave to someone else goes with it.
        follow(t, turns.get(i - 1), SAME_PARAGRAPH);
        continue;
      }
      if (t.entity == null || t.statement.quote() == null) {
        continue;
      }
      String content = t.statement.quote().content().in(doc.text());
      if (!t.ownName && addresses(content, t.entity, resolver.entities())) {
        Mention m = t.mentionSet ? t.mention : resolver.mentionOf(t.source);
        Turn before = i > 0 ? turns.get(i - 1) : null;
        Entity entity = t.entity;
        Mention mention = t.mention;
        boolean mentionSet = t.mentionSet;
        AttributionRule rule = t.rule;
        if (before != null && before.entity != null && before.statement.quote() != null && opensParagraph[i]
            && paragraphs[i] - paragraphs[i - 1] == 1 && answeredByAddressee(doc, t, before, resolver)) {
          if (!addresses(content, t.entity, resolver.entities())) {
            // "‘Ms Ndlovu, you wanted to come in?’ the chair asked.¶‘Thank you, chair. Mr Stowell,
            // ...’": the one the turn before called on answers, whoever else she addresses.
            t.rule = ADDRESSED_BY_NAME;
            continue;
          }
          t.entity = entity;
          t.mention = mention;
          t.mentionSet = mentionSet;
          t.rule = rule;
        }
        Vocatives said = Vocatives.of(content);
        if (toldBefore(doc, t, paragraphs[i] - 1, said, resolver)) {
          // "She told Ms Pemberton that the fields flooded ...¶“Has the appellant's engineer seen
          // these, Mrs Lowther?”": the one she spoke to answers her
          continue;
        }
        if (isQuestion(content) && questioner(doc, t, resolver)) {
          // "Mr Linklater asked the referee whether ...¶“...”¶Featherstone said ...¶“Mr
          // Featherstone, the footage shows ... Were you stumbling?”": a question put to someone by
          // name is the questioner's
          continue;
        }
        // "“Potentially, my Lady, yes,” she said": the "she" is the other woman, not the judge;
        // and no one the quotation speaks to ("Thank you, chair. Mr Stowell, ...") is its speaker.
        Turn other = m != null && m.kind() == MentionKind.PRONOUN && t.entity.gender != dev.verbatim.mention.Gender.UNKNOWN
            ? lastUnaddressedSpeaker(turns, i, content, resolver, paragraphs, 3, t.entity.gender)
            : lastUnaddressedSpeaker(turns, i, content, resolver, paragraphs, 3, null);
        if (before != null && before.entity != null && isQuestion(doc, before)
            && addresses(content, before.entity, resolver.entities())) {
          // "The next caller, Keith, asked why ...¶“Keith, that project was approved ...”": the
          // answer to someone's question, said to them, is from whoever answered the questions before
          Turn answerer = answererBefore(doc, turns, i - 1, paragraphs, said, resolver);
          if (answerer != null) {
            other = answerer;
          }
        }
        if (other != null) {
          follow(t, other, ADDRESSED_BY_NAME);
          continue;
        }
        if (otherParty(doc, t, resolver, ADDRESSED_BY_NAME)) {
          continue;
        }
      }
      if (!EXCHANGE_RULES.contains(t.rule) || !opensParagraph[i] || i == 0) {
        continue;
      }
      unrevised[i] = new Turn(t.statement, t.source, t.entity, t.rule, t.ownName);
      unrevised[i].mention = t.mention;
      unrevised[i].mentionSet = t.mentionSet;
      Turn prev = turns.get(i - 1);
      if (prev.entity == null || paragraphs[i] - paragraphs[i - 1] != 1) {
        continue;
      }
      Turn titled = titleAddressed(doc, turns, i - 1, paragraphs);
      if (titled != null && titled.entity != t.entity) {
        follow(t, titled, ADDRESSED_BY_NAME);   // "“Minister?”¶“First of all, I'm sorry ...”"
        continue;
      }
      if (prev.entity == t.entity && asksSomething(doc, t) && !isQuestion(doc, prev) && prev.statement.quote() != null
          && questioner(doc, t, resolver)) {
        continue;   // "Mr Threlfall asked her ...¶“We trusted him,” she said.¶“You trusted him completely, didn't you?”"
      }
      if (prev.entity == t.entity && prev.statement.quote() == null && isQuestion(doc, prev) && asksSomething(doc, t)
          && !ANSWER_OPENING.matcher(content).find() && !echoes(content, prev.statement.span().in(doc.text()))) {
        // (and "Marsh asks whether she would bet her own money on it.¶“My own money? Yes.”", taking
        // up the question's words, answers it)
        // (but "One reporter asked Penhale whether ...¶“No. What would I say? ...”" is the answer)
        continue;   // "Kowalczyk asked whether Fennimore should vote.¶“Is the councillor going to declare ...?”"
      }
      Turn turn = null;
      Turn twoBack = i >= 2 ? turns.get(i - 2) : null;
      boolean inRun = TURN_RULES.contains(prev.rule)
          || prev.rule == PREVIOUS_PARAGRAPH && twoBack != null && TURN_RULES.contains(twoBack.rule);
      if (inRun && twoBack != null && twoBack.entity != null
          && twoBack.entity != prev.entity && paragraphs[i - 1] - paragraphs[i - 2] == 1
          && opensParagraph[i - 1] && opensParagraph[i - 2]) {
        // A run of uncued turns in an exchange alternates.
        turn = twoBack;
      } else if (prev.entity == t.entity) {
        Turn before = lastOtherSpeaker(turns, i - 1, prev.entity, paragraphs, 2);
        boolean question = isQuestion(doc, t);
        boolean prevQuestion = isQuestion(doc, prev);
        if (!question && prevQuestion && prev.statement.quote() == null && questionAbout(doc, t, prev, resolver)) {
          continue;   // "I ask why she keeps returning to water.¶“I grew up on a narrowboat ...”": hers
        }
        if (prev.statement.quote() != null && interrupted(prev.statement.quote().content().in(doc.text()))) {
          // "“... two fare rises—”¶“One fare rise.”": a turn cut off is someone else's turn next
          // (on the tuning articles, 10 of 10 such paragraphs change speaker): the one it spoke to
          // by name, else the last other speaker, else the other person named last.
          if (answeredByAddressee(doc, t, prev, resolver)) {
            continue;
          }
          if (before != null) {
            follow(t, before, EXCHANGE_TURN);
          } else {
            otherParty(doc, t, resolver, EXCHANGE_TURN);
          }
          continue;
        }
        if (prev.statement.quote() != null && wholeParagraph(doc, t) && answeredByAddressee(doc, t, prev, resolver)) {
          // "“You can have 40 per cent of nothing, Adaeze.”¶“That is exactly what ...”": the one a
          // turn speaks to by name answers it, however long the answer (on the tuning articles, 15
          // of 17 paragraphs after a turn that addresses someone are theirs)
          continue;
        }
        if (prev.statement.quote() != null && words(content).size() <= SHORT_REPLY_WORDS && wholeParagraph(doc, t)) {
          // "“... since 2006,” Keogh said.¶“Eighteen years ago.”": a short quotation that is a
          // paragraph of its own, after someone's quotation, is the other party's reply (on the
          // tuning articles, 105 of 106 such paragraphs change speaker when someone else spoke in
          // the two paragraphs before): the other person the
          // reporter named last ("When Caskie asked whether ...¶“..,” she said.¶“That's not a
          // yes.”"), else the last other speaker; but the one the turn before spoke to by name
          // answers it ("“Did you ask for more money, Ms Pruitt?”¶“Every year.”")
          if (answeredByAddressee(doc, t, prev, resolver)) {
            continue;
          }
          Turn answerer = prevQuestion && !question ? lastAnswerer(doc, turns, i - 1, paragraphs) : null;
          if (answerer != null && answerer.entity != t.entity) {
            // "He asked whether Mrs Hollins had ...¶She said ...¶... Mr Wren asked: “Did anyone
            // ever tell you ...?”¶“Not in those terms, no.”": who answered the asker before answers
            follow(t, answerer, EXCHANGE_TURN);
            continue;
          }
          if (before == null && !prevQuestion && !otherNamedWithin(doc, t, resolver, paragraphs[i] - 2)) {
            // "“... a new engine for the inshore boat,” he said.¶“We'll make sure it does.”": with
            // no one else speaking or named in the two paragraphs before and no question put,
            // there is no exchange; the speaker goes on.
            continue;
          }
          if (otherParty(doc, t, resolver, EXCHANGE_TURN)) {
            continue;
          } else if (before != null) {
            turn = before;
          }
        } else if (prev.statement.quote() != null && !NEIGHBOUR_RULES.contains(prev.rule) && !TURN_RULES.contains(prev.rule)
            && echoes(content, prev.statement.quote().content().in(doc.text()))) {
          // "“... until ten past six,” he said.¶“Ten past six. That's four hours ...”": words taken
          // up from the end of the turn before answer it; the other party speaks. With no one else
          // speaking in the two paragraphs before, there is no exchange: "“... when things
          // recovered,” he said.¶“Things have recovered. ...”" is the same speaker going on.
          if (before != null) {
            turn = before;
          }
        } else if (before != null && question != prevQuestion && question == isQuestion(doc, before)) {
          Turn answerer = prevQuestion ? lastAnswerer(doc, turns, i - 1, paragraphs) : null;
          turn = answerer != null ? answerer : before;
        } else if (!question && (prevQuestion || asksSomething(doc, prev)) && putToSomeone(doc, prev, resolver)) {
          // "“Did you read it?”¶“I don't believe I did, no.”": the answer to a question put to
          // someone is theirs: the one it names, the other party of the exchange, or the one the
          // reporter named last.
          Turn named = addresseeTurn(doc, turns, i - 1, paragraphs);
          if (named != null) {
            turn = named;
          } else if (prev.statement.quote() == null && otherParty(doc, t, resolver, EXCHANGE_TURN)) {
            continue;   // "Ms Anstey asked Mr Dewhurst whether ...": the one asked answers
          } else if (before != null) {
            turn = before;
          } else if (otherParty(doc, t, resolver, EXCHANGE_TURN)) {
            continue;
          }
        } else if (question && !prevQuestion && before != null && prev.statement.cueLemma() != null
            && REPLY_CUES.contains(prev.statement.cueLemma().toLowerCase(Locale.ROOT))) {
          // "Mr Rudd replied that ...¶“Exceptional twice in five years?”": a question after a
          // reply is the other party's.
          turn = before;
        } else if (before == null && question && !isQuestion(doc, prev) && prev.statement.quote() != null
            && !addressesAnyone(content)) {
          // "“We trusted him,” she said.¶“You trusted him completely, didn't you?”": the question
          // after an answer is the other party's, the one named last in the narrative.
          otherParty(doc, t, resolver, EXCHANGE_TURN);
        }
      }
      if (turn != null && turn.entity != t.entity && !addresses(content, turn.entity, resolver.entities())) {
        follow(t, turn, EXCHANGE_TURN);
      }
    }
    for (int i = 0; i < turns.size(); i++) {
      Turn t = turns.get(i);
      if (unrevised[i] != null && t.rule == EXCHANGE_TURN && t.entity != unrevised[i].entity && t.entity != null
          && addresses(t.statement.quote().content().in(doc.text()), t.entity, resolver.entities())) {
        // "“It's in your own department's annual report, minister.”": whoever the exchange made
        // its speaker, a turn is not spoken by the one it addresses; it keeps the speaker it had.
        follow(t, unrevised[i], unrevised[i].rule);
      }
    }
  }

  /** The most words of a quotation paragraph read as a reply ("Eighteen years ago.", "So you knew."). */
  private static final int SHORT_REPLY_WORDS = 6;

  /** Whether a turn's quotation is all its paragraph holds: nothing but marks and spaces after it. */
  private static boolean wholeParagraph(AnalyzedText doc, Turn t) {
    String text = doc.text();
    for (int k = t.statement.quote().content().end(); k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c) && "\"\u201D\u2019'".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Words too common to show that one turn takes up another's. */
  private static final ImmutableSet<String> COMMON_WORDS = ImmutableSet.copyOf((
      "the a an and or but so of to in on at for with is are was were be been it its this that these those i you"
      + " he she we they me him her us them my your his our their not no yes do did does have has had will would"
      + " can could should just then there here what which who how why when as by from if than too very also all"
      + " any some one it's i'm that's don't").split(" "));
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!\u2014])\\s+");

  /**
   * Whether a quotation takes up words from the last sentence of the one before: its first
   * sentence is short (at most eight words) and shares a word of substance with it, or one of its
   * first two words of substance is in it ("Ten past six.", "The nervous ones. You mean ...?",
   * "Better than what?", "For this bonus round, no.").
   */
  static boolean echoes(String content, String before) {
    String[] prevSentences = SENTENCE_END.split(before.strip());
    String last = prevSentences[prevSentences.length - 1];
    if (last.isBlank() && prevSentences.length > 1) {
      last = prevSentences[prevSentences.length - 2];
    }
    Set<String> lastWords = new HashSet<>();
    for (String w : words(last)) {
      if (w.length() >= 3 && !COMMON_WORDS.contains(w)) {
        lastWords.add(w);
      }
    }
    List<String> first = words(SENTENCE_END.split(content.strip())[0]);
    int substantial = 0;
    for (String w : first) {
      if (w.length() < 3 || COMMON_WORDS.contains(w)) {
        continue;
      }
      if (lastWords.contains(w) && (first.size() <= 8 || substantial < 2)) {
        return true;
      }
      substantial++;
    }
    return false;
  }

  private static List<String> words(String s) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Gives a turn the speaker of another, resting on the same mention. */
  private static void follow(Turn t, Turn other, AttributionRule rule) {
    t.source = other.source;
    t.entity = other.entity;
    t.rule = rule;
    t.mentionSet = other.mentionSet;
    t.mention = other.mention;
  }

  /**
   * Gives a question that follows someone's answer to the one the reporter last showed asking
   * questions, within 6 sentences, when that is another person the question does not address.
   */
  private static boolean questioner(AnalyzedText doc, Turn t, EntityResolver resolver) {
    int token = doc.tokenAtOrAfter(t.statement.span().start());
    if (token >= doc.tokens().size()) {
      return false;
    }
    java.util.Map.Entry<Entity, Mention> asker = resolver.lastQuestioner(token, 6);
    if (asker == null || asker.getKey() == t.entity
        || addresses(t.statement.quote().content().in(doc.text()), asker.getKey(), resolver.entities())) {
      return false;
    }
    t.entity = asker.getKey();
    t.mention = asker.getValue();
    t.mentionSet = true;
    t.rule = QUESTIONER;
    return true;
  }

  /**
   * Gives the answer to a reported question to the person the question is about, when it names
   * one by "he" or "she" as the subject of its clause ("I ask why she keeps returning to water")
   * and that is not the one who asked.
   */
  private static boolean questionAbout(AnalyzedText doc, Turn t, Turn question, EntityResolver resolver) {
    Statement q = question.statement;
    for (int i = doc.tokenAtOrAfter(q.span().start()); i < doc.tokens().size() && doc.token(i).begin() < q.span().end(); i++) {
      String w = doc.token(i).text().toLowerCase(Locale.ROOT);
      if (!(w.equals("he") || w.equals("she"))) {
        continue;
      }
      Entity e = resolver.resolvedAt(i);
      if (e == null || e == question.entity || e.kind != dev.verbatim.SpeakerKind.PERSON) {
        return false;
      }
      t.entity = e;
      t.mention = resolver.mentionAt(i);
      t.mentionSet = true;
      t.rule = EXCHANGE_TURN;
      return true;
    }
    return false;
  }

  /**
   * Gives a turn to the one person the quotation before it speaks to by name or title ("..., Ms
   * Pruitt?", "..., Denise."), when that is not the speaker of either turn and the reporter has
   * named them before.
   */
  private static boolean answeredByAddressee(AnalyzedText doc, Turn t, Turn prev, EntityResolver resolver) {
    Vocatives said = Vocatives.of(prev.statement.quote().content().in(doc.text()));
    if (said.isEmpty()) {
      return false;
    }
    Entity addressed = null;
    // (a councillor the report names only later is not the "Councillor" a caller speaks to)
    List<Entity> people = namedBefore(doc, resolver, t);
    for (Entity e : people) {
      if (e != prev.entity && e.kind == dev.verbatim.SpeakerKind.PERSON && addresses(said, e, people)) {
        if (addressed != null) {
          return false;   // two people it could mean
        }
        addressed = e;
      }
    }
    return addressed != null && addressed != t.entity
        && giveTo(t, addressed, doc.tokenAtOrAfter(t.statement.span().start()), resolver, EXCHANGE_TURN);
  }

  /**
   * Gives a turn to an entity, at its last mention before token {@code before}; false, and the
   * turn unchanged, when the reporter has not named it there.
   */
  private static boolean giveTo(Turn t, Entity e, int before, EntityResolver resolver, AttributionRule rule) {
    Mention named = resolver.lastMentionOf(before, e);
    if (named == null) {
      return false;
    }
    t.entity = e;
    t.mention = named;
    t.mentionSet = true;
    t.rule = rule;
    return true;
  }

  /**
   * The turn that answered the last question before question {@code q} (the person speaking right
   * after it, not its asker and not addressed by {@code said}), within 8 paragraphs; or null.
   */
  private static Turn answererBefore(AnalyzedText doc, List<Turn> turns, int q, int[] paragraphs, Vocatives said,
      EntityResolver resolver) {
    for (int j = q - 1; j >= 1 && paragraphs[q] - paragraphs[j] <= 8; j--) {
      Turn asked = turns.get(j - 1);
      Turn next = turns.get(j);
      if (asked.entity != null && isQuestion(doc, asked) && next.entity != null && next.entity != asked.entity
          && next.entity.kind == dev.verbatim.SpeakerKind.PERSON && !addresses(said, next.entity, resolver.entities())) {
        return next;
      }
    }
    return null;
  }

  /**
   * Gives a turn to the one person the reporter's paragraph {@code paragraph} shows being told
   * something ("She told Ms Pemberton that ..."), when the turn does not address them and they are
   * not its current speaker.
   */
  private static boolean toldBefore(AnalyzedText doc, Turn t, int paragraph, Vocatives said, EntityResolver resolver) {
    int start = doc.tokenAtOrAfter(t.statement.span().start());
    Entity found = null;
    for (int i = start - 1; i > 0 && doc.paragraphAtOrAfter(doc.token(i).begin()) >= paragraph; i--) {
      if (!doc.token(i).lemma().equals("tell") || !doc.token(i).isVerb() || i + 1 >= start) {
        continue;
      }
      int end = i + 1;
      while (end + 1 < start && doc.token(end + 1).ner().equals("PERSON")) {
        end++;
      }
      Entity e = doc.token(end).ner().equals("PERSON") ? resolver.resolvedAt(end) : null;
      if (e == null || e.kind != dev.verbatim.SpeakerKind.PERSON) {
        continue;
      }
      if (found != null && found != e) {
        return false;
      }
      found = e;
    }
    return found != null && found != t.entity && !addresses(said, found, resolver.entities())
        && giveTo(t, found, start, resolver, ADDRESSED_BY_NAME);
  }

  /** The entities the reporter has named before a turn. */
  private static List<Entity> namedBefore(AnalyzedText doc, EntityResolver resolver, Turn t) {
    int token = doc.tokenAtOrAfter(t.statement.span().start());
    List<Entity> out = new java.util.ArrayList<>();
    for (Entity e : resolver.entities()) {
      if (resolver.lastMentionOf(token, e) != null) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The turn that answered the last earlier question by the asker of question {@code q}, within 8
   * paragraphs: the turn right after it, by another person; null when there is none.
   */
  private static Turn lastAnswerer(AnalyzedText doc, List<Turn> turns, int q, int[] paragraphs) {
    Entity asker = turns.get(q).entity;
    for (int j = q - 2; j >= 0 && paragraphs[q] - paragraphs[j] <= 8; j--) {
      Turn asked = turns.get(j);
      Turn next = turns.get(j + 1);
      if (asked.entity == asker && isQuestion(doc, asked) && next.entity != null && next.entity != asker
          && next.entity.kind == dev.verbatim.SpeakerKind.PERSON) {
        return next;
      }
    }
    return null;
  }

  /** The person named last before a turn other than its current speaker, within 6 sentences, and where; or null. */
  private static java.util.Map.Entry<Entity, Mention> lastOtherPerson(AnalyzedText doc, Turn t, EntityResolver resolver) {
    int token = doc.tokenAtOrAfter(t.statement.span().start());
    return token >= doc.tokens().size() ? null : resolver.lastOtherPerson(token, t.entity, 6);
  }

  /** Whether the person named last before a turn, other than its speaker, is named in paragraph {@code from} or later. */
  private static boolean otherNamedWithin(AnalyzedText doc, Turn t, EntityResolver resolver, int from) {
    java.util.Map.Entry<Entity, Mention> other = lastOtherPerson(doc, t, resolver);
    return other != null && doc.paragraphAtOrAfter(other.getValue().span().start()) >= from;
  }

  /** Gives a turn to the person named last before it other than its current speaker, within 6 sentences. */
  private static boolean otherParty(AnalyzedText doc, Turn t, EntityResolver resolver, AttributionRule rule) {
    java.util.Map.Entry<Entity, Mention> other = lastOtherPerson(doc, t, resolver);
    if (other == null) {
      return false;
    }
    t.entity = other.getKey();
    t.mention = other.getValue();
    t.mentionSet = true;
    t.rule = rule;
    return true;
  }

  /**
   * Whether a question is put to someone rather than asked of no one: it says "you" or a name,
   * its cue is a verb of asking, or the reporter last showed its speaker asking.
   */
  private static boolean putToSomeone(AnalyzedText doc, Turn q, EntityResolver resolver) {
    if (q.statement.quote() == null) {
      return true;   // "asked her whether ..."
    }
    String content = q.statement.quote().content().in(doc.text());
    if (SECOND_PERSON.matcher(content).find() || addressesAnyone(content)) {
      return true;
    }
    String cue = q.statement.cueLemma() != null ? q.statement.cueLemma()
        : q.statement.cueToken() >= 0 ? doc.token(q.statement.cueToken()).lemma() : "";
    if (QUESTION_CUES.contains(cue.toLowerCase(Locale.ROOT))) {
      return true;
    }
    int token = doc.tokenAtOrAfter(q.statement.span().start());
    if (token >= doc.tokens().size()) {
      return false;
    }
    java.util.Map.Entry<Entity, Mention> asker = resolver.lastQuestioner(token, 6);
    return asker != null && asker.getKey() == q.entity;
  }

  /** A quotation that is only a title said to someone: "Minister?", "Chief Superintendent?". */
  private static final Pattern TITLE_ALONE = Pattern.compile("^\\s*((?:\\p{Lu}\\p{Ll}+ ?){1,2})[?.!,]?\\s*$");

  /**
   * The latest turn, at most 6 paragraphs before, by the one person whose titles hold the title
   * that turn {@code q} consists of ("Minister?"); null when {@code q} is not a title alone.
   */
  private static Turn titleAddressed(AnalyzedText doc, List<Turn> turns, int q, int[] paragraphs) {
    Turn t = turns.get(q);
    if (t.statement.quote() == null) {
      return null;
    }
    java.util.regex.Matcher m = TITLE_ALONE.matcher(t.statement.quote().content().in(doc.text()));
    if (!m.matches()) {
      return null;
    }
    String title = m.group(1).trim().toLowerCase(Locale.ROOT);
    if (!dev.verbatim.mention.Words.isPersonNoun(title.substring(title.lastIndexOf(' ') + 1))) {
      return null;
    }
    Turn found = null;
    for (int j = q - 1; j >= 0 && paragraphs[q] - paragraphs[j] <= 6; j--) {
      Entity e = turns.get(j).entity;
      if (e == null || e == t.entity) {
        continue;
      }
      for (String r : e.roles) {
        if (r.toLowerCase(Locale.ROOT).contains(title)) {
          if (found != null && found.entity != e) {
            return null;   // two people with that title
          }
          found = found == null ? turns.get(j) : found;
        }
      }
    }
    return found;
  }

  /** The latest turn, at most 3 paragraphs before turn {@code q}, by someone turn {@code q} addresses by name. */
  private static Turn addresseeTurn(AnalyzedText doc, List<Turn> turns, int q, int[] paragraphs) {
    Turn question = turns.get(q);
    if (question.statement.quote() == null) {
      return null;
    }
    Set<String> names = addressedSurnames(question.statement.quote().content().in(doc.text()));
    if (names.isEmpty()) {
      return null;
    }
    for (int j = q - 1; j >= 0 && paragraphs[q] - paragraphs[j] <= 3; j--) {
      Turn t = turns.get(j);
      if (t.entity != null && t.entity != question.entity && addressed(t.entity, names)) {
        return t;
      }
    }
    return null;
  }

  private static boolean addressesAnyone(String content) {
    return !addressedSurnames(content).isEmpty();
  }

  /** The nearest turn before {@code i} by a speaker other than {@code e}, at most {@code reach} paragraphs back. */
  private static Turn lastOtherSpeaker(List<Turn> turns, int i, Entity e, int[] paragraphs, int reach) {
    return lastOtherSpeaker(turns, i, e, paragraphs, reach, null);
  }

  /** As above, of the gender given when it is not null. */
  private static Turn lastOtherSpeaker(List<Turn> turns, int i, Entity e, int[] paragraphs, int reach,
      dev.verbatim.mention.Gender gender) {
    for (int j = i - 1; j >= 0 && paragraphs[i] - paragraphs[j] <= reach; j--) {
      Turn t = turns.get(j);
      if (t.entity != null && t.entity != e && t.entity.kind == dev.verbatim.SpeakerKind.PERSON
          && (gender == null || t.entity.gender == gender)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The last speaker within reach (of the gender given when it is not null) whom the quotation
   * does not address, or null.
   */
  private static Turn lastUnaddressedSpeaker(List<Turn> turns, int i, String content, EntityResolver resolver,
      int[] paragraphs, int reach, dev.verbatim.mention.Gender gender) {
    Vocatives said = Vocatives.of(content);
    for (int j = i - 1; j >= 0 && paragraphs[i] - paragraphs[j] <= reach; j--) {
      Turn t = turns.get(j);
      if (t.entity != null && t.entity.kind == dev.verbatim.SpeakerKind.PERSON
          && (gender == null || t.entity.gender == gender) && !addresses(said, t.entity, resolver.entities())) {
        return t;
      }
    }
    return null;
  }

  /** A quotation broken off by a dash: "... and we will—", "... not about the —", "... in 1969 --". */
  private static final Pattern CUT_OFF = Pattern.compile("(?:\u2014|\u2013|--|\\s-)[\\s\"'\u201D\u2019]*$");

  /** Whether a quotation was cut off before its end (an interruption). */
  private static boolean interrupted(String content) {
    return CUT_OFF.matcher(content).find();
  }

  /** Whether a quotation holds a question ("You trusted him completely, didn't you? For three years ..."). */
  private static boolean asksSomething(AnalyzedText doc, Turn t) {
    if (t.statement.quote() == null) {
      return false;
    }
    String content = t.statement.quote().content().in(doc.text());
    int q = content.indexOf('?');
    if (q < 0) {
      return false;
    }
    // "The penalty? From where I was standing it looked a foul.": a short echo of the question
    // put, then the answer, asks nothing.
    boolean echo = words(content.substring(0, q)).size() <= 3 && content.indexOf('?', q + 1) < 0
        && content.substring(q + 1).trim().length() > 0;
    return !echo;
  }

  /** A question: a quotation ending in a question mark, or reported with "ask" ("asked her whether ..."). */
  static boolean isQuestion(AnalyzedText doc, Turn t) {
    Statement st = t.statement;
    if (st.quote() == null) {
      String lemma = st.cueLemma() != null ? st.cueLemma()
          : st.cueToken() >= 0 ? doc.token(st.cueToken()).lemma() : "";
      return QUESTION_CUES.contains(lemma.toLowerCase(Locale.ROOT));
    }
    return isQuestion(st.quote().content().in(doc.text()));
  }

  private static boolean isQuestion(String content) {
    String s = content.strip();
    while (!s.isEmpty() && "\"'\u201D\u2019)".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    return s.endsWith("?");
  }

  /**
   * A word or two said to someone, set off by the sentence's edge or a comma: "Siobhan, ...", "...,
   * Denise.", "With respect, Minister, ...", "What is there, sergeant?", "One more, my Lord, and ...".
   */
  private static final Pattern BARE_VOCATIVE = Pattern.compile(
      "(?:^|[,;:\\u2014]\\s*)((?:[Mm]y |[Yy]our )?\\p{L}[\\p{L}'\\u2019-]*(?: \\p{Lu}[\\p{L}'\\u2019-]+)?)"
          + "(?=\\s*[,.?!;:\\u2014\\u201D\"]|\\s*\\u2019(?!\\p{L})|\\s*$)");
  /** How a judge is addressed in court. */
  private static final ImmutableSet<String> BENCH_ADDRESS = ImmutableSet.of(
      "my lord", "my lady", "your honour", "your honor", "my lords");
  /** Roles a judge holds. */
  private static final ImmutableSet<String> BENCH_ROLES = ImmutableSet.of(
      "judge", "justice", "recorder", "magistrate", "sheriff", "coroner");

  /**
   * Whether the quotation addresses the entity: by title and name ("..., Mrs Moss."), by its first
   * name or surname alone ("..., Denise."), or by a title it holds ("With respect, Minister, ...",
   * "..., my Lord," to a judge).
   */
  static boolean addresses(String content, Entity e, java.util.Collection<Entity> people) {
    return addresses(Vocatives.of(content), e, people);
  }

  /**
   * What a quotation says to someone, read once: the surnames it addresses by title and the words
   * it says to someone alone (a first name, a title, "my Lord"). Immutable.
   *
   * @param surnames folded surnames addressed with a title ("..., Mrs Moss.")
   * @param bare words said to someone on their own, as written
   */
  record Vocatives(Set<String> surnames, List<String> bare) {
    /** Reads a quotation's content. */
    static Vocatives of(String content) {
      List<String> bare = new java.util.ArrayList<>();
      Matcher m = BARE_VOCATIVE.matcher(content);
      while (m.find()) {
        String said = m.group(1).trim();
        String lower = said.toLowerCase(Locale.ROOT);
        boolean bench = BENCH_ADDRESS.contains(lower);
        if (bench || !said.contains(" ") && (Character.isUpperCase(said.charAt(0))
            || dev.verbatim.mention.Words.isPersonNoun(lower))) {
          bare.add(said);
        }
      }
      return new Vocatives(addressedSurnames(content), List.copyOf(bare));
    }

    /** Whether the quotation says nothing to anyone. */
    boolean isEmpty() {
      return surnames.isEmpty() && bare.isEmpty();
    }
  }

  /** Whether the quotation read into {@code v} addresses the entity (see {@link #addresses(String, Entity, java.util.Collection)}). */
  static boolean addresses(Vocatives v, Entity e, java.util.Collection<Entity> people) {
    if (addressed(e, v.surnames())) {
      return true;
    }
    if (e.kind != dev.verbatim.SpeakerKind.PERSON) {
      return false;
    }
    for (String said : v.bare()) {
      String lower = said.toLowerCase(Locale.ROOT);
      if (BENCH_ADDRESS.contains(lower)) {
        if (holdsRole(e, BENCH_ROLES)) {
          return true;
        }
        continue;
      }
      if (Character.isUpperCase(said.charAt(0)) && hasNameWord(e, said)) {
        return true;
      }
      if (dev.verbatim.mention.Words.isPersonNoun(lower) && holdsRole(e, Set.of(lower)) && onlyHolder(e, lower, people)) {
        return true;   // (not when two people hold the title: "It runs to 90 pages, Senator," from a senator)
      }
    }
    return false;
  }

  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}-]+");

  /** Whether no other person holds the title. */
  private static boolean onlyHolder(Entity e, String title, java.util.Collection<Entity> people) {
    for (Entity other : people) {
      if (other != e && other.kind == dev.verbatim.SpeakerKind.PERSON && holdsRole(other, Set.of(title))) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of the entity's names has the word as its first or last word ("Denise" of Denise Hollier). */
  private static boolean hasNameWord(Entity e, String word) {
    List<String> w = Names.fold(word);
    if (w.size() != 1) {
      return false;
    }
    for (String v : e.variants) {
      List<String> words = Names.fold(v);
      // (or the one name the report gives a caller: "Keith")
      if (words.size() >= 2 && (words.get(0).equals(w.get(0)) || words.get(words.size() - 1).equals(w.get(0)))
          || words.size() == 1 && words.get(0).equals(w.get(0)) && e.kind == dev.verbatim.SpeakerKind.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the entity's roles holds one of the title words as a word. */
  private static boolean holdsRole(Entity e, Set<String> titles) {
    for (String r : e.roles) {
      for (String word : NOT_A_LETTER.split(r.toLowerCase(Locale.ROOT))) {
        if (titles.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Mr Vorontsyn", "Mrs Moss": a surname after an honorific, anywhere in a quotation. */
  private static final Pattern HONORIFIC_SURNAME = Pattern.compile(
      "\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? (\\p{Lu}[\\p{L}'\\u2019-]+)");

  /**
   * The folded surnames a quotation names after an honorific, in any position ("Mr Vorontsyn is an
   * experienced diplomat"): people speak of others so, never of themselves.
   */
  static Set<String> surnamesWithHonorific(String content) {
    return lastWordsOf(HONORIFIC_SURNAME, content);
  }

  /** Whether a person's surname is one of the folded surnames, or a spelling of one (Vorontsin, Vorontsyn). */
  static boolean bearsOneOf(Entity e, Set<String> surnames) {
    return bears(e, surnames, true);
  }

  /** The folded surnames a quotation addresses by title ("..., Mrs Moss."). */
  static Set<String> addressedSurnames(String content) {
    return lastWordsOf(VOCATIVE, content);
  }

  /** The folded last word of each name the pattern's first group matches in the content. */
  private static Set<String> lastWordsOf(Pattern pattern, String content) {
    Set<String> out = new HashSet<>();
    Matcher m = pattern.matcher(content);
    while (m.find()) {
      List<String> words = Names.fold(m.group(1).trim());
      if (!words.isEmpty()) {
        out.add(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Whether a person entity carries one of the surnames. */
  static boolean addressed(Entity e, Set<String> surnames) {
    return bears(e, surnames, false);
  }

  /** Whether a person's last name is one of the surnames, or, if asked, a spelling of one. */
  private static boolean bears(Entity e, Set<String> surnames, boolean spellings) {
    if (surnames.isEmpty() || e.kind != dev.verbatim.SpeakerKind.PERSON) {
      return false;
    }
    for (String v : e.variants) {
      List<String> words = Names.fold(v);
      if (words.isEmpty()) {
        continue;
      }
      String last = words.get(words.size() - 1);
      if (surnames.contains(last)) {
        return true;
      }
      for (String s : spellings ? surnames : Set.<String>of()) {
        if (Names.variantSurnames(s, last)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a statement's speaker rests on a name in its own attribution.
   *
   * @param mention the kind of the mention it rests on, or null
   * @param rule the deciding rule
   * @return whether it does
   */
  public static boolean ownName(MentionKind mention, AttributionRule rule) {
    return mention == MentionKind.NAME && !NEIGHBOUR_RULES.contains(rule);
  }
}

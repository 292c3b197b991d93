package dev.verbatim.rank;

import com.google.common.collect.ImmutableList;

/**
 * The evidence about one candidate speaker of a pronoun or role, as features of the ranking
 * model. Each value is a number computed from the candidate's mentions before the site; the
 * order of the constants is the order of a feature vector.
 */
public enum Feature {
  /** Sentences of the reporter's own text between the candidate's last mention and the site. */
  DISTANCE("distance"),
  /** The candidate's last mention is in the site's sentence. */
  SAME_SENTENCE("same-sentence"),
  /** Paragraphs between the candidate's last mention and the site, at most 3. */
  PARAGRAPHS("paragraphs"),
  /** The candidate's last mention is the subject of its clause. */
  SUBJECT("subject"),
  /** Some mention of the candidate within reach is a subject. */
  ANY_SUBJECT("any-subject"),
  /** The candidate's last mention is inside a quotation. */
  IN_QUOTE("in-quote"),
  /** The candidate's last mention is a possessor ("Park's plan"). */
  POSSESSIVE("possessive"),
  /** The candidate has been given a statement before. */
  HAS_SPOKEN("has-spoken"),
  /** The candidate is the speaker of the last statement before the site. */
  LAST_SPEAKER("last-speaker"),
  /** The candidate spoke the statement before the last speaker's (the other side of an exchange). */
  TWO_TURNS_BACK("two-turns-back"),
  /** Someone else has been given a statement since the candidate's last mention. */
  OTHER_SPOKE_SINCE("other-spoke-since"),
  /** The candidate's known gender agrees with the mention's. */
  GENDER_AGREES("gender-agrees"),
  /** The candidate's known gender conflicts with the mention's. */
  GENDER_CONFLICTS("gender-conflicts"),
  /** How many other candidates were mentioned more recently, at most 3. */
  RECENCY_RANK("recency-rank"),
  /** The candidate is the most recently mentioned. */
  MOST_RECENT("most-recent"),
  /** log(1 + mentions of the candidate within reach). */
  MENTIONS("mentions"),
  /** The candidate's last mention is the one a question was put to ("asked X", "X was asked"). */
  ADDRESSEE("addressee"),
  /** One of the candidate's titles fits the role word. */
  TITLE_FITS("title-fits"),
  /** The article gives the candidate no title. */
  UNTITLED("untitled"),
  /** The hand rule's score of the candidate (its weighing of distance, subject, agreement, having spoken). */
  RULE_SCORE("rule-score"),
  /** Uncued quotation: the candidate spoke the statement just before. */
  PREVIOUS_SPEAKER("previous-speaker"),
  /** Uncued quotation: the candidate is the last speaker before the previous one (the other side). */
  OTHER_SIDE("other-side"),
  /** Uncued quotation: the candidate speaks the next statement, in its own attribution. */
  NEXT_SPEAKER("next-speaker"),
  /** Uncued quotation: the reporter names the candidate after the previous statement. */
  NAMED_SINCE("named-since"),
  /** Uncued quotation: the candidate is a subject in the reporter's sentence just before it. */
  NARRATIVE_SUBJECT("narrative-subject"),
  /** Uncued quotation: the hand rules chose the candidate. */
  RULE_CHOICE("rule-choice"),
  /** Uncued quotation: a question after an answer, or an answer after a question, and the candidate is the other side. */
  QUESTION_TURN("question-turn"),
  /** The quotation addresses the candidate by title and name. */
  ADDRESSED("addressed"),
  /** A mention of the candidate is a subject in the reporter's sentence just before, or earlier in the same one. */
  SUBJECT_JUST_BEFORE("subject-just-before"),
  /** Uncued quotation: the turn before is a question, this one is not, and the candidate did not ask it. */
  ANSWERS_QUESTION("answers-question"),
  /** Uncued quotation: this turn is a question, the one before is not, and the candidate did not say it. */
  ASKS_BACK("asks-back"),
  /** Uncued quotation: the turn before addresses the candidate by title and name. */
  ADDRESSED_BEFORE("addressed-before"),
  /** Uncued quotation: the reporter last showed the candidate asking ("asked", "asked by", "pressed"). */
  QUESTIONER("questioner"),
  /** Uncued quotation: the reporter last showed a question put to the candidate ("asked her", "was asked"). */
  QUESTIONED("questioned"),
  /** Uncued quotation: it speaks to someone as "you", and the candidate said the turn before. */
  YOU_TO_PREVIOUS("you-to-previous"),
  /** Uncued quotation: the reporter named the candidate, outside quotations, within six sentences before it. */
  NAMED_RECENTLY("named-recently");

  /** Every feature, in vector order. */
  public static final ImmutableList<Feature> ALL = ImmutableList.copyOf(values());

  private final String id;

  Feature(String id) {
    this.id = id;
  }

  /**
   * Returns the stable name used in model and data files.
   *
   * @return the feature's stable name
   */
  public String id() {
    return id;
  }

  /**
   * Returns the feature with a stable name.
   *
   * @param id a stable name
   * @return the feature
   * @throws IllegalArgumentException if no feature has that name
   */
  public static Feature of(String id) {
    for (Feature f : ALL) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown feature: " + id);
  }
}

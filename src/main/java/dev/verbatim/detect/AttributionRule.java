package dev.verbatim.detect;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;

/**
 * The rules that decide a statement's speaker, with their stable ids ({@code Citation.rule()}) and
 * base confidences: the one table of them. Detection records the rule that found a speaker in the
 * statement's own sentence; the attribution sieves and the exchange revision record theirs; the
 * pipeline looks the base confidence up when it computes a citation's confidence and multiplies it
 * by a weight for the kind of mention. docs/records.md lists the same table in the same order (a
 * test checks it).
 *
 * <p>The base confidences are how often each rule is right when the attribution rests on a name,
 * measured on the tuning part of the fixture corpus (docs/accuracy.md). A statement with no speaker
 * entity, whatever its rule, has the base confidence of {@link #UNATTRIBUTED}.
 */
public enum AttributionRule {
  /** The person a Q-and-A label names ("Okafor:", or "A:" for the most-named person). */
  INTERVIEW_LABEL("interview-label", 0.9),
  /** The most-named person, for each answer paragraph of an interview printed without labels. */
  INTERVIEW_TURN("interview-turn", 0.8),
  /** The subject of the reporting verb whose complement is the statement. */
  CUE_SUBJECT("cue-subject", 0.95),
  /** The subject of the reporting verb, read from the words because the parse missed it. */
  SURFACE_SUBJECT("surface-subject", 0.85),
  /** The subject of a verb whose object, not a clause, is the statement. */
  CUE_OBJECT("cue-object", 0.6),
  /** X in "according to X". */
  ACCORDING_TO("according-to", 0.95),
  /** The owner of a view noun ("in X's view, ...", "X's position is that ..."). */
  VIEW_NOUN("view-noun", 0.85),
  /** The subject of a reporting verb right after a quotation. */
  ADJACENT_CUE_AFTER("adjacent-cue-after", 0.95),
  /** The subject of a reporting verb before a quotation in its sentence. */
  ADJACENT_CUE_BEFORE("adjacent-cue-before", 0.85),
  /**
   * The agent in a following sentence ("These remarks were made by ..."), or, for a story that
   * opens on a quotation alone in its paragraph, the first person the next paragraph names.
   */
  REMARK_AGENT("remark-agent", 0.9),
  /** The subject of the sentence ending in a colon before the quotation. */
  COLON_INTRO("colon-intro", 0.85),
  /** The person subject of the sentence just before a quotation that opens its sentence. */
  INTRO_SENTENCE("intro-sentence", 0.7),
  /** The speaker of the previous statement in the same paragraph. */
  SAME_PARAGRAPH("same-paragraph", 0.9),
  /** The speaker two turns back in a dialogue, or the person an intro sentence addresses. */
  DIALOGUE_TURN("dialogue-turn", 0.7),
  /** The speaker of the last statement of the previous paragraph. */
  PREVIOUS_PARAGRAPH("previous-paragraph", 0.7),
  /** The speaker of the next statement (same or next paragraph). */
  NEXT_STATEMENT("next-statement", 0.5),
  /** In an exchange, the speaker of the turn before last, or the other party. */
  EXCHANGE_TURN("exchange-turn", 0.7),
  /** In an exchange, the person the reporter last showed asking questions. */
  QUESTIONER("questioner", 0.7),
  /** A quotation addressing someone (by title and surname, first name or title) goes to the last other speaker. */
  ADDRESSED_BY_NAME("addressed-by-name", 0.7),
  /** The person a label before a quotation names ("Finance minister: “...”", "Lopez: “...”"). */
  SPEAKER_LABEL("speaker-label", 0.85),
  /** The ranking model's choice of an uncued quotation's speaker. */
  QUOTATION_RANKER("quotation-ranker", 0.7),
  /**
   * No rule found a speaker. Its base confidence is also that of every statement whose rule found
   * a mention that could not be resolved to a speaker entity.
   */
  UNATTRIBUTED("unattributed", 0.3);

  private static final ImmutableMap<String, AttributionRule> BY_ID =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(AttributionRule::id, r -> r));

  private final String id;
  private final double baseConfidence;

  AttributionRule(String id, double baseConfidence) {
    this.id = id;
    this.baseConfidence = baseConfidence;
  }

  /**
   * Returns the stable id, as {@code Citation.rule()} reports it.
   *
   * @return the id, e.g. {@code "cue-subject"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the base confidence: how often the rule is right when the attribution rests on a name.
   *
   * @return a value in (0, 1]
   */
  public double baseConfidence() {
    return baseConfidence;
  }

  /**
   * Returns the rule with an id.
   *
   * @param id a rule id
   * @return the rule
   * @throws IllegalArgumentException for an unknown id
   */
  public static AttributionRule byId(String id) {
    AttributionRule r = BY_ID.get(id);
    if (r == null) {
      throw new IllegalArgumentException("unknown attribution rule: " + id);
    }
    return r;
  }

  /**
   * Returns every rule's base confidence by id, in declaration order.
   *
   * @return the table
   */
  public static ImmutableMap<String, Double> baseConfidences() {
    return Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(AttributionRule::id, AttributionRule::baseConfidence));
  }

  @Override
  public String toString() {
    return id;
  }
}

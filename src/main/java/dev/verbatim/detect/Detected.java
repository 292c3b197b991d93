package dev.verbatim.detect;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a detection rule found: the statement, and the speaker it read beside it in the statement's
 * own sentence, if any. The pipeline hands the speaker to the attribution stage as its starting
 * point; the statement stays as found.
 *
 * @param statement the statement
 * @param speakerHead token index of the head of the speaker's mention, or -1 when none was found
 * @param rule the rule that found the speaker; {@link AttributionRule#UNATTRIBUTED} when detection
 *     read none (a rule can also be recorded with no speaker head, when the construction was read
 *     but its subject could not speak)
 * @param speakerFromNeighbour whether the statement has no speaker of its own in its sentence and
 *     takes the speaker of the statement next to it, as a quotation without attribution does ("The
 *     court heard that ...")
 */
public record Detected(Statement statement, int speakerHead, AttributionRule rule, boolean speakerFromNeighbour) {
  /**
   * Checks the statement and rule.
   *
   * @param statement the statement
   * @param speakerHead token index of the speaker's mention head, or -1
   * @param rule the rule that found the speaker
   * @param speakerFromNeighbour whether the statement takes its neighbour's speaker
   */
  public Detected {
    checkNotNull(statement, "statement");
    checkNotNull(rule, "rule");
  }

  /**
   * A statement with no speaker read beside it.
   *
   * @param statement the statement
   * @return the finding
   */
  public static Detected unattributed(Statement statement) {
    return new Detected(statement, -1, AttributionRule.UNATTRIBUTED, false);
  }

  /**
   * A statement with the speaker a rule read beside it.
   *
   * @param statement the statement
   * @param speakerHead token index of the speaker's mention head, or -1
   * @param rule the rule that read it
   * @return the finding
   */
  public static Detected attributed(Statement statement, int speakerHead, AttributionRule rule) {
    return new Detected(statement, speakerHead, rule, false);
  }

  /**
   * Returns the same finding for another statement (a copy of this one, changed by detection).
   *
   * @param changed the statement
   * @return the finding
   */
  public Detected withStatement(Statement changed) {
    return new Detected(changed, speakerHead, rule, speakerFromNeighbour);
  }
}

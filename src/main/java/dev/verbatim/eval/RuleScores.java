package dev.verbatim.eval;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How often the citations decided by one rule ({@link dev.verbatim.Citation#rule()}), or found by
 * one detection rule ({@link dev.verbatim.Citation#detection()}), were right.
 * Predictions that matched optional gold statements are left out, as in the overall scores.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule id
 * @param predictions the citations the rule decided
 * @param spanCorrect those that matched a gold statement
 * @param endToEndCorrect those that matched one and named its speaker
 */
public record RuleScores(String rule, int predictions, int spanCorrect, int endToEndCorrect) {

  /**
   * Checks the rule id.
   *
   * @param rule the rule id
   * @param predictions the citations the rule decided
   * @param spanCorrect those that matched a gold statement
   * @param endToEndCorrect those that matched one and named its speaker
   * @throws NullPointerException if the rule is null
   */
  public RuleScores {
    checkNotNull(rule, "rule");
  }

  /**
   * Returns the share of the rule's citations that matched a gold statement.
   *
   * @return the precision, rounded to four decimals; 0 when the rule decided nothing
   */
  public double spanPrecision() {
    return predictions == 0 ? 0.0 : Prf.round4((double) spanCorrect / predictions);
  }

  /**
   * Returns the share of the rule's citations that matched and named the right speaker.
   *
   * @return the precision, rounded to four decimals; 0 when the rule decided nothing
   */
  public double endToEndPrecision() {
    return predictions == 0 ? 0.0 : Prf.round4((double) endToEndCorrect / predictions);
  }
}

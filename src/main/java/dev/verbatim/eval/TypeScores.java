package dev.verbatim.eval;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The scores of one statement type, or of all types.
 *
 * <p>Immutable and thread-safe.
 *
 * @param gold non-optional gold statements of the type
 * @param predicted predictions of the type, less those that matched optional gold statements
 * @param span whether statements were found, regardless of speaker
 * @param endToEnd whether statements were found and attributed to the right speaker
 * @param attributionAccuracy right speakers among the found gold statements that name one
 *     (rounded to four decimals; 0 when there are none)
 */
public record TypeScores(
    int gold, int predicted, Prf span, Prf endToEnd, double attributionAccuracy) {

  /**
   * Checks that no component is null.
   *
   * @param gold non-optional gold statements of the type
   * @param predicted predictions of the type, less those that matched optional gold statements
   * @param span whether statements were found, regardless of speaker
   * @param endToEnd whether statements were found and attributed to the right speaker
   * @param attributionAccuracy right speakers among the found gold statements that name one
   *     (rounded to four decimals; 0 when there are none)
   * @throws NullPointerException if a component is null
   */
  public TypeScores {
    checkNotNull(span, "span");
    checkNotNull(endToEnd, "endToEnd");
  }
}

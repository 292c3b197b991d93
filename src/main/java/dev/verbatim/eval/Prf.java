package dev.verbatim.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Precision, recall and F1, each rounded to four decimals as {@code score.py} rounds them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param precision correct predictions over predictions, 0 when there are none
 * @param recall found gold statements over gold statements, 0 when there are none
 * @param f1 their harmonic mean (of the unrounded values), 0 when both are 0
 */
public record Prf(double precision, double recall, double f1) {

  /**
   * Computes the figures from counts, as {@code score.py}'s {@code prf}.
   *
   * @param correctPredictions predictions that are right
   * @param predictions all predictions
   * @param foundGold gold statements that were found
   * @param gold all gold statements
   * @return the rounded figures
   */
  public static Prf of(int correctPredictions, int predictions, int foundGold, int gold) {
    double p = predictions == 0 ? 0.0 : (double) correctPredictions / predictions;
    double r = gold == 0 ? 0.0 : (double) foundGold / gold;
    double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    return new Prf(round4(p), round4(r), round4(f));
  }

  /**
   * Rounds as Python's {@code round(x, 4)}: to the nearest, ties to even, on the exact binary
   * value of {@code x}.
   *
   * @param x a finite value
   * @return the double nearest to the rounded decimal
   */
  public static double round4(double x) {
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }
}

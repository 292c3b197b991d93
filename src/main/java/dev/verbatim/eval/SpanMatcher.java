package dev.verbatim.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs gold statements with predictions as {@code score.py}'s {@code match}: a pair qualifies
 * when the spans overlap by at least half of each; pairs are taken greedily, one-to-one, in the
 * order of Python's {@code sort(reverse=True)} on {@code (overlap, i, j)}: largest overlap first,
 * ties to the larger gold index, then to the larger prediction index.
 */
final class SpanMatcher {
  private static final Comparator<int[]> PYTHON_REVERSE_TUPLE_ORDER =
      Comparator.<int[]>comparingInt(t -> t[0]).thenComparingInt(t -> t[1])
          .thenComparingInt(t -> t[2]).reversed();

  private SpanMatcher() {}

  /** The pairing: for each gold index its prediction, and back; -1 where unpaired. */
  record Matching(int[] goldToPrediction, int[] predictionToGold) {}

  static Matching match(List<GoldQuote> gold, List<Prediction> predictions) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      GoldQuote a = gold.get(i);
      for (int j = 0; j < predictions.size(); j++) {
        Prediction b = predictions.get(j);
        int o = overlap(a.span().start(), a.span().end(), b.start(), b.end());
        // o >= 0.5 * length, in integers.
        if (o > 0 && 2L * o >= a.span().length() && 2L * o >= (long) b.end() - b.start()) {
          pairs.add(new int[] {o, i, j});
        }
      }
    }
    pairs.sort(PYTHON_REVERSE_TUPLE_ORDER);
    int[] g2p = new int[gold.size()];
    int[] p2g = new int[predictions.size()];
    Arrays.fill(g2p, -1);
    Arrays.fill(p2g, -1);
    for (int[] pair : pairs) {
      if (g2p[pair[1]] < 0 && p2g[pair[2]] < 0) {
        g2p[pair[1]] = pair[2];
        p2g[pair[2]] = pair[1];
      }
    }
    return new Matching(g2p, p2g);
  }

  static int overlap(int a0, int a1, int b0, int b1) {
    return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  }
}

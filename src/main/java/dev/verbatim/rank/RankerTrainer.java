package dev.verbatim.rank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains a {@link RankingModel}: conditional logistic regression (a softmax over the candidates
 * of each choice), maximising the probability of the right candidates with an L2 penalty, by
 * Newton steps with the Fisher information. Deterministic: the same data give the same weights,
 * bit for bit, on any Java 17 virtual machine ({@code StrictMath}, a fixed order of sums).
 */
public final class RankerTrainer {
  /** Default strength of the L2 penalty. */
  public static final double DEFAULT_L2 = 1.0;
  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-10;

  private final double l2;

  /**
   * Makes a trainer.
   *
   * @param l2 strength of the L2 penalty, positive
   */
  public RankerTrainer(double l2) {
    if (!(l2 > 0)) {
      throw new IllegalArgumentException("l2 must be positive: " + l2);
    }
    this.l2 = l2;
  }

  /**
   * Trains weights for the given kinds.
   *
   * @param data decisions; those with no right candidate or a single candidate teach nothing
   * @param kinds the kinds to train
   * @return the model
   */
  public RankingModel train(List<Decision> data, Set<DecisionKind> kinds) {
    Map<DecisionKind, double[]> w = new EnumMap<>(DecisionKind.class);
    for (DecisionKind k : kinds) {
      List<Decision> own = new ArrayList<>();
      for (Decision d : data) {
        if (d.kind() == k && d.answerable() && d.candidates().size() > 1) {
          own.add(d);
        }
      }
      w.put(k, fit(own));
    }
    return new RankingModel(w);
  }

  private double[] fit(List<Decision> data) {
    int n = Feature.ALL.size();
    double[] w = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] g = new double[n];
      double[][] h = new double[n][n];
      for (Decision d : data) {
        List<double[]> xs = new ArrayList<>();
        for (Decision.Candidate c : d.candidates()) {
          xs.add(c.features());
        }
        double[] p = RankingModel.softmax(w, xs);
        double[] mean = new double[n];
        double[] meanRight = new double[n];
        double right = 0;
        for (int c = 0; c < xs.size(); c++) {
          if (d.candidates().get(c).right()) {
            right += p[c];
          }
        }
        for (int c = 0; c < xs.size(); c++) {
          double[] x = xs.get(c);
          double q = d.candidates().get(c).right() ? p[c] / right : 0;
          for (int i = 0; i < n; i++) {
            mean[i] += p[c] * x[i];
            meanRight[i] += q * x[i];
          }
        }
        for (int i = 0; i < n; i++) {
          g[i] += mean[i] - meanRight[i];
        }
        for (int c = 0; c < xs.size(); c++) {
          double[] x = xs.get(c);
          for (int i = 0; i < n; i++) {
            double di = x[i] - mean[i];
            for (int j = 0; j < n; j++) {
              h[i][j] += p[c] * di * (x[j] - mean[j]);
            }
          }
        }
      }
      for (int i = 0; i < n; i++) {
        g[i] += l2 * w[i];
        h[i][i] += l2;
      }
      double[] step = solve(h, g);
      double largest = 0;
      for (int i = 0; i < n; i++) {
        w[i] -= step[i];
        largest = Math.max(largest, Math.abs(step[i]));
      }
      if (largest < TOLERANCE) {
        break;
      }
    }
    return w;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is positive definite). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= f * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int c = r + 1; c < n; c++) {
        s -= m[r][c] * x[c];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }

  /**
   * Right choices of the hand rule and of the model, for one kind, over the decisions of held-out
   * documents.
   *
   * @param kind the kind of choice
   * @param decisions decisions with at least two candidates
   * @param answerable those among them with a right candidate
   * @param ruleRight how many the rule got right
   * @param modelRight how many the model got right
   */
  public record Comparison(DecisionKind kind, int decisions, int answerable, int ruleRight, int modelRight) {}

  /**
   * Cross-validates leaving whole documents out: documents, sorted by id, are dealt to the folds
   * in turn; each fold is scored by a model trained on the others, and by the rule.
   *
   * @param data decisions
   * @param folds number of folds, at least 2
   * @param kind the kind of choice to compare
   * @return the counts over all folds
   */
  public Comparison crossValidate(List<Decision> data, int folds, DecisionKind kind) {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be at least 2: " + folds);
    }
    List<String> docs = new ArrayList<>(new TreeSet<>(data.stream().map(Decision::document).toList()));
    Comparison total = new Comparison(kind, 0, 0, 0, 0);
    for (int fold = 0; fold < folds; fold++) {
      Set<String> test = new TreeSet<>();
      for (int i = fold; i < docs.size(); i += folds) {
        test.add(docs.get(i));
      }
      List<Decision> train = new ArrayList<>();
      List<Decision> held = new ArrayList<>();
      for (Decision d : data) {
        (test.contains(d.document()) ? held : train).add(d);
      }
      Comparison c = compare(train(train, Set.of(kind)), held, kind);
      total = new Comparison(kind, total.decisions() + c.decisions(), total.answerable() + c.answerable(),
          total.ruleRight() + c.ruleRight(), total.modelRight() + c.modelRight());
    }
    return total;
  }

  /**
   * Compares the rule and a trained model on decisions the model was not trained on.
   *
   * @param model a model deciding {@code kind}
   * @param data decisions
   * @param kind the kind of choice to compare
   * @return the counts
   */
  public static Comparison compare(RankingModel model, List<Decision> data, DecisionKind kind) {
    int decisions = 0;
    int answerable = 0;
    int ruleRight = 0;
    int modelRight = 0;
    for (Decision d : data) {
      if (d.kind() != kind || d.candidates().size() < 2) {
        continue;
      }
      decisions++;
      answerable += d.answerable() ? 1 : 0;
      ruleRight += d.candidates().get(d.ruleChoice()).right() ? 1 : 0;
      modelRight += d.candidates().get(choice(model, d)).right() ? 1 : 0;
    }
    return new Comparison(kind, decisions, answerable, ruleRight, modelRight);
  }

  /**
   * Returns the candidate a model chooses (the first with the highest probability).
   *
   * @param model a model deciding the decision's kind
   * @param d a decision
   * @return the chosen index
   */
  public static int choice(RankingModel model, Decision d) {
    List<double[]> xs = new ArrayList<>();
    for (Decision.Candidate c : d.candidates()) {
      xs.add(c.features());
    }
    double[] p = model.probabilities(d.kind(), xs);
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }
}

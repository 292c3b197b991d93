package dev.verbatim.rank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A log-linear ranking model: for each {@link DecisionKind} a weight per {@link Feature}; a
 * candidate's probability is the softmax of the weighted sums over the candidates of one choice.
 * A kind without weights is left to the hand rules. Immutable and thread-safe.
 *
 * <p>File format (UTF-8, one weight a line): {@code kind TAB feature TAB weight}; lines starting
 * with {@code #} are comments. Weights print as Java's shortest exact decimal, so a model written
 * and read back is the same model.
 */
public final class RankingModel {
  /** Where the shipped model lives on the class path. */
  public static final String RESOURCE = "/dev/verbatim/rank/speaker-ranker.tsv";
  private static volatile RankingModel shipped;

  private final Map<DecisionKind, double[]> weights;

  /**
   * Makes a model from weight vectors.
   *
   * @param weights for each kind the model decides, a vector in {@link Feature#ALL} order
   */
  public RankingModel(Map<DecisionKind, double[]> weights) {
    this.weights = new EnumMap<>(DecisionKind.class);
    weights.forEach((k, w) -> {
      if (w.length != Feature.ALL.size()) {
        throw new IllegalArgumentException(k.id() + ": expected " + Feature.ALL.size() + " weights, got " + w.length);
      }
      this.weights.put(k, w.clone());
    });
  }

  /**
   * Returns the model shipped in the jar, loaded once.
   *
   * @return the shipped model
   * @throws IllegalStateException if the resource is missing or malformed
   */
  public static RankingModel shipped() {
    RankingModel m = shipped;
    if (m == null) {
      synchronized (RankingModel.class) {
        m = shipped;
        if (m == null) {
          try (InputStream in = RankingModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("speaker ranking model not found on the class path: " + RESOURCE);
            }
            m = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
          shipped = m;
        }
      }
    }
    return m;
  }

  /**
   * Reads a model.
   *
   * @param in the model file's bytes
   * @return the model
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if a line is malformed, naming it
   */
  public static RankingModel read(InputStream in) throws IOException {
    Map<DecisionKind, double[]> w = new EnumMap<>(DecisionKind.class);
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3) {
        throw new IllegalArgumentException("model line " + number + ": expected kind, feature, weight: " + line);
      }
      try {
        double[] v = w.computeIfAbsent(DecisionKind.of(f[0]), k -> new double[Feature.ALL.size()]);
        v[Feature.of(f[1]).ordinal()] = Double.parseDouble(f[2]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("model line " + number + ": " + e.getMessage(), e);
      }
    }
    return new RankingModel(w);
  }

  /**
   * Writes the model in its file format.
   *
   * @param comment a first comment line (no line breaks), e.g. how it was trained
   * @return the file's text
   */
  public String write(String comment) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(comment.replace('\n', ' ')).append('\n');
    weights.forEach((k, w) -> {
      for (Feature f : Feature.ALL) {
        sb.append(k.id()).append('\t').append(f.id()).append('\t').append(w[f.ordinal()]).append('\n');
      }
    });
    return sb.toString();
  }

  /**
   * Returns whether the model decides a kind of choice.
   *
   * @param kind a kind of choice
   * @return whether the model has weights for it
   */
  public boolean decides(DecisionKind kind) {
    return weights.containsKey(kind);
  }

  /**
   * Returns the weights of one kind.
   *
   * @param kind a kind of choice
   * @return a copy of its weights, in {@link Feature#ALL} order, if the model decides it
   */
  public Optional<double[]> weights(DecisionKind kind) {
    double[] w = weights.get(kind);
    return w == null ? Optional.empty() : Optional.of(w.clone());
  }

  /**
   * Returns the probabilities of the candidates of one choice.
   *
   * @param kind the kind of choice; the model must decide it
   * @param features each candidate's feature vector
   * @return each candidate's probability, summing to 1
   * @throws IllegalArgumentException if the model does not decide the kind
   */
  public double[] probabilities(DecisionKind kind, List<double[]> features) {
    double[] w = weights.get(kind);
    if (w == null) {
      throw new IllegalArgumentException("the model does not decide " + kind.id());
    }
    return softmax(w, features);
  }

  static double[] softmax(double[] w, List<double[]> features) {
    double[] p = new double[features.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < p.length; i++) {
      p[i] = dot(w, features.get(i));
      max = Math.max(max, p[i]);
    }
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = StrictMath.exp(p[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  static double dot(double[] w, double[] x) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * x[i];
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RankingModel other) || !weights.keySet().equals(other.weights.keySet())) {
      return false;
    }
    for (Map.Entry<DecisionKind, double[]> e : weights.entrySet()) {
      if (!java.util.Arrays.equals(e.getValue(), other.weights.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = weights.keySet().hashCode();
    for (double[] w : weights.values()) {
      h = 31 * h + java.util.Arrays.hashCode(w);
    }
    return h;
  }
}

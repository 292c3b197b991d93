package dev.verbatim.rank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes training data: one candidate a line, tab-separated, under a header naming the
 * columns: {@code document, site, kind, right, rule-score}, then the features in
 * {@link Feature#ALL} order. Consecutive lines with the same document, site and kind are one
 * decision.
 */
public final class DecisionData {
  private static final String FIXED = "document\tsite\tkind\tright\trule-score";

  private DecisionData() {}

  /**
   * Returns the header line.
   *
   * @return the header line, without a line break
   */
  public static String header() {
    StringBuilder sb = new StringBuilder(FIXED);
    for (Feature f : Feature.ALL) {
      sb.append('\t').append(f.id());
    }
    return sb.toString();
  }

  /**
   * Writes decisions under the header.
   *
   * @param decisions the decisions
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(List<Decision> decisions, Appendable out) throws IOException {
    out.append(header()).append('\n');
    for (Decision d : decisions) {
      for (Decision.Candidate c : d.candidates()) {
        out.append(d.document()).append('\t').append(Integer.toString(d.site())).append('\t')
            .append(d.kind().id()).append('\t').append(c.right() ? "1" : "0").append('\t')
            .append(Double.toString(c.ruleScore()));
        for (double v : c.features()) {
          out.append('\t').append(Double.toString(v));
        }
        out.append('\n');
      }
    }
  }

  /**
   * Reads decisions.
   *
   * @param in the data
   * @return the decisions, in file order
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if the header or a line is malformed, naming the line
   */
  public static List<Decision> read(Reader in) throws IOException {
    BufferedReader r = new BufferedReader(in);
    String header = r.readLine();
    if (header == null || !header.equals(header())) {
      throw new IllegalArgumentException("training data: the first line must be the header\n  " + header()
          + "\n(the features may have changed since the data was written: collect it again)");
    }
    List<Decision> out = new ArrayList<>();
    List<Decision.Candidate> cands = new ArrayList<>();
    String doc = null;
    int site = -1;
    DecisionKind kind = null;
    String line;
    int number = 1;
    while ((line = r.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 + Feature.ALL.size()) {
        throw new IllegalArgumentException("training data line " + number + ": expected "
            + (5 + Feature.ALL.size()) + " columns, got " + f.length);
      }
      try {
        int s = Integer.parseInt(f[1]);
        DecisionKind k = DecisionKind.of(f[2]);
        if (doc != null && !(doc.equals(f[0]) && site == s && kind == k)) {
          out.add(new Decision(doc, site, kind, cands));
          cands = new ArrayList<>();
        }
        doc = f[0];
        site = s;
        kind = k;
        double[] x = new double[Feature.ALL.size()];
        for (int i = 0; i < x.length; i++) {
          x[i] = Double.parseDouble(f[5 + i]);
        }
        cands.add(new Decision.Candidate(x, Double.parseDouble(f[4]), f[3].equals("1")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("training data line " + number + ": " + e.getMessage(), e);
      }
    }
    if (doc != null) {
      out.add(new Decision(doc, site, kind, cands));
    }
    return out;
  }
}

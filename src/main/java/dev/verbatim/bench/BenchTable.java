package dev.verbatim.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders benchmark results as a Markdown table: one column per system and, when CoreNLP's
 * pipeline was measured, one column per Verbatim profile with how many times better that profile
 * is (CoreNLP's time, heap or time per token divided by the profile's; for throughput the
 * profile's divided by CoreNLP's).
 */
public final class BenchTable {
  private BenchTable() {}

  /** Which way a figure is better, or {@code NONE} for figures not compared. */
  private enum Better { HIGHER, LOWER, NONE }

  private record Row(String label, Function<BenchResult, Double> value, String format,
      Better better) {}

  private static final List<Row> ROWS = List.of(
      new Row("models load (s)", r -> div(r.loadMs(), 1000), "%.1f", Better.LOWER),
      new Row("cold start: JVM start to first result (s)", r -> div(r.coldStartMs(), 1000), "%.1f", Better.LOWER),
      new Row("batch, whole process: JVM start to last result of the corpus (s)",
          r -> div(r.batchMs(), 1000), "%.1f", Better.LOWER),
      new Row("warm throughput, 1 thread (tokens/s)", BenchResult::warmTokensPerSecond, "%.0f", Better.HIGHER),
      new Row("warm throughput per CPU-second (tokens)", BenchResult::warmTokensPerCpuSecond, "%.0f", Better.HIGHER),
      new Row("extract one by one, 1 thread (tokens/s)", BenchResult::batch1TokensPerSecond, "%.0f", Better.HIGHER),
      new Row("extractAll, 2 threads (tokens/s, whole)", BenchResult::batch2TokensPerSecond, "%.0f", Better.HIGHER),
      new Row("extractAll 2 threads / 1 thread", r -> div(r.batch2TokensPerSecond(),
          r.batch1TokensPerSecond() == null ? null : r.batch1TokensPerSecond()), "%.2f", Better.NONE),
      new Row("time per token, ~10 KB documents (µs)", BenchResult::smallDocMicrosPerToken, "%.0f", Better.LOWER),
      new Row("time per token, 1 MB document (µs)", BenchResult::bigDocMicrosPerToken, "%.0f", Better.LOWER),
      new Row("1 MB / 10 KB time per token", r -> div(r.bigDocMicrosPerToken(),
          r.smallDocMicrosPerToken()), "%.2f", Better.NONE),
      new Row("peak heap in use, garbage included (MiB)", r -> toDouble(r.peakHeapMb()), "%.0f", Better.LOWER),
      new Row("peak live heap after GC (MiB)", r -> toDouble(r.peakLiveMb()), "%.0f", Better.LOWER),
      new Row("-Xmx (MiB)", r -> toDouble(r.maxHeapMb()), "%.0f", Better.NONE),
      new Row("citations (Verbatim) / quotations (CoreNLP) in the corpus",
          r -> r.citations() == null ? null : r.citations().doubleValue(), "%.0f", Better.NONE),
      new Row("machine load average at the end", BenchResult::loadAverage, "%.1f", Better.NONE));

  /**
   * Renders the table.
   *
   * @param results one per system, in column order
   * @return Markdown
   */
  public static String render(List<BenchResult> results) {
    Optional<BenchResult> baseline = results.stream()
        .filter(r -> r.system().equals("corenlp-quote")).findFirst();
    List<BenchResult> ours = results.stream()
        .filter(r -> !r.system().equals("corenlp-quote")).toList();
    StringBuilder b = new StringBuilder("| measure |");
    results.forEach(r -> b.append(' ').append(r.system()).append(" |"));
    baseline.ifPresent(x -> ours.forEach(r -> b.append(" ×: corenlp vs ").append(r.system()).append(" |")));
    b.append("\n|---|");
    results.forEach(r -> b.append("---:|"));
    baseline.ifPresent(x -> ours.forEach(r -> b.append("---:|")));
    b.append('\n');
    for (Row row : ROWS) {
      b.append("| ").append(row.label()).append(" |");
      for (BenchResult r : results) {
        b.append(' ').append(format(row.format(), row.value().apply(r))).append(" |");
      }
      if (baseline.isPresent()) {
        Double base = row.value().apply(baseline.get());
        for (BenchResult r : ours) {
          Double v = row.value().apply(r);
          Double ratio = switch (row.better()) {
            case HIGHER -> div(v, base);
            case LOWER -> div(base, v);
            case NONE -> null;
          };
          b.append(' ').append(ratio == null ? "–" : format("%.1f×", ratio)).append(" |");
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static Double div(Double a, double b) {
    return a == null ? null : a / b;
  }

  private static Double div(Double a, Double b) {
    return a == null || b == null || b == 0 ? null : a / b;
  }

  private static Double toDouble(Long v) {
    return v == null ? null : v.doubleValue();
  }

  private static String format(String format, Double v) {
    return v == null ? "–" : String.format(Locale.ROOT, format, v);
  }
}

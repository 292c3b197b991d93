package dev.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {
  private static BenchResult result(String system, double loadMs, double tokensPerSecond) {
    return new BenchResult(system, 1024L, 3, 300L, 60L, 5, loadMs, 2 * loadMs, 3 * loadMs,
        tokensPerSecond, null, null, null, null, null, null, 500L, 200L, null, 1.0);
  }

  @Test
  void comparesEachProfileWithCoreNlpSoThatHigherMeansBetter() {
    String table = BenchTable.render(List.of(result("verbatim-default", 2_000, 3_000),
        result("corenlp-quote", 20_000, 300)));
    assertThat(table.lines()).contains(
        "| measure | verbatim-default | corenlp-quote | ×: corenlp vs verbatim-default |",
        "| models load (s) | 2.0 | 20.0 | 10.0× |",
        "| warm throughput, 1 thread (tokens/s) | 3000 | 300 | 10.0× |",
        "| peak heap in use, garbage included (MiB) | 500 | 500 | 1.0× |",
        "| machine load average at the end | 1.0 | 1.0 | – |");
  }

  @Test
  void leavesOutRatioColumnsWithoutCoreNlp() {
    String table = BenchTable.render(List.of(result("verbatim-fast", 2_000, 3_000)));
    assertThat(table.lines().findFirst()).hasValue("| measure | verbatim-fast |");
  }
}

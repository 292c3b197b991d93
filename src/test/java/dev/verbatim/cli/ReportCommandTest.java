package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheReportToTheOutputFileBuildingTheExtractorOnce() throws IOException {
    Path article = dir.resolve("ferry-vote.txt");
    Files.writeString(article, "\uFEFF\"We listened,\" she said.");
    Path out = dir.resolve("report.html");
    AtomicInteger builds = new AtomicInteger();
    Supplier<Function<String, ExtractionResult>> factory = () -> {
      builds.incrementAndGet();
      return CliRun::quoteWholeText;
    };

    CliRun run = CliRun.run(factory, "", "report", article.toString(), "-o", out.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(builds).hasValue(1);
    Document page = Jsoup.parse(Files.readString(out));
    assertThat(page.selectFirst("h1").text()).isEqualTo("ferry-vote");
    assertThat(page.getElementById("article").wholeText()).isEqualTo("\"We listened,\" she said.");
    assertThat(page.getElementById("c1").attr("data-speaker")).isEqualTo("s1");
    assertThat(page.select("#speakers h3").text()).isEqualTo("Ann Lee");
  }

  @Test
  void readsStandardInputAndWritesToStandardOutputWithATitle() {
    CliRun run = CliRun.run(CliRun::quoteWholeText, "Plain words.", "report", "-", "--title",
        "From a pipe");

    assertThat(run.status()).isZero();
    Document page = Jsoup.parse(run.out());
    assertThat(page.title()).isEqualTo("Verbatim report: From a pipe");
    assertThat(page.getElementById("c1").text()).isEqualTo("Plain words.");
  }

  @Test
  void aMissingArticleFailsWithOneLineAndNoExtractor() {
    CliRun run = CliRun.run(() -> {
      throw new AssertionError("the extractor must not be built");
    }, "", "report", dir.resolve("missing.txt").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(dir.resolve("missing.txt") + ": no such file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void reportWithoutAnArticleIsAUsageError() {
    CliRun run = CliRun.run("report");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("ARTICLE");
  }

  @Test
  void helpListsTheReportCommand() {
    assertThat(CliRun.run("--help").out()).contains("report");
    assertThat(CliRun.run("report", "--help").out()).contains("-o, --output=FILE", "--verbose");
  }
}

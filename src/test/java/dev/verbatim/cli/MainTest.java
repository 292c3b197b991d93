package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteType;
import dev.verbatim.VerbatimException;
import dev.verbatim.testing.SampleResults;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
  @Test
  void withoutArgumentsPrintsTheExampleArticleAndATableOfItsStatements() {
    List<String> seen = new ArrayList<>();
    CliRun run = CliRun.run(text -> {
      seen.add(text);
      return exampleResult(text);
    }, "");

    assertThat(run.status()).isZero();
    assertThat(seen).containsExactly(RootCommand.exampleArticle());
    assertThat(run.out()).startsWith("Harbour town votes to keep its winter ferry");
    assertThat(run.out()).contains("example: 2 statements, 1 speaker")
        .containsPattern("1  direct    Helen Okafor +- +\\[\\d+, \\d+\\) +We listened")
        .containsPattern("2  indirect  \\? +- +\\[\\d+, \\d+\\) +passenger numbers fell");
    assertThat(run.err()).contains("verbatim --help");
  }

  @Test
  void exampleArticleHasEveryKindOfStatement() {
    String article = RootCommand.exampleArticle();

    assertThat(article.split("\\s+")).hasSizeBetween(250, 350);
    assertThat(article).contains("said Mayor", "According to", "She added that",
        "called the plan \"", "she said");
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    CliRun run = CliRun.run("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: verbatim", "extract", "evaluate", "Exit status");
  }

  @Test
  void versionNamesTheProgram() {
    CliRun run = CliRun.run("--version");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("verbatim ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--nope", "frobnicate", "extract", "extract --format xml a.txt",
      "evaluate", "evaluate gold.jsonl --errors -1", "evaluate gold.jsonl --errors many"})
  void usageErrorsExitWithTwo(String args) {
    CliRun run = CliRun.run(args.split(" "));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isNotEmpty();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpAndUsageErrorsDoNotBuildTheExtractor() {
    AtomicInteger builds = new AtomicInteger();
    Supplier<Function<String, ExtractionResult>> factory = () -> {
      builds.incrementAndGet();
      return CliRun::quoteWholeText;
    };

    CliRun.run(factory, "", "--help");
    CliRun.run(factory, "", "extract");
    CliRun.run(factory, "", "extract", "no-such-file.txt");

    assertThat(builds).hasValue(0);
  }

  @Test
  void theExtractorIsBuiltOncePerRun() {
    AtomicInteger builds = new AtomicInteger();
    Supplier<Function<String, ExtractionResult>> factory = () -> {
      builds.incrementAndGet();
      return CliRun::quoteWholeText;
    };
    String stdin = "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n";

    CliRun run = CliRun.run(factory, stdin, "extract", "-", "-");

    assertThat(run.status()).isZero();
    assertThat(builds).hasValue(1);
  }

  @Test
  void anExtractorThatCannotBeBuiltFailsTheRunOnceWithoutAStackTrace() {
    CliRun run = CliRun.run(() -> {
      throw new VerbatimException("cannot load the tagger model", new RuntimeException("io"));
    }, "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n", "extract", "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly("verbatim: VerbatimException: cannot load the tagger model");
  }

  private static ExtractionResult exampleResult(String text) {
    Citation direct = SampleResults.citation(text,
        "We listened, and we were wrong the first time,", QuoteType.DIRECT,
        SampleResults.person("s1", "Helen Okafor"), null, null, 0.9, "adjacent-cue", null);
    Citation indirect = SampleResults.citation(text,
        "passenger numbers fell by a fifth last winter, when sailings were cut to three a week",
        QuoteType.INDIRECT, null, null, null, 0.4, "according-to", null);
    return new ExtractionResult(List.of(direct, indirect),
        List.of(SampleResults.person("s1", "Helen Okafor")), List.of());
  }
}

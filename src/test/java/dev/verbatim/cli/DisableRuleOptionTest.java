package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.DetectionRule;
import dev.verbatim.ExtractionResult;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisableRuleOptionTest {
  @TempDir Path dir;

  private final List<String> built = new ArrayList<>();
  private final StringWriter err = new StringWriter();
  private Path article;

  @BeforeEach
  void writeArticle() throws Exception {
    article = Files.writeString(dir.resolve("a.txt"), "Hello.");
  }

  private Supplier<Function<String, ExtractionResult>> factory(String name) {
    return () -> {
      built.add(name);
      return CliRun::quoteWholeText;
    };
  }

  private int run(ExtractorFactory configured, String... args) {
    return new Main(factory("default"), factory("fast"), configured, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(err), false).execute(args);
  }

  private int run(String... args) {
    return run((fast, disabled) -> {
      built.add((fast ? "fast" : "default") + " without " + new java.util.TreeSet<>(
          disabled.stream().map(DetectionRule::id).toList()));
      return CliRun::quoteWholeText;
    }, args);
  }

  @Test
  void extractBuildsAnExtractorWithoutTheNamedRules() {
    assertThat(run("extract", "--disable-rule", "according-to", "--disable-rule=View-Noun,inverted-cue",
        article.toString())).isZero();
    assertThat(built).containsExactly("default without [according-to, inverted-cue, view-noun]");
  }

  @Test
  void theFastProfileCanSwitchRulesOffToo() {
    assertThat(run("extract", "--fast", "--disable-rule", "uncued-quotation", article.toString())).isZero();
    assertThat(built).containsExactly("fast without [uncued-quotation]");
  }

  @Test
  void withoutTheOptionTheUsualExtractorIsBuilt() {
    assertThat(run("extract", article.toString())).isZero();
    assertThat(built).containsExactly("default");
  }

  @Test
  void anUnknownIdIsAUsageErrorListingTheIds() {
    assertThat(run("extract", "--disable-rule", "hunch", article.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown detection rule \"hunch\"", "that-clause", "uncued-quotation");
    assertThat(built).isEmpty();
  }

  @Test
  void aCommandLineGivenItsOwnExtractorCannotSwitchRulesOff() {
    assertThat(run((ExtractorFactory) null, "extract", "--disable-rule", "according-to", article.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("--disable-rule needs Verbatim's own extractor");
    assertThat(built).isEmpty();
  }

  @Test
  void evaluateTakesTheOptionToo() throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\":\"a\",\"text\":\"Hello.\",\"quotes\":[]}\n");
    assertThat(run("evaluate", "--disable-rule", "that-clause", gold.toString())).isZero();
    assertThat(built).containsExactly("default without [that-clause]");
  }

  @Test
  void theSetPassedIsTheRules() {
    List<Set<DetectionRule>> seen = new ArrayList<>();
    run((fast, disabled) -> {
      seen.add(disabled);
      return CliRun::quoteWholeText;
    }, "extract", "--disable-rule", "court-heard", article.toString());
    assertThat(seen).containsExactly(Set.of(DetectionRule.COURT_HEARD));
  }
}

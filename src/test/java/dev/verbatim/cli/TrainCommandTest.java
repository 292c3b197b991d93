package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.rank.DecisionData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  @TempDir Path dir;

  @Test
  void trainsAModelAndCrossValidatesFromTheRepositoryData() throws Exception {
    Path model = dir.resolve("model.tsv");
    CliRun run = CliRun.run("train", "--data", "src/test/resources/training/speaker-choices.tsv",
        "--kinds", "pronoun", "--l2", "3", "--model", model.toString(), "--cross-validate", "5");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(model)).startsWith("# verbatim train").contains("pronoun\trule-score\t");
    assertThat(run.out()).contains("rules right").containsPattern("pronoun\\s+\\d+\\s+\\d+");
  }

  @Test
  void badDataAndBadOptionsAreNamed() throws Exception {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "not a header\n");
    CliRun run = CliRun.run("train", "--data", bad.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("bad.tsv").contains("header");
    Path good = dir.resolve("good.tsv");
    Files.writeString(good, DecisionData.header() + "\n");
    assertThat(CliRun.run("train", "--data", good.toString(), "--cross-validate", "1").status()).isEqualTo(2);
    assertThat(CliRun.run("train", "--data", good.toString(), "--kinds", "adverb").status()).isEqualTo(2);
  }
}

package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteType;
import dev.verbatim.Speaker;
import dev.verbatim.testing.SampleResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final String DOC1 = "Ann Lee said the plan works. \"We will win,\" she said.";
  private static final String DOC2 = "According to the club, tickets sold out. Fans cheered.";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;
  private Path gold;

  @BeforeEach
  void writeGold() throws IOException {
    gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, String.join("\n",
        goldLine("doc1", DOC1, quote(DOC1, "the plan works", "indirect", "Ann Lee"),
            quote(DOC1, "We will win,", "direct", "Ann Lee")),
        goldLine("doc2", DOC2, quote(DOC2, "tickets sold out", "indirect", "the club"))) + "\n");
  }

  @Test
  void printsATableOfScoresRulesAndErrors() {
    CliRun run = CliRun.run(EvaluateCommandTest::predict, "", "evaluate", gold.toString(),
        "--errors", "5");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .containsPattern("all +3 +4 +0\\.7500 1\\.0000 0\\.8571 +0\\.5000 0\\.6667 0\\.5714"
            + " +0\\.6667")
        .contains("cue-subject", "errors (2 of 2):")
        .contains("doc2: WRONG SPEAKER gold='the club' pred='Bob Ray'")
        .contains("doc2: SPURIOUS (direct, None) :: 'Fans cheered.'");
  }

  @Test
  void printsJsonWithScoresInTheScorersShape() throws Exception {
    CliRun run = CliRun.run(EvaluateCommandTest::predict, "", "evaluate", gold.toString(),
        "--json");

    assertThat(run.status()).isZero();
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.get("scores").get("all").get("gold").asInt()).isEqualTo(3);
    assertThat(json.get("scores").get("indirect").get("end_to_end").toString())
        .isEqualTo("[0.5,0.5,0.5]");
    assertThat(json.get("rules").get("cue-subject").get("predictions").asInt()).isEqualTo(2);
    assertThat(json.get("error_count").asInt()).isEqualTo(2);
    assertThat(json.get("errors")).isEmpty();
  }

  @Test
  void scoresAPredictionsFileAsItScoresTheExtractor() throws Exception {
    Path predictions = dir.resolve("pred.jsonl");
    CliRun extract = CliRun.run(EvaluateCommandTest::predict, "", "extract", "-o",
        predictions.toString(), gold.toString());
    CliRun direct = CliRun.run(EvaluateCommandTest::predict, "", "evaluate", gold.toString(),
        "--json", "--errors", "9");

    CliRun fromFile = CliRun.run(text -> {
      throw new AssertionError("the extractor must not run");
    }, "", "evaluate", gold.toString(), "--json", "--errors", "9", "--predictions",
        predictions.toString());

    assertThat(extract.status()).isZero();
    assertThat(fromFile.status()).isZero();
    assertThat(MAPPER.readTree(fromFile.out())).isEqualTo(MAPPER.readTree(direct.out()));
  }

  @Test
  void extractOutputScoredByScorePyGivesTheSameFiguresAsEvaluate() throws Exception {
    Path scorer = Path.of(System.getProperty("user.dir")).resolve("../shared/tools/score.py")
        .normalize();
    assumeTrue(Files.isRegularFile(scorer), "no reference scorer at " + scorer);
    Path predictions = dir.resolve("pred.jsonl");
    CliRun.run(EvaluateCommandTest::predict, "", "extract", "-o", predictions.toString(),
        gold.toString());
    CliRun evaluate = CliRun.run(EvaluateCommandTest::predict, "", "evaluate", gold.toString(),
        "--json");

    String python = runPython(scorer, gold, predictions);

    assertThat(MAPPER.readTree(python))
        .isEqualTo(MAPPER.readTree(evaluate.out()).get("scores"));
  }

  @Test
  void badGoldLinesAreNamedAndTheRestIsScored() throws IOException {
    Files.writeString(gold, "{\"id\": \"broken\"\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    CliRun run = CliRun.run(EvaluateCommandTest::predict, "", "evaluate", gold.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).singleElement()
        .satisfies(line -> assertThat(line).startsWith(gold + ":3: invalid JSON"));
    assertThat(run.out()).containsPattern("all +3 +4");
  }

  @Test
  void missingGoldFileFailsWithOneLineAndNoScores() {
    Path missing = dir.resolve("missing.jsonl");

    CliRun run = CliRun.run("evaluate", missing.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(missing + ": cannot read: NoSuchFileException: " + missing);
  }

  @Test
  void failedDocumentsAreNamedAndCountAsPredictedEmpty() {
    CliRun run = CliRun.run(text -> {
      if (text.equals(DOC2)) {
        throw new IllegalArgumentException("too long");
      }
      return predict(text);
    }, "", "evaluate", gold.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        gold + ": extraction failed for \"doc2\": IllegalArgumentException: too long");
    assertThat(run.out()).containsPattern("all +3 +2");
  }

  /** Finds both statements of doc1; in doc2 one with a wrong speaker, and a spurious one. */
  private static ExtractionResult predict(String text) {
    Speaker ann = SampleResults.person("s1", "Ann Lee");
    Speaker bob = SampleResults.person("s2", "Bob Ray");
    List<Citation> citations = new ArrayList<>();
    if (text.equals(DOC1)) {
      citations.add(SampleResults.citation(text, "We will win,", QuoteType.DIRECT, ann, null, null,
          0.9, "adjacent-cue", null));
      citations.add(SampleResults.citation(text, "the plan works", QuoteType.INDIRECT, ann, null,
          null, 0.8, "cue-subject", null));
      return new ExtractionResult(citations, List.of(ann), List.of());
    }
    citations.add(SampleResults.citation(text, "tickets sold out", QuoteType.INDIRECT, bob, null,
        null, 0.5, "cue-subject", null));
    citations.add(SampleResults.citation(text, "Fans cheered.", QuoteType.DIRECT, null, null, null,
        0.1, "none", null));
    return new ExtractionResult(citations, List.of(bob), List.of());
  }

  private static String goldLine(String id, String text, String... quotes) {
    return "{\"id\": \"" + id + "\", \"text\": " + MAPPER.valueToTree(text) + ", \"quotes\": ["
        + String.join(", ", quotes) + "]}";
  }

  private static String quote(String text, String quote, String type, String speaker) {
    int start = text.indexOf(quote);
    return "{\"start\": " + start + ", \"end\": " + (start + quote.length()) + ", \"text\": "
        + MAPPER.valueToTree(quote) + ", \"type\": \"" + type + "\", \"speaker\": \"" + speaker
        + "\"}";
  }

  private static String runPython(Path scorer, Path gold, Path predictions) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder("python3", scorer.toString(), gold.toString(),
          predictions.toString(), "--json", "--by-type").redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 is not available");
      throw e;
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }
}

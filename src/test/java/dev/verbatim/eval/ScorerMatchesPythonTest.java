package dev.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the reference scorer {@code ../shared/tools/score.py} and {@link Scorer} on the same gold
 * and predictions (written by {@link dev.verbatim.json.JsonCodec}, so this also checks that
 * score.py reads Verbatim's output as-is) and requires the same figures and error lines. Skipped
 * when python3 or the scorer is missing.
 */
class ScorerMatchesPythonTest {
  private static final Path SCORER =
      Path.of(System.getProperty("user.dir")).resolve("../shared/tools/score.py").normalize();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TEXT = "abcdefghij".repeat(60);

  @TempDir Path dir;

  @BeforeAll
  static void needsPythonAndTheScorer() {
    assumeTrue(Files.isRegularFile(SCORER), "no reference scorer at " + SCORER);
    assumeTrue(canRun("python3", "--version"), "python3 is not available");
  }

  @Test
  void overlapsHalfCoverageAndTieBreaking() throws Exception {
    assertSameAsPython(new GoldBuilder().document("overlaps", TEXT)
        .gold(0, 20, "direct", "Ann Lee").gold(10, 30, "direct", "Bob Ray")
        .predict(5, 25, QuoteType.DIRECT, "Bob Ray").predict(0, 20, QuoteType.DIRECT, "Carl")
        .gold(40, 60, "indirect", "Ann Lee")
        .predict(40, 60, QuoteType.INDIRECT, "Ann Lee")
        .predict(40, 60, QuoteType.INDIRECT, "Someone Else")
        .gold(100, 200, "indirect", "Ann Lee").predict(100, 149, QuoteType.INDIRECT, "Ann Lee")
        .gold(300, 310, "mixed", "Ann Lee").predict(295, 326, QuoteType.MIXED, "Ann Lee")
        .gold(400, 410, "mixed", "Ann Lee").predict(405, 415, QuoteType.DIRECT, "Ann Lee")
        .gold(500, 520, "direct", "Ann Lee").gold(515, 535, "direct", "Bob Ray")
        .predict(510, 530, QuoteType.DIRECT, "Ann Lee"), false);
  }

  @Test
  void optionalGoldIsNeitherRewardedNorPenalised() throws Exception {
    assertSameAsPython(new GoldBuilder().document("optional", TEXT)
        .gold(0, 10, "indirect", "analysts", true, null)
        .predict(0, 10, QuoteType.INDIRECT, "wrong person")
        .gold(20, 30, "indirect", "the law", true, null)
        .gold(40, 60, "direct", "Ann Lee", true, null).gold(45, 65, "direct", "Ann Lee")
        .predict(44, 62, QuoteType.DIRECT, "Ann Lee")
        .gold(100, 120, "mixed", null, true, null).predict(100, 120, QuoteType.MIXED, null),
        false);
  }

  @Test
  void namesAreFoldedAsTheScorerFoldsThem() throws Exception {
    String[][] names = {
        {"Aleksey Navalnyy", "Alexei Navalny"}, {"Yuriy", "Yuri"}, {"José Martí", "Jose Marti"},
        {"Jose\u0301 Marti\u0301", "JOSÉ MARTÍ"}, {"Zoë Ångström", "Zoe Angstrom"},
        {"Maria Lopez", "Lopez's"}, {"María López", "LÓPEZ’S"}, {"Maria Lopez", "Lopez'sson"},
        {"Mr. Smith", "Smith"}, {"Dr Ann Lee", "ann lee"}, {"The Ministry of Defence",
        "Ministry Defence"}, {"Maria Lopez Garcia", "Maria"}, {"Ann Lee", "Bob Lee"},
        {"Ann Lee", "Ann Smith"}, {"Sergei Lavrov", "Сергей Лавров"}, {"The", "The"},
        {"O'Brien", "Pat O’Brien"}, {"Ann Lee", null}, {null, "Anyone"}, {"", "Anyone"},
        {"Kseniya Sobchak", "Xenia Sobchak"}, {"Dmitriy Peskov", "Dmitry Peskov"},
        {"Nguyễn Văn A", "Nguyen Van A"}, {"Chloe\u0308 Z\u0327", "Chloe Z"}};
    GoldBuilder b = new GoldBuilder().document("names", TEXT);
    for (int k = 0; k < names.length; k++) {
      b.gold(k * 20, k * 20 + 10, "direct", names[k][0])
          .predict(k * 20, k * 20 + 10, QuoteType.DIRECT, names[k][1]);
    }
    assertSameAsPython(b, false);
  }

  @Test
  void speakerSpansCountWhenTheMentionOverlaps() throws Exception {
    assertSameAsPython(new GoldBuilder().document("spans", TEXT)
        .gold(100, 120, "indirect", "Ann Lee", false, Span.of(0, 7))
        .predict(100, 120, QuoteType.INDIRECT, "the minister", Span.of(4, 12), "r1")
        .gold(200, 220, "indirect", "Ann Lee", false, Span.of(0, 7))
        .predict(200, 220, QuoteType.INDIRECT, "the minister", Span.of(7, 12), "r2")
        .gold(300, 320, "indirect", "Ann Lee", false, Span.of(0, 7))
        .predict(300, 320, QuoteType.INDIRECT, "the minister", null, "r3"), false);
  }

  @Test
  void missingAndExtraDocumentsWithAndWithoutOnlyIds() throws Exception {
    GoldBuilder b = new GoldBuilder()
        .goldOnly("unpredicted", TEXT).gold(0, 10, "direct", "Ann Lee")
        .gold(20, 30, "mixed", "Ann Lee")
        .document("predicted", TEXT).gold(0, 10, "direct", "Ann Lee")
        .predict(0, 10, QuoteType.DIRECT, "Ann Lee")
        .predictedOnly("not-in-gold", TEXT).predict(0, 10, QuoteType.DIRECT, "X")
        .document("empty", TEXT);
    assertSameAsPython(b, false);
    assertSameAsPython(b, true);
  }

  @Test
  void errorTextsNeedingPythonQuoting() throws Exception {
    String text =
        "He said: \"it's over\"\nand 'done'\tnow \\ back — fin 😀 and more text here.";
    assertSameAsPython(new GoldBuilder().document("quoting", text)
        .gold(0, 20, "direct", "O'Hara").predict(0, 20, QuoteType.DIRECT, "Say \"Hi\"")
        .gold(21, 31, "mixed", "Ann").predict(21, 40, QuoteType.MIXED, "Ann")
        .predict(41, text.length(), QuoteType.INDIRECT, "x'y\"z"), false);
  }

  @Test
  void randomDocumentsAgreeToo() throws Exception {
    Random random = new Random(20240611);
    String[] names = {"Ann Lee", "Lee", "Bob Ray", "Mr. Ray", "Ray's", "Alexei Ivanov",
        "Aleksey Ivanov", "the ministry", "Ministry", null, ""};
    QuoteType[] types = QuoteType.values();
    GoldBuilder b = new GoldBuilder();
    for (int d = 0; d < 40; d++) {
      b.document("doc-" + d, TEXT);
      for (int q = random.nextInt(8); q > 0; q--) {
        int start = random.nextInt(500);
        int end = start + 1 + random.nextInt(60);
        Span speakerSpan = random.nextInt(3) == 0 ? Span.of(start, start + 5) : null;
        b.gold(start, end, types[random.nextInt(3)].name().toLowerCase(),
            names[random.nextInt(names.length)], random.nextInt(6) == 0, speakerSpan);
      }
      for (int p = random.nextInt(8); p > 0; p--) {
        int start = random.nextInt(500);
        int end = start + 1 + random.nextInt(60);
        String speaker = names[random.nextInt(names.length - 1)];
        Span mention = speaker != null && random.nextBoolean()
            ? Span.of(start + 2, start + 4) : null;
        b.predict(start, end, types[random.nextInt(3)], speaker, mention,
            "rule-" + random.nextInt(3));
      }
    }
    assertSameAsPython(b, false);
  }

  private void assertSameAsPython(GoldBuilder cases, boolean onlyIds) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Path predictions = dir.resolve("pred.jsonl");
    cases.write(gold, predictions);
    List<String> command = new ArrayList<>(List.of("python3", SCORER.toString(), gold.toString(),
        predictions.toString(), "--json", "--by-type", "--errors", "1000000"));
    if (onlyIds) {
      command.add("--only-ids");
    }
    List<String> lines = run(command);

    Evaluation java = cases.score(onlyIds);

    JsonNode python = MAPPER.readTree(lines.get(0));
    assertThat(EvaluationReport.scores(java)).isEqualTo(python);
    List<String> pythonErrors = lines.subList(1, lines.size()).stream()
        .map(line -> line.substring(2)).toList();
    assertThat(java.errors()).extracting(ScoringError::toString)
        .containsExactlyElementsOf(pythonErrors);
  }

  private static List<String> run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("score.py failed:%n%s", out).isZero();
    return out.lines().toList();
  }

  private static boolean canRun(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

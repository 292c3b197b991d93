package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.json.DocumentResult;
import dev.verbatim.json.JsonCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path dir;
  private Path corpus;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("b/deeper"));
    Files.writeString(corpus.resolve("a.txt"), "First article.");
    Files.writeString(corpus.resolve("b/deeper/c.TXT"), "Third article.");
    Files.writeString(corpus.resolve("b/batch.jsonl"),
        "{\"id\":\"j1\",\"text\":\"Line one.\"}\n{\"id\":\"j2\",\"text\":\"Line two.\"}\n");
    Files.writeString(corpus.resolve("b/notes.md"), "ignored");
  }

  @Test
  void writesOneJsonLinePerDocumentFromFoldersFilesAndStdin() throws IOException {
    Path single = dir.resolve("single.txt");
    Files.writeString(single, "Lone article.");

    CliRun run = CliRun.run(CliRun::quoteWholeText, "{\"id\":\"s\",\"text\":\"From stdin.\"}\n",
        "extract", corpus.toString(), single.toString(), "-");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    List<DocumentResult> results = run.outLines().stream().map(new JsonCodec()::readDocument)
        .toList();
    assertThat(results).extracting(DocumentResult::id)
        .containsExactly("a", "j1", "j2", "c", "single", "s");
    assertThat(results.get(1).result()).isEqualTo(CliRun.quoteWholeText("Line one."));
  }

  @Test
  void severalThreadsKeepInputOrderEvenWhenLaterDocumentsFinishFirst() throws IOException {
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      batch.append("{\"id\":\"d").append(i).append("\",\"text\":\"Doc ").append(i).append(".\"}\n");
    }
    Path file = dir.resolve("many.jsonl");
    Files.writeString(file, batch.toString());
    java.util.function.Function<String, dev.verbatim.ExtractionResult> slowEarly = text -> {
      int n = Integer.parseInt(text.replaceAll("\\D", ""));
      try {
        Thread.sleep(n % 3 == 0 ? 20 : 0);   // some earlier documents take longer than later ones
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return CliRun.quoteWholeText(text);
    };

    CliRun parallel = CliRun.run(slowEarly, "", "extract", "--threads", "4", file.toString());
    CliRun serial = CliRun.run(slowEarly, "", "extract", "--threads", "1", file.toString());

    assertThat(parallel.status()).isZero();
    assertThat(parallel.outLines()).hasSize(40).isEqualTo(serial.outLines());
  }

  @Test
  void threadsBelowOneIsAUsageError() {
    CliRun run = CliRun.run("extract", "--threads", "0", corpus.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void failedInputsAreNamedOnePerLineAndTheOthersAreStillWritten() throws IOException {
    Path batch = dir.resolve("mixed.jsonl");
    Files.writeString(batch, String.join("\n",
        "{\"id\":\"ok1\",\"text\":\"Fine.\"}",
        "{\"id\":\"broken\",\"text\":",
        "{\"id\":\"notext\"}",
        "{\"id\":\"boom\",\"text\":\"FAIL here\"}",
        "{\"id\":\"ok2\",\"text\":\"Also fine.\"}"));

    CliRun run = CliRun.run("extract", batch.toString(), dir.resolve("missing.txt").toString(),
        corpus.resolve("b/notes.md").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.errLines()).hasSize(5);
    assertThat(run.errLines()).containsExactlyInAnyOrder(
        dir.resolve("missing.txt") + ": no such file or folder",
        corpus.resolve("b/notes.md") + ": not a .txt, .jsonl, .html or .warc file",
        run.errLines().stream().filter(l -> l.startsWith(batch + ":2: invalid JSON")).findFirst()
            .orElse("no line 2 error"),
        batch + ":3: no \"text\" or \"html\" field",
        batch + ":4: extraction failed for \"boom\": IllegalStateException: cannot parse this document");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void verbosePrintsTheStackTraceOfAFailedDocument() throws IOException {
    Path batch = dir.resolve("boom.jsonl");
    Files.writeString(batch, "{\"id\":\"boom\",\"text\":\"FAIL\"}\n");

    CliRun run = CliRun.run("extract", "--verbose", batch.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("extraction failed").contains("\tat ");
  }

  @Test
  void outputFileIsWrittenWholeAndReplacesTheOldOne() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "old\n");

    CliRun run = CliRun.run("extract", "-o", out.toString(), corpus.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllLines(out)).hasSize(4);
    assertThat(listing(dir)).containsExactlyInAnyOrder("corpus", "out.jsonl");
  }

  @Test
  void outputFileIsLeftAloneWhenTheRunBreaksOff() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "old\n");

    assertThatThrownBy(() -> CliRun.run(text -> {
      throw new LinkageError("simulated");
    }, "", "extract", "-o", out.toString(), corpus.toString()))
        .isInstanceOf(LinkageError.class);

    assertThat(Files.readString(out)).isEqualTo("old\n");
    assertThat(listing(dir)).containsExactlyInAnyOrder("corpus", "out.jsonl");
  }

  @Test
  void aStackOverflowSpoilsOneDocumentOnly() {
    CliRun run = CliRun.run(text -> {
      if (text.startsWith("First")) {
        throw new StackOverflowError();
      }
      return CliRun.quoteWholeText(text);
    }, "", "extract", corpus.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.errLines()).containsExactly(
        corpus.resolve("a.txt") + ": extraction failed for \"a\": StackOverflowError");
  }

  @Test
  void outputIntoAMissingFolderFailsWithOneLineBeforeTheExtractorIsBuilt() {
    CliRun run = CliRun.run(() -> {
      throw new AssertionError("the extractor must not be built");
    }, "", "extract", "-o", dir.resolve("nope/out.jsonl").toString(), corpus.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).singleElement()
        .satisfies(line -> assertThat(line).startsWith("verbatim: NoSuchFileException"));
  }

  @Test
  void tableAndCsvFormatsAreChosenInAnyCase() throws IOException {
    Path a = corpus.resolve("a.txt");

    CliRun table = CliRun.run("extract", "--format", "TABLE", a.toString());
    CliRun csv = CliRun.run("extract", "--format=csv", a.toString());

    assertThat(table.status()).isZero();
    assertThat(table.outLines()).first().isEqualTo("a: 1 statement, 1 speaker");
    assertThat(table.out()).contains("Ann Lee", "First article.");
    assertThat(csv.outLines()).containsExactly(String.join(",", CsvWriter.HEADER),
        "a,direct,0,14,Ann Lee,unknown,,,0.5,fake,,,First article.");
  }

  @Test
  void stdinLinesAreNamedAsStdinInErrors() {
    CliRun run = CliRun.run(CliRun::quoteWholeText, "{\"id\":\"a\",\"text\":\"x\"}\n[]\n",
        "extract", "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("<stdin>:2: expected a JSON object but found array");
    assertThat(run.outLines()).hasSize(1);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

}

package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.json.DocumentResult;
import dev.verbatim.json.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input in one run: each is named on standard error as {@code FILE:LINE: reason}
 * on one line without a stack trace, every good document is still written, and the run exits 1.
 */
class ExtractCommandBadInputTest {
  private static final byte[] NOT_UTF8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};

  @TempDir Path dir;
  private Path in;

  @BeforeEach
  void writeInputs() throws IOException {
    in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a-good.txt"), "Good article.");
    write(in.resolve("b-latin1.txt"), "line one\nline two\ncaf".getBytes(StandardCharsets.UTF_8),
        NOT_UTF8, "\nline four".getBytes(StandardCharsets.UTF_8));
    write(in.resolve("c-batch.jsonl"),
        "{\"id\":\"j1\",\"text\":\"One.\"}\n".getBytes(StandardCharsets.UTF_8),
        "{\"id\":\"bad-bytes\",\"text\":\"".getBytes(StandardCharsets.UTF_8), NOT_UTF8,
        ("\"}\n{\"id\":\"cut\",\"text\":\"Two\n"
            + "{\"id\":\"no-text\",\"body\":\"x\"}\n"
            + "\n"
            + "{\"id\":\"number\",\"text\":5}\n"
            + "{\"id\":\"j2\",\"text\":\"Three.\"}\n").getBytes(StandardCharsets.UTF_8));
    Files.writeString(in.resolve("d-vanishes.txt"), "Deleted before it is read.");
    Files.writeString(in.resolve("e-good.txt"), "Last article.");
  }

  private static void write(Path file, byte[]... parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      bytes.writeBytes(p);
    }
    Files.write(file, bytes.toByteArray());
  }

  /** Extracts as the fake does, and deletes d-vanishes.txt when the first document is seen. */
  private ExtractionResult deletingExtractor(String text) {
    try {
      Files.deleteIfExists(in.resolve("d-vanishes.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CliRun.quoteWholeText(text);
  }

  private List<String> expectedErrors() {
    String batch = in.resolve("c-batch.jsonl").toString();
    return List.of(
        in.resolve("b-latin1.txt") + ":3: not valid UTF-8",
        batch + ":2: not valid UTF-8",
        batch + ":3: invalid JSON",
        batch + ":4: no \"text\" or \"html\" field",
        batch + ":6: \"text\" is not a string",
        in.resolve("d-vanishes.txt") + ": cannot read: NoSuchFileException");
  }

  @Test
  void eachBadInputIsNamedWithFileAndLineAndTheGoodDocumentsAreWritten() {
    CliRun run = CliRun.run(this::deletingExtractor, "", "extract", in.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines().stream().map(new JsonCodec()::readDocument).map(DocumentResult::id))
        .containsExactly("a-good", "j1", "j2", "e-good");
    List<String> errors = run.errLines();
    assertThat(errors).hasSize(expectedErrors().size());
    for (int i = 0; i < errors.size(); i++) {
      assertThat(errors.get(i)).startsWith(expectedErrors().get(i));
    }
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception:\n");
  }

  @Test
  void withAnOutputFileTheGoodDocumentsAreWrittenThereWholeAndNoTemporaryFileIsLeft()
      throws IOException {
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "old\n");

    CliRun run = CliRun.run(this::deletingExtractor, "", "extract", "-o", out.toString(),
        in.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(expectedErrors().size());
    assertThat(Files.readAllLines(out)).hasSize(4);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("in", "out.jsonl");
    }
  }

  @Test
  void verboseAddsStackTracesOnlyForDocumentsWhoseExtractionThrew() throws IOException {
    Files.writeString(in.resolve("f-boom.txt"), "FAIL");

    CliRun quiet = CliRun.run(this::deletingExtractor, "", "extract", in.toString());
    CliRun verbose = CliRun.run(CliRun::quoteWholeText, "", "extract", "--verbose",
        in.toString());

    assertThat(quiet.err()).doesNotContain("\tat ");
    assertThat(quiet.errLines()).last().asString()
        .isEqualTo(in.resolve("f-boom.txt")
            + ": extraction failed for \"f-boom\": IllegalStateException: cannot parse this document");
    assertThat(verbose.err()).contains("\tat ");
    assertThat(verbose.status()).isEqualTo(1);
  }
}

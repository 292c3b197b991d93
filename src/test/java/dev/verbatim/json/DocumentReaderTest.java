package dev.verbatim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;

  private final List<InputDocument> documents = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();
  private final RecordSink<InputDocument> sink = new RecordSink<>() {
    @Override
    public void accept(InputDocument record) {
      documents.add(record);
    }

    @Override
    public void error(InputError error) {
      errors.add(error);
    }
  };

  @Test
  void textFileIsOneDocumentNamedAfterTheFile() throws Exception {
    Path file = dir.resolve("city-council.v2.txt");
    Files.writeString(file, "\uFEFFThe mayor said it.\r\nSecond line.", StandardCharsets.UTF_8);

    DocumentReader.readFile(file, "in/city-council.v2.txt", sink);

    assertThat(errors).isEmpty();
    assertThat(documents).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("city-council.v2");
      assertThat(d.text()).isEqualTo("The mayor said it.\r\nSecond line.");
      assertThat(d.source()).isEqualTo("in/city-council.v2.txt");
      assertThat(d.line()).isZero();
    });
  }

  @Test
  void jsonLinesReportBadLinesWithNumbersAndKeepTheGoodOnes() {
    String input = """
        {"id": "a", "text": "First.", "url": "ignored"}

        {"id": "b", "text": "Second."
        [1, 2]
        {"id": "c"}
        {"id": "d", "text": 42}
        {"text": "No id."}
        {"id": 7, "text": "Numeric id."}
        {"id": "e", "text": "ok"} trailing
        """;

    DocumentReader.readJsonLines(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "batch.jsonl", "batch",
        sink);

    assertThat(documents).extracting(InputDocument::id).containsExactly("a", "batch-7", "7");
    assertThat(documents).extracting(InputDocument::line).containsExactly(1, 7, 8);
    assertThat(errors).extracting(InputError::toString).containsExactly(
        errors.get(0).toString(),
        "batch.jsonl:4: expected a JSON object but found array",
        "batch.jsonl:5: no \"text\" or \"html\" field",
        "batch.jsonl:6: \"text\" is not a string",
        errors.get(4).toString());
    assertThat(errors.get(0).toString()).startsWith("batch.jsonl:3: invalid JSON at column");
    assertThat(errors.get(4).toString()).startsWith("batch.jsonl:9: invalid JSON");
    assertThat(errors).allSatisfy(e -> assertThat(e.reason()).doesNotContain("\n"));
  }

  @Test
  void lineThatIsNotUtf8IsAnErrorAndTheNextLinesAreStillRead() throws Exception {
    Path file = dir.resolve("bad.jsonl");
    byte[] good = "{\"id\":\"a\",\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\r', '\n', '{', '"', 'i', 'd', '"',
        ':', '"', 'b', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', '"', '}'};
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Files.write(file, all);

    DocumentReader.readFile(file, "bad.jsonl", sink);

    assertThat(documents).extracting(InputDocument::id).containsExactly("a", "b");
    assertThat(errors).extracting(InputError::toString)
        .containsExactly("bad.jsonl:2: not valid UTF-8");
  }

  @Test
  void missingFileIsAnErrorForTheWholeSource() {
    DocumentReader.readFile(dir.resolve("gone.txt"), "gone.txt", sink);

    assertThat(documents).isEmpty();
    assertThat(errors).singleElement()
        .satisfies(e -> assertThat(e.toString()).startsWith("gone.txt: cannot read: NoSuchFile"));
  }

  @Test
  void knowsWhichFilesItReads() {
    assertThat(DocumentReader.isSupported(Path.of("a/b.TXT"))).isTrue();
    assertThat(DocumentReader.isSupported(Path.of("b.jsonl"))).isTrue();
    assertThat(DocumentReader.isSupported(Path.of("b.json"))).isFalse();
  }

  @Test
  void oneJsonObjectMaySpanLinesAndHasTheSameChecksAsALine() {
    InputDocument doc = DocumentReader.readJsonObject(
        "{\n  \"id\": 7,\n  \"text\": \"The mayor said it.\",\n  \"url\": \"ignored\"\n}\n",
        "request body", "document");

    assertThat(doc).isEqualTo(new InputDocument("7", "The mayor said it.", "request body", 0));
    assertThat(DocumentReader.readJsonObject("{\"text\": \"No id.\"}", "b", "document").id())
        .isEqualTo("document");
    assertThatThrownBy(() -> DocumentReader.readJsonObject("{\n\"text\": ", "b", "d"))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("invalid JSON at line 2, column");
    assertThatThrownBy(() -> DocumentReader.readJsonObject("{\"text\": \"a\"} {}", "b", "d"))
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("invalid JSON");
    assertThatThrownBy(() -> DocumentReader.readJsonObject("", "b", "d"))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("expected a JSON object but found nothing");
    assertThatThrownBy(() -> DocumentReader.readJsonObject("[1]", "b", "d"))
        .hasMessage("expected a JSON object but found array");
    assertThatThrownBy(() -> DocumentReader.readJsonObject("{\"id\": [1], \"text\": \"t\"}", "b", "d"))
        .hasMessage("\"id\" is not a string or number");
    assertThatThrownBy(() -> DocumentReader.readJsonObject("{\"text\": 1}", "b", "d"))
        .hasMessage("\"text\" is not a string");
  }
}

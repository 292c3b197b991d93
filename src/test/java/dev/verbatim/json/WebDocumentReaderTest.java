package dev.verbatim.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.testing.TestWarc;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages in: HTML files, JSON lines with "html", WARC files. Loads no models. */
class WebDocumentReaderTest {
  @TempDir Path dir;

  private static final String PAGE = "<html><head><title>Bridge shut | Courier</title>"
      + "<link rel=\"canonical\" href=\"/news/bridge\"></head><body><h1>Bridge shut</h1>"
      + "<nav><a href=\"/\">Home</a></nav><p>“It is not safe,” said the engineer, Owen Marsh.</p>"
      + "</body></html>";

  private final List<InputDocument> documents = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final RecordSink<InputDocument> sink = new RecordSink<>() {
    @Override
    public void accept(InputDocument record) {
      documents.add(record);
    }

    @Override
    public void error(InputError error) {
      errors.add(error);
    }

    @Override
    public void note(String source, String message) {
      notes.add(source + ": " + message);
    }
  };

  @Test
  void htmlFileIsOnePageNamedAfterTheFileWhoseTextIsItsArticle() throws Exception {
    Path file = dir.resolve("bridge.story.HTM");
    Files.write(file, ("<meta charset=\"windows-1252\">" + PAGE).getBytes(Charset.forName("windows-1252")));

    DocumentReader.readFile(file, "in/bridge.story.HTM", sink);

    assertThat(errors).isEmpty();
    assertThat(documents).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("bridge.story");
      assertThat(d.text()).isEqualTo("Bridge shut\n\n“It is not safe,” said the engineer, Owen Marsh.");
      assertThat(d.page()).isNotNull();
      assertThat(d.page().title()).hasValue("Bridge shut");
      assertThat(d.page().url()).hasValue("/news/bridge");
    });
    assertThat(DocumentReader.isSupported(Path.of("a.html"))).isTrue();
    assertThat(DocumentReader.isSupported(Path.of("a.warc.gz"))).isTrue();
    assertThat(DocumentReader.isSupported(Path.of("a.gz"))).isFalse();
  }

  @Test
  void jsonLinesWithHtmlInsteadOfTextArePagesResolvedAgainstTheirUrl() throws Exception {
    String input = "{\"id\": \"p1\", \"html\": " + json(PAGE) + ", \"url\": \"https://courier.example/a/b\"}\n"
        + "{\"id\": \"t1\", \"text\": \"Plain.\", \"html\": \"<p>ignored</p>\"}\n"
        + "{\"id\": \"bad\", \"html\": 42}\n";

    DocumentReader.readJsonLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        "batch.jsonl", "batch", sink);

    assertThat(errors).extracting(InputError::toString)
        .containsExactly("batch.jsonl:3: \"html\" is not a string");
    assertThat(documents).extracting(InputDocument::id).containsExactly("p1", "t1");
    assertThat(documents.get(0).page().url()).hasValue("https://courier.example/news/bridge");
    assertThat(documents.get(1).page()).as("text wins over html").isNull();
    assertThat(documents.get(1).text()).isEqualTo("Plain.");
  }

  @Test
  void warcFileGivesOnePagePerHtmlResponseAndANoteOfTheRest() throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("one", PAGE);
    pages.put("two", PAGE.replace("Owen Marsh", "Priya Bassi").replace("canonical", "x"));
    Path file = dir.resolve("crawl.warc.gz");
    TestWarc.write(file, pages, true, true);

    DocumentReader.readFile(file, "crawl.warc.gz", sink);

    assertThat(errors).isEmpty();
    assertThat(documents).extracting(InputDocument::id)
        .containsExactly(TestWarc.uri("one"), TestWarc.uri("two"));
    assertThat(documents.get(0).page().url()).hasValue("https://news.example/news/bridge");
    assertThat(documents.get(1).page().url()).as("no canonical link: the URI")
        .hasValue(TestWarc.uri("two"));
    assertThat(notes).containsExactly("crawl.warc.gz: 2 HTML pages; skipped 7 records (1 HTTP "
        + "status 301, 1 HTTP status 404, 1 metadata, 1 not HTML, 2 request, 1 warcinfo)");
  }

  @Test
  void aCorruptWarcRecordIsAnErrorWithItsOffsetAndTheOtherPagesAreRead() throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    for (String name : List.of("a", "b", "c")) {
      pages.put(name, PAGE);
    }
    Path file = dir.resolve("bad.warc");
    TestWarc.write(file, pages, false, false);
    byte[] bytes = Files.readAllBytes(file);
    int bad = TestWarc.recordStarts(bytes).get(4);   // b's response
    bytes[bad + 2] = 'X';                             // WAXC/1.1
    Files.write(file, bytes);

    DocumentReader.readFile(file, "bad.warc", sink);

    assertThat(documents).extracting(InputDocument::id)
        .containsExactly(TestWarc.uri("a"), TestWarc.uri("c"));
    assertThat(errors).singleElement().asString()
        .startsWith("bad.warc: record at byte offset " + bad + ": ");
  }

  private static String json(String s) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
  }
}

package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.testing.TestWarc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim extract} on web pages, with the fake extractor. */
class ExtractWebPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE = "<html><head><title>Bridge shut | Courier</title><meta "
      + "property=\"article:published_time\" content=\"2026-03-10\"></head><body><h1>Bridge shut</h1>"
      + "<p class=\"byline\">By Nadia Frost</p><div class=\"cookie-banner\">“Accept,” it said.</div>"
      + "<p>“It is not safe,” said the engineer, Owen Marsh.</p></body></html>";

  @TempDir Path dir;

  @Test
  void anHtmlFileGivesItsArticleTextTitleBylineDateAndUrlInTheJsonLine() throws Exception {
    Path page = Files.writeString(dir.resolve("bridge.html"), PAGE);

    CliRun run = CliRun.run("extract", page.toString());

    assertThat(run.status()).as(run.err()).isZero();
    ObjectNode line = (ObjectNode) JSON.readTree(run.out());
    assertThat(line.get("id").asText()).isEqualTo("bridge");
    String text = "Bridge shut\n\nBy Nadia Frost\n\n“It is not safe,” said the engineer, Owen Marsh.";
    assertThat(line.get("text").asText()).isEqualTo(text);
    assertThat(line.get("title").asText()).isEqualTo("Bridge shut");
    assertThat(line.get("byline").asText()).isEqualTo("Nadia Frost");
    assertThat(line.get("published").asText()).isEqualTo("2026-03-10");
    assertThat(line.get("url").isNull()).isTrue();
    assertThat(List.of(line.fieldNames().next(), line.get("citations").get(0).get("quote")
        .get("text").asText())).containsExactly("id", text);   // the fake quotes the whole text
  }

  @Test
  void plainTextKeepsItsJsonLineAsItWas() throws Exception {
    Path text = Files.writeString(dir.resolve("a.txt"), "Some text.");
    CliRun run = CliRun.run("extract", text.toString());
    assertThat(JSON.readTree(run.out()).has("text")).isFalse();
  }

  @Test
  void aFolderContributesItsHtmlAndWarcFilesAndSkippedRecordsAreCountedOnStandardError()
      throws Exception {
    Files.createDirectories(dir.resolve("in/deep"));
    Files.writeString(dir.resolve("in/a.htm"), PAGE);
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("x", PAGE);
    pages.put("y", PAGE);
    TestWarc.write(dir.resolve("in/deep/crawl.warc"), pages, true, false);

    CliRun run = CliRun.run("extract", dir.resolve("in").toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.err()).contains(dir.resolve("in/deep/crawl.warc") + ": 2 HTML pages; skipped 7 "
        + "records (1 HTTP status 301, 1 HTTP status 404, 1 metadata, 1 not HTML, 2 request, "
        + "1 warcinfo)");
    assertThat(JSON.readTree(run.outLines().get(1)).get("id").asText())
        .isEqualTo(TestWarc.uri("x"));
    assertThat(JSON.readTree(run.outLines().get(1)).get("url").asText())
        .isEqualTo(TestWarc.uri("x"));
  }

  @Test
  void aCorruptWarcRecordIsNamedWithItsOffsetTheRestIsWrittenAndTheStatusIsOne() throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("x", PAGE);
    pages.put("y", PAGE);
    Path file = dir.resolve("crawl.warc");
    TestWarc.write(file, pages, false, false);
    byte[] bytes = Files.readAllBytes(file);
    int bad = TestWarc.recordStarts(bytes).get(2);   // x's response
    bytes[bad + 1] = 'Z';
    Files.write(file, bytes);

    CliRun run = CliRun.run("extract", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).singleElement().asString().contains(TestWarc.uri("y"));
    assertThat(run.err()).contains(file + ": record at byte offset " + bad + ": ");
  }
}

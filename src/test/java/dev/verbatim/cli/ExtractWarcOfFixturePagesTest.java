package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.ExtractionResult;
import dev.verbatim.eval.Evaluation;
import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.Scorer;
import dev.verbatim.html.HtmlExtractor;
import dev.verbatim.json.JsonCodec;
import dev.verbatim.testing.Extractors;
import dev.verbatim.testing.HtmlFixtures;
import dev.verbatim.testing.TestWarc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WARC file of the web-page fixtures (written with jwarc's writer, with requests, an image, a
 * 404, a redirect and a metadata record among them) gives, through {@code verbatim extract} with
 * the real extractor, the same output as the pages read one by one as HTML files, and so the same
 * scores.
 */
class ExtractWarcOfFixturePagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void warcOutputEqualsThePerPageHtmlOutput() throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    List<String> files = new ArrayList<>(List.of("extract"));
    for (String name : HtmlFixtures.names()) {
      pages.put(name, HtmlFixtures.html(name));
      files.add(HtmlFixtures.page(name).toString());
    }
    Path warc = dir.resolve("fixtures.warc.gz");
    int others = TestWarc.write(warc, pages, true, true);

    CliRun fromWarc = CliRun.run(Extractors.shared()::extract, "", "extract", warc.toString());
    CliRun fromHtml = CliRun.run(Extractors.shared()::extract, "", files.toArray(String[]::new));

    assertThat(fromWarc.status()).as(fromWarc.err()).isZero();
    assertThat(fromHtml.status()).as(fromHtml.err()).isZero();
    assertThat(fromWarc.err()).contains(warc + ": " + pages.size() + " HTML pages; skipped "
        + others + " records");
    List<String> names = new ArrayList<>(pages.keySet());
    assertThat(fromWarc.outLines()).hasSameSizeAs(names);
    for (int i = 0; i < names.size(); i++) {
      ObjectNode archived = (ObjectNode) JSON.readTree(fromWarc.outLines().get(i));
      ObjectNode file = (ObjectNode) JSON.readTree(fromHtml.outLines().get(i));
      assertThat(archived.get("id").asText()).isEqualTo(TestWarc.uri(names.get(i)));
      assertThat(file.get("id").asText()).isEqualTo(names.get(i));
      // Relative links resolve against the record's URI (a file has none: against its og:url).
      String html = pages.get(names.get(i));
      assertThat(archived.get("url").asText()).as("canonical URL, else the record's URI")
          .isEqualTo(HtmlExtractor.extract(html, TestWarc.uri(names.get(i))).url().orElseThrow());
      assertThat(file.get("url").isNull() ? null : file.get("url").asText())
          .isEqualTo(HtmlExtractor.extract(html, "").url().orElse(null));
      for (ObjectNode line : List.of(archived, file)) {
        line.remove("id");
        line.remove("url");
      }
      assertThat(archived).as(names.get(i)).isEqualTo(file);
    }
    assertThat(score(fromWarc, true)).isEqualTo(score(fromHtml, false));
  }

  /** The end-to-end F1 of one run's output against the fixtures' gold. */
  private static double score(CliRun run, boolean idsAreUris) {
    JsonCodec codec = new JsonCodec();
    Map<String, ExtractionResult> predictions = new LinkedHashMap<>();
    for (String line : run.outLines()) {
      var document = codec.readDocument(line);
      String id = idsAreUris ? document.id().substring(TestWarc.uri("").length()) : document.id();
      predictions.put(id, document.result());
    }
    List<GoldDocument> gold = HtmlFixtures.names().stream().map(HtmlFixtures::gold).toList();
    Evaluation e = Scorer.score(gold, predictions, false);
    assertThat(e.overall().endToEnd().f1()).isGreaterThan(0.8);
    return e.overall().endToEnd().f1();
  }
}

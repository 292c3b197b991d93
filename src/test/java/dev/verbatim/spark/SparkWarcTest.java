package dev.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.cli.Main;
import dev.verbatim.summary.SummaryTable;
import dev.verbatim.testing.Extractors;
import dev.verbatim.testing.HtmlFixtures;
import dev.verbatim.testing.TestWarc;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code verbatim spark --input-format warc} on a WARC file of the web-page fixtures gives the
 * citations {@code verbatim extract} gives on the same file, the pages' text and facts, and the
 * summary tables {@code verbatim summarize} gives.
 */
class SparkWarcTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  @BeforeAll
  static void startSpark() {
    SharedSpark.session();
  }

  @Test
  void sparkJobOnTheWarcOfTheFixturePagesEqualsTheCommandLine() throws IOException {
    Map<String, String> pages = new LinkedHashMap<>();
    for (String name : HtmlFixtures.names()) {
      pages.put(name, HtmlFixtures.html(name));
    }
    Path in = Files.createDirectories(folder.resolve("in/2026"));
    Path warc = in.resolve("fixtures.warc.gz");
    TestWarc.write(warc, pages, true, true);
    Path out = folder.resolve("out");

    Path summary = folder.resolve("summary");

    Run run = run(folder.resolve("in").toString(), out.toString(), "--input-format", "WARC",
        "--output-format", "jsonl", "--partitions", "2", "--summary", summary.toString());

    assertThat(run.status).as(run.err).isZero();
    assertThat(run.err).contains(pages.size() + " documents", "0 failed");
    Map<String, List<String>> spark = new TreeMap<>();
    for (Row r : SharedSpark.session().read().schema(CitationSchema.CITATIONS)
        .json(out.resolve("citations").toString()).collectAsList()) {
      spark.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getInt(1) + " "
          + describe(r.getString(2), r.getString(3), r.getInt(4), r.getInt(5), r.getString(7),
              r.getString(9), r.getString(13), r.getString(18), r.getDouble(17)));
    }
    spark.values().forEach(list -> list.sort(null));
    Map<String, List<String>> cli = new TreeMap<>();
    Map<String, String> texts = new TreeMap<>();
    for (String line : commandLine(warc).lines().toList()) {
      JsonNode doc = JSON.readTree(line);
      texts.put(doc.get("id").asText(), doc.get("text").asText());
      int i = 0;
      for (JsonNode c : doc.get("citations")) {
        JsonNode speaker = c.get("speaker");
        JsonNode mention = speaker.isNull() ? null : speaker.get("mention");
        cli.computeIfAbsent(doc.get("id").asText(), k -> new ArrayList<>()).add(i++ + " "
            + describe(c.get("type").asText(), c.get("quote").get("text").asText(),
                c.get("quote").get("start").asInt(), c.get("quote").get("end").asInt(),
                speaker.isNull() ? null : speaker.get("name").asText(),
                mention == null || mention.isNull() ? null : mention.get("text").asText(),
                c.get("cue").isNull() ? null : c.get("cue").get("text").asText(),
                c.get("rule").asText(), c.get("confidence").asDouble()));
      }
    }
    cli.values().forEach(list -> list.sort(null));

    assertThat(spark).isNotEmpty().isEqualTo(cli);
    List<Row> pageRows = SharedSpark.session().read().schema(CitationSchema.PAGES)
        .json(out.resolve("pages").toString()).collectAsList();
    assertThat(pageRows).hasSize(pages.size());
    for (Row p : pageRows) {
      assertThat(p.getString(5)).as(p.getString(0)).isEqualTo(texts.get(p.getString(0)));
    }
    assertThat(SharedSpark.session().read().schema(CitationSchema.ERRORS)
        .json(out.resolve("errors").toString()).count()).isZero();
    // Every table of the summary, sites and months included, is that of verbatim summarize.
    Map<SummaryTable, List<List<String>>> cliSummary = SummaryTables.commandLine(0,
        warc.toString());
    assertThat(cliSummary.get(SummaryTable.SITES)).hasSizeGreaterThan(1);
    assertThat(cliSummary.get(SummaryTable.MONTHS)).isNotEmpty();
    assertThat(cliSummary.get(SummaryTable.DOCUMENTS)).hasSize(pages.size());
    assertThat(SummaryTables.spark(summary)).isEqualTo(cliSummary);
  }

  @Test
  void aCorruptRecordBecomesAnErrorRowNamingItsOffsetAndTheStatusIsOne() throws IOException {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("a", HtmlFixtures.html("minimal-page"));
    pages.put("b", HtmlFixtures.html("minimal-page"));
    Path warc = folder.resolve("two.warc");
    TestWarc.write(warc, pages, false, false);
    byte[] bytes = Files.readAllBytes(warc);
    int bad = TestWarc.recordStarts(bytes).get(2);   // a's response
    bytes[bad + 2] = 'X';
    Files.write(warc, bytes);
    Path out = folder.resolve("out");

    Run run = run(warc.toString(), out.toString(), "--output-format", "jsonl");

    assertThat(run.status).as(run.err).isEqualTo(1);
    assertThat(run.err).contains("1 documents", "1 failed");
    List<Row> errors = SharedSpark.session().read().schema(CitationSchema.ERRORS)
        .json(out.resolve("errors").toString()).collectAsList();
    assertThat(errors).singleElement().satisfies(r -> assertThat(r.getString(1))
        .contains("two.warc: record at byte offset " + bad + ": "));
  }

  private static String describe(Object... fields) {
    List<String> out = new ArrayList<>();
    for (Object f : fields) {
      out.add(String.valueOf(f));
    }
    return String.join(" | ", out);
  }

  private static String commandLine(Path warc) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new Main(Extractors.shared()::extract, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out), new PrintWriter(err)).execute("extract", warc.toString());
    assertThat(status).as(err.toString()).isZero();
    return out.toString();
  }

  private record Run(int status, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    int status = new CommandLine(new SparkJob()).setCaseInsensitiveEnumValuesAllowed(true)
        .setErr(new PrintWriter(err, true)).execute(args);
    return new Run(status, err.toString());
  }
}

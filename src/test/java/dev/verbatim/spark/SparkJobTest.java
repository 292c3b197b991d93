package dev.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.summary.SummaryTable;
import dev.verbatim.testing.Corpus;
import dev.verbatim.testing.Extractors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code verbatim spark} in-process on the shared local[2] session. */
class SparkJobTest {
  private static Map<String, String> articles;

  @TempDir Path folder;

  @BeforeAll
  static void pickTwoArticles() throws IOException {
    articles = new TreeMap<>();
    SparkQuoteExtractorTest.readArticles(Corpus.DEV).entrySet().stream().limit(2)
        .forEach(e -> articles.put(e.getKey(), e.getValue()));
    SharedSpark.session();
  }

  @Test
  void folderOfTextFilesGivesJsonLinesCitationsAndSpeakersLikeTheLibrary() throws IOException {
    Path in = Files.createDirectories(folder.resolve("in/nested"));
    for (Map.Entry<String, String> a : articles.entrySet()) {
      Files.writeString(in.resolve(a.getKey() + ".txt"), "\uFEFF" + a.getValue());
    }
    Files.writeString(in.resolve("notes.md"), "not an article");
    Path out = folder.resolve("out");

    Run run = run(folder.resolve("in").toString(), out.toString(), "--output-format", "JSONL",
        "--speakers", "--partitions", "2");

    assertThat(run.status).as(run.err).isZero();
    assertThat(run.err).contains("2 documents", "0 failed");
    List<Row> citations = SharedSpark.session().read().schema(CitationSchema.CITATIONS)
        .json(out.resolve("citations").toString()).collectAsList();
    assertThat(countByDocument(citations)).isEqualTo(expectedCounts(r -> r.citations().size()));
    List<Row> speakers = SharedSpark.session().read().schema(CitationSchema.SPEAKERS)
        .json(out.resolve("speakers").toString()).collectAsList();
    assertThat(countByDocument(speakers)).isEqualTo(expectedCounts(r -> r.speakers().size()));
    // Offsets point into the text without its byte-order mark, as the command line's are.
    Row first = citations.get(0);
    assertThat(articles.get(first.getString(0)).substring(first.getInt(4), first.getInt(5)))
        .isEqualTo(first.getString(3));
  }

  @Test
  void jsonLinesWithAFailedDocumentGiveParquetAndAnErrorRowAndStatusOne() throws IOException {
    String id = articles.keySet().iterator().next();
    Path in = folder.resolve("docs.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"url\": \"" + id + "\", \"body\": " + quote(articles.get(id)) + "}",
        "{\"url\": \"empty\", \"body\": null}"), StandardCharsets.UTF_8);
    Path out = folder.resolve("out");

    Run run = run(in.toString(), out.toString(), "--id-column", "url", "--text-column", "body");

    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).contains("2 documents", "1 failed");
    assertThat(SharedSpark.session().read().parquet(out.resolve("errors").toString())
        .collectAsList()).extracting(Row::toString)
        .containsExactly("[empty,the document text is null]");
    assertThat(SharedSpark.session().read().parquet(out.resolve("citations").toString()).count())
        .isEqualTo(Extractors.shared().extract(articles.get(id)).citations().size());
    assertThat(run(in.toString(), out.toString(), "--id-column", "url", "--text-column", "body")
        .err)
        .as("an existing output is not replaced without --overwrite").contains("already exists");
  }

  @Test
  void summaryEqualsThatOfTheCommandLine() throws IOException {
    Path in = Files.createDirectories(folder.resolve("in"));
    Map<String, String> texts = new TreeMap<>(articles);
    texts.put("library", "Library to stay open\n\n\u201cThis is a great day for readers,\u201d said "
        + "Margaret Thistlewood, who led the campaign.\n\nThe council said the building would be "
        + "repaired before the winter.\n");
    texts.put("harbour", "Harbour fees to rise\n\n\u201cWe have held prices for three years,\u201d "
        + "said Margaret Thistlewood. The council said the wall would be repaired.\n");
    texts.put("notice", "The library opens at nine.\n");   // no statement
    for (Map.Entry<String, String> t : texts.entrySet()) {
      // Nested folders: both sides take the files in path order, not id order.
      Path dir = t.getKey().equals("library") ? in.resolve("0-first") : in;
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(t.getKey() + ".txt"), t.getValue());
    }
    Path out = folder.resolve("out");
    Path dir = folder.resolve("summary");

    Run run = run(in.toString(), out.toString(), "--output-format", "jsonl", "--summary",
        dir.toString());

    assertThat(run.status).as(run.err).isZero();
    Map<SummaryTable, List<List<String>>> cli = SummaryTables.commandLine(0, in.toString());
    assertThat(cli.get(SummaryTable.SPEAKERS)).anySatisfy(r -> assertThat(r.get(3)).isEqualTo("2"));
    assertThat(cli.get(SummaryTable.DOCUMENTS)).hasSize(texts.size())
        .anySatisfy(r -> assertThat(r.get(5)).as("statements").isEqualTo("0"))
        .first().satisfies(r -> assertThat(r.get(0)).isEqualTo("library"));
    assertThat(SummaryTables.spark(dir)).isEqualTo(cli);
  }

  @Test
  void summaryOfJsonLinesWithWebAddressesAndAFailedDocumentEqualsThatOfTheCommandLine()
      throws IOException {
    Path in = folder.resolve("docs.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"https://www.example.com/b\", \"text\": " + quote("Fares to rise\n\n"
            + "\u201cWe have no choice,\u201d said Helen Okafor, the operator's chief executive.\n")
            + "}",
        "{\"id\": \"https://news.example.org/a\", \"text\": " + quote("Bridge shut\n\n"
            + "The council said the bridge would reopen in May. \u201cIt is safe,\u201d said "
            + "Tom Reyes.\n") + "}",
        "{\"id\": \"broken\", \"text\": null}",
        "{\"id\": \"https://example.com/c\", \"text\": " + quote("Fares\n\n\u201cThey will "
            + "fall again,\u201d said Helen Okafor.\n") + "}"), StandardCharsets.UTF_8);
    Path out = folder.resolve("out");
    Path dir = folder.resolve("summary");

    Run run = run(in.toString(), out.toString(), "--output-format", "jsonl", "--summary",
        dir.toString(), "--partitions", "3");

    assertThat(run.status).as("the failed document").isEqualTo(1);
    Map<SummaryTable, List<List<String>>> cli = SummaryTables.commandLine(1, in.toString());
    assertThat(cli.get(SummaryTable.DOCUMENTS)).extracting(r -> r.get(0)).containsExactly(
        "https://www.example.com/b", "https://news.example.org/a", "https://example.com/c");
    assertThat(cli.get(SummaryTable.SITES)).extracting(r -> r.get(0))
        .containsExactlyInAnyOrder("example.com", "news.example.org");
    assertThat(SummaryTables.spark(dir)).isEqualTo(cli);
  }

  private static Map<String, Long> countByDocument(List<Row> rows) {
    return rows.stream().collect(Collectors.groupingBy(r -> r.getString(0), TreeMap::new,
        Collectors.counting()));
  }

  private static Map<String, Long> expectedCounts(
      java.util.function.ToIntFunction<ExtractionResult> count) {
    Map<String, Long> out = new TreeMap<>();
    articles.forEach((id, text) -> {
      long n = count.applyAsInt(Extractors.shared().extract(text));
      if (n > 0) {
        out.put(id, n);
      }
    });
    return out;
  }

  private static String quote(String text) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
  }

  private record Run(int status, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    int status = new CommandLine(new SparkJob()).setCaseInsensitiveEnumValuesAllowed(true)
        .setErr(new PrintWriter(err, true)).execute(args);
    return new Run(status, err.toString());
  }
}

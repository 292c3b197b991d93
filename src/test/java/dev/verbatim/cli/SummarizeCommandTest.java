package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim summarize} on small original articles, with the real extractor. */
class SummarizeCommandTest {
  private static final Supplier<Function<String, ExtractionResult>> REAL =
      () -> Extractors.shared()::extract;
  /** An extractor that must not be built: the input is already extracted. */
  private static final Supplier<Function<String, ExtractionResult>> NONE = () -> {
    throw new AssertionError("the extractor was built");
  };

  @TempDir Path dir;
  private Path corpus;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("harbour.txt"), "Harbour fees to rise\n\n"
        + "The Kelder Harbour Trust said on Monday that mooring fees would rise by six percent in "
        + "April.\n\n\u201cWe have held prices for three years,\u201d said Margaret Thistlewood, "
        + "the trust\u2019s chair. She said the money would repair the north wall.\n\n"
        + "\u201cNobody likes paying more,\u201d said Dennis Okafor, who keeps a fishing boat "
        + "there.\n");
    Files.writeString(corpus.resolve("library.txt"), "Library to stay open\n\n"
        + "\u201cThis is a great day for readers,\u201d said Margaret Thistlewood, who led the "
        + "campaign.\n\nThe council said the building would be repaired before the winter.\n");
    Files.writeString(corpus.resolve("ferry.txt"), "Ferry delayed\n\n"
        + "The morning ferry left two hours late on Tuesday.\n\n\u201cThe fog was too thick to "
        + "sail,\u201d said Captain Ilse Marr. Passengers said they had waited in the cold.\n");
  }

  @Test
  void countsEachSpeakerEntityAcrossTheArticles() {
    CliRun run = CliRun.run(REAL, "", "summarize", corpus.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(
        "speaker,kind,gender,documents,statements,direct,indirect,mixed,words",
        "Margaret Thistlewood,person,female,2,3,2,1,0,21",
        "council,organization,,1,1,0,1,0,8",
        "Dennis Okafor,person,male,1,1,1,0,0,4",
        "Ilse Marr,person,female,1,1,1,0,0,7",
        "Kelder Harbour Trust,organization,,1,1,0,1,0,9",
        "Passengers,group,,1,1,0,1,0,6");
  }

  @Test
  void countsEachDocument() {
    CliRun run = CliRun.run(REAL, "", "summarize", "--table", "documents", corpus.toString());

    assertThat(run.outLines()).containsExactly(
        "document,url,site,published,speakers,statements,direct,indirect,mixed,words,female,male,"
            + "unknown_gender,organization,media_outlet,anonymous,group,unattributed",
        "ferry,,,,2,2,1,1,0,13,1,0,0,0,0,0,1,0",
        "harbour,,,,3,4,2,2,0,27,2,1,0,1,0,0,0,0",
        "library,,,,2,2,1,1,0,15,1,0,0,1,0,0,0,0");
  }

  @Test
  void statementCountsEqualThoseOfExtractAndItsOutputSummarisesTheSameWithoutTheModels()
      throws IOException {
    CliRun extract = CliRun.run(REAL, "", "extract", corpus.toString());
    Path extracted = dir.resolve("extracted.jsonl");
    Files.writeString(extracted, extract.out());
    long citations = extract.outLines().stream()
        .mapToLong(l -> new dev.verbatim.json.JsonCodec().read(l).citations().size()).sum();

    CliRun fromTexts = CliRun.run(REAL, "", "summarize", "--format", "jsonl", corpus.toString());
    CliRun fromResults = CliRun.run(NONE, "", "summarize", "--format", "jsonl",
        extracted.toString());

    assertThat(fromResults.status()).isZero();
    assertThat(fromResults.out()).isEqualTo(fromTexts.out());
    assertThat(fromTexts.outLines().get(0))
        .startsWith("{\"table\":\"total\",\"documents\":3,\"speakers\":6,\"statements\":" + citations
            + ",");
    assertThat(citations).isEqualTo(8);
  }

  @Test
  void webPagesGiveSitesAndMonths() throws IOException {
    Files.writeString(corpus.resolve("page.html"), "<html><head>"
        + "<link rel=\"canonical\" href=\"https://www.kelder-news.example/harbour/1\">"
        + "<meta property=\"article:published_time\" content=\"2026-03-10T07:45:00Z\">"
        + "</head><body><article><h1>Harbour fees to rise</h1>"
        + "<p>\u201cWe have held prices for three years,\u201d said Margaret Thistlewood.</p>"
        + "</article></body></html>");

    CliRun run = CliRun.run(REAL, "", "summarize", "--table", "sites", corpus.toString());
    CliRun months = CliRun.run(REAL, "", "summarize", "--table", "months", corpus.toString());

    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(1)).startsWith("kelder-news.example,1,1,1,0,0,7,1,");
    assertThat(months.outLines().get(1)).startsWith("2026-03,1,1,");
  }

  @Test
  void htmlFormatWritesOneSelfContainedPageToTheOutputFile() throws IOException {
    Path page = dir.resolve("out/summary.html");
    Files.createDirectories(page.getParent());

    CliRun run = CliRun.run(REAL, "", "summarize", "--format", "HTML", "-o", page.toString(),
        corpus.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    var html = Jsoup.parse(Files.readString(page));
    assertThat(html.select("script, link, img")).isEmpty();
    assertThat(html.select("p.lead").text()).startsWith("3 documents · 8 statements");
    assertThat(html.select("svg")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void badInputIsNamedAndTheRestIsCounted() throws IOException {
    Path lines = dir.resolve("mixed.jsonl");
    Files.writeString(lines, "{\"id\":\"ok\",\"text\":\"Dennis Okafor said the ferry was late.\"}\n"
        + "{not json\n"
        + "{\"id\":\"r\",\"citations\":[{\"type\":\"direct\"}]}\n"
        + "{\"id\":\"x\"}\n");

    CliRun run = CliRun.run(REAL, "", "summarize", "--table", "total", lines.toString(),
        dir.resolve("missing.txt").toString(), dir.resolve("notes.md").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        dir.resolve("missing.txt") + ": no such file or folder",
        dir.resolve("notes.md") + ": no such file or folder",
        lines + ":2: invalid JSON at column 2: Unexpected character ('n' (code 110)): was expecting "
            + "double-quote to start field name",
        lines + ":3: citations[0].quote is missing",
        lines + ":4: no \"text\" or \"html\" field");
    assertThat(run.outLines().get(1)).startsWith("1,1,1,");
  }

  @Test
  void tableIsForCsvOnly() {
    CliRun run = CliRun.run(NONE, "", "summarize", "--format", "html", "--table", "sites",
        corpus.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--table applies to --format csv only");
  }

  @Test
  void readsExtractOutputFromStandardInput() {
    String line = CliRun.run(REAL, "", "extract", corpus.resolve("library.txt").toString()).out();

    CliRun run = CliRun.run(NONE, line, "summarize", "-");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).containsExactly(
        "speaker,kind,gender,documents,statements,direct,indirect,mixed,words",
        "council,organization,,1,1,0,1,0,8",
        "Margaret Thistlewood,person,female,1,1,1,0,0,7");
  }
}

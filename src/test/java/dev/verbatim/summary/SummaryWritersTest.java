package dev.verbatim.summary;

import static dev.verbatim.summary.CorpusSummaryTest.cite;
import static dev.verbatim.summary.CorpusSummaryTest.other;
import static dev.verbatim.summary.CorpusSummaryTest.person;
import static dev.verbatim.summary.CorpusSummaryTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Gender;
import dev.verbatim.QuoteType;
import dev.verbatim.SpeakerKind;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The CSV, JSON Lines and HTML shapes of a summary. */
class SummaryWritersTest {
  private static final CorpusSummary WEB = CorpusSummary.builder()
      .add("a", "https://news.example/a", "2026-03-02", result(
          cite("We will build it.", QuoteType.DIRECT, person("s1", "Ann Lee", Gender.FEMALE)),
          cite("costs had risen", QuoteType.INDIRECT, other("s2", "Lee, Ray & Co", SpeakerKind.ORGANIZATION))))
      .add("b", "https://other.example/b", "2026-04-20", result(
          cite("It is \"late\".", QuoteType.DIRECT, person("s1", "Ann Lee", Gender.FEMALE)),
          cite("Wait.", QuoteType.DIRECT, null)))
      .build();

  @Test
  void csvWritesTheChosenTableWithAHeaderAndQuotesWhereNeeded() throws Exception {
    StringWriter speakers = new StringWriter();
    SummaryCsv.write(WEB, SummaryTable.SPEAKERS, speakers);
    StringWriter documents = new StringWriter();
    SummaryCsv.write(WEB, SummaryTable.DOCUMENTS, documents);

    assertThat(speakers.toString()).isEqualTo(
        "speaker,kind,gender,documents,statements,direct,indirect,mixed,words\n"
            + "Ann Lee,person,female,2,2,2,0,0,7\n"
            + "\"Lee, Ray & Co\",organization,,1,1,0,1,0,3\n");
    assertThat(documents.toString().lines().toList()).containsExactly(
        "document,url,site,published,speakers,statements,direct,indirect,mixed,words,female,male,"
            + "unknown_gender,organization,media_outlet,anonymous,group,unattributed",
        "a,https://news.example/a,news.example,2026-03-02,2,2,1,1,0,7,1,0,0,1,0,0,0,0",
        "b,https://other.example/b,other.example,2026-04-20,1,2,2,0,0,4,1,0,0,0,0,0,0,1");
  }

  @Test
  void jsonLinesWritesEveryTableOneObjectPerRowTotalFirst() throws Exception {
    StringWriter out = new StringWriter();
    SummaryJsonLines.write(WEB, out);
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      lines.add(mapper.readTree(line));
    }

    assertThat(lines).extracting(n -> n.get("table").asText()).containsExactly(
        "total", "speaker", "speaker", "document", "document", "site", "site", "month", "month");
    assertThat(lines.get(0).get("statements").asInt()).isEqualTo(4);
    assertThat(lines.get(0).get("unattributed").asInt()).isEqualTo(1);
    assertThat(lines.get(0).get("speakers").asInt()).isEqualTo(2);
    assertThat(lines.get(2).get("gender").isNull()).isTrue();
    assertThat(lines.get(1).get("gender").asText()).isEqualTo("female");
    assertThat(lines.get(7).get("month").asText()).isEqualTo("2026-03");
  }

  @Test
  void htmlIsOneSelfContainedPageWithChartsAndTables() throws Exception {
    Document page = html(WEB);

    assertThat(page.select("script, link, iframe, object, embed, img")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.select("h2").eachText()).containsExactly("Statements by gender",
        "Statements by kind of speaker", "Statements by site", "Statements by month",
        "Speakers quoted most", "Speakers", "Sites", "Months", "Documents");
    assertThat(page.select("svg")).hasSize(5);
    assertThat(page.select("svg rect title").eachText())
        .contains("women: 2 (50.0%)", "no speaker: 1 (25.0%)", "persons: 2 (50.0%)");
    Element speakers = page.select("table").first();
    assertThat(speakers.select("tbody tr")).hasSize(2);
    assertThat(speakers.select("tbody tr").first().select("td").eachText())
        .containsExactly("Ann Lee", "person", "female", "2", "2", "2", "0", "0", "7");
  }

  @Test
  void htmlLeavesOutSiteAndMonthChartsWhenNoDocumentHasThem() throws Exception {
    CorpusSummary plain = CorpusSummary.builder()
        .add("a", result(cite("Yes.", QuoteType.DIRECT, person("s1", "Ann Lee", Gender.FEMALE))))
        .build();

    assertThat(html(plain).select("h2").eachText()).containsExactly("Statements by gender",
        "Statements by kind of speaker", "Speakers quoted most", "Speakers", "Documents");
  }

  @Test
  void htmlEscapesNamesAndIds() throws Exception {
    CorpusSummary odd = CorpusSummary.builder()
        .add("<b>id</b>", result(cite("Yes.", QuoteType.DIRECT,
            other("s1", "<script>alert(1)</script> & Co", SpeakerKind.ORGANIZATION))))
        .build();

    Document page = html(odd);

    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("b")).isEmpty();
    assertThat(page.select("table").first().select("td").first().text())
        .isEqualTo("<script>alert(1)</script> & Co");
  }

  private static Document html(CorpusSummary summary) throws Exception {
    StringWriter out = new StringWriter();
    SummaryHtml.write(summary, out);
    return Jsoup.parse(out.toString());
  }
}

package dev.verbatim.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.json.JsonCodec;
import dev.verbatim.testing.SampleResults;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final ExtractionResult RESULT = SampleResults.full();
  private static final Document PAGE =
      Jsoup.parse(HtmlReport.render("Cup final", SampleResults.TEXT, RESULT));

  @Test
  void articleTextIsKeptExactly() {
    assertThat(PAGE.getElementById("article").wholeText()).isEqualTo(SampleResults.TEXT);
    assertThat(PAGE.title()).isEqualTo("Verbatim report: Cup final");
  }

  @Test
  void everyStatementIsHighlightedWithItsTextAndRecord() {
    List<Citation> citations = RESULT.citations();
    for (int n = 1; n <= citations.size(); n++) {
      Citation c = citations.get(n - 1);
      Elements fragments = PAGE.select("#article .statement[data-cite=" + n + "]");
      assertThat(fragments).as("statement %s", n).isNotEmpty();
      String text = fragments.stream().map(Element::wholeText).collect(Collectors.joining());
      assertThat(text).isEqualTo(c.text());
      Element first = PAGE.getElementById("c" + n);
      assertThat(first).isSameAs(fragments.first());
      assertThat(first.attr("data-record")).isEqualTo(new JsonCodec().writeCitation(c));
      assertThat(first.attr("data-speaker"))
          .isEqualTo(c.speaker().map(Speaker::id).orElse(""));
    }
    assertThat(PAGE.select("#article .statement[id]")).hasSize(citations.size());
  }

  @Test
  void oneColourPerSpeakerAndGreyForUnattributed() {
    assertThat(PAGE.getElementById("c1").classNames()).contains("sp-0");
    assertThat(PAGE.getElementById("c4").classNames()).contains("sp-1");
    assertThat(PAGE.getElementById("c6").classNames()).contains("sp-none");
    assertThat(HtmlReport.background(0)).isNotEqualTo(HtmlReport.background(1));
    String css = PAGE.select("style").html();
    assertThat(css).contains(".sp-0 {", ".sp-1 {").doesNotContain(".sp-2 {");
  }

  @Test
  void speakerMentionsAndCuesAreMarkedOnce() {
    assertThat(PAGE.select("#article mark.mention").eachText())
        .containsExactly("Maria López", "She", "the club", "López");
    assertThat(PAGE.select("#article mark.cue").eachText())
        .containsExactly("said", "said", "According to", "called");
    assertThat(PAGE.select("#article mark.mention").first().classNames()).contains("sp-0");
  }

  @Test
  void sideListGroupsStatementsBySpeaker() {
    Elements sections = PAGE.select("#speakers section.speaker");
    assertThat(sections.eachAttr("data-speaker")).containsExactly("s1", "s2", "");
    assertThat(sections.get(0).selectFirst("h3").text()).isEqualTo("Maria López");
    assertThat(sections.get(0).select("li a").eachAttr("href"))
        .containsExactly("#c1", "#c2", "#c3", "#c5");
    assertThat(sections.get(1).select("li a").eachAttr("href")).containsExactly("#c4");
    assertThat(sections.get(2).select("li a").eachAttr("href")).containsExactly("#c6");
    assertThat(sections.get(0).selectFirst(".about").text()).contains("person", "coach");
    assertThat(PAGE.select("#diagnostics li").text()).contains("unclosed_quote");
  }

  @Test
  void pageIsSelfContained() {
    assertThat(PAGE.select("link, img, iframe, script[src]")).isEmpty();
    assertThat(PAGE.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    assertThat(PAGE.html()).doesNotContain("http://", "https://");
  }

  @Test
  void markupInTheArticleOrNamesIsEscaped() {
    String text = "<script>alert(1)</script> said \"<b>bold</b> & more\" & left.";
    Speaker speaker = SampleResults.person("s1", "<img src=x onerror=alert(1)>");
    Citation c = Citation.builder()
        .statement("<b>bold</b> & more", SampleResults.span(text, "<b>bold</b> & more"))
        .type(QuoteType.DIRECT).speaker(speaker, null).rule("test").build();
    ExtractionResult result = new ExtractionResult(List.of(c), List.of(speaker), List.of());

    Document page = Jsoup.parse(HtmlReport.render("<i>title</i>", text, result));

    assertThat(page.select("#article script, #article b, img, i")).isEmpty();
    assertThat(page.getElementById("article").wholeText()).isEqualTo(text);
    assertThat(page.selectFirst("h1").text()).isEqualTo("<i>title</i>");
    assertThat(page.selectFirst("#speakers h3").text()).isEqualTo(speaker.name());
  }

  @Test
  void marksThatCrossEachOtherStayNestedAndSpansPastTheTextAreSkipped() {
    String text = "Ann Lee said it was over.";
    Citation crossing = SampleResults.citation(text, "Lee said it", QuoteType.INDIRECT, null,
        null, new dev.verbatim.Cue("said it was", "say", SampleResults.span(text, "said it was")),
        0.5, "test", null);
    Citation outside = Citation.builder().statement("x".repeat(5), Span.of(100, 105))
        .type(QuoteType.DIRECT).rule("test").build();
    ExtractionResult result = new ExtractionResult(List.of(crossing, outside), List.of(),
        List.of());

    Document page = Jsoup.parse(HtmlReport.render("t", text, result));

    assertThat(page.getElementById("article").wholeText()).isEqualTo(text);
    assertThat(page.select("#article [data-cite=1]").stream().map(Element::wholeText)
        .collect(Collectors.joining())).isEqualTo("Lee said it");
    assertThat(page.select("#article mark.cue").stream().map(Element::wholeText)
        .collect(Collectors.joining())).isEqualTo("said it was");
    assertThat(page.getElementById("c2")).isNull();
  }
}

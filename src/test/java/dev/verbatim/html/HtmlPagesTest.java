package dev.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.PageExtraction;
import dev.verbatim.eval.Evaluation;
import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.Scorer;
import dev.verbatim.testing.Extractors;
import dev.verbatim.testing.HtmlFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verbatim on the web-page fixtures, end to end ({@code QuoteExtractor.extractHtml}): the pages
 * score as their plain-text versions do, and their boilerplate, which holds quotations of its own,
 * yields no statement.
 */
class HtmlPagesTest {
  private static final Map<String, PageExtraction> pages = new LinkedHashMap<>();
  private static final Map<String, ExtractionResult> plain = new LinkedHashMap<>();
  private static final List<GoldDocument> gold = new ArrayList<>();

  @BeforeAll
  static void extractEveryPageAndItsPlainText() {
    for (String name : HtmlFixtures.names()) {
      pages.put(name, Extractors.shared().extractHtml(HtmlFixtures.html(name), ""));
      plain.put(name, Extractors.shared().extract(HtmlFixtures.text(name)));
      gold.add(HtmlFixtures.gold(name));
    }
  }

  @Test
  void pagesScoreTheSameEndToEndF1AsTheirPlainTextWithinOneHundredth() {
    Map<String, ExtractionResult> fromPages = new LinkedHashMap<>();
    pages.forEach((name, p) -> fromPages.put(name, p.result()));
    Evaluation html = Scorer.score(gold, fromPages, false);
    Evaluation text = Scorer.score(gold, plain, false);

    assertThat(html.overall().endToEnd().f1())
        .as("pages %s, plain text %s; errors %s", html.overall(), text.overall(), html.errors())
        .isCloseTo(text.overall().endToEnd().f1(), org.assertj.core.data.Offset.offset(0.01));
    assertThat(html.overall().span().f1()).isCloseTo(text.overall().span().f1(),
        org.assertj.core.data.Offset.offset(0.01));
    assertThat(text.overall().endToEnd().f1()).as("a sanity floor").isGreaterThan(0.8);
  }

  @Test
  void offsetsIndexThePageText() {
    pages.forEach((name, p) -> {
      for (Citation c : p.result().citations()) {
        assertThat(c.span().in(p.page().text())).as(name).isEqualTo(c.text());
      }
    });
  }

  @Test
  void boilerplateYieldsNoStatement() {
    pages.forEach((name, p) -> assertThat(statements(p.result()))
        .as("%s: the page's statements are those of its article alone", name)
        .isEqualTo(statements(plain.get(name))));
  }

  @Test
  void theBoilerplateOfThePagesHoldsQuotationsThatReadAsStatements() {
    // Read naively (all the visible text of the page, as the text cleaner would leave it), the
    // same pages yield statements that are in no article: what the extractor keeps out.
    int outside = 0;
    for (String name : HtmlFixtures.names()) {
      String all = Jsoup.parse(HtmlFixtures.html(name)).body().wholeText();
      String article = HtmlFixtures.text(name);
      for (Citation c : Extractors.shared().extract(all).citations()) {
        if (!article.contains(c.text())) {
          outside++;
        }
      }
    }
    assertThat(outside).isGreaterThanOrEqualTo(10);
  }

  @Test
  void aPageOfNothingButBoilerplateYieldsNoStatement() {
    String page = "<html><head><title>Site</title><script>var q = \"“We will,” he said.\";</script>"
        + "</head><body><div class=\"cookie-banner\"><p>By clicking “Accept”, you agree that we "
        + "may store cookies, as our partners said they “need to”.</p></div><nav><a href=\"/\">"
        + "Home</a></nav><div class=\"most-read\"><ol><li><a href=\"/1\">‘We were left to drown’: "
        + "flood victims speak out</a></li><li><a href=\"/2\">Mayor says he “will not resign”</a>"
        + "</li></ol></div><figure><img src=\"x.jpg\"><figcaption>“We lost everything,” said Mary "
        + "Cole, 74, outside her home.</figcaption></figure><section id=\"comments\"><p>My "
        + "neighbour said “it’s daylight robbery” and he told the council so.</p></section>"
        + "<footer><p>“News you can trust,” said our founder in 1887.</p></footer></body></html>";

    PageExtraction p = Extractors.shared().extractHtml(page, "");

    assertThat(p.page().text()).isEqualTo("Site");
    assertThat(p.result().citations()).isEmpty();
  }

  private static List<String> statements(ExtractionResult result) {
    return result.citations().stream()
        .map(c -> c.type() + " " + c.span() + " " + c.text() + " / "
            + c.speaker().map(s -> s.name()).orElse("?"))
        .toList();
  }
}

package dev.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.GoldQuote;
import dev.verbatim.testing.HtmlFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture page gives exactly the plain text of its article, which was written first with its
 * gold: the headline, standfirst, byline and body paragraphs, and nothing of the page around them.
 * Loads no models.
 */
class HtmlFixturesTest {

  static List<String> names() {
    return HtmlFixtures.names();
  }

  @Test
  void thereAreAtLeastFifteenPagesEachWithPlainTextAndGold() {
    assertThat(names()).hasSizeGreaterThanOrEqualTo(15);
    for (String name : names()) {
      GoldDocument gold = HtmlFixtures.gold(name);
      assertThat(gold.id()).isEqualTo(name);
      assertThat(gold.text()).as(name).isEqualTo(HtmlFixtures.text(name));
      assertThat(gold.quotes().stream().filter(q -> !q.optional()).count()).as(name)
          .isBetween(4L, 12L);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void pageGivesTheTextOfItsArticle(String name) {
    ExtractedPage page = HtmlExtractor.extract(HtmlFixtures.html(name), "");

    assertThat(page.text()).isEqualTo(HtmlFixtures.text(name));
    assertThat(page.title()).as("every fixture has a headline").isPresent();
    assertThat(page.text()).startsWith(page.title().get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void goldOffsetsIndexBothThePlainTextAndTheExtractedText(String name) {
    String extracted = HtmlExtractor.extract(HtmlFixtures.html(name), "").text();
    String plain = HtmlFixtures.text(name);
    for (GoldQuote q : HtmlFixtures.gold(name).quotes()) {
      assertThat(q.span().in(plain)).as("%s in the plain text", q.text()).isEqualTo(q.text());
      assertThat(q.span().in(extracted)).as("%s in the page's text", q.text()).isEqualTo(q.text());
    }
  }
}

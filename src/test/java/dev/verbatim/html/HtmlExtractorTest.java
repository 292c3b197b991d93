package dev.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** What the main-content extractor keeps and drops, on small pages. Loads no models. */
class HtmlExtractorTest {
  private static final String PROSE = "The council said on Tuesday that the bridge would stay "
      + "closed until October, after engineers found corrosion in two of its cables.";

  private static ExtractedPage extract(String html) {
    return HtmlExtractor.extract(html, "");
  }

  private static String body(String inner) {
    return extract("<html><body>" + inner + "</body></html>").text();
  }

  @Test
  void blockElementsArePararaphsSeparatedByABlankLine() {
    assertThat(body("<div><p>One  two\n three.</p><p>Four.</p><ul><li>Five.</li><li>Six.</li></ul>"
        + "<h2>Seven</h2><div>Eight <b>nine</b>.</div></div>"))
        .isEqualTo("One two three.\n\nFour.\n\nFive.\n\nSix.\n\nSeven\n\nEight nine.");
  }

  @Test
  void twoLineBreaksEndAParagraphAndOneIsASpace() {
    assertThat(body("<div>" + PROSE + "<br><br>A student who<br>\nsaid so.<br/> <br/><br>End.</div>"))
        .isEqualTo(PROSE + "\n\nA student who said so.\n\nEnd.");
  }

  @Test
  void qElementsGetTheirQuotationMarks() {
    assertThat(body("<p>She said <q>we will <q>never</q> give up</q> on Monday.</p>"))
        .isEqualTo("She said “we will ‘never’ give up” on Monday.");
  }

  @Test
  void entitiesNoBreakSpacesAndInvisibleCharactersBecomePlainText() {
    assertThat(body("<p>&ldquo;Yes,&rdquo; Mr&nbsp;Ojo said&#8230; co\u00ADoperate\u200B.</p>"))
        .isEqualTo("“Yes,” Mr Ojo said… cooperate.");
  }

  @Test
  void scriptsStylesJsonLdTemplatesAndNoscriptAreDropped() {
    assertThat(body("<script>var q = \"“We will find them,” police said.\";</script>"
        + "<style>p { color: red }</style><script type=\"application/ld+json\">{\"headline\": "
        + "\"x\"}</script><template><p>“A poll,” she said.</p></template>"
        + "<noscript><p>Enable JavaScript, “the site” said.</p></noscript><p>" + PROSE + "</p>"))
        .isEqualTo(PROSE);
  }

  @Test
  void hiddenElementsAreDropped() {
    assertThat(body("<p>" + PROSE + "</p><div hidden>“Hidden,” he said.</div>"
        + "<div style=\"color:red; display: none\">“Invisible,” she said.</div>"
        + "<p>Call us <a href=\"/x\">online<span class=\"sr-only\"> (opens in a new window)</span>"
        + "</a> today, or write to the editor at the usual address in town.</p>"
        + "<span aria-hidden=\"true\">“Icon,” they said.</span>"))
        .isEqualTo(PROSE + "\n\nCall us online today, or write to the editor at the usual "
            + "address in town.");
  }

  @Test
  void boilerplateIsDroppedByTagRoleAndName() {
    String page = "<nav><p>“Home,” said the menu, which is long enough to be prose.</p></nav>"
        + "<div role=\"banner\"><p>“Banner,” it said, with enough words to count as prose.</p></div>"
        + "<div class=\"cookie-notice\"><p>By clicking “Accept”, you agree to our use of them.</p></div>"
        + "<div class=\"article-body\"><p>" + PROSE + "</p>"
        + "<figure><img src=\"x.jpg\"><figcaption>“We lost it all,” said a resident.</figcaption></figure>"
        + "<div class=\"share-bar\"><p>Share this story on social media, as “everyone” does.</p></div>"
        + "<div class=\"most-read\"><p>‘We were left to drown’: victims speak out about it</p></div>"
        + "<p class=\"image-credit\">Photograph: Jo Hale/Agency, who said “no”.</p></div>"
        + "<section id=\"comments\"><p>My neighbour said “it’s daylight robbery” and he is right.</p></section>"
        + "<footer><p>“News you can trust,” said nobody, in the footer of the page.</p></footer>";
    assertThat(body(page)).isEqualTo(PROSE);
  }

  @Test
  void anArticleContainerNamedLikeBoilerplateIsKeptWhenItHoldsTheHeadline() {
    ExtractedPage page = extract("<body><div class=\"content--type-comment\"><h1>Why the bridge "
        + "matters</h1><p>" + PROSE + "</p><p>" + PROSE.replace("Tuesday", "Monday")
        + "</p></div><div class=\"comments\"><p>“Rubbish,” wrote a reader, angrily and at length."
        + "</p></div></body>");
    assertThat(page.text()).isEqualTo("Why the bridge matters\n\n" + PROSE + "\n\n"
        + PROSE.replace("Tuesday", "Monday"));
  }

  @Test
  void layoutAndScriptHookNamesDoNotMakeTheArticleBoilerplate() {
    String prose = "<p>" + PROSE + "</p><p>" + PROSE.replace("Tuesday", "Monday") + "</p><p>"
        + PROSE.replace("Tuesday", "Friday") + "</p>";
    String expected = "Bridge\n\n" + PROSE + "\n\n" + PROSE.replace("Tuesday", "Monday") + "\n\n"
        + PROSE.replace("Tuesday", "Friday");
    assertThat(body("<h1>Bridge</h1><div class=\"story js-social-share-enabled\">" + prose
        + "</div>")).isEqualTo(expected);
    assertThat(body("<h1>Bridge</h1><div class=\"l-wrap sidebar-layout\">" + prose + "</div>"))
        .isEqualTo(expected);
  }

  @Test
  void aWrapperNamedLikeFurnitureThatHoldsMostOfTheProseIsKeptButCommentsNeverAre() {
    String prose = "<p>" + PROSE + "</p><p>" + PROSE.replace("Tuesday", "Monday") + "</p><p>"
        + PROSE.replace("Tuesday", "Friday") + "</p><p>" + PROSE.replace("Tuesday", "Sunday")
        + "</p>";
    assertThat(body("<h1>Bridge</h1><div class=\"widget\"><div>" + prose + "</div></div>"))
        .contains(PROSE.replace("Tuesday", "Friday"));
    assertThat(body("<h1>Bridge</h1><p>The bridge is shut.</p><div class=\"comments\">" + prose
        + "</div>")).isEqualTo("Bridge\n\nThe bridge is shut.");
  }

  @Test
  void paragraphsThatAreMostlyLinksAreDropped() {
    assertThat(body("<div class=\"story\"><p>" + PROSE + "</p><p><strong>Read more:</strong> "
        + "<a href=\"/a\">‘Passengers taken for a ride,’ says watchdog</a></p>"
        + "<p>The minister, <a href=\"/p\">Helen Marr</a>, said fares would rise by 4.6 percent.</p>"
        + "<ul><li><a href=\"/b\">Unions threaten “summer of discontent”</a></li></ul></div>"))
        .isEqualTo(PROSE + "\n\nThe minister, Helen Marr, said fares would rise by 4.6 percent.");
  }

  @Test
  void aDateLineIsDroppedButATimeInASentenceStays() {
    assertThat(body("<article><p><time datetime=\"2026-03-10\">10 March 2026</time></p>"
        + "<div class=\"published-date\">Updated 2 hours ago</div>"
        + "<p>The council said on <time>Tuesday</time> that the bridge would stay closed until "
        + "October.</p></article>"))
        .isEqualTo("The council said on Tuesday that the bridge would stay closed until October.");
  }

  @Test
  void furnitureLinesSuchAsAdvertisementAreDropped() {
    assertThat(body("<div class=\"story\"><p>" + PROSE + "</p><p>Advertisement</p><p>Share this "
        + "article</p><p>" + PROSE.replace("Tuesday", "Monday") + "</p></div>"))
        .isEqualTo(PROSE + "\n\n" + PROSE.replace("Tuesday", "Monday"));
  }

  @Test
  void theArticleIsTheContainerWithTheMostProseNotTheLongestSidebar() {
    String sidebar = "<div class=\"box\"><p>Letters: “Close the library and you close the town,” "
        + "writes a reader.</p></div>";
    String article = "<div id=\"story\"><p>" + PROSE + "</p><p>" + PROSE + " Again, twice.</p><p>"
        + PROSE + " And a third time, with commas, more commas, and more.</p></div>";
    assertThat(body("<table><tr><td>" + sidebar + "</td><td>" + article + "</td></tr></table>"))
        .isEqualTo(PROSE + "\n\n" + PROSE + " Again, twice.\n\n" + PROSE
            + " And a third time, with commas, more commas, and more.");
  }

  @Test
  void headlineBylineStandfirstComeFirstInPageOrder() {
    ExtractedPage page = extract("<body><header class=\"site-header\"><h1 class=\"logo\">Daily "
        + "Ledger</h1></header><article><p class=\"byline\">By <a rel=\"author\">Jane Roe</a>, "
        + "Political Editor <time datetime=\"2026-01-02\">2 Jan</time></p><h1>Bridge to stay shut"
        + "</h1><p class=\"standfirst\">Engineers found corrosion in the main cables.</p>"
        + "<p>" + PROSE + "</p></article></body>");
    assertThat(page.text()).isEqualTo("Bridge to stay shut\n\nEngineers found corrosion in the main "
        + "cables.\n\nBy Jane Roe, Political Editor\n\n" + PROSE);
    assertThat(page.title()).hasValue("Bridge to stay shut");
    assertThat(page.byline()).hasValue("Jane Roe, Political Editor");
    assertThat(page.published()).hasValue("2026-01-02");
  }

  @Test
  void metadataComesFromJsonLdAndMetaTagsWhenThePageShowsNone() {
    ExtractedPage page = HtmlExtractor.extract("<html><head><title>Bridge to stay shut | Daily "
        + "Ledger</title><meta property=\"article:published_time\" content=\"2026-03-10T07:45:00Z\">"
        + "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebSite\"}, {\"@type\": "
        + "[\"NewsArticle\"], \"headline\": \"Bridge closure to last until autumn\", \"author\": "
        + "[{\"name\": \"Jane Roe\"}, {\"name\": \"Tom Ellery\"}], \"datePublished\": \"2026-03-09\"}]}"
        + "</script><link rel=\"canonical\" href=\"/news/bridge\"></head><body><p>" + PROSE
        + "</p></body></html>", "https://ledger.example/amp/news/bridge?x=1");
    assertThat(page.title()).hasValue("Bridge closure to last until autumn");
    assertThat(page.byline()).hasValue("Jane Roe, Tom Ellery");
    assertThat(page.published()).hasValue("2026-03-09");
    assertThat(page.url()).hasValue("https://ledger.example/news/bridge");
    assertThat(page.text()).isEqualTo("Bridge closure to last until autumn\n\n" + PROSE);
  }

  @Test
  void titleWithoutMetadataIsThePageTitleWithoutTheSiteName() {
    ExtractedPage page = extract("<title>Ledger :: Bridge closure to last until autumn</title>"
        + "<body><p>" + PROSE + "</p></body>");
    assertThat(page.title()).hasValue("Bridge closure to last until autumn");
    assertThat(page.url()).isEmpty();
    assertThat(HtmlExtractor.extract("<p>x</p>", "https://a.example/b").url())
        .hasValue("https://a.example/b");
  }

  @Test
  void malformedJsonLdIsIgnored() {
    ExtractedPage page = extract("<script type=\"application/ld+json\">{\"headline\": </script>"
        + "<h1>Bridge</h1><p>" + PROSE + "</p>");
    assertThat(page.title()).hasValue("Bridge");
  }

  @Test
  void emptyOrBrokenHtmlGivesLittleTextAndNeverThrows() {
    assertThat(extract("").text()).isEmpty();
    assertThat(extract("<<<>>><p><div></span>").text()).isEqualTo("<<<>>>");
    assertThat(extract("just words, no tags").text()).isEqualTo("just words, no tags");
    assertThat(extract("<p>Unclosed <b>bold <i>and italic").text())
        .isEqualTo("Unclosed bold and italic");
  }

  @Test
  void bytesAreDecodedByTheGivenCharsetOrTheMetaCharset() throws IOException {
    byte[] latin = ("<meta charset=\"windows-1252\"><p>\u201CCaf\u00E9,\u201D she said.</p>")
        .getBytes(Charset.forName("windows-1252"));
    assertThat(HtmlExtractor.extract(new ByteArrayInputStream(latin), null, "").text())
        .isEqualTo("“Café,” she said.");
    byte[] utf8 = "<p>\u201CCaf\u00E9\u201D</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(HtmlExtractor.extract(new ByteArrayInputStream(utf8), "UTF-8", "").text())
        .isEqualTo("“Café”");
  }
}

package dev.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** How element names are read. Loads no models. */
class ClassNamesTest {

  private static String names(String html) {
    Element e = Jsoup.parse(html).body().child(0);
    return ClassNames.of(e);
  }

  @Test
  void namesAreLowerCaseTokensWithCamelCaseSplitAndLayoutTokensLeftOut() {
    assertThat(names("<div class=\"ArticleShare has-sidebar\" id=\"most_read\" "
        + "data-component=\"links-block\"></div>"))
        .isEqualTo("article-share most-read links-block ");
  }

  @Test
  void boilerplateWordsMustStartAWord() {
    assertThat(ClassNames.isBoilerplate("site-nav ")).isTrue();
    assertThat(ClassNames.isBoilerplate("navbar ")).isTrue();
    assertThat(ClassNames.isBoilerplate("unavailable ")).isFalse();
    assertThat(ClassNames.isBoilerplate("ad-slot ")).isTrue();
    assertThat(ClassNames.isBoilerplate("address download ")).isFalse();
    assertThat(ClassNames.isBoilerplate("commentary ")).isFalse();
  }

  @Test
  void aTokenIsReadByItsLastTellingWord() {
    assertThat(ClassNames.isBoilerplate("article-share ")).isTrue();
    assertThat(ClassNames.isBoilerplate("article-tags ")).isTrue();
    assertThat(ClassNames.isBoilerplate("sidebar-content ")).isFalse();
    assertThat(ClassNames.isBoilerplate("article-body-commercial-selector ")).isFalse();
  }

  @Test
  void furnitureIsKeptWhenAnotherTokenSaysArticleButConsentNever() {
    assertThat(ClassNames.isBoilerplate("sidebar main-content ")).isFalse();
    assertThat(ClassNames.isBoilerplate("sidebar ")).isTrue();
    assertThat(ClassNames.isBoilerplate("cookie-banner main-content ")).isTrue();
  }

  @Test
  void bylineStandfirstAndDateNames() {
    assertThat(ClassNames.isByline("byline-block ")).isTrue();
    assertThat(ClassNames.isByline("author-bio ")).isFalse();
    assertThat(ClassNames.isStandfirst("article--standfirst ")).isTrue();
    assertThat(ClassNames.isDate("entry-meta ")).isTrue();
    assertThat(ClassNames.isDate("metadata ")).isFalse();
  }
}

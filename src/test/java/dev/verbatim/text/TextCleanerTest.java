package dev.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "", "plain text", "a\r\nb\rc\n", "\u0000\u0001\u007F\u0085\u2028", "\uD83D\uDE00 \uD83D",
      "\uDE00 lone low", "<p>tag</p> <!-- comment -->", "&quot;&ldquo;&rdquo;&#8220;&#x201D;&bogus;",
      "\uFEFF\u200B\u200D\u2060\u00AD", "AT&T <3 x<y &amp; &", "<b\n>", "&#127;&#x85;&#xFEFF;&#160;"})
  void keepsTheLengthOfTheInput(String text) {
    assertThat(TextCleaner.clean(text)).hasSameSizeAs(text);
  }

  @Test
  void leavesOrdinaryTextUnchanged() {
    String text = "“We will win,” she said.\n\nHe didn’t agree — at 5 p.m. (in Berlin).";

    assertThat(TextCleaner.clean(text)).isEqualTo(text);
  }

  @Test
  void blanksLinesThatLinkToOtherStories() {
    String text = "The council voted.\n\nRead more: Residents say \"enough is enough\"\n\nRelated - 'We were never "
        + "consulted,' says owner\n\nRead more about the vote below.\n";

    String cleaned = TextCleaner.clean(text);

    assertThat(cleaned).hasSameSizeAs(text).doesNotContain("enough").doesNotContain("consulted")
        .contains("The council voted.").contains("Read more about the vote below.");
  }

  @Test
  void turnsControlCharactersAndNulIntoSpaces() {
    assertThat(TextCleaner.clean("a\u0000b\u0007c\u001Bd\u007Fe\u0090f\tg"))
        .isEqualTo("a b c d e f g");
  }

  @Test
  void turnsByteOrderMarkAndZeroWidthCharactersIntoSpaces() {
    assertThat(TextCleaner.clean("\uFEFFHello\u200Bworld\u200C\u200D\u2060soft\u00ADhyphen"))
        .isEqualTo(" Hello world   soft hyphen");
  }

  @Test
  void turnsBidirectionalFormattingCharactersIntoSpaces() {
    assertThat(TextCleaner.clean("a\u202Ab\u202Ec\u2066d\u2069e")).isEqualTo("a b c d e");
  }

  @Test
  void turnsNoBreakSpaceAndReplacementCharacterIntoSpaces() {
    assertThat(TextCleaner.clean("a\u00A0b\uFFFDc")).isEqualTo("a b c");
  }

  @Test
  void turnsLoneSurrogatesIntoSpaces() {
    assertThat(TextCleaner.clean("a\uD83Db")).isEqualTo("a b");
    assertThat(TextCleaner.clean("a\uDE00b")).isEqualTo("a b");
    assertThat(TextCleaner.clean("end\uD83D")).isEqualTo("end ");
    assertThat(TextCleaner.clean("\uDE00\uD83D")).isEqualTo("  ");
  }

  @Test
  void keepsValidSurrogatePairs() {
    String text = "Great \uD83D\uDE00 news \uD83C\uDDE9\uD83C\uDDEA!";

    assertThat(TextCleaner.clean(text)).isEqualTo(text);
  }

  @Test
  void turnsWindowsLineEndsIntoASpaceAndANewline() {
    assertThat(TextCleaner.clean("One.\r\nTwo.\r\n\r\nThree.")).isEqualTo("One. \nTwo. \n \nThree.");
  }

  @Test
  void turnsOldMacLineEndsIntoNewlines() {
    assertThat(TextCleaner.clean("One.\rTwo.\r\rThree.")).isEqualTo("One.\nTwo.\n\nThree.");
  }

  @Test
  void turnsUnicodeLineAndParagraphSeparatorsIntoNewlines() {
    assertThat(TextCleaner.clean("One.\u2028Two.\u2029Three.\u0085Four."))
        .isEqualTo("One.\nTwo.\nThree.\nFour.");
  }

  @Test
  void keepsParagraphsWhateverTheLineEnds() {
    for (String text : new String[] {"First.\r\n\r\nSecond.\r\nThird.", "First.\r\rSecond.\rThird.",
        "First.\n\nSecond.\nThird."}) {
      String cleaned = TextCleaner.clean(text);

      assertThat(Paragraphs.split(cleaned)).extracting(s -> s.in(cleaned))
          .as("paragraphs of %s", text.replace("\r", "\\r").replace("\n", "\\n"))
          .containsExactly("First.", "Second.", "Third.");
    }
  }

  @Test
  void blanksHtmlTags() {
    assertThat(TextCleaner.clean("<p>Hello <b class=\"x\">world</b></p>"))
        .isEqualTo("   Hello              world        ");
  }

  @Test
  void blanksHtmlComments() {
    assertThat(TextCleaner.clean("a<!-- hidden -->b")).isEqualTo("a               b");
  }

  @Test
  void blanksHtmlCommentsOverSeveralLinesButKeepsTheLineBreaks() {
    assertThat(TextCleaner.clean("a<!-- one\ntwo -->b")).isEqualTo("a        \n       b");
  }

  @Test
  void keepsLessThanSignsThatDoNotStartATag() {
    String text = "I <3 it; 3 < 4 and 5 > 4.";

    assertThat(TextCleaner.clean(text)).isEqualTo(text);
  }

  @Test
  void turnsQuotationMarkEntitiesIntoTheMarkFollowedBySpaces() {
    assertThat(TextCleaner.clean("&quot;Hi&quot;")).isEqualTo("\"     Hi\"     ");
    assertThat(TextCleaner.clean("&ldquo;Yes,&rdquo; she said"))
        .isEqualTo("“      Yes,”       she said");
    assertThat(TextCleaner.clean("&lsquo;a&rsquo; &laquo;b&raquo; &bdquo;c"))
        .isEqualTo("‘      a’       «      b»       „      c");
    assertThat(TextCleaner.clean("don&apos;t")).isEqualTo("don'     t");
  }

  @Test
  void turnsNumericEntitiesIntoTheirCharacter() {
    assertThat(TextCleaner.clean("&#8220;x&#x201D;&#X2019;")).isEqualTo("“      x”       ’       ");
  }

  @Test
  void decodesEachEntityOnlyOnce() {
    assertThat(TextCleaner.clean("&amp;quot;")).isEqualTo("&    quot;");
  }

  @Test
  void leavesUnknownEntitiesAndBareAmpersandsAlone() {
    String text = "AT&T & Co &bogus; &;";

    assertThat(TextCleaner.clean(text)).isEqualTo(text);
  }

  @Test
  void numericEntitiesNeverBringBackCharactersThatCleaningRemoves() {
    String text = "a&#0;b&#127;c&#x85;d&#160;e&#8203;f&#xFEFF;g&#173;h&#x2028;i&#x202E;j";

    assertThat(TextCleaner.clean(text)).hasSameSizeAs(text).matches("a +b +c +d +e +f +g +h +i +j");
  }

  @Test
  void numericEntitiesOutsideTheBasicPlaneBecomeSpaces() {
    assertThat(TextCleaner.clean("&#x1F600;&#xD83D;")).isEqualTo("                 ");
  }

  @Test
  void cleanedQuotationEntitiesCanBeFoundAtTheirOriginalOffsets() {
    String text = "<p>&ldquo;Yes,&rdquo; she said.</p>";
    String cleaned = TextCleaner.clean(text);

    assertThat(cleaned.charAt(text.indexOf("&ldquo;"))).isEqualTo('“');
    assertThat(Span.of(text.indexOf("Yes"), text.indexOf("&rdquo;")).in(cleaned)).isEqualTo("Yes,");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "BRUSSELS, March 3 (Reuters) - ", "WASHINGTON (AP) \u2014 ", "NEW YORK -- ", "KYIV, Ukraine, Nov. 3 (AP) \u2014 ",
      "SAN FRANCISCO, Calif. \u2013 ", "Moscow, 3 November (Interfax) - ", "(Reuters) - "})
  void blanksWireDatelinesAtTheStartOfAParagraph(String dateline) {
    String text = "Headline\n\n" + dateline + "Russia will respond, an official said.";
    String cleaned = TextCleaner.clean(text);
    assertThat(cleaned).hasSameSizeAs(text);
    assertThat(cleaned.substring(0, 10 + dateline.length()).trim()).isEqualTo("Headline");
    assertThat(cleaned).endsWith("Russia will respond, an official said.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Jane Roe (Labour) - I support it.", "The vote - 52 to 48 - was close.", "He said NATO - which he leads - would act.",
      "US - China talks resumed, she said."})
  void keepsDashesThatDoNotCloseADateline(String text) {
    // kept as dashes: a spaced hyphen becomes an em dash, the text is otherwise unchanged
    assertThat(TextCleaner.clean(text)).isEqualTo(text.replace(" - ", " \u2014 "));
  }

  @Test
  void aSpacedHyphenIsADashButAHyphenInAWordOrNumberIsNot() {
    String text = "Asked about it - he conceded - the well-known 3-2 score, -5 degrees.";

    assertThat(TextCleaner.clean(text))
        .isEqualTo("Asked about it \u2014 he conceded \u2014 the well-known 3-2 score, -5 degrees.");
  }

  @Test
  void doubledMarksOfOlderCorporaBecomeCurlyMarksInPlace() {
    String nyt = "The mayor spoke. ''We have no choice,'' she said. ''None.''";
    String cleaned = TextCleaner.clean(nyt);
    assertThat(cleaned).hasSameSizeAs(nyt);
    assertThat(cleaned).isEqualTo("The mayor spoke.  \u201CWe have no choice,\u201D  she said.  \u201CNone.\u201D ");
    String ptb = "``It is a sad day,'' said Vance, who didn't stay.";
    assertThat(TextCleaner.clean(ptb)).isEqualTo(" \u201CIt is a sad day,\u201D  said Vance, who didn't stay.");
  }

  @Test
  void singleApostrophesAreLeftAlone() {
    String text = "The Joneses' dog didn't bark; 'tis the '90s.";
    assertThat(TextCleaner.clean(text)).isEqualTo(text);
  }
}

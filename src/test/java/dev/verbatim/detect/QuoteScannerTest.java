package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.verbatim.Diagnostic;
import dev.verbatim.Span;
import dev.verbatim.text.Paragraphs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteScannerTest {

  @Test
  void findsCurlyDoubleQuotes() {
    String text = "“We will win,” she said.";
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly("We will win,");
    QuotedSpan q = r.quotes().get(0);
    assertThat(q.open()).isEqualTo(0);
    assertThat(q.close()).isEqualTo(text.indexOf('”'));
    assertThat(q.closed()).isTrue();
    assertThat(q.depth()).isZero();
    assertThat(q.paragraphs()).isEqualTo(1);
    assertThat(q.outer()).isEqualTo(Span.of(0, text.indexOf('”') + 1));
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void findsStraightDoubleQuotes() {
    String text = "She said: \"We will win.\" Then she left.";
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly("We will win.");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void findsSingleQuotesNestedInDoubleQuotes() {
    String text = "“He told me ‘never again’ and left,” she said.";
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly("He told me ‘never again’ and left,", "never again");
    assertThat(r.quotes()).extracting(QuotedSpan::depth).containsExactly(0, 1);
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void findsStraightQuotesNestedInStraightQuotes() {
    String text = "\"He said \"no\" twice,\" she recalled.";

    assertThat(contents(text, scan(text))).containsExactly("He said \"no\" twice,", "no");
  }

  @Test
  void findsGuillemets() {
    String text = "«Nous gagnerons», a-t-il dit. »Vi vinder«, sagde hun.";
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly("Nous gagnerons", "Vi vinder");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void findsFrenchGuillemetsWithInnerSpaces() {
    String text = "« Nous gagnerons », a-t-il dit. «\u00A0Jamais\u00A0», répond-elle.";
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly("Nous gagnerons", "Jamais");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void findsGermanLowHighQuotes() {
    String text = "„Wir schaffen das“, sagte Merkel. „Ja.“";
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly("Wir schaffen das", "Ja.");
    assertThat(r.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Russia’s players’ union doesn’t agree, and the coaches’ view isn’t clear.",
      "Russia's players' union doesn't agree, and the coaches' view isn't clear.",
      "The ’90s were different; rock ’n’ roll never died."})
  void apostrophesAreNotQuotationMarks(String text) {
    QuoteScanner.Result r = scan(text);

    assertThat(r.quotes()).isEmpty();
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void apostrophesInsideAQuoteDoNotEndIt() {
    String text = "“I don’t think Russia’s players’ union will agree,” he said.";
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly("I don’t think Russia’s players’ union will agree,");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void straightApostrophesInsideAStraightQuoteDoNotEndIt() {
    String text = "\"I don't think Russia's players' union will agree,\" he said.";

    assertThat(contents(text, scan(text))).containsExactly("I don't think Russia's players' union will agree,");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      // straight marks
      "'We lost the depot back in the '80s and the mill in '03,' said the shop steward.|We lost the depot back in the '80s and the mill in '03,",
      "'Give 'em a fortnight and they'll be back,' the foreman said.|Give 'em a fortnight and they'll be back,",
      "'As the old folk say, 'tis an ill wind,' she said.|As the old folk say, 'tis an ill wind,",
      "'The town was built on rock 'n' roll and cheap petrol,' he said.|The town was built on rock 'n' roll and cheap petrol,",
      "'The drivers' hours went up again,' the union said.|The drivers' hours went up again,",
      "'We stayed at the Joneses' place for a week,' she said.|We stayed at the Joneses' place for a week,",
      "'Not since the '90s,' he said. 'Not once.'|Not since the '90s,;Not once.",
      "'We said no for years' the chair said, 'and the members' answer is still no.'|We said no for years;and the members' answer is still no.",
      "Lindqvist, a volunteer since the '80s, said the plan was made 'by people who've never been here'.|by people who've never been here",
      // curly marks, with typographic apostrophes and with opening marks typed for apostrophes
      "‘We lost the depot back in the ’80s,’ said the shop steward.|We lost the depot back in the ’80s,",
      "‘We lost the depot back in the ‘80s,’ said the shop steward.|We lost the depot back in the ‘80s,",
      "‘Give ‘em a fortnight,’ the foreman said.|Give ‘em a fortnight,",
      "‘The town was built on rock ’n’ roll,’ he said.|The town was built on rock ’n’ roll,",
      "‘The town was built on rock ‘n’ roll,’ he said.|The town was built on rock ‘n’ roll,",
      "‘It was the Joneses’ fault,’ she said. ‘All of it.’|It was the Joneses’ fault,;All of it.",
      "He said the drivers’ union had been ‘left in the dark’ by the board.|left in the dark",
      "She said the plan was ‘dead in the water’ and the members’ patience was gone.|dead in the water"})
  void elisionsPossessivesAndYearsAreNotClosingMarks(String text, String expected) {
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly(expected.split(";"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Rock 'n' roll came to town in the '50s.",
      "The Joneses' dog and the members' bar were both in the '90s guide.",
      "Give 'em an inch, as 'tis said."})
  void elisionsOutsideQuotationsAreNotQuotations(String text) {
    assertThat(scan(text).quotes()).isEmpty();
  }

  @Test
  void aQuotationLeftOpenForTheNextParagraphIsNotClosedByAnElision() {
    String text = "'It started in the '90s.\n\n'And it never stopped,' she said.";

    assertThat(contents(text, scan(text))).containsExactly(
        "It started in the '90s.\n\n'And it never stopped,");
  }

  @Test
  void quoteSplitByAttributionGivesTwoQuotes() {
    String text = "“We will win,” said Lopez, “and we will win again.”";
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly("We will win,", "and we will win again.");
    assertThat(r.quotes()).extracting(QuotedSpan::depth).containsExactly(0, 0);
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void straightQuoteSplitByAttributionGivesTwoQuotes() {
    String text = "\"We will win,\" said Lopez, \"and we will win again.\"";

    assertThat(contents(text, scan(text))).containsExactly("We will win,", "and we will win again.");
  }

  @Test
  void quoteOverSeveralParagraphsIsOneQuoteFromFirstToLastWord() {
    String text = "He said:\n\n“First paragraph of it.\n\n“Second paragraph.\n\n“Last one.”\n\nThen he left.";
    QuoteScanner.Result r = scan(text);

    assertThat(r.quotes()).hasSize(1);
    QuotedSpan q = r.quotes().get(0);
    assertThat(q.content()).isEqualTo(Span.of(text.indexOf("First"), text.indexOf("one.") + 4));
    assertThat(q.open()).isEqualTo(text.indexOf('“'));
    assertThat(q.close()).isEqualTo(text.indexOf('”'));
    assertThat(q.paragraphs()).isEqualTo(3);
    assertThat(q.depth()).isZero();
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void quoteOverParagraphsSeparatedBySingleNewlinesIsOneQuote() {
    String text = "\"First part.\n\"Second part.\"\nAfter.";
    QuoteScanner.Result r = scan(text);

    assertThat(r.quotes()).hasSize(1);
    assertThat(r.quotes().get(0).content().in(text)).isEqualTo("First part.\n\"Second part.");
    assertThat(r.quotes().get(0).paragraphs()).isEqualTo(2);
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void unclosedQuoteEndsAtItsParagraphAndIsReportedWithItsPosition() {
    String text = "She said “we will win and left.\n\nNothing more.";
    QuoteScanner.Result r = scan(text);
    int open = text.indexOf('“');

    assertThat(contents(text, r)).containsExactly("we will win and left.");
    assertThat(r.quotes().get(0).closed()).isFalse();
    assertThat(r.quotes().get(0).depth()).isZero();
    assertThat(r.quotes().get(0).outer()).isEqualTo(Span.of(open, text.indexOf('\n')));
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Diagnostic.Kind.UNCLOSED_QUOTE);
      assertThat(d.span()).isEqualTo(Span.of(open, open + 1));
      assertThat(d.message()).contains(String.valueOf(open));
    });
  }

  @Test
  void unclosedQuoteIsOutermostEvenWithAnUnclosedSingleQuoteInside() {
    String text = "“He said ‘Tis the season and walked off.\n\nNext paragraph.";
    QuoteScanner.Result r = scan(text);

    assertThat(r.quotes()).singleElement().satisfies(q -> {
      assertThat(q.open()).isZero();
      assertThat(q.depth()).isZero();
      assertThat(q.closed()).isFalse();
      assertThat(q.content().in(text)).isEqualTo("He said ‘Tis the season and walked off.");
    });
    assertThat(r.diagnostics()).extracting(Diagnostic::kind).containsExactly(Diagnostic.Kind.UNCLOSED_QUOTE);
  }

  @Test
  void nestedUnclosedQuotesKeepTheirNestingDepth() {
    String text = "“One said “two said “three";
    QuoteScanner.Result r = scan(text);

    assertThat(r.quotes()).extracting(QuotedSpan::open).containsExactly(0, 10, 20);
    assertThat(r.quotes()).extracting(QuotedSpan::depth).containsExactly(0, 1, 2);
    assertThat(r.diagnostics()).hasSize(3).allSatisfy(
        d -> assertThat(d.kind()).isEqualTo(Diagnostic.Kind.UNCLOSED_QUOTE));
  }

  @Test
  void unclosedQuoteFollowedByAParagraphWithoutAMarkDoesNotContinue() {
    String text = "“Open here.\n\nHe said “closed here.”";
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly("Open here.", "closed here.");
    assertThat(r.quotes()).extracting(QuotedSpan::closed).containsExactly(false, true);
    assertThat(r.quotes()).extracting(QuotedSpan::depth).containsExactly(0, 0);
    assertThat(r.diagnostics()).extracting(Diagnostic::span).containsExactly(Span.of(0, 1));
  }

  @Test
  void strayClosingMarkIsReportedWithItsPosition() {
    String text = "He left.” Then it rained.";
    QuoteScanner.Result r = scan(text);
    int mark = text.indexOf('”');

    assertThat(r.quotes()).isEmpty();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Diagnostic.Kind.UNMATCHED_CLOSING_QUOTE);
      assertThat(d.span()).isEqualTo(Span.of(mark, mark + 1));
    });
  }

  @Test
  void contentSpansExcludeTheMarks() {
    String text = "“Curly,” «guillemets», „low“, \"straight\" and ‘single’.";
    QuoteScanner.Result r = scan(text);

    assertThat(contents(text, r)).containsExactly("Curly,", "guillemets", "low", "straight", "single");
    assertThat(r.quotes()).allSatisfy(q -> {
      assertThat(QuoteMarks.isQuoteChar(text.charAt(q.open()))).isTrue();
      String content = q.content().in(text);
      assertThat(content).isEqualTo(content.strip());
      assertThat(q.content().start()).isGreaterThan(q.open());
      if (q.closed()) {
        assertThat(q.content().end()).isLessThanOrEqualTo(q.close());
      }
    });
  }

  @Test
  void emptyQuoteHasAnEmptyContentSpan() {
    String text = "He said “” and left.";

    assertThat(scan(text).quotes()).singleElement()
        .satisfies(q -> assertThat(q.content().isEmpty()).isTrue());
  }

  @Test
  void findsNothingInEmptyText() {
    QuoteScanner.Result r = scan("");

    assertThat(r.quotes()).isEmpty();
    assertThat(r.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"", "“", "”", "'", "‘", "’", "«", "»", "„", "“”", "”“", "‘“", "\"'", "«“‘"})
  @Timeout(5)
  void tenThousandQuotationMarksInARowFinishQuicklyWithoutThrowing(String mark) {
    String text = mark.repeat(10_000);

    assertThatCode(() -> scan(text)).doesNotThrowAnyException();
    assertThatCode(() -> scan(text.replace(mark, mark + "\n"))).doesNotThrowAnyException();
  }

  @Test
  @Timeout(5)
  void deeplyNestedQuotesDoNotThrow() {
    String text = "“a ‘b ".repeat(5_000) + "c’ d” ".repeat(5_000);

    QuoteScanner.Result r = scan(text);

    assertThat(r.quotes()).isNotEmpty();
    assertThat(r.quotes().get(0).open()).isZero();
    assertThat(r.quotes().get(0).depth()).isZero();
  }

  @Test
  @Timeout(5)
  void deeplyNestedUnclosedQuotesDoNotThrow() {
    String text = "“a ‘b «c „d ".repeat(2_500);

    assertThatCode(() -> scan(text)).doesNotThrowAnyException();
  }

  @Test
  void quotationMarkTableKnowsWhichMarksAreSingle() {
    assertThat(QuoteMarks.isSingle('‘')).isTrue();
    assertThat(QuoteMarks.isSingle('\'')).isTrue();
    assertThat(QuoteMarks.isSingle('“')).isFalse();
    assertThat(QuoteMarks.isQuoteChar('a')).isFalse();
    assertThat(QuoteMarks.isOpeningContext(' ', 'W')).isTrue();
    assertThat(QuoteMarks.isOpeningContext('n', 't')).isFalse();
    assertThat(QuoteMarks.isOpeningContext(' ', ' ')).isFalse();
  }

  private static QuoteScanner.Result scan(String text) {
    return QuoteScanner.scan(text, Paragraphs.split(text));
  }

  private static List<String> contents(String text, QuoteScanner.Result r) {
    return r.quotes().stream().map(q -> q.content().in(text)).toList();
  }
}

package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Diagnostic;
import dev.verbatim.Span;
import dev.verbatim.testing.ResultInvariants;
import dev.verbatim.text.Paragraphs;
import dev.verbatim.text.TextCleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model-free stages (cleaner, paragraph splitter, quote scanner) on 5 MB documents built to
 * defeat them: each must simply finish (they are linear; the timeout only guards against a hang)
 * and keep its promises. No wall-clock assertions.
 */
class HugeInputTest {
  private static final int SIZE = 5_000_000;

  static Stream<Arguments> hugeTexts() throws Exception {
    String article = Files.readString(Path.of("src/test/resources/corpus/dev/a-foreign-ru-gas-tariffs.txt"));
    return Stream.of(
        Arguments.of("article repeated", repeat(article + "\n")),
        Arguments.of("one line of words", repeat("word ")),
        Arguments.of("straight quotes only", repeat("\"")),
        Arguments.of("curly openers only", repeat("\u201C")),
        Arguments.of("curly closers only", repeat("\u201D")),
        Arguments.of("nested openers of every kind", repeat(" \u201Ca \u2018b \u00ABc \u201Ed \"e")),
        Arguments.of("openers at every paragraph start", repeat("\n\u201Ca")),
        Arguments.of("HTML comment openers without closers", repeat("<!--")),
        Arguments.of("HTML tag openers without closers", repeat("<a ")),
        Arguments.of("long tag bodies", repeat("<a" + "b".repeat(298))),
        Arguments.of("entities", repeat("&quot;&#8220;&amp;&bogus;&")),
        Arguments.of("NUL and control characters", repeat("\u0000\u0001\u001B\u007F")),
        Arguments.of("lone surrogates", repeat("\uDC00\uD800")),
        Arguments.of("CR LF line ends", repeat("a \"b\r\n")),
        Arguments.of("CR line ends", repeat("\u00ABa\r")),
        Arguments.of("blank lines", repeat("\n")),
        Arguments.of("zero-width and BOM", repeat("\uFEFF\u200B\u200D")),
        Arguments.of("Cyrillic with guillemets", repeat("\u00AB\u041C\u044B \u043D\u0435\u0442\u00BB, \u0441\u043A\u0430\u0437\u0430\u043B. ")));
  }

  private static String repeat(String unit) {
    return unit.repeat(SIZE / unit.length() + 1).substring(0, SIZE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hugeTexts")
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void modelFreeStagesFinishOnFiveMegabytesAndKeepTheirPromises(String name, String text) {
    String cleaned = TextCleaner.clean(text);
    List<Span> paragraphs = Paragraphs.split(cleaned);
    QuoteScanner.Result r = QuoteScanner.scan(cleaned, paragraphs);

    assertThat(cleaned).hasSameSizeAs(text);
    assertThat(paragraphs).allMatch(p -> p.end() <= text.length());
    assertThat(r.quotes()).allMatch(q -> q.outer().end() <= text.length());
    ResultInvariants.assertDiagnostics(text, r.diagnostics());
  }

  @Test
  void tenThousandStrayClosingMarksGiveAThousandDiagnosticsAndOneThatCountsTheRest() {
    String text = "He said it. " + "\u201D".repeat(10_000);
    QuoteScanner.Result r = QuoteScanner.scan(text, Paragraphs.split(text));

    assertThat(r.diagnostics()).hasSize(Diagnostics.DEFAULT_LIMIT + 1);
    assertThat(r.diagnostics().subList(0, Diagnostics.DEFAULT_LIMIT))
        .allMatch(d -> d.kind() == Diagnostic.Kind.UNMATCHED_CLOSING_QUOTE);
    Diagnostic last = r.diagnostics().get(Diagnostics.DEFAULT_LIMIT);
    assertThat(last.kind()).isEqualTo(Diagnostic.Kind.TOO_MANY_DIAGNOSTICS);
    assertThat(last.message()).startsWith("9000 more diagnostics");
    assertThat(last.span()).isEqualTo(Span.of(12 + 1000, text.length()));
  }

  @Test
  void tenThousandStraightQuotesInARowAreEmptyQuotationsWithoutDiagnostics() {
    String text = "\"".repeat(10_000);
    QuoteScanner.Result r = QuoteScanner.scan(text, Paragraphs.split(text));

    assertThat(r.quotes()).hasSize(5_000).allMatch(q -> q.content().isEmpty());
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void deepNestingIsFollowedFourLevelsAndTheRestIgnored() {
    String text = "\u201Ca \u2018b \u201Cc \u2018d \u201Ce \u2018f".repeat(1000);
    QuoteScanner.Result r = QuoteScanner.scan(text, Paragraphs.split(text));

    assertThat(r.quotes()).allMatch(q -> q.depth() < 4);
    ResultInvariants.assertDiagnostics(text, r.diagnostics());
  }
}

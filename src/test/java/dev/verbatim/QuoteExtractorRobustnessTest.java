package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.testing.Extractors;
import dev.verbatim.testing.ResultInvariants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Caller mistakes fail fast with messages that name the parameter; messy text never throws and
 * keeps every span honest; the document and quote limits hold.
 */
class QuoteExtractorRobustnessTest {
  private static final String QUOTE = "“We will not raise prices,” Anna Petrova, the minister, said.";

  private final QuoteExtractor extractor = Extractors.shared();

  @Test
  void nullTextIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> extractor.extract(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void nullDocumentsAreRefusedNamingTheParameterAndTheIndex() {
    assertThatThrownBy(() -> extractor.extractAll(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("texts");
    assertThatThrownBy(() -> extractor.extractAll(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class).hasMessage("texts[1]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n", "\r\n\t ", "\u00A0\u2028\u3000"})
  void emptyOrBlankTextGivesAnEmptyResult(String text) {
    assertThat(extractor.extract(text)).isEqualTo(ExtractionResult.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000\u0000", "\uFEFF", "\u200B\u200B", "<p></p>", "&nbsp;", "\uD800"})
  void textThatCleansToNothingGivesNoCitations(String text) {
    ExtractionResult r = extractor.extract(text);

    assertThat(r.citations()).isEmpty();
    ResultInvariants.assertConsistent(text, r);
  }

  @Test
  void documentOverTheLimitIsRefusedNamingItsSizeAndTheLimit() {
    QuoteExtractor small = QuoteExtractor.builder().maxDocumentLength(100).build();
    String text = "x".repeat(101);

    assertThatThrownBy(() -> small.extract(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text is 101 characters long, over the maximum document length of 100");
    assertThat(small.extract("x".repeat(100)).citations()).isEmpty();
  }

  @Test
  void defaultDocumentLimitIsFiveMillionCharacters() {
    String text = " ".repeat(QuoteExtractor.DEFAULT_MAX_DOCUMENT_LENGTH + 1);

    assertThatThrownBy(() -> extractor.extract(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5000001").hasMessageContaining("5000000");
    assertThat(extractor.extract(text.substring(1))).isEqualTo(ExtractionResult.empty());
  }

  @Test
  void quotationOverTheQuoteLimitIsADiagnosticNotACitation() {
    QuoteExtractor small = QuoteExtractor.builder().maxQuoteLength(20).build();
    String text = "“We will not raise prices this winter or next,” Anna Petrova said.\n"
        + "“Never,” she added.";

    ExtractionResult r = small.extract(text);

    assertThat(r.citations()).extracting(Citation::text).containsExactly("Never,");
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Diagnostic.Kind.QUOTE_TOO_LONG);
      assertThat(d.span().in(text)).isEqualTo("We will not raise prices this winter or next,");
      assertThat(d.message()).contains("45 characters").contains("maximum quote length of 20");
    });
    ResultInvariants.assertConsistent(text, r);
  }

  static Stream<Arguments> messyTexts() {
    return Stream.of(
        Arguments.of("control characters and NUL", "Police\u0000 said\u0007 \u001B[0m" + QUOTE),
        Arguments.of("lone surrogates", "\uD800" + QUOTE + "\uDC00 \uDFFF\uD800"),
        Arguments.of("CR LF line ends", QUOTE + "\r\n\r\n" + QUOTE + "\r\n"),
        Arguments.of("CR line ends", QUOTE + "\r\r" + QUOTE + "\r"),
        Arguments.of("byte-order mark", "\uFEFF" + QUOTE + "\n\uFEFF" + QUOTE),
        Arguments.of("zero-width characters", "“We\u200B will\u200D not\u2060 raise prices,” Anna\u200C"
            + " Petrova said."),
        Arguments.of("HTML tags and entities", "<p>&ldquo;We will not raise prices,&rdquo; Anna "
            + "Petrova said.</p><!-- ad --><div class=\"x\">&quot;No,&quot; she said &amp; left."
            + "</div>&#8220;Never&#8221;"),
        Arguments.of("very long line", (QUOTE + " ").repeat(400)),
        Arguments.of("odd number of quote marks", QUOTE + " \"She is \"wrong,\" he said."),
        Arguments.of("closing marks only", "” ” He said ” and » left ».” ’"),
        Arguments.of("quote opened in the last paragraph", QUOTE + "\n\n“We will never give up, "
            + "Petrova said, and"),
        Arguments.of("ten thousand quote marks in a row", QUOTE + "\n" + "\"".repeat(10_000)),
        Arguments.of("ten thousand curly marks in a row", "“".repeat(5_000) + "”".repeat(5_000)),
        Arguments.of("deeply nested quotes", "“a ‘b “c ‘d “e ‘f “g ‘h deep’ ” ’ ” ’ ” ’ ”, he said."),
        Arguments.of("Cyrillic with guillemets", "«Мы не повысим тарифы», — заявил министр Евгений "
            + "Морозов.\n«Это правда», сказала она."),
        Arguments.of("only punctuation", ".,;:!?—–-()[]{}".repeat(50)),
        Arguments.of("arbitrary symbols", "\u2602\u262F\uD83D\uDE00 \u0E01\u0E02 \u4E2D\u6587 "
            + "\u05E9\u05DC\u05D5\u05DD \u0627\u0644\u0633\u0644\u0627\u0645 " + QUOTE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messyTexts")
  void messyTextNeverThrowsAndEverySpanCoversItsWords(String name, String text) {
    ResultInvariants.assertConsistent(text, extractor.extract(text));
  }

  @Test
  void unclosedQuoteInTheLastParagraphIsADiagnosticWithItsPosition() {
    String text = QUOTE + "\n\n“We will never give up, Petrova said, and";
    int open = text.lastIndexOf('“');

    ExtractionResult r = extractor.extract(text);

    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo(Diagnostic.Kind.UNCLOSED_QUOTE);
      assertThat(d.span()).isEqualTo(Span.of(open, open + 1));
      assertThat(d.message()).contains("offset " + open);
    });
  }

  @Test
  void strayClosingMarksAreCappedDiagnostics() {
    String text = QUOTE + "\n" + "He said ” ".repeat(3_000);

    ExtractionResult r = extractor.extract(text);

    assertThat(r.diagnostics()).hasSize(1_001);
    assertThat(r.diagnostics().get(1_000).kind()).isEqualTo(Diagnostic.Kind.TOO_MANY_DIAGNOSTICS);
    assertThat(r.diagnostics().get(1_000).message()).startsWith("2000 more diagnostics");
    ResultInvariants.assertConsistent(text, r);
  }

  /** About 200 KB: the fixture articles with every kind of dirt, through the whole pipeline. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void aTwoHundredKilobyteMessyDocumentIsExtractedWhole() throws Exception {
    List<String> parts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/dev"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        parts.add(Files.readString(f));
      }
    }
    StringBuilder b = new StringBuilder("\uFEFF");
    List<String> dirt = messyTexts().map(a -> (String) a.get()[1]).toList();
    for (int i = 0; b.length() < 200_000; i++) {
      b.append(parts.get(i % parts.size()).replace("\n", i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\r" : "\n"));
      b.append("\n<p>").append(dirt.get(i % dirt.size())).append("</p>\n");
    }
    String text = b.toString();

    ExtractionResult r = extractor.extract(text);

    assertThat(r.citations().size()).isGreaterThan(300);
    ResultInvariants.assertConsistent(text, r);
  }
}

package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Diagnostic;
import dev.verbatim.Span;
import dev.verbatim.testing.Generated;
import dev.verbatim.testing.MessyText;
import dev.verbatim.testing.ResultInvariants;
import dev.verbatim.text.Paragraphs;
import dev.verbatim.text.TextCleaner;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of {@link Paragraphs} and {@link QuoteScanner} over 1,000 generated texts each. */
class QuoteScannerPropertiesTest {
  private static final int TRIES = 1000;

  /** Cleaned messy text: pieces, or article-like sentences with quotations. */
  private static String cleanedMessy(SplittableRandom r) {
    return TextCleaner.clean(r.nextBoolean() ? MessyText.text(r, 300) : MessyText.article(r, 30));
  }

  @Test
  void paragraphsAreTrimmedNonBlankLinesInOrder() {
    Generated.check(TRIES, QuoteScannerPropertiesTest::cleanedMessy, cleaned -> {
      int end = 0;
      for (Span p : Paragraphs.split(cleaned)) {
        assertThat(p.start()).as("paragraphs in order").isGreaterThanOrEqualTo(end);
        String words = p.in(cleaned);
        assertThat(words).isNotBlank().doesNotContain("\n").isEqualTo(words.strip());
        end = p.end();
      }
    });
  }

  @Test
  void quotesLieBetweenTheirMarksAndUnclosedOnesAreReportedWhereTheyOpen() {
    Generated.check(TRIES, QuoteScannerPropertiesTest::cleanedMessy, cleaned -> {
      QuoteScanner.Result r = QuoteScanner.scan(cleaned, Paragraphs.split(cleaned));
      int previousOpen = -1;
      for (QuotedSpan q : r.quotes()) {
        assertThat(q.open()).as("quotes in order of opening").isGreaterThan(previousOpen);
        assertThat(QuoteMarks.isQuoteChar(cleaned.charAt(q.open()))).as("opener of %s", q).isTrue();
        assertThat(q.content().start()).as("content after the opener").isGreaterThan(q.open());
        assertThat(q.depth()).isBetween(0, 3);
        assertThat(q.paragraphs()).isPositive();
        assertThat(q.outer().end()).isLessThanOrEqualTo(cleaned.length());
        if (q.closed()) {
          assertThat(QuoteMarks.isQuoteChar(cleaned.charAt(q.close()))).as("closer of %s", q)
              .isTrue();
          assertThat(q.content().end()).isLessThanOrEqualTo(q.close());
        } else if (r.diagnostics().size() <= Diagnostics.DEFAULT_LIMIT) {
          assertThat(r.diagnostics()).as("unclosed %s is reported at its mark", q)
              .anyMatch(d -> d.kind() == Diagnostic.Kind.UNCLOSED_QUOTE
                  && d.span().equals(Span.of(q.open(), q.open() + 1))
                  && d.message().contains("offset " + q.open()));
        }
        String content = q.content().in(cleaned);
        assertThat(content).isEqualTo(content.strip());
        previousOpen = q.open();
      }
      ResultInvariants.assertDiagnostics(cleaned, r.diagnostics());
    });
  }

  @Test
  void diagnosticsPointAtQuotationMarks() {
    Generated.check(TRIES, QuoteScannerPropertiesTest::cleanedMessy, cleaned -> {
      for (Diagnostic d : QuoteScanner.scan(cleaned, Paragraphs.split(cleaned)).diagnostics()) {
        assertThat(d.span().length()).as("%s", d).isEqualTo(1);
        assertThat(QuoteMarks.isQuoteChar(cleaned.charAt(d.span().start()))).as("%s", d).isTrue();
      }
    });
  }

  @Test
  void sameTextGivesTheSameQuotesAndDiagnostics() {
    Generated.check(TRIES, QuoteScannerPropertiesTest::cleanedMessy, cleaned -> {
      List<Span> paragraphs = Paragraphs.split(cleaned);
      assertThat(QuoteScanner.scan(cleaned, paragraphs))
          .isEqualTo(QuoteScanner.scan(new String(cleaned), Paragraphs.split(new String(cleaned))));
    });
  }
}

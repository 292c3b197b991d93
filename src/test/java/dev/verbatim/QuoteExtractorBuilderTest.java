package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the builder's argument checks. Never calls {@code build()}: that loads the models. */
class QuoteExtractorBuilderTest {

  @Test
  void settersReturnTheSameBuilder() {
    QuoteExtractor.Builder b = QuoteExtractor.builder();

    assertThat(b.maxDocumentLength(1_000)).isSameAs(b);
    assertThat(b.maxQuoteLength(100)).isSameAs(b);
    assertThat(b.dependencyParsing(false)).isSameAs(b);
  }

  @Test
  void settingMaxDocumentLengthTwiceNamesTheOptionAndItsValue() {
    QuoteExtractor.Builder b = QuoteExtractor.builder().maxDocumentLength(1_000);

    assertThatIllegalStateException().isThrownBy(() -> b.maxDocumentLength(2_000))
        .withMessage("maxDocumentLength was already set to 1000");
  }

  @Test
  void settingMaxQuoteLengthTwiceNamesTheOptionAndItsValue() {
    QuoteExtractor.Builder b = QuoteExtractor.builder().maxQuoteLength(500);

    assertThatIllegalStateException().isThrownBy(() -> b.maxQuoteLength(500))
        .withMessage("maxQuoteLength was already set to 500");
  }

  @Test
  void settingDependencyParsingTwiceNamesTheOptionAndItsValue() {
    QuoteExtractor.Builder b = QuoteExtractor.builder().dependencyParsing(false);

    assertThatIllegalStateException().isThrownBy(() -> b.dependencyParsing(true))
        .withMessage("dependencyParsing was already set to false");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsMaxDocumentLengthBelowOneNamingTheValue(int value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuoteExtractor.builder().maxDocumentLength(value))
        .withMessage("maxDocumentLength must be >= 1 but was %s", value);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsMaxQuoteLengthBelowOneNamingTheValue(int value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuoteExtractor.builder().maxQuoteLength(value))
        .withMessage("maxQuoteLength must be >= 1 but was %s", value);
  }

  @Test
  void aRejectedValueDoesNotCountAsSet() {
    QuoteExtractor.Builder b = QuoteExtractor.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> b.maxQuoteLength(0));
    assertThatIllegalArgumentException().isThrownBy(() -> b.maxDocumentLength(-5));

    assertThat(b.maxQuoteLength(10)).isSameAs(b);
    assertThat(b.maxDocumentLength(10)).isSameAs(b);
  }

  @Test
  void acceptsTheSmallestAndLargestLengths() {
    QuoteExtractor.Builder b = QuoteExtractor.builder();

    assertThat(b.maxQuoteLength(1).maxDocumentLength(Integer.MAX_VALUE)).isSameAs(b);
  }
}

package dev.verbatim.spark;

import dev.verbatim.QuoteExtractor;
import java.io.Serializable;

/**
 * The settings of the extractor each executor builds: all that travels with a task. Immutable,
 * serialisable, and a map key (value equality).
 */
record ExtractorSettings(int maxDocumentLength, int maxQuoteLength, boolean dependencyParsing)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static ExtractorSettings defaults() {
    return new ExtractorSettings(QuoteExtractor.DEFAULT_MAX_DOCUMENT_LENGTH,
        QuoteExtractor.DEFAULT_MAX_QUOTE_LENGTH, true);
  }

  /** Builds an extractor with these settings, loading the models. */
  QuoteExtractor build() {
    return QuoteExtractor.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxQuoteLength(maxQuoteLength)
        .dependencyParsing(dependencyParsing)
        .threads(1)
        .build();
  }
}

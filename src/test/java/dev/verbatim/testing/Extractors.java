package dev.verbatim.testing;

import dev.verbatim.QuoteExtractor;

/** One extractor for the whole test run: the models load once. */
public final class Extractors {
  private Extractors() {}

  private static final class Holder {
    static final QuoteExtractor DEFAULT = QuoteExtractor.builder().build();
  }

  /** @return the shared default extractor */
  public static QuoteExtractor shared() {
    return Holder.DEFAULT;
  }
}

package dev.verbatim.pipeline;

import dev.verbatim.ExtractionResult;

/** Runs the stages in order. Thread-safe. (Stages are being filled in.) */
public final class Pipeline {
  /** Settings fixed when the pipeline is built. */
  public record Options(int maxQuoteLength, boolean dependencyParsing) {}

  private final Options options;

  /** Builds the pipeline. @param options settings */
  public Pipeline(Options options) {
    this.options = options;
  }

  /** Runs it. @param text the text @return the result */
  public ExtractionResult run(String text) {
    return ExtractionResult.empty();
  }
}

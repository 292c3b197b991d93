package dev.verbatim;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * What became of one document of a batch ({@link QuoteExtractor#extractEach}): its result, or the
 * error that stopped it. A bad document never costs the others their results.
 *
 * @param index the document's position in the input, from 0
 * @param result the result, if extraction succeeded
 * @param error the failure (null text, text over the maximum length, a back-end failure), if it failed
 */
public record DocumentOutcome(int index, Optional<ExtractionResult> result, Optional<RuntimeException> error) {
  /**
   * Checks that exactly one of result and error is present.
   *
   * @param index the position
   * @param result the result
   * @param error the failure
   */
  public DocumentOutcome {
    checkArgument(index >= 0, "index must be >= 0 but was %s", index);
    checkArgument(result.isPresent() != error.isPresent(), "exactly one of result and error must be present");
  }

  static DocumentOutcome of(int index, ExtractionResult result) {
    return new DocumentOutcome(index, Optional.of(result), Optional.empty());
  }

  static DocumentOutcome failed(int index, RuntimeException error) {
    return new DocumentOutcome(index, Optional.empty(), Optional.of(error));
  }

  /**
   * Returns whether the document was extracted.
   *
   * @return whether a result is present
   */
  public boolean succeeded() {
    return result.isPresent();
  }
}

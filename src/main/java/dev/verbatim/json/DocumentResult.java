package dev.verbatim.json;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.ExtractionResult;

/**
 * One document's id with what was extracted from it: one line of Verbatim's JSON Lines output.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the document id
 * @param result the extraction result
 */
public record DocumentResult(String id, ExtractionResult result) {

  /**
   * Checks that no component is null.
   *
   * @param id the document id
   * @param result the extraction result
   * @throws NullPointerException if a component is null
   */
  public DocumentResult {
    checkNotNull(id, "id");
    checkNotNull(result, "result");
  }
}

package dev.verbatim.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One document to extract from, with where it came from (for error messages).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the document id: the file name without extension for a {@code .txt} file, the
 *     {@code "id"} field for a JSON line
 * @param text the document text
 * @param source the file as the user named it, or {@code <stdin>}
 * @param line the 1-based line in a JSON Lines source, or 0 for a whole file
 */
public record InputDocument(String id, String text, String source, int line) {

  /**
   * Checks the components.
   *
   * @param id the document id: the file name without extension for a {@code .txt} file, the
   *     {@code "id"} field for a JSON line
   * @param text the document text
   * @param source the file as the user named it, or {@code <stdin>}
   * @param line the 1-based line in a JSON Lines source, or 0 for a whole file
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the line is negative
   */
  public InputDocument {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(source, "source");
    checkArgument(line >= 0, "line must be >= 0 but was %s", line);
  }

  /**
   * Returns an error about this document, located at its source and line.
   *
   * @param reason a one-line explanation
   * @return the error
   */
  public InputError error(String reason) {
    return new InputError(source, line, reason);
  }
}

package dev.verbatim.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One input that could not be read: a malformed JSON line, a line without text, an unreadable
 * file.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file as the user named it, or {@code <stdin>}
 * @param line the 1-based line number, or 0 when the problem concerns the whole source
 * @param reason a one-line explanation
 */
public record InputError(String source, int line, String reason) {

  /**
   * Checks the components and folds the reason onto one line.
   *
   * @param source the file as the user named it, or {@code <stdin>}
   * @param line the 1-based line number, or 0 when the problem concerns the whole source
   * @param reason a one-line explanation
   * @throws NullPointerException if the source or reason is null
   * @throws IllegalArgumentException if the line is negative
   */
  public InputError {
    checkNotNull(source, "source");
    checkArgument(line >= 0, "line must be >= 0 but was %s", line);
    reason = checkNotNull(reason, "reason").strip().replaceAll("\\s+", " ");
  }

  /**
   * Returns the error as {@code SOURCE:LINE: reason}, or {@code SOURCE: reason} when it concerns
   * the whole source.
   *
   * @return the one-line message
   */
  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
  }
}

package dev.verbatim.warc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A record that could not be read: corrupt headers, a broken gzip member, a record cut short.
 *
 * <p>Immutable and thread-safe.
 *
 * @param offset the byte offset in the file where the bad record starts
 * @param reason a one-line explanation
 * @since 0.2.0
 */
public record WarcProblem(long offset, String reason) implements WarcEntry {

  /**
   * Checks the components and folds the reason onto one line.
   *
   * @param offset the byte offset in the file where the bad record starts
   * @param reason a one-line explanation
   * @throws NullPointerException if {@code reason} is null
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public WarcProblem {
    checkArgument(offset >= 0, "offset must be >= 0 but was %s", offset);
    reason = checkNotNull(reason, "reason").strip().replaceAll("\\s+", " ");
  }

  /**
   * Returns the problem as {@code record at byte offset N: reason}.
   *
   * @return the one-line message
   */
  @Override
  public String toString() {
    return "record at byte offset " + offset + ": " + reason;
  }
}

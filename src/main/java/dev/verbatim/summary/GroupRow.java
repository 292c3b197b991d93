package dev.verbatim.summary;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The documents of one site or one month, and their statement counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the site (URL host without {@code www.}) or the month ({@code 2025-03})
 * @param documents how many documents
 * @param counts their statements
 * @since 0.2.0
 */
public record GroupRow(String key, int documents, Counts counts) {

  /**
   * Checks that no component is null.
   *
   * @param key the site or the month
   * @param documents how many documents
   * @param counts their statements
   * @throws NullPointerException if a component is null
   */
  public GroupRow {
    checkNotNull(key, "key");
    checkNotNull(counts, "counts");
  }
}

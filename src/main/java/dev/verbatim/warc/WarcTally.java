package dev.verbatim.warc;

import java.util.Map;
import java.util.TreeMap;

/**
 * What reading one WARC file found: how many pages, and how many records were skipped, by reason
 * ({@code request}, {@code warcinfo}, {@code not HTML}, {@code HTTP status 404}, ...), and how many
 * could not be read. Not thread-safe.
 *
 * @since 0.2.0
 */
public final class WarcTally {
  private int pages;
  private int problems;
  private final Map<String, Integer> skipped = new TreeMap<>();

  /** Creates an empty tally, for {@link WarcPages#entries}. */
  public WarcTally() {}

  void page() {
    pages++;
  }

  void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  void problem() {
    problems++;
  }

  /**
   * Returns the number of HTML pages read.
   *
   * @return the count
   */
  public int pages() {
    return pages;
  }

  /**
   * Returns the number of corrupt or truncated records.
   *
   * @return the count
   */
  public int problems() {
    return problems;
  }

  /**
   * Returns the skipped records by reason, sorted by reason.
   *
   * @return an unmodifiable map from reason to count
   */
  public Map<String, Integer> skipped() {
    return java.util.Collections.unmodifiableMap(skipped);
  }

  /**
   * Returns the number of skipped records.
   *
   * @return the count
   */
  public int skippedCount() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns a one-line summary: {@code 16 HTML pages; skipped 3 records (1 request, 1 not HTML,
   * 1 HTTP status 404); 1 unreadable record}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(pages).append(pages == 1 ? " HTML page" : " HTML pages");
    int n = skippedCount();
    out.append("; skipped ").append(n).append(n == 1 ? " record" : " records");
    if (n > 0) {
      out.append(" (");
      String sep = "";
      for (Map.Entry<String, Integer> e : skipped.entrySet()) {
        out.append(sep).append(e.getValue()).append(' ').append(e.getKey());
        sep = ", ";
      }
      out.append(')');
    }
    if (problems > 0) {
      out.append("; ").append(problems).append(problems == 1 ? " unreadable record"
          : " unreadable records");
    }
    return out.toString();
  }
}

package dev.verbatim.summary;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One document of the corpus and its statement counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document id
 * @param url the page's URL, when the document is a web page or a record that has one
 * @param site the URL's host without {@code www.}, when there is a URL
 * @param published the publication date as given, when known
 * @param speakers how many speaker entities have statements in it
 * @param counts its statements
 * @since 0.2.0
 */
public record DocumentRow(String document, Optional<String> url, Optional<String> site,
    Optional<String> published, int speakers, Counts counts) {

  /**
   * Checks that no component is null.
   *
   * @param document the document id
   * @param url the page's URL, when known
   * @param site the URL's host without {@code www.}, when there is a URL
   * @param published the publication date as given, when known
   * @param speakers how many speaker entities have statements in it
   * @param counts its statements
   * @throws NullPointerException if a component is null
   */
  public DocumentRow {
    checkNotNull(document, "document");
    checkNotNull(url, "url");
    checkNotNull(site, "site");
    checkNotNull(published, "published");
    checkNotNull(counts, "counts");
  }
}

package dev.verbatim;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.html.ExtractedPage;

/**
 * What {@link QuoteExtractor#extractHtml(String, String)} found in a web page: the article as
 * extracted from the page, and the citations in its text.
 *
 * <p>The offsets of the result's citations, mentions, cues and diagnostics are UTF-16 indices into
 * {@code page().text()}, not into the HTML: {@code page().text().substring(c.span().start(),
 * c.span().end())} equals {@code c.text()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param page the article text and the page's headline, byline, date and URL
 * @param result the citations, speakers and diagnostics of {@code page.text()}
 * @since 0.2.0
 */
public record PageExtraction(ExtractedPage page, ExtractionResult result) {

  /**
   * Checks that no component is null.
   *
   * @param page the article text and the page's headline, byline, date and URL
   * @param result the citations, speakers and diagnostics of {@code page.text()}
   * @throws NullPointerException if a component is null
   */
  public PageExtraction {
    checkNotNull(page, "page");
    checkNotNull(result, "result");
  }
}

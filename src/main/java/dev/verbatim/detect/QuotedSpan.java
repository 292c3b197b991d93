package dev.verbatim.detect;

import dev.verbatim.Span;

/**
 * A stretch of text between quotation marks.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or -1 when the quote is never closed
 * @param content the words inside the marks, trimmed of white space
 * @param depth 0 for an outermost quote, 1 for a quote inside it, and so on
 * @param paragraphs how many paragraphs the quote runs over
 */
public record QuotedSpan(int open, int close, Span content, int depth, int paragraphs) {

  /**
   * Returns whether a closing mark was found.
   *
   * @return whether a closing mark was found
   */
  public boolean closed() {
    return close >= 0;
  }

  /**
   * Returns the span from the opening mark to the closing mark, both included.
   *
   * @return the span from the opening mark to the closing mark, both included
   */
  public Span outer() {
    return Span.of(open, closed() ? close + 1 : content.end());
  }
}

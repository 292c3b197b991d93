package dev.verbatim;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Something in the text that Verbatim could not read cleanly, with its position. Messy text never
 * makes {@link QuoteExtractor#extract(String)} throw; it yields diagnostics instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what went wrong
 * @param span where in the caller's text
 * @param message a one-line explanation for people
 */
public record Diagnostic(Kind kind, Span span, String message) {

  /** The kinds of problem reported. */
  public enum Kind {
    /** An opening quotation mark that is never closed. */
    UNCLOSED_QUOTE,
    /** A closing quotation mark with no opening mark before it. */
    UNMATCHED_CLOSING_QUOTE,
    /** A quotation longer than the configured maximum; it was not reported as a statement. */
    QUOTE_TOO_LONG,
    /**
     * Always the last diagnostic, and only when there were more than a result keeps: says how many
     * were left out, and spans from the first of them to the end of the last.
     */
    TOO_MANY_DIAGNOSTICS
  }

  /**
   * Checks that no component is null.
   *
   * @param kind what went wrong
   * @param span where in the caller's text
   * @param message a one-line explanation for people
   * @throws NullPointerException if a component is null
   */
  public Diagnostic {
    checkNotNull(kind, "kind");
    checkNotNull(span, "span");
    checkNotNull(message, "message");
  }
}

package dev.verbatim.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.QuoteType;
import dev.verbatim.Span;

/**
 * One annotated statement of a gold document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span where the statement is, UTF-16 indices, end-exclusive
 * @param text the statement text as the gold gives it (used in error messages only)
 * @param type direct, indirect or mixed
 * @param speaker the canonical speaker name; null or empty when the gold names no speaker (such
 *     a statement counts as attributed whenever it is found)
 * @param speakerSpan the span of the speaker's mention as written, or null when the gold gives
 *     none
 * @param optional whether the statement is neither rewarded nor penalised
 */
public record GoldQuote(
    Span span, String text, QuoteType type, String speaker, Span speakerSpan, boolean optional) {

  /**
   * Checks the required components.
   *
   * @param span where the statement is, UTF-16 indices, end-exclusive
   * @param text the statement text as the gold gives it (used in error messages only)
   * @param type direct, indirect or mixed
   * @param speaker the canonical speaker name; null or empty when the gold names no speaker (such
   *     a statement counts as attributed whenever it is found)
   * @param speakerSpan the span of the speaker's mention as written, or null when the gold gives
   *     none
   * @param optional whether the statement is neither rewarded nor penalised
   * @throws NullPointerException if the span, text or type is null
   */
  public GoldQuote {
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkNotNull(type, "type");
  }

  /**
   * Returns whether the gold names a speaker.
   *
   * @return true when {@link #speaker()} is neither null nor empty
   */
  public boolean hasSpeaker() {
    return speaker != null && !speaker.isEmpty();
  }
}

package dev.verbatim;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The words that introduce a statement: a reporting verb ("said", "argued"), a phrase ("according
 * to") or a noun ("perspective", "remarks").
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the cue as written
 * @param lemma its dictionary form, lower case ("say" for "said", "according to")
 * @param span where the cue is in the caller's text
 */
public record Cue(String text, String lemma, Span span) {

  /**
   * Checks that no component is null.
   *
   * @param text the cue as written
   * @param lemma its dictionary form, lower case ("say" for "said", "according to")
   * @param span where the cue is in the caller's text
   * @throws NullPointerException if a component is null
   */
  public Cue {
    checkNotNull(text, "text");
    checkNotNull(lemma, "lemma");
    checkNotNull(span, "span");
  }
}

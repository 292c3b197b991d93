package dev.verbatim;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Words in the text that refer to a speaker: a name, a pronoun, a role or an organisation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the mention as written, equal to {@code span.in(documentText)}
 * @param span where the mention is in the caller's text
 * @param kind what kind of words the mention is
 */
public record Mention(String text, Span span, MentionKind kind) {

  /**
   * Checks that no component is null.
   *
   * @param text the mention as written, equal to {@code span.in(documentText)}
   * @param span where the mention is in the caller's text
   * @param kind what kind of words the mention is
   * @throws NullPointerException if a component is null
   */
  public Mention {
    checkNotNull(text, "text");
    checkNotNull(span, "span");
    checkNotNull(kind, "kind");
  }
}

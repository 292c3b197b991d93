package dev.verbatim.detect;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import java.util.Objects;

/**
 * A statement found by detection: where it is, its type, the quotation it is, the rule that found
 * it and its cue. An immutable value; a change (a reported statement holding a quotation becomes
 * {@link QuoteType#MIXED}, a sieve finds the cue) is a copy made by a {@code with} method. Who said
 * it is not part of it: detection reports the speaker it found beside it ({@link Detected}), and
 * the attribution stage keeps its own record of each statement's speaker.
 */
public final class Statement {
  private final Span span;
  private final QuoteType type;
  private final QuotedSpan quote;
  private final DetectionRule detection;
  private final int cueToken;
  private final Span cueSpan;
  private final String cueLemma;
  private final Span alsoReported;

  /**
   * Creates a statement without a cue.
   *
   * @param span the statement's span
   * @param type its type
   * @param quote the quotation it is, for direct statements, else null
   * @param detection the rule that found it
   */
  public Statement(Span span, QuoteType type, QuotedSpan quote, DetectionRule detection) {
    this(span, type, quote, detection, -1, null, null, null);
  }

  /**
   * Creates a statement with its cue.
   *
   * @param span the statement's span
   * @param type its type
   * @param quote the quotation it is, for direct statements, else null
   * @param detection the rule that found it
   * @param cueToken the token index of the cue word, or -1 for none
   * @param cueSpan the span of the cue words when they are more than one token, else null
   * @param cueLemma the cue's lemma, or null for that of the token
   */
  public Statement(Span span, QuoteType type, QuotedSpan quote, DetectionRule detection, int cueToken,
      Span cueSpan, String cueLemma) {
    this(span, type, quote, detection, cueToken, cueSpan, cueLemma, null);
  }

  private Statement(Span span, QuoteType type, QuotedSpan quote, DetectionRule detection, int cueToken,
      Span cueSpan, String cueLemma, Span alsoReported) {
    this.span = span;
    this.type = type;
    this.quote = quote;
    this.detection = checkNotNull(detection, "detection");
    this.cueToken = cueToken;
    this.cueSpan = cueSpan;
    this.cueLemma = cueLemma;
    this.alsoReported = alsoReported;
  }

  /**
   * Returns the span.
   *
   * @return the span
   */
  public Span span() {
    return span;
  }

  /**
   * Returns the type.
   *
   * @return the type
   */
  public QuoteType type() {
    return type;
  }

  /**
   * Returns the quotation, for direct statements, else null.
   *
   * @return the quotation, for direct statements, else null
   */
  public QuotedSpan quote() {
    return quote;
  }

  /**
   * Returns the rule that found the statement.
   *
   * @return the detection rule
   */
  public DetectionRule detection() {
    return detection;
  }

  /**
   * Returns the token index of the cue word.
   *
   * @return the token index of the cue word, or -1 when the statement has no cue
   */
  public int cueToken() {
    return cueToken;
  }

  /**
   * Returns the span of the cue words when they are more than one token ("according to").
   *
   * @return the span of the cue words, or null when the cue is the token {@link #cueToken} alone
   */
  public Span cueSpan() {
    return cueSpan;
  }

  /**
   * Returns the lemma of the cue ("say", "according to").
   *
   * @return the cue's lemma, or null when it is that of the token {@link #cueToken}
   */
  public String cueLemma() {
    return cueLemma;
  }

  /**
   * A second statement of the same cue and speaker, after this one ("A, he said, and B": B), or
   * null. Detection makes it a statement of its own.
   */
  Span alsoReported() {
    return alsoReported;
  }

  /**
   * Returns a copy of another type, as detection makes when it finds a quoted fragment in
   * reported speech.
   *
   * @param newType the type of the copy
   * @return the copy; this statement is unchanged
   */
  public Statement withType(QuoteType newType) {
    return new Statement(span, newType, quote, detection, cueToken, cueSpan, cueLemma, alsoReported);
  }

  /**
   * Returns a copy with a cue.
   *
   * @param token the token index of the cue word, or -1 for none
   * @param words the span of the cue words when they are more than one token, else null
   * @param lemma the cue's lemma, or null for that of the token
   * @return the copy; this statement is unchanged
   */
  public Statement withCue(int token, Span words, String lemma) {
    return new Statement(span, type, quote, detection, token, words, lemma, alsoReported);
  }

  /** A copy that reports a second statement of the same cue and speaker at {@code second}. */
  Statement withAlsoReported(Span second) {
    return new Statement(span, type, quote, detection, cueToken, cueSpan, cueLemma, second);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Statement s && Objects.equals(span, s.span) && type == s.type && Objects.equals(quote, s.quote)
        && detection == s.detection && cueToken == s.cueToken && Objects.equals(cueSpan, s.cueSpan)
        && Objects.equals(cueLemma, s.cueLemma) && Objects.equals(alsoReported, s.alsoReported);
  }

  @Override
  public int hashCode() {
    return Objects.hash(span, type, quote, detection, cueToken, cueSpan, cueLemma, alsoReported);
  }

  @Override
  public String toString() {
    return type + " " + span + " cue=" + cueLemma + " detection=" + detection.id();
  }
}

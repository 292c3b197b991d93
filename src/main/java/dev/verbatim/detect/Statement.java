package dev.verbatim.detect;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;

/**
 * A statement found by detection, filled in by attribution. Mutable, confined to one extraction.
 */
public final class Statement {
  private final Span span;
  private QuoteType type;
  private final QuotedSpan quote;
  private final DetectionRule detection;
  /** Token index of the cue word, or -1. */
  public int cueToken = -1;
  /** Span of the cue words when they are more than one token ("according to"), or null. */
  public Span cueSpan;
  /** Lemma of the cue ("say", "according to"). */
  public String cueLemma;
  /** Token index of the head of the speaker's mention, or -1 while unknown. */
  public int speakerHead = -1;
  /** Id of the rule that found the speaker (or the statement). */
  public String rule = "none";
  /** Base confidence of the rule. */
  public double confidence = 0.3;
  /** A speaker taken over from another statement (continuations), or null. */
  public Statement speakerFrom;
  /**
   * Whether the statement has no speaker of its own in its sentence and takes the speaker of the
   * statement next to it, as a quotation without attribution does ("The court heard that ...").
   */
  public boolean speakerFromNeighbour;
  /**
   * A second statement of the same cue and speaker, after it ("A, he said, and B": B), or null.
   * Detection makes it a statement of its own.
   */
  Span alsoReported;

  /**
   * Creates an unattributed statement.
   *
   * @param span the statement's span
   * @param type its type
   * @param quote the quotation it is, for direct statements, else null
   * @param detection the rule that found it
   */
  public Statement(Span span, QuoteType type, QuotedSpan quote, DetectionRule detection) {
    this.span = span;
    this.type = type;
    this.quote = quote;
    this.detection = checkNotNull(detection, "detection");
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
   * Changes the type, as detection does when it finds a quoted fragment in reported speech.
   *
   * @param type the new type
   */
  public void type(QuoteType type) {
    this.type = type;
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
   * Returns whether a speaker mention or a speaker source is known.
   *
   * @return whether a speaker mention or a speaker source is known
   */
  public boolean attributed() {
    return speakerHead >= 0 || speakerFrom != null;
  }

  /**
   * Records who decided the speaker.
   *
   * @param head token of the speaker mention
   * @param rule rule id
   * @param confidence base confidence
   */
  public void attribute(int head, String rule, double confidence) {
    this.speakerHead = head;
    this.rule = rule;
    this.confidence = confidence;
  }

  @Override
  public String toString() {
    return type + " " + span + " cue=" + cueLemma + " head=" + speakerHead + " rule=" + rule + " detection=" + detection.id();
  }
}

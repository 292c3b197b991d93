package dev.verbatim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * One reported statement: what was said, how it was reported, who said it and where.
 *
 * <p>Immutable and thread-safe. Build instances with {@link #builder()}.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * for (Citation c : result.citations()) {
 *   String who = c.speaker().map(Speaker::name).orElse("unknown");
 *   System.out.printf("%s %s: %s%n", c.type(), who, c.text());
 * }
 * }</pre>
 */
public final class Citation {
  private final String text;
  private final Span span;
  private final QuoteType type;
  private final Speaker speaker;
  private final Mention mention;
  private final Cue cue;
  private final double confidence;
  private final String rule;
  private final DetectionRule detection;
  private final String sourceNote;

  private Citation(Builder b) {
    this.text = checkNotNull(b.text, "text");
    this.span = checkNotNull(b.span, "span");
    this.type = checkNotNull(b.type, "type");
    checkArgument(text.length() == span.length(),
        "text length %s does not match span %s", text.length(), span);
    checkArgument(b.confidence >= 0 && b.confidence <= 1,
        "confidence must be in [0, 1] but was %s", b.confidence);
    this.speaker = b.speaker;
    this.mention = b.mention;
    this.cue = b.cue;
    this.confidence = b.confidence;
    this.rule = checkNotNull(b.rule, "rule");
    this.detection = b.detection;
    this.sourceNote = b.sourceNote;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this citation's values, to derive a changed copy.
   *
   * @return a builder initialised from this citation
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.text = text;
    b.span = span;
    b.type = type;
    b.speaker = speaker;
    b.mention = mention;
    b.cue = cue;
    b.confidence = confidence;
    b.rule = rule;
    b.detection = detection;
    b.sourceNote = sourceNote;
    return b;
  }

  /**
   * Returns the statement as written; for direct quotes, the words inside the quotation marks.
   *
   * @return the statement text, equal to {@code span().in(documentText)}
   */
  public String text() {
    return text;
  }

  /**
   * Returns where the statement is in the caller's text.
   *
   * @return the statement's span
   */
  public Span span() {
    return span;
  }

  /**
   * Returns how the statement is reported.
   *
   * @return direct, indirect or mixed
   */
  public QuoteType type() {
    return type;
  }

  /**
   * Returns who made the statement.
   *
   * @return the speaker, or empty when Verbatim found none
   */
  public Optional<Speaker> speaker() {
    return Optional.ofNullable(speaker);
  }

  /**
   * Returns the mention the attribution rests on: the words nearest the statement that name or
   * refer to the speaker (a name, pronoun, role or organisation).
   *
   * @return the mention, or empty when there is no speaker
   */
  public Optional<Mention> mention() {
    return Optional.ofNullable(mention);
  }

  /**
   * Returns the words that introduce the statement ("said", "according to").
   *
   * @return the cue, or empty when the statement has none (an unattributed quotation)
   */
  public Optional<Cue> cue() {
    return Optional.ofNullable(cue);
  }

  /**
   * Returns how likely the record is right (statement and speaker), in [0, 1].
   *
   * @return the confidence
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Returns the id of the rule that decided the speaker, or that found the statement when no
   * speaker was found (for example {@code "cue-subject"} or {@code "adjacent-cue-after"};
   * {@code docs/records.md} lists them all).
   *
   * @return the deciding rule's id
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the detection rule that found the statement: the construction it was read from, such as
   * {@link DetectionRule#THAT_CLAUSE} or {@link DetectionRule#ADJACENT_CUE_AFTER}. Every citation
   * {@link QuoteExtractor} makes has one.
   *
   * @return the rule, or empty for a citation built or read without one (a record written before
   *     the field existed)
   */
  public Optional<DetectionRule> detection() {
    return Optional.ofNullable(detection);
  }

  /**
   * Returns the source note the article gives right after the statement, such as
   * "ministry briefing" from "(Citation: ministry briefing.)".
   *
   * @return the note, or empty when there is none
   */
  public Optional<String> sourceNote() {
    return Optional.ofNullable(sourceNote);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Citation)) {
      return false;
    }
    Citation c = (Citation) o;
    return text.equals(c.text) && span.equals(c.span) && type == c.type
        && Objects.equals(speaker, c.speaker) && Objects.equals(mention, c.mention)
        && Objects.equals(cue, c.cue) && Double.compare(confidence, c.confidence) == 0
        && rule.equals(c.rule) && detection == c.detection && Objects.equals(sourceNote, c.sourceNote);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, span, type, speaker, mention, cue, confidence, rule, detection, sourceNote);
  }

  @Override
  public String toString() {
    return type + " " + span + " " + (speaker == null ? "?" : speaker.name()) + ": \"" + text + "\"";
  }

  /** Builds {@link Citation}s. Not thread-safe. */
  public static final class Builder {
    private String text;
    private Span span;
    private QuoteType type;
    private Speaker speaker;
    private Mention mention;
    private Cue cue;
    private double confidence = 0.5;
    private String rule = "none";
    private DetectionRule detection;
    private String sourceNote;

    private Builder() {}

    /**
     * Sets the statement text and span.
     *
     * @param text the statement as written
     * @param span where it is; its length must equal the text's
     * @return this builder
     */
    public Builder statement(String text, Span span) {
      this.text = text;
      this.span = span;
      return this;
    }

    /**
     * Sets the type.
     *
     * @param type direct, indirect or mixed
     * @return this builder
     */
    public Builder type(QuoteType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the speaker and the mention the attribution rests on.
     *
     * @param speaker the speaker, or null for none
     * @param mention the mention, or null for none
     * @return this builder
     */
    public Builder speaker(Speaker speaker, Mention mention) {
      this.speaker = speaker;
      this.mention = mention;
      return this;
    }

    /**
     * Sets the cue.
     *
     * @param cue the cue, or null for none
     * @return this builder
     */
    public Builder cue(Cue cue) {
      this.cue = cue;
      return this;
    }

    /**
     * Sets the confidence.
     *
     * @param confidence a value in [0, 1]
     * @return this builder
     */
    public Builder confidence(double confidence) {
      this.confidence = confidence;
      return this;
    }

    /**
     * Sets the id of the deciding rule.
     *
     * @param rule the rule id
     * @return this builder
     */
    public Builder rule(String rule) {
      this.rule = rule;
      return this;
    }

    /**
     * Sets the detection rule that found the statement.
     *
     * @param detection the rule, or null for none
     * @return this builder
     */
    public Builder detection(DetectionRule detection) {
      this.detection = detection;
      return this;
    }

    /**
     * Sets the source note.
     *
     * @param sourceNote the note, or null for none
     * @return this builder
     */
    public Builder sourceNote(String sourceNote) {
      this.sourceNote = sourceNote;
      return this;
    }

    /**
     * Builds the citation.
     *
     * @return the citation
     * @throws NullPointerException if the statement, type or rule is missing
     * @throws IllegalArgumentException if the text does not fit the span or the confidence is out
     *     of range
     */
    public Citation build() {
      return new Citation(this);
    }
  }
}

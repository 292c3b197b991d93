package dev.verbatim.testing;

import dev.verbatim.Citation;
import dev.verbatim.Cue;
import dev.verbatim.DetectionRule;
import dev.verbatim.Diagnostic;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.MentionKind;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import java.util.List;
import java.util.Optional;

/** Hand-built extraction results for tests that must not depend on the real pipeline. */
public final class SampleResults {
  /** A short article with a direct, a split direct, an indirect and a mixed statement. */
  public static final String TEXT =
      "“We played well,” said Maria López, “but not well enough.”\n"
      + "She said the team would recover by spring.\n"
      + "According to the club, tickets had sold out.\n"
      + "López called the referee's decision \"a disgrace to the sport\" after the match.\n"
      + "\"Nobody saw it coming,\" the fans chanted.";

  private SampleResults() {}

  /**
   * Returns the span of the first occurrence of {@code part} in {@code text}.
   *
   * @param text the text
   * @param part a substring
   * @return its span
   */
  public static Span span(String text, String part) {
    int start = text.indexOf(part);
    if (start < 0) {
      throw new IllegalArgumentException("not in text: " + part);
    }
    return Span.of(start, start + part.length());
  }

  /**
   * Returns a result for {@link #TEXT} using every field of the format, including empty ones (the
   * last citation has no detection rule, as a record written before that field existed).
   *
   * @return the result
   */
  public static ExtractionResult full() {
    String t = TEXT;
    Mention maria = new Mention("Maria López", span(t, "Maria López"), MentionKind.NAME);
    Mention she = new Mention("She", span(t, "She"), MentionKind.PRONOUN);
    Mention lopez = new Mention("López", Span.of(t.indexOf("López called"),
        t.indexOf("López called") + 5), MentionKind.NAME);
    Mention club = new Mention("the club", span(t, "the club"), MentionKind.ORGANIZATION);
    Speaker lopezSpeaker = new Speaker("s1", "Maria López", SpeakerKind.PERSON,
        List.of(maria, she, lopez), List.of("Maria López", "López"), List.of("coach"),
        List.of("FC Example"), Optional.of(Gender.FEMALE));
    Speaker clubSpeaker = new Speaker("s2", "the club", SpeakerKind.ORGANIZATION, List.of(club),
        List.of("the club"), List.of(), List.of());
    Cue said = new Cue("said", "say", span(t, "said"));
    return new ExtractionResult(List.of(
        found(citation(t, "We played well,", QuoteType.DIRECT, lopezSpeaker, maria, said, 0.9,
            "adjacent-cue", null), DetectionRule.QUOTED_COMPLEMENT),
        found(citation(t, "but not well enough.", QuoteType.DIRECT, lopezSpeaker, maria, said, 0.85,
            "adjacent-cue", null), DetectionRule.ADJACENT_CUE_BEFORE),
        found(citation(t, "the team would recover by spring", QuoteType.INDIRECT, lopezSpeaker, she,
            new Cue("said", "say", Span.of(t.indexOf("She said") + 4, t.indexOf("She said") + 8)),
            0.7, "pronoun-subject", null), DetectionRule.THAT_CLAUSE),
        found(citation(t, "tickets had sold out", QuoteType.INDIRECT, clubSpeaker, club,
            new Cue("According to", "according to", span(t, "According to")), 0.6,
            "according-to", "club statement"), DetectionRule.ACCORDING_TO),
        found(citation(t, "the referee's decision \"a disgrace to the sport\"", QuoteType.MIXED,
            lopezSpeaker, lopez, new Cue("called", "call", span(t, "called")), 0.5,
            "cue-subject", null), DetectionRule.CUE_OBJECT),
        citation(t, "Nobody saw it coming,", QuoteType.DIRECT, null, null, null, 0.2, "none",
            null)),
        List.of(lopezSpeaker, clubSpeaker),
        List.of(new Diagnostic(Diagnostic.Kind.UNCLOSED_QUOTE, Span.of(0, 1), "no closing mark")));
  }

  /**
   * Builds a citation of {@code quote} in {@code text}.
   *
   * @return the citation
   */
  public static Citation citation(String text, String quote, QuoteType type, Speaker speaker,
      Mention mention, Cue cue, double confidence, String rule, String sourceNote) {
    return Citation.builder()
        .statement(quote, span(text, quote))
        .type(type)
        .speaker(speaker, mention)
        .cue(cue)
        .confidence(confidence)
        .rule(rule)
        .sourceNote(sourceNote)
        .build();
  }

  private static Citation found(Citation c, DetectionRule detection) {
    return c.toBuilder().detection(detection).build();
  }

  /**
   * Returns a person speaker with no mentions or extras.
   *
   * @param id the id
   * @param name the name
   * @return the speaker
   */
  public static Speaker person(String id, String name) {
    return new Speaker(id, name, SpeakerKind.PERSON, List.of(), List.of(name), List.of(),
        List.of());
  }
}

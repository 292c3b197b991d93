package dev.verbatim.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.Cue;
import dev.verbatim.Diagnostic;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Mention;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.detect.AttributionRule;
import dev.verbatim.detect.Diagnostics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The promises every {@link ExtractionResult} keeps whatever the text: each span lies in the text
 * and covers exactly the words it claims, citations come in document order without overlapping,
 * speakers are the ones the citations name, each citation's rule is one with a base confidence,
 * diagnostics are capped.
 */
public final class ResultInvariants {
  private ResultInvariants() {}

  /**
   * Asserts that {@code result} is consistent with the {@code text} it was extracted from.
   *
   * @param text the text given to the extractor
   * @param result what it returned
   */
  public static void assertConsistent(String text, ExtractionResult result) {
    Set<String> speakerIds = new HashSet<>();
    for (Speaker s : result.speakers()) {
      assertThat(speakerIds.add(s.id())).as("speaker ids are unique: %s", s.id()).isTrue();
      for (Mention m : s.mentions()) {
        assertCovers(text, m.span(), m.text(), "mention of speaker " + s.id());
      }
    }
    Span previous = null;
    for (Citation c : result.citations()) {
      assertCovers(text, c.span(), c.text(), "citation");
      assertThat(c.confidence()).as("confidence of %s", c).isBetween(0.0, 1.0);
      assertThat(AttributionRule.baseConfidences()).as("rule of %s", c).containsKey(c.rule());
      c.mention().ifPresent(m -> assertCovers(text, m.span(), m.text(), "mention of " + c));
      c.cue().ifPresent((Cue cue) -> assertCovers(text, cue.span(), cue.text(), "cue of " + c));
      c.speaker().ifPresent(s -> assertThat(result.speakers()).as("speakers").contains(s));
      if (previous != null) {
        assertThat(previous.compareTo(c.span())).as("citations in order: %s then %s", previous,
            c.span()).isLessThanOrEqualTo(0);
        assertThat(previous.overlaps(c.span())).as("citations overlap: %s and %s", previous,
            c.span()).isFalse();
      }
      previous = c.span();
    }
    assertDiagnostics(text, result.diagnostics());
  }

  /**
   * Asserts that diagnostics lie in the text and are capped, the count of those left out last.
   *
   * @param text the text
   * @param diagnostics its diagnostics
   */
  public static void assertDiagnostics(String text, List<Diagnostic> diagnostics) {
    assertThat(diagnostics.size()).as("diagnostics are capped")
        .isLessThanOrEqualTo(Diagnostics.DEFAULT_LIMIT + 1);
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      assertThat(d.span().end()).as("diagnostic %s lies in the text", d)
          .isLessThanOrEqualTo(text.length());
      assertThat(d.message()).as("diagnostic message").isNotBlank().doesNotContain("\n");
      if (d.kind() == Diagnostic.Kind.TOO_MANY_DIAGNOSTICS) {
        assertThat(i).as("the count of diagnostics left out comes last")
            .isEqualTo(diagnostics.size() - 1);
      }
    }
  }

  private static void assertCovers(String text, Span span, String words, String what) {
    assertThat(span.end()).as("%s %s lies in the text of length %s", what, span, text.length())
        .isLessThanOrEqualTo(text.length());
    assertThat(text.substring(span.start(), span.end())).as("%s at %s", what, span)
        .isEqualTo(words);
  }
}

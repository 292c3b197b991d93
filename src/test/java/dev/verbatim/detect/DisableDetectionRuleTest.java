package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.Cue;
import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.Speaker;
import dev.verbatim.testing.Extractors;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Switching a detection rule off removes the statements it found and nothing else. */
class DisableDetectionRuleTest {
  /** One statement per paragraph, each found by a different rule. */
  private static final String TEXT = "Ferry timetable to change\n\n"
      + "According to Inspector Kai Moller, two ferries were taken out of service in March.\n\n"
      + "The harbour minister, Lena Roos, said the channel would reopen on Friday.\n\n"
      + "The repairs will take another month, the operator Nordvik Lines said on Monday.\n\n"
      + "In the mayor's view, the new timetable came too late for the summer.\n\n"
      + "\"We are ready,\" said Ilse Brandt, the captain of the Solvik.\n";

  /** What a statement is, without what depends on the other statements (speaker ids, confidence). */
  private record Found(String text, String type, String speaker, String cue, String rule, DetectionRule detection) {
    static Found of(Citation c) {
      return new Found(c.text(), c.type().name(), c.speaker().map(Speaker::name).orElse(null),
          c.cue().map(Cue::text).orElse(null), c.rule(), c.detection().orElseThrow());
    }
  }

  private static List<Found> extract(QuoteExtractor extractor) {
    return extractor.extract(TEXT).citations().stream().map(Found::of).toList();
  }

  @Test
  void everyRuleIsOnByDefault() {
    assertThat(extract(Extractors.shared())).extracting(Found::detection).containsExactly(
        DetectionRule.ACCORDING_TO, DetectionRule.THAT_CLAUSE, DetectionRule.INVERTED_CUE,
        DetectionRule.VIEW_NOUN, DetectionRule.QUOTED_COMPLEMENT);
  }

  @ParameterizedTest
  @EnumSource(value = DetectionRule.class,
      names = {"ACCORDING_TO", "THAT_CLAUSE", "INVERTED_CUE", "VIEW_NOUN"})
  void switchingARuleOffRemovesItsStatementsAndNothingElse(DetectionRule rule) {
    List<Found> all = extract(Extractors.shared());

    try (QuoteExtractor without = QuoteExtractor.builder().disable(rule).build()) {
      assertThat(extract(without))
          .hasSize(all.size() - 1)
          .containsExactlyElementsOf(all.stream().filter(f -> f.detection() != rule).toList());
    }
  }

  @Test
  void aQuotationWhoseRuleIsOffIsLeftToTheRulesAfterIt() {
    try (QuoteExtractor noComplement = QuoteExtractor.builder().disable(DetectionRule.QUOTED_COMPLEMENT).build();
        QuoteExtractor noCue = QuoteExtractor.builder()
            .disable(DetectionRule.QUOTED_COMPLEMENT, DetectionRule.ADJACENT_CUE_AFTER).build()) {
      assertThat(extract(noComplement)).last().satisfies(f -> {
        assertThat(f.text()).isEqualTo("We are ready,");
        assertThat(f.detection()).isEqualTo(DetectionRule.ADJACENT_CUE_AFTER);
        assertThat(f.speaker()).isEqualTo("Ilse Brandt");
      });
      assertThat(extract(noCue)).last().satisfies(f -> {
        assertThat(f.text()).isEqualTo("We are ready,");
        assertThat(f.detection()).isEqualTo(DetectionRule.UNCUED_QUOTATION);
      });
    }
  }
}

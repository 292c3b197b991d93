package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationTest {

  @Test
  void buildsWithDefaults() {
    Citation c = Citation.builder().statement("We will win", Span.of(10, 21)).type(QuoteType.DIRECT).build();

    assertThat(c.text()).isEqualTo("We will win");
    assertThat(c.span()).isEqualTo(Span.of(10, 21));
    assertThat(c.type()).isEqualTo(QuoteType.DIRECT);
    assertThat(c.speaker()).isEmpty();
    assertThat(c.mention()).isEmpty();
    assertThat(c.cue()).isEmpty();
    assertThat(c.sourceNote()).isEmpty();
    assertThat(c.confidence()).isEqualTo(0.5);
    assertThat(c.rule()).isEqualTo("none");
    assertThat(c.detection()).isEmpty();
  }

  @Test
  void recordsTheDetectionRuleAndComparesByIt() {
    Citation c = valid().detection(DetectionRule.ACCORDING_TO).build();

    assertThat(c.detection()).contains(DetectionRule.ACCORDING_TO);
    assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c.toBuilder().detection(DetectionRule.VIEW_NOUN).build()).isNotEqualTo(c);
    assertThat(c.toBuilder().detection(null).build()).isNotEqualTo(c);
  }

  @Test
  void rejectsTextWhoseLengthDiffersFromTheSpanNamingBoth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Citation.builder().statement("We will win", Span.of(0, 5))
            .type(QuoteType.DIRECT).build())
        .withMessage("text length 11 does not match span [0, 5)");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, -1, 2, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsConfidenceOutsideZeroToOneNamingTheValue(double confidence) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> valid().confidence(confidence).build())
        .withMessage("confidence must be in [0, 1] but was %s", confidence);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.25, 1})
  void acceptsConfidenceFromZeroToOneInclusive(double confidence) {
    assertThat(valid().confidence(confidence).build().confidence()).isEqualTo(confidence);
  }

  @Test
  void rejectsMissingStatementTypeOrRuleNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> Citation.builder().type(QuoteType.DIRECT).build()).withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> Citation.builder().statement("ab", null).type(QuoteType.DIRECT).build())
        .withMessage("span");
    assertThatNullPointerException()
        .isThrownBy(() -> Citation.builder().statement("ab", Span.of(0, 2)).build()).withMessage("type");
    assertThatNullPointerException().isThrownBy(() -> valid().rule(null).build()).withMessage("rule");
  }

  @Test
  void toBuilderMakesAnEqualCopy() {
    Citation c = valid().confidence(0.9).rule("cue-subject").sourceNote("ministry briefing").build();

    assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
  }

  @Test
  void toBuilderDerivesAChangedCopyWithoutTouchingTheOriginal() {
    Citation c = valid().build();
    Citation changed = c.toBuilder().type(QuoteType.MIXED).build();

    assertThat(changed.type()).isEqualTo(QuoteType.MIXED);
    assertThat(c.type()).isEqualTo(QuoteType.DIRECT);
    assertThat(changed).isNotEqualTo(c);
  }

  @Test
  void citationsDifferingInConfidenceAreNotEqual() {
    assertThat(valid().confidence(0.4).build()).isNotEqualTo(valid().confidence(0.6).build());
  }

  @Test
  void toStringShowsTypeSpanAndText() {
    assertThat(valid().build()).hasToString("DIRECT [3, 5) ?: \"ab\"");
  }

  private static Citation.Builder valid() {
    return Citation.builder().statement("ab", Span.of(3, 5)).type(QuoteType.DIRECT);
  }
}

package dev.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final String TEXT = "abcdefghij".repeat(10);

  @Test
  void countsSpanEndToEndAttributionAndRulesAndSkipsOptionalGold() {
    Evaluation e = new GoldBuilder().document("d", TEXT)
        .gold(0, 10, "direct", "Ann Lee")
        .gold(20, 40, "indirect", "Bob Ray")
        .gold(50, 60, "mixed", "Cy Doe", true, null)
        .predict(0, 10, QuoteType.DIRECT, "Lee")
        .predict(20, 40, QuoteType.INDIRECT, "Carl Jones")
        .predict(50, 60, QuoteType.DIRECT, "Nobody")
        .predict(70, 80, QuoteType.DIRECT, null, null, "rule-b")
        .score(false);

    assertThat(e.overall()).isEqualTo(new TypeScores(2, 3, new Prf(0.6667, 1.0, 0.8),
        new Prf(0.3333, 0.5, 0.4), 0.5));
    assertThat(e.scores().get("direct")).isEqualTo(new TypeScores(1, 2,
        new Prf(0.5, 1.0, 0.6667), new Prf(0.5, 1.0, 0.6667), 1.0));
    assertThat(e.scores().get("indirect")).isEqualTo(new TypeScores(1, 1,
        new Prf(1.0, 1.0, 1.0), new Prf(0.0, 0.0, 0.0), 0.0));
    assertThat(e.scores().get("mixed")).isEqualTo(new TypeScores(0, 0,
        new Prf(0.0, 0.0, 0.0), new Prf(0.0, 0.0, 0.0), 0.0));
    assertThat(e.rules()).containsExactly(new RuleScores("rule-a", 2, 2, 1),
        new RuleScores("rule-b", 1, 0, 0));
    assertThat(e.rules().get(0).endToEndPrecision()).isEqualTo(0.5);
    assertThat(e.errors()).extracting(ScoringError::toString).containsExactly(
        "d: WRONG SPEAKER gold='Bob Ray' pred='Carl Jones' :: '" + TEXT.substring(20, 40)
            + "'",
        "d: SPURIOUS (direct, None) :: '" + TEXT.substring(70, 80) + "'");
  }

  @Test
  void countsWhatEachDetectionRuleFoundAndHowMuchOfItMatchedGold() {
    Evaluation e = new GoldBuilder().document("d", TEXT)
        .gold(0, 10, "direct", "Ann Lee")
        .gold(20, 40, "indirect", "Bob Ray")
        .predict(0, 10, QuoteType.DIRECT, "Lee", null, "cue-subject", DetectionRule.QUOTED_COMPLEMENT)
        .predict(20, 40, QuoteType.INDIRECT, "Carl Jones", null, "cue-subject", DetectionRule.THAT_CLAUSE)
        .predict(50, 60, QuoteType.INDIRECT, "Ann Lee", null, "cue-subject", DetectionRule.THAT_CLAUSE)
        .predict(70, 80, QuoteType.DIRECT, null, null, "none")
        .score(false);

    assertThat(e.detections()).containsExactly(new RuleScores("that-clause", 2, 1, 0),
        new RuleScores("quoted-complement", 1, 1, 1), new RuleScores("unknown", 1, 0, 0));
    assertThat(e.rules()).containsExactly(new RuleScores("cue-subject", 3, 2, 1),
        new RuleScores("none", 1, 0, 0));
  }

  @Test
  void predictedMentionOverlappingTheGoldSpeakerSpanIsRightWhateverTheName() {
    Evaluation e = new GoldBuilder().document("d", TEXT)
        .gold(20, 40, "indirect", "Ann Lee", false, Span.of(0, 7))
        .predict(20, 40, QuoteType.INDIRECT, "the minister", Span.of(4, 12), "r")
        .score(false);

    assertThat(e.overall().endToEnd()).isEqualTo(new Prf(1.0, 1.0, 1.0));
    assertThat(e.errors()).isEmpty();
  }

  @Test
  void goldWithoutPredictionsIsMissedUnlessOnlyPredictedIdsAreScored() {
    GoldBuilder b = new GoldBuilder()
        .goldOnly("unpredicted", TEXT).gold(0, 10, "direct", "Ann Lee")
        .document("d", TEXT).gold(0, 10, "direct", "Ann Lee")
        .predict(0, 10, QuoteType.DIRECT, "Ann Lee")
        .predictedOnly("extra", TEXT).predict(0, 10, QuoteType.DIRECT, "X");

    assertThat(b.score(false).overall().span()).isEqualTo(new Prf(1.0, 0.5, 0.6667));
    assertThat(b.score(true).overall().span()).isEqualTo(new Prf(1.0, 1.0, 1.0));
  }

  @Test
  void roundsHalfToEvenOnTheBinaryValueAsPythonDoes() {
    assertThat(Prf.round4(0.00005)).isEqualTo(0.0001);
    assertThat(Prf.round4(0.12345)).isEqualTo(0.1235);
    assertThat(Prf.round4(2.0 / 3)).isEqualTo(0.6667);
    assertThat(Prf.round4(1.0)).isEqualTo(1.0);
  }
}

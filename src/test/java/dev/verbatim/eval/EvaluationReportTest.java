package dev.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {
  private static final String TEXT = "abcdefghij".repeat(10);
  private final Evaluation evaluation = new GoldBuilder().document("d", TEXT)
      .gold(0, 10, "direct", "Ann Lee")
      .gold(20, 40, "indirect", "Bob Ray")
      .predict(0, 10, QuoteType.DIRECT, "Lee", null, "rule-a", DetectionRule.ADJACENT_CUE_AFTER)
      .predict(20, 40, QuoteType.INDIRECT, "Carl Jones", null, "rule-a", DetectionRule.THAT_CLAUSE)
      .predict(70, 80, QuoteType.DIRECT, null, null, "rule-b", DetectionRule.UNCUED_QUOTATION)
      .score(false);

  @Test
  void tableHasARowPerTypeARowPerRuleAndTheFirstErrors() {
    String table = EvaluationReport.table(evaluation, 1);

    assertThat(table.lines().toList()).contains(
        "all           2     3   0.6667 1.0000 0.8000   0.3333 0.5000 0.4000   0.5000",
        "mixed         0     0   0.0000 0.0000 0.0000   0.0000 0.0000 0.0000   0.0000",
        "rule-a                       2   1.0000       0.5000",
        "detection rule           found matched   span P end-to-end P",
        "adjacent-cue-after           1       1   1.0000       1.0000",
        "that-clause                  1       1   1.0000       0.0000",
        "uncued-quotation             1       0   0.0000       0.0000",
        "errors (1 of 2):");
    assertThat(table).contains("  d: WRONG SPEAKER").doesNotContain("SPURIOUS");
  }

  @Test
  void tableLeavesOutErrorsWhenNoneAreAskedFor() {
    assertThat(EvaluationReport.table(evaluation, 0)).doesNotContain("errors");
  }

  @Test
  void jsonHoldsScoresRulesAndErrors() {
    JsonNode json = EvaluationReport.json(evaluation, 5);

    assertThat(json.get("scores").get("all").toString()).isEqualTo(
        "{\"gold\":2,\"pred\":3,\"span\":[0.6667,1.0,0.8],\"end_to_end\":[0.3333,0.5,0.4],"
            + "\"attribution_accuracy\":0.5}");
    assertThat(json.get("rules").get("rule-b").toString()).isEqualTo(
        "{\"predictions\":1,\"span_correct\":0,\"end_to_end_correct\":0,\"span_precision\":0.0,"
            + "\"end_to_end_precision\":0.0}");
    assertThat(json.get("detections").get("that-clause").toString()).isEqualTo(
        "{\"predictions\":1,\"span_correct\":1,\"end_to_end_correct\":0,\"span_precision\":1.0,"
            + "\"end_to_end_precision\":0.0}");
    assertThat(json.get("error_count").asInt()).isEqualTo(2);
    assertThat(json.get("errors").get(1).toString()).isEqualTo(
        "{\"document\":\"d\",\"kind\":\"spurious\",\"type\":\"direct\",\"gold_speaker\":null,"
            + "\"predicted_speaker\":null,\"start\":70,\"end\":80,\"text\":\"abcdefghij\"}");
  }
}

package dev.verbatim.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.detect.AttributionRule;
import dev.verbatim.detect.Detected;
import dev.verbatim.detect.QuotedSpan;
import dev.verbatim.detect.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attributions are values apart from the statements; a sieve's decision replaces the old value. */
class AttributionTest {
  private static Statement quotation(int start) {
    QuotedSpan q = new QuotedSpan(start - 1, start + 20, Span.of(start, start + 20), 0, 1);
    return new Statement(q.content(), QuoteType.DIRECT, q, DetectionRule.UNCUED_QUOTATION);
  }

  @Test
  void detectionGivesTheStartingAttribution() {
    Statement st = quotation(10);
    Statement heard = new Statement(Span.of(40, 80), QuoteType.INDIRECT, null, DetectionRule.COURT_HEARD);

    Attribution cued = Attribution.of(Detected.attributed(st, 4, AttributionRule.ADJACENT_CUE_AFTER));
    Attribution neighbour = Attribution.of(new Detected(heard, -1, AttributionRule.UNATTRIBUTED, true));

    assertThat(cued).isEqualTo(new Attribution(4, AttributionRule.ADJACENT_CUE_AFTER, -1, false));
    assertThat(cued.attributed()).isTrue();
    assertThat(neighbour.attributed()).isFalse();
    assertThat(neighbour.speakerFromNeighbour()).isTrue();
  }

  @Test
  void withSpeakerReturnsANewValueAndLeavesTheOldOneUnchanged() {
    Attribution none = Attribution.of(Detected.unattributed(quotation(10)));

    Attribution decided = none.withSpeaker(7, AttributionRule.COLON_INTRO);

    assertThat(decided).isNotSameAs(none).isNotEqualTo(none);
    assertThat(decided.speakerHead()).isEqualTo(7);
    assertThat(decided.rule()).isEqualTo(AttributionRule.COLON_INTRO);
    assertThat(decided.attributed()).isTrue();
    assertThat(none).isEqualTo(new Attribution(-1, AttributionRule.UNATTRIBUTED, -1, false));
    assertThat(none.attributed()).isFalse();
  }

  @Test
  void withSpeakerFromReturnsANewValueAndLeavesTheOldOneUnchanged() {
    Attribution none = new Attribution(-1, AttributionRule.UNATTRIBUTED, -1, true);

    Attribution taken = none.withSpeakerFrom(2, AttributionRule.NEXT_STATEMENT);

    assertThat(taken).isEqualTo(new Attribution(-1, AttributionRule.NEXT_STATEMENT, 2, true));
    assertThat(taken.attributed()).isTrue();
    assertThat(none.speakerFrom()).isEqualTo(-1);
    assertThat(none.rule()).isEqualTo(AttributionRule.UNATTRIBUTED);
  }

  @Test
  void theTableKeepsStatementsAndAttributionsApart() {
    Statement first = quotation(10);
    Statement second = quotation(50);
    Attributions table = new Attributions(List.of(
        Detected.attributed(first, 3, AttributionRule.ADJACENT_CUE_AFTER), Detected.unattributed(second)));

    table.set(1, table.get(1).withSpeakerFrom(0, AttributionRule.SAME_PARAGRAPH));

    assertThat(table.size()).isEqualTo(2);
    assertThat(table.statements()).containsExactly(first, second);
    assertThat(table.statement(1)).isSameAs(second);
    assertThat(table.get(1).rule()).isEqualTo(AttributionRule.SAME_PARAGRAPH);
    assertThat(table.source(1)).isEqualTo(0);
    assertThat(table.source(0)).isEqualTo(0);
    assertThat(second.cueToken()).isEqualTo(-1);
  }

  @Test
  void aChangedStatementReplacesTheOldOneAndLeavesItUnchanged() {
    Statement st = quotation(10);
    Attributions table = new Attributions(List.of(Detected.unattributed(st)));

    table.replace(0, st.withCue(9, null, "deliver"));

    assertThat(table.statement(0).cueLemma()).isEqualTo("deliver");
    assertThat(table.statement(0).cueToken()).isEqualTo(9);
    assertThat(st.cueToken()).isEqualTo(-1);
    assertThat(st.cueLemma()).isNull();
    assertThatIllegalArgumentException().isThrownBy(() -> table.replace(0, quotation(60)));
  }

  @Test
  void theStatementListIsReadOnly() {
    Attributions table = new Attributions(List.of(Detected.unattributed(quotation(10))));

    assertThatThrownBy(() -> table.statements().set(0, quotation(10)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theSievesRecordTheirOwnRuleIds() {
    assertThat(AttributionRule.byId(new RemarkAgentSieve().id())).isEqualTo(AttributionRule.REMARK_AGENT);
    assertThat(AttributionRule.byId(new ColonIntroSieve().id())).isEqualTo(AttributionRule.COLON_INTRO);
  }
}

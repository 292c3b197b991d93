package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link AttributionRule} is the one table of the deciding rules: every rule the pipeline can record
 * has an id and a base confidence there.
 */
class AttributionRuleTableTest {
  @Test
  void everyRuleHasABaseConfidenceInTheTable() {
    Set<String> ids = Arrays.stream(AttributionRule.values()).map(AttributionRule::id).collect(Collectors.toSet());

    assertThat(AttributionRule.baseConfidences().keySet()).isEqualTo(ids);
    for (AttributionRule r : AttributionRule.values()) {
      assertThat(AttributionRule.baseConfidences().get(r.id())).as(r.id()).isEqualTo(r.baseConfidence());
      assertThat(r.baseConfidence()).as(r.id()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
    }
  }

  @Test
  void idsAreDistinctLowerCaseWords() {
    assertThat(Arrays.stream(AttributionRule.values()).map(AttributionRule::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
  }

  @Test
  void eachIdNamesItsRule() {
    for (AttributionRule r : AttributionRule.values()) {
      assertThat(AttributionRule.byId(r.id())).isSameAs(r);
    }
    assertThatIllegalArgumentException().isThrownBy(() -> AttributionRule.byId("none"));
  }

  @Test
  void aStatementWithoutASpeakerWeighsNoMoreThanAnyRule() {
    double none = AttributionRule.UNATTRIBUTED.baseConfidence();
    assertThat(none).isEqualTo(0.3);
    assertThat(Arrays.stream(AttributionRule.values()).mapToDouble(AttributionRule::baseConfidence))
        .allMatch(c -> c >= none);
  }
}

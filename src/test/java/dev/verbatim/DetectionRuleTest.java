package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DetectionRuleTest {

  @Test
  void idsAreDistinctLowerCaseAndHyphenated() {
    assertThat(Arrays.stream(DetectionRule.values()).map(DetectionRule::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
  }

  @Test
  void fromIdFindsEachRuleInAnyCase() {
    for (DetectionRule r : DetectionRule.values()) {
      assertThat(DetectionRule.fromId(r.id())).isSameAs(r);
      assertThat(DetectionRule.fromId(r.id().toUpperCase(java.util.Locale.ROOT))).isSameAs(r);
    }
  }

  @Test
  void anUnknownIdIsRejectedWithTheListOfIds() {
    assertThatIllegalArgumentException().isThrownBy(() -> DetectionRule.fromId("hunch"))
        .withMessageStartingWith("unknown detection rule \"hunch\"; the rules are interview-label, ")
        .withMessageContaining("that-clause")
        .withMessageEndingWith("uncued-quotation");
  }
}

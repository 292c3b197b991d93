package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.DetectionRule;
import dev.verbatim.testing.Extractors;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each detection rule finds the example its Javadoc gives (the examples are written for Verbatim;
 * "¶" there is a paragraph break).
 */
class DetectionRuleExamplesTest {
  private static final Map<DetectionRule, String> EXAMPLES = new EnumMap<>(Map.ofEntries(
      Map.entry(DetectionRule.INTERVIEW_LABEL, "The mill owner Ada Okoro spoke to us.\n\n"
          + "Q: Will the mill close?\n\nOkoro: We never planned to close the mill.\n\n"
          + "Q: And the staff?\n\nOkoro: They stay."),
      Map.entry(DetectionRule.INTERVIEW_TURN, "Ada Okoro spoke to us about the mill. The interview "
          + "was edited for length.\n\nWhy now?\n\nBecause the lease runs out in May.\n\n"
          + "Will you stay in town?\n\nYes, my family is here.\n\nWhat next?\n\nA new mill, I hope."),
      Map.entry(DetectionRule.THAT_CLAUSE, "The minister said the channel would reopen on Friday."),
      Map.entry(DetectionRule.MISPARSED_COMPLEMENT,
          "Ms Varro warned the toll, which rose in March, would rise again."),
      Map.entry(DetectionRule.SURFACE_COMPLEMENT,
          "That was the message from Mr Hollis, who also said there would be no layoffs this year."),
      Map.entry(DetectionRule.INVERTED_CUE, "The ferry will run all winter, the operator said on Monday."),
      Map.entry(DetectionRule.AS_CLAUSE, "As Lara Quint noted, the fund is solvent."),
      Map.entry(DetectionRule.CUE_OBJECT, "Mr Pell called the scheme “a lottery”."),
      Map.entry(DetectionRule.QUOTED_AS_SAYING,
          "The agency quoted Lund as saying that the border would stay shut."),
      Map.entry(DetectionRule.PARTICIPLE_CONTINUATION,
          "Tamsin Hale praised the staff, adding that the ward would stay open."),
      Map.entry(DetectionRule.SURFACE_SUBJECT, "Voicing the growers' view, Arnau Pique, who farms "
          + "near Lleida, stated that prices were unfair."),
      Map.entry(DetectionRule.ACCORDING_TO, "According to Inspector Kai Moller, two boats were missing."),
      Map.entry(DetectionRule.VIEW_NOUN, "In the governor's view, the audit came too late."),
      Map.entry(DetectionRule.POSITION_IS_THAT,
          "The union's position is that no member will work unpaid overtime."),
      Map.entry(DetectionRule.STANCE, "The inspectors expressed concern that records were lost."),
      Map.entry(DetectionRule.STANCE_ADJECTIVE,
          "Councillor Abbas is convinced that the bridge is unsafe."),
      Map.entry(DetectionRule.COURT_HEARD, "The jury heard that the van had no brakes."),
      Map.entry(DetectionRule.REPORTED_QUESTION,
          "Ms Okafor asked whether she had raised concerns about staffing."),
      Map.entry(DetectionRule.QUOTED_COMPLEMENT, "“We are ready,” said Ilse Brandt."),
      Map.entry(DetectionRule.ADJACENT_CUE_AFTER, "“We are ready.” Ilse Brandt said."),
      Map.entry(DetectionRule.ADJACENT_CUE_BEFORE, "Brandt asked: “Are we ready?”"),
      Map.entry(DetectionRule.SPEAKER_LABEL, "Coach Ferris: “We were second best.”"),
      Map.entry(DetectionRule.UNCUED_QUOTATION,
          "Ilse Brandt left the pitch. “We were second best for an hour.”")));

  @ParameterizedTest
  @EnumSource(DetectionRule.class)
  void eachRuleFindsItsExample(DetectionRule rule) {
    assertThat(EXAMPLES).containsKey(rule);

    assertThat(Extractors.shared().extract(EXAMPLES.get(rule)).citations())
        .extracting(Citation::detection)
        .contains(Optional.of(rule));
  }
}

package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Speaker;
import dev.verbatim.testing.Extractors;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Printed question-and-answer interviews whose labels are names (original text). */
class LabelledInterviewTest {
  private static final String TEXT = "Q&A: The beekeeper counting every hive in the valley\n\n"
      + "Morag Leckie has kept bees above Glen Tarrin for thirty years. She spoke to Harvest about the winter losses.\n\n"
      + "Harvest: How many colonies did you lose this winter?\n\n"
      + "Leckie: Eleven out of forty. That is the worst year I have had, and I have had some bad ones.\n\n"
      + "Harvest: What went wrong?\n\n"
      + "Leckie: A wet autumn, then a cold snap in March. The bees ate through their stores before the heather flowered.\n\n"
      + "Harvest: Will you rebuild?\n\n"
      + "Leckie: Of course. You do not stop because of one winter.";

  @Test
  void answersAreTheIntervieweesAndQuestionsTheLabelThatAsks() {
    ExtractionResult r = Extractors.shared().extract(TEXT);
    List<Citation> turns = r.citations().stream().filter(c -> c.rule().equals("interview-label")).toList();
    assertThat(turns).hasSize(6);
    assertThat(turns).filteredOn(c -> c.text().startsWith("Eleven out of forty"))
        .singleElement().satisfies(c -> assertThat(c.speaker().map(Speaker::name)).contains("Morag Leckie"));
    assertThat(turns).filteredOn(c -> c.text().startsWith("What went wrong"))
        .singleElement().satisfies(c -> assertThat(c.speaker().map(Speaker::name)).contains("Harvest"));
  }
}

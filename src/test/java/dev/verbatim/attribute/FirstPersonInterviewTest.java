package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/** A profile written in the first person: the writer's questions and the subject's answers (original text). */
class FirstPersonInterviewTest {
  private static final String TEXT = "Cutting wood: a clockmaker at 80\n\n"
      + "By Lorna Keswick\n\n"
      + "Arthur Penwarden's workshop sits behind a bakery in Lostwithiel, and he still opens it at seven "
      + "every morning.\n\n"
      + "\"Mind the pendulum,\" he says as I come in. \"It bites.\"\n\n"
      + "I ask him whether he minds that most of his customers want quartz movements now.\n\n"
      + "\"Not in the slightest. Quartz keeps time. I keep clocks.\" He wipes his hands on his apron. "
      + "\"Those are different jobs, and only one of them is mine.\"\n\n"
      + "\"How long does a long-case clock take you?\" I ask.\n\n"
      + "\"A winter, if nobody rings. Two, if they do.\"\n\n"
      + "He as good as suggested I take up knitting instead, I think, when I mentioned retirement.";

  @Test
  void theWritersQuestionsAreTheBylinesAndTheAnswersTheSubjects() {
    ExtractionResult r = Extractors.shared().extract(TEXT);
    assertThat(speakerOf(r, "whether he minds")).isEqualTo("Lorna Keswick");
    assertThat(speakerOf(r, "Not in the slightest")).isEqualTo("Arthur Penwarden");
    // the rest of the answer's paragraph goes with the answer
    assertThat(speakerOf(r, "Those are different jobs")).isEqualTo("Arthur Penwarden");
    assertThat(speakerOf(r, "How long does")).isEqualTo("Lorna Keswick");
    assertThat(speakerOf(r, "A winter, if nobody rings")).isEqualTo("Arthur Penwarden");
  }

  @Test
  void theWritersOwnNarrativeInTheFirstPersonIsNoStatement() {
    ExtractionResult r = Extractors.shared().extract(TEXT);
    assertThat(r.citations()).noneMatch(c -> c.text().contains("take up knitting"));
  }
}

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
  @Test
  void theAnswerToAQuestionAboutHerIsHersNotTheLastPersonNamed() {
    String text = "A potter at the edge of the marsh\n\n"
        + "By Megan Aldous\n\n"
        + "Harriet Vane-Oakes works in a converted boathouse. Her husband, Dermot Oakes, keeps bees behind it.\n\n"
        + "\"She won't let me near the wheel,\" Oakes says from the doorway. \"Not since the incident.\"\n\n"
        + "\"There was no incident.\"\n\n"
        + "\"There was a small incident.\"\n\n"
        + "We walk down to the kiln. I ask why she still fires with wood when gas would be cheaper.\n\n"
        + "\"Because the ash does things to the glaze that I could never plan. I like not knowing.\"\n";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "why she still fires")).isEqualTo("Megan Aldous");
    assertThat(speakerOf(r, "Because the ash")).isEqualTo("Harriet Vane-Oakes");
  }

  @Test
  void aHeadlineEndingInAQuestionIsNotTheLedeAndTheBylinesNameIsTheWriter() {
    // a two-sentence headline whose first sentence is a question; a byline of two words the
    // tagger may read as an organisation; the son named by first name alone later
    String text = "Cider, cabins or calves? On a Shropshire smallholding, two generations disagree\n\n"
        + "By Eirys Mabbutt\n\n"
        + "Glenys Tranter has kept cattle on the slope above Clun for thirty years. Her son, Cadfael "
        + "Tranter, came home from college last spring with a folder of plans.\n\n"
        + "\"The cows pay the bills,\" she says. \"They always have.\"\n\n"
        + "\"So what would pay them instead?\" I ask.\n\n"
        + "\"Cabins. People will pay to wake up on a farm,\" Cadfael says.\n\n"
        + "Later, over tea, I ask Glenys whether she could live with strangers in the top field.\n";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "So what would pay them")).isEqualTo("Eirys Mabbutt");
    assertThat(speakerOf(r, "whether she could live")).isEqualTo("Eirys Mabbutt");
    assertThat(speakerOf(r, "Cabins. People will pay")).isEqualTo("Cadfael Tranter");
  }
}

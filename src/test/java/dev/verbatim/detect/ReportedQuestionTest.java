package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.DetectionRule;
import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteType;
import dev.verbatim.Speaker;
import dev.verbatim.testing.Extractors;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Questions reported in the reporter's words are statements of the one who asks. */
class ReportedQuestionTest {
  private static List<Citation> questions(String text) {
    ExtractionResult r = Extractors.shared().extract(text);
    return r.citations().stream()
        .filter(c -> c.detection().equals(Optional.of(DetectionRule.REPORTED_QUESTION)))
        .toList();
  }

  private static String speaker(Citation c) {
    return c.speaker().map(Speaker::name).orElse("");
  }

  @Test
  void askedWhetherIsTheAskersIndirectStatement() {
    List<Citation> found = questions("The coroner, Graham Tolley, heard from the manager. "
        + "Mr Tolley asked whether the home had used its on-call arrangement that night.");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("whether the home had used its on-call arrangement that night");
    assertThat(found.get(0).type()).isEqualTo(QuoteType.INDIRECT);
    assertThat(speaker(found.get(0))).isEqualTo("Graham Tolley");
  }

  @Test
  void aParticipleOfAskingAfterAClauseIsItsSubjectsQuestion() {
    String text = "Committee grills ministers\n\n"
        + "The committee chair, Dame Harriet Loxley, opened the session.\n\n"
        + "Dame Harriet pounced, asking Mr Pemberton whether he agreed with his official.\n";
    List<Citation> found = questions(text);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("whether he agreed with his official");
    // "Dame Harriet" is the first name of "Dame Harriet Loxley": one speaker.
    assertThat(speaker(found.get(0))).isEqualTo("Dame Harriet Loxley");
  }

  @Test
  void thePersonAskedIsNotTheSpeaker() {
    List<Citation> found = questions(
        "Colleen Hardesty asked Raymond Dunleavy why the city had not found a new developer in two years.");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).startsWith("why the city");
    assertThat(speaker(found.get(0))).isEqualTo("Colleen Hardesty");
  }

  @Test
  void aPassiveWithAnAgentIsTheAgents() {
    List<Citation> found = questions("Asked by Senator Lachlan Voss whether she had read the brief, "
        + "the minister said she had read the summary.");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).startsWith("whether she had read the brief");
    assertThat(speaker(found.get(0))).isEqualTo("Lachlan Voss");
  }

  @Test
  void aPassiveWithNoAgentNamesNoAskerAndGivesNoQuestion() {
    ExtractionResult r = Extractors.shared().extract(
        "Asked whether residents had been warned, Ms Pryce said letters went out in May.");

    assertThat(r.citations()).extracting(c -> c.detection().orElse(null))
        .doesNotContain(DetectionRule.REPORTED_QUESTION);
    assertThat(r.citations()).extracting(Citation::text).containsExactly("letters went out in May");
  }

  @Test
  void askingForSomethingIsNotAQuestion() {
    assertThat(questions("Mr Baird asked the council for a second ferry in the winter months.")).isEmpty();
  }

  @Test
  void aQuotedQuestionKeepsItsCue() {
    ExtractionResult r = Extractors.shared().extract("Lena Marsh looked at the map. “When?” she asked.");

    assertThat(r.citations()).hasSize(1);
    assertThat(r.citations().get(0).text()).isEqualTo("When?");
    assertThat(r.citations().get(0).cue().map(cue -> cue.text())).contains("asked");
  }

  @Test
  void aQuestionTheParseLostIsReadFromTheWords() {
    List<Citation> found = questions("Debate\n\n"
        + "The mayor faced two rivals on Tuesday.\n\n"
        + "Haymore opened by asking Ochoa whether she would put the stadium agreement to a public vote.\n\n"
        + "The sharpest moment came near the end, when Haymore asked each candidate what one of their "
        + "opponents had done well.\n");
    assertThat(found).extracting(Citation::text).containsExactly(
        "whether she would put the stadium agreement to a public vote",
        "what one of their opponents had done well");
    assertThat(found).extracting(ReportedQuestionTest::speaker).containsOnly("Haymore");
  }

  @Test
  void whenAskedWithNoSubjectIsAQuestionPutToTheSubject() {
    assertThat(questions("Greystone won 3-1.\n\nTheir manager, Carla Benning, became emotional when asked "
        + "what the win meant.\n")).isEmpty();
  }

  @Test
  void wantingToKnowIsAsking() {
    List<Citation> found = questions("Phone-in\n\n"
        + "A caller from Fenwick, Alan Brook, wanted to know whether the council would still collect Christmas trees.\n");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("whether the council would still collect Christmas trees");
    assertThat(speaker(found.get(0))).isEqualTo("Alan Brook");
  }

  @Test
  void aQuestionAnnouncedWithAColonIsTheAskers() {
    List<Citation> found = questions("Fraud trial\n\n"
        + "In re-examination, Ms Dunmore asked the witness only one question: why he had kept both ledgers.\n");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("why he had kept both ledgers");
  }
}

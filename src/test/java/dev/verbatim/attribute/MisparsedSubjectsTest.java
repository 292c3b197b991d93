package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/**
 * Speakers and statements the dependency parse gets wrong in common constructions of news copy:
 * long appositions, relative clauses, parenthetical cues, companies named like people (original
 * text).
 */
class MisparsedSubjectsTest {
  @Test
  void aNameTheParserHungOnTheRoleBeforeItIsTheSpeaker() {
    String text = "Studio sessions\n\n"
        + "The band's third record was made in a converted barn over one wet winter.\n\n"
        + "The producer Ines Okafor, who recorded the album over five weeks at her studio in Carver City, "
        + "said the tension was audible on early takes.\n\n"
        + "The record is out on Friday.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the tension was audible")).isEqualTo("Ines Okafor");
  }

  @Test
  void aGestureVerbTaggedAsANounStillHasItsSubject() {
    String text = "Master and apprentice at the boatyard\n\n"
        + "Aled Prothero says the yard will never build in fibreglass. His apprentice, Gethin Lloyd, thinks it will "
        + "have to.\n\n"
        + "Aled says it will happen over his dead body.\n\n"
        + "Gethin only grins. \u2018He says that about everything.\u2019\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "He says that about")).startsWith("Gethin");
  }

  @Test
  void aNameAfterTheVerbFollowedByAParticipleIsTheSpeaker() {
    String text = "Last day at the forge\n\n"
        + "On Saturday the forge passes to his apprentice, Dylan Roper.\n\n"
        + "\u201cI never meant to stay forty years,\u201d said Mr Tanswell, 71, in a workshop already "
        + "half packed into crates. \u201cI meant to stay one winter.\u201d\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "I never meant to stay")).isEqualTo("Tanswell");
  }

  @Test
  void whoAfterAnOrganisationInAppositionIsThePersonNamedFirst() {
    String text = "Warehouse fire trial\n\n"
        + "The jury heard from Dr Alan Pemberton, a fire investigator instructed by the insurer, "
        + "Harbour Mutual, who said he had found traces of diesel in four places.\n\n"
        + "The trial continues.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "he had found traces")).isEqualTo("Alan Pemberton");
  }

  @Test
  void anOrganisationInsideAPrepositionalPhraseIsNotTheSubject() {
    String text = "Courier bitten\n\n"
        + "A dog owner was fined on Monday.\n\n"
        + "Outside court, Gail Norris, a regional officer for the Freight and Parcels Union, of which "
        + "the courier is a member, said attacks on drivers had become routine.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "attacks on drivers")).isEqualTo("Gail Norris");
  }

  @Test
  void aParentheticalCueNamesTheSpeakerNotTheSubjectItInterrupts() {
    String text = "Senate race\n\n"
        + "Senator Tom Olsen trails by four points. Maria Delgado, a spokeswoman for his campaign, "
        + "rejected the poll.\n\n"
        + "Olsen, she said in an email, had \u201cnever ducked a debate in his life\u201d and would "
        + "visit every county.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "had \u201cnever ducked")).isEqualTo("Maria Delgado");
  }

  @Test
  void saidInAStatementThatIntroducesWhatWasSaid() {
    String text = "Tile maker to close plant\n\n"
        + "Brantwell Ceramics is to close its oldest factory with the loss of 200 jobs.\n\n"
        + "The company said in a statement that production at Mossley in Derbyshire, where tiles have "
        + "been made since 1902, would move to its larger sites at Ilkeston and at Brno in the Czech "
        + "Republic by the end of next year.\n\n"
        + "Lucy Harrop, the union\u2019s general secretary, said members were angry.\n\n"
        + "\u201cThey heard it from a press release,\u201d the union\u2019s leader said.\n\n"
        + "Where Brantwell goes next is unclear.";
    ExtractionResult r = Extractors.shared().extract(text);
    Citation production = r.citations().stream().filter(c -> c.text().contains("production at Mossley"))
        .findFirst().orElseThrow();
    assertThat(production.text()).startsWith("production at Mossley").endsWith("by the end of next year");
    assertThat(speakerOf(r, "production at Mossley")).isEqualTo("Brantwell Ceramics");
    // "the union's leader" is the person described as the union's general secretary
    assertThat(speakerOf(r, "They heard it")).isEqualTo("Lucy Harrop");
  }

  @Test
  void theComplementAfterARelativeClauseOnItsSubjectIsWhatWasSaid() {
    String text = "Results\n\n"
        + "Paul Sefton, the finance director, spoke to analysts on Tuesday. He said net debt, which rose "
        + "to \u00a390mn at the year end, would peak in the spring before falling.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "net debt, which rose")).isEqualTo("Paul Sefton");
  }

  @Test
  void namesJoinedByAndToAUnionNameAreItsStart() {
    String text = "Strike vote\n\n"
        + "The Potteries and Kiln Workers\u2019 Union said the offer was an insult.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the offer was an insult")).isEqualTo("Potteries and Kiln Workers\u2019 Union");
  }

  @Test
  void whenAskedIsAQuestionPutToTheSubjectNotOneTheyAsked() {
    String text = "Cup final\n\n"
        + "Greystone won 3-1.\n\n"
        + "Their manager, Carla Benning, became emotional when asked what the win meant.\n\n"
        + "\u201cFive years ago we had no pitch of our own,\u201d she said.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(r.citations()).noneMatch(c -> c.text().contains("what the win meant"));
    assertThat(speakerOf(r, "Five years ago")).isEqualTo("Carla Benning");
  }

  @Test
  void aCompanysTitleIsThePersonIntroducedWithItsTitleAtTheStartOfASentence() {
    String text = "Rail strike\n\n"
        + "Drivers at Eastline walked out on Monday. Its chief executive, Martin Oakes, said in a video "
        + "message that the company had made a fair offer.\n\n"
        + "Frank Dorrity, the union leader, rejected it.\n\n"
        + "In a letter, Eastline\u2019s chief executive said he was willing to discuss the structure of the offer.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "he was willing to discuss")).isEqualTo("Martin Oakes");
  }

  @Test
  void anIndefiniteDescriptionAfterANameIsItsAppositionNotTheSpeaker() {
    String text = "Clinic hours row\n\n"
        + "The Independent candidate, Marian Holt, a GP and parish councillor from Westbrook, said both of her "
        + "rivals had ignored rural patients.\n\n"
        + "Polls close at ten.";
    assertThat(speakerOf(Extractors.shared().extract(text), "both of her rivals")).isEqualTo("Marian Holt");
  }
}

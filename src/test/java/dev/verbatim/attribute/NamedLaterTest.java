package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/** People the opening describes and the body names, and names the tagger splits (original text). */
class NamedLaterTest {
  @Test
  void theLedeDescribesWhomTheNextParagraphNames() {
    String text = "Harbour chief says he never saw the warning\n\n"
        + "By Tom Rees\n\n"
        + "The former head of the port authority told an inquiry on Monday that he had never been shown "
        + "a surveyor's report on the north wall.\n\n"
        + "Gareth Moll, who ran the authority for nine years, was questioned for three hours.\n\n"
        + "\u201CI did not see it,\u201D Mr Moll said.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "he had never been shown")).isEqualTo("Gareth Moll");
    assertThat(r.speakers()).extracting(Speaker::name).doesNotContain("The former head of the port authority");
  }

  @Test
  void anIndefiniteDescriptionInTheLedeIsThePersonTheNextParagraphNames() {
    String text = "Shop owner denies fire\n\n"
        + "A garage owner accused of burning down his own workshop told a jury yesterday that he had been "
        + "at home when the fire started.\n\n"
        + "Derek Mulraine, 52, gave evidence on the fourth day of his trial at Carlow Crown Court.\n\n"
        + "He denies arson.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "he had been at home")).isEqualTo("Derek Mulraine");
  }

  @Test
  void aVerbBeforeTheNameIsNoTitleThatMakesThemSomeoneElse() {
    String text = "Bus boss defends cuts\n\n"
        + "The head of Wexley Buses has said the new timetable would protect the routes people use most.\n\n"
        + "Joanna Pell was speaking on Radio Wexley on Monday alongside a passenger campaigner.\n\n"
        + "The programme\u2019s presenter, Tom Reyes, opened by asking Ms Pell whether the company had "
        + "consulted passengers.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the new timetable would protect")).isEqualTo("Joanna Pell");
  }

  @Test
  void aQuotationAfterNarrativeNamingOnePersonIsTheirsNotTheNextSpeakers() {
    String text = "Ferry crews ready for winter\n\n"
        + "The radio on Martin Okoro\u2019s dashboard crackled three times on Sunday. Once it went off while he "
        + "was loading the morning boat.\n\n"
        + "\u201CI was tying the bow line. My brother looked at me and I just went.\u201D\n\n"
        + "The Harbour Rescue Society, which trains the volunteers, said call-outs had doubled since May.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "I was tying the bow line")).isEqualTo("Martin Okoro");
  }

  @Test
  void someoneNamedLaterWithAnotherTitleIsSomeoneElse() {
    String text = "The chief executive of a hospital chain told senators on Tuesday that no patient data had "
        + "been sold.\n\n"
        + "Tom Hale, an analyst at Arden Partners, said the company had moved too slowly.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "no patient data")).isNotEqualTo("Tom Hale");
  }

  @Test
  void theBodyMayNameTheLedesPostInOtherWords() {
    String text = "Water board defends rise\n\n"
        + "The head of the Marlow Valley Water Board defended a 9 per cent rise in bills on Tuesday, saying "
        + "the money would go on replacing lead pipes.\n\n"
        + "Priya Okonedo, the board\u2019s general manager, told councillors that 4,000 homes still had them.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the money would go on")).isEqualTo("Priya Okonedo");
  }

  @Test
  void aParticiplesClauseAfterTheNameIsNoTitle() {
    String text = "Quarry firm concedes noise point\n\n"
        + "An acoustics consultant for the company that runs Hollin quarry conceded on Wednesday that blasting "
        + "would be heard in the village.\n\n"
        + "Ruth Calder, giving evidence for Pennard Stone at the planning inquiry in Wexbury, said the effect "
        + "would be brief.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "blasting would be heard")).isEqualTo("Ruth Calder");
  }

  @Test
  void aSurnameTaggedAsAnOrganisationIsThePersonNamedInFull() {
    ExtractionResult r = Extractors.shared().extract(
        "Brian Keane joined the club in 2019. Keane said the pitch was poor.");
    assertThat(r.speakers()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Brian Keane");
      assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
    });
  }

  @Test
  void aTabloidsCapitalsAreNoTitle() {
    ExtractionResult r = Extractors.shared().extract(
        "RAGING Kenny Blunt tore into his players after the defeat.\n\n"
        + "The Tanners boss said the second half was a shambles.");
    Speaker blunt = r.speakers().stream().filter(s -> s.name().equals("Kenny Blunt")).findFirst().orElseThrow();
    assertThat(blunt.roles()).doesNotContain("RAGING");
    assertThat(speakerOf(r, "the second half")).isEqualTo("Kenny Blunt");
  }

  @Test
  void aPlaceTheTaggerOnceCallsAPersonNeverSpeaks() {
    String text = "Leonard Quaye, river engineer, dies at 88\n\n"
        + "Leonard Quaye, who designed the sluices on the lower river, has died aged 88.\n\n"
        + "Born in 1936 in Saltley Fen, the son of a lock-keeper, he left school at 16. The flood of 1953, "
        + "which drowned 14 people in Saltley Fen, shaped his life.\n\n"
        + "He said in 2003 that he had learned more from his father than from any textbook.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "he had learned more")).isEqualTo("Leonard Quaye");
    assertThat(r.speakers()).extracting(Speaker::name).doesNotContain("Saltley Fen");
  }
}

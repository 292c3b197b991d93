package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/** A statement as the subject of a cue speaks for whoever issued it (original texts). */
class StatementIssuerTest {

  @Test
  void theCueNearestAQuotationWithASpeakerOfItsOwnIsItsCue() {
    String text = "Council fraud trial\n\n"
        + "Ms Garvey then showed the jury a memo from 2019 in which Mr Tolland had written to his deputy: "
        + "\u201CLeave the depot figures out of the report until after the vote.\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Leave the depot figures")).isEqualTo("Tolland");
  }

  @Test
  void aMessageReadOutIsItsSendersNotTheSubjectOfTheSentence() {
    String text = "Warehouse trial\n\n"
        + "Mr Dunne, prosecuting, then turned to an email sent from the landlord\u2019s phone to a supplier, "
        + "Tom Ashe, which read: \u201CLeave the back door open on Friday.\u201D\n\n"
        + "The trial continues.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Leave the back door open")).isEqualTo("the landlord");
  }

  @Test
  void aStatementThatItReadIsTheIssuersNotThePolices() {
    String text = "Shop attack\n\n"
        + "In a statement issued through Kelby Police, Mrs Orme\u2019s family thanked the nurses who had cared "
        + "for her. It read:\n\n"
        + "\u201CMum is a fighter and she will be back behind that counter soon.\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Mum is a fighter")).contains("family");
  }

  @Test
  void anOwnersStatementIsTheOwners() {
    ExtractionResult r = Extractors.shared().extract("Ferry operator apologises\n\n"
        + "Tidewell Ferries' statement said passengers would be refunded in full.\n");
    assertThat(speakerOf(r, "passengers would be refunded")).isEqualTo("Tidewell Ferries");
  }

  @Test
  void aStatementFromSomeoneIsTheirs() {
    ExtractionResult r = Extractors.shared().extract("Ferry operator apologises\n\n"
        + "A statement from Tidewell Ferries said passengers would be refunded in full.\n");
    assertThat(speakerOf(r, "passengers would be refunded")).isEqualTo("Tidewell Ferries");
  }

  @Test
  void theStatementIsTheOneIssuedJustBefore() {
    ExtractionResult r = Extractors.shared().extract("Ferry operator apologises\n\n"
        + "Tidewell Ferries said in a statement on Sunday that the fault had been found.\n\n"
        + "The minister for the islands, Iona Farquhar, said the delays were unacceptable.\n\n"
        + "\"We are sorry for the disruption to our passengers,\" the statement said.\n");
    assertThat(speakerOf(r, "We are sorry")).isEqualTo("Tidewell Ferries");
  }

  @Test
  void aReportStillSpeaksForNoOne() {
    ExtractionResult r = Extractors.shared().extract("Ferry operator apologises\n\n"
        + "An engineers' report said the ramp had been overloaded for years.\n");
    assertThat(r.citations()).allMatch(c -> c.speaker().isEmpty() || !c.text().contains("ramp"));
  }

  @Test
  void thoseWhoToldArePassiveVerbsAgent() {
    ExtractionResult r = Extractors.shared().extract("Ferry operator apologises\n\n"
        + "Islanders were told by Tidewell Ferries that the crossing would reopen in May.\n");
    assertThat(speakerOf(r, "the crossing would reopen")).isEqualTo("Tidewell Ferries");
  }

  @Test
  void aNewspapersEditorialColumnOrFrontPageIsTheNewspapers() throws java.io.IOException {
    // a press review of the tuning part: "its front page says ...", "The paper's editorial goes
    // further, saying ...", "Its leader column argues that ..."
    ExtractionResult r = Extractors.shared().extract(java.nio.file.Files.readString(
        java.nio.file.Path.of("src/test/resources/corpus/dev/bp-media-morning-papers-fuel-duty-review.txt")));
    assertThat(speakerOf(r, "the reversal leaves a \u00a34bn hole")).isEqualTo("Northern Herald");
    assertThat(speakerOf(r, "Mr Quayle now governs")).isEqualTo("Northern Herald");
    assertThat(speakerOf(r, "the chancellor deserves credit")).isEqualTo("Daily Courier");
  }

  @Test
  void theSpeakerBeforeARelativeClauseIsFoundAfterAnOpeningPhrase() throws java.io.IOException {
    // "Asked about her remarks, Mukashev, whose name appears as ... in some ... media, said ..."
    ExtractionResult r = Extractors.shared().extract(java.nio.file.Files.readString(
        java.nio.file.Path.of("src/test/resources/corpus/dev/bp-foreign-kyrzhan-energy-minister-sacked.txt")));
    assertThat(speakerOf(r, "allegations of corruption in the sector")).endsWith("Mukashev");
  }
}

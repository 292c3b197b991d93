package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.testing.Extractors;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Speaker#gender()} from whole (original) articles. */
class SpeakerGenderTest {

  @Test
  void pronounsTheArticleUsesGiveTheGender() {
    Speaker s = speaker("Clinic hours cut\n\nThe health board confirmed the change on Tuesday.\n\n"
        + "Dr Sam Reyes, who runs the clinic, said the cuts would hurt older patients. "
        + "She said she had written to the board twice.", "Sam Reyes");
    assertThat(s.gender()).contains(Gender.FEMALE);
  }

  @Test
  void anHonorificGivesTheGenderWithoutPronouns() {
    Speaker s = speaker("Bridge to close\n\nThe Kelder bridge will shut for repairs in May.\n\n"
        + "\u201cWe have no choice,\u201d said Mr Ashworth-Pole, the engineer in charge.",
        "Ashworth-Pole");
    assertThat(s.gender()).contains(Gender.MALE);
  }

  @Test
  void theFirstNameGivesTheGenderWhenNothingElseDoes() {
    Speaker s = speaker("Library saved\n\nThe village library will stay open.\n\n"
        + "\u201cThis is a great day for readers,\u201d said Margaret Thistlewood, a volunteer.",
        "Margaret Thistlewood");
    assertThat(s.gender()).contains(Gender.FEMALE);
  }

  @Test
  void pronounsOutweighAFirstNameThatSaysOtherwise() {
    Speaker s = speaker("Chess title\n\nThe county final went to a tie-break on Sunday.\n\n"
        + "Michael Varga said she had prepared for the final for a year. "
        + "She added that her coach had been right about the opening.", "Michael Varga");
    assertThat(s.gender()).contains(Gender.FEMALE);
  }

  @Test
  void aPersonTheArticleSaysNothingAboutIsUnknown() {
    Speaker s = speaker("Ferry delayed\n\nThe morning ferry left two hours late.\n\n"
        + "\u201cThe fog was too thick to sail,\u201d said Taavo Linnemark, the harbour master.",
        "Taavo Linnemark");
    assertThat(s.gender()).contains(Gender.UNKNOWN);
  }

  @Test
  void organisationsHaveNoGender() {
    ExtractionResult r = Extractors.shared().extract("Prices rise\n\n"
        + "Halvorsen Foods said on Monday that it would raise prices by four percent.");
    Speaker s = r.speakers().stream().filter(x -> x.kind() == SpeakerKind.ORGANIZATION)
        .findFirst().orElseThrow();
    assertThat(s.gender()).isEqualTo(Optional.empty());
  }

  @Test
  void theRecordRefusesAGenderForAnOrganisationAndNoneForAPerson() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
        new Speaker("s1", "Acme", SpeakerKind.ORGANIZATION, java.util.List.of(), java.util.List.of(),
            java.util.List.of(), java.util.List.of(), Optional.of(Gender.FEMALE)))
        .withMessageContaining("ORGANIZATION");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
        new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, java.util.List.of(), java.util.List.of(),
            java.util.List.of(), java.util.List.of(), Optional.empty()));
    assertThat(new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, java.util.List.of(),
        java.util.List.of(), java.util.List.of(), java.util.List.of()).gender())
        .contains(Gender.UNKNOWN);
  }

  private static Speaker speaker(String text, String name) {
    ExtractionResult r = Extractors.shared().extract(text);
    return r.speakers().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no speaker " + name + " in " + r.speakers()));
  }
}

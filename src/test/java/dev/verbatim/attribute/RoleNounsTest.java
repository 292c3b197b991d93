package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/** Role nouns outside the closed list of person nouns (original text). */
class RoleNounsTest {
  @Test
  void aRoleTheAnimacyListsKnowIsTheNamedPersonWhoHoldsIt() {
    String text = "Harbour wall to be rebuilt\n\n"
        + "Work on the east wall at Porth Elin will start in March, the harbourmaster, Gethin Rowlands, "
        + "told boat owners at a meeting on Tuesday.\n\n"
        + "Several owners asked whether moorings would be moved during the work.\n\n"
        + "The harbourmaster said no boat would have to leave the inner basin.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "no boat would have to leave")).isEqualTo("Gethin Rowlands");
  }

  @Test
  void aRoleInAppositionWithAnOrganisationIsTheOrganisation() {
    String text = "Wetland plan\n\n"
        + "Volunteers have counted moths on the marsh at Fenby since 1994.\n\n"
        + "The landowner, the Fenby Marsh Trust, has said it will ask for a grant to flood the lower "
        + "fields next winter.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "it will ask for a grant")).isEqualTo("Fenby Marsh Trust");
  }
}

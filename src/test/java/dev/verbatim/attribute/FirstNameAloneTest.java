package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/** A person named in full once and later by first name alone (original text). */
class FirstNameAloneTest {

  @Test
  void aFirstNameAloneAsASubjectIsThePersonOfTheFullNameEvenWhenTaggedAPlace() {
    // "Bryn" is also a place name, and the tagger may read it as one when it stands alone
    ExtractionResult r = Extractors.shared().extract("Cabins or cattle\n\n"
        + "Her son, Bryn Ellery, comes out of the calving shed.\n\n"
        + "Bryn thinks that is an opportunity. His mother thinks it is madness.\n\n"
        + "\"Nowhere. You sell them,\" Bryn says.\n");
    assertThat(speakerOf(r, "that is an opportunity")).isEqualTo("Bryn Ellery");
    assertThat(speakerOf(r, "Nowhere. You sell them")).isEqualTo("Bryn Ellery");
  }
}

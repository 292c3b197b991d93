package dev.verbatim.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameGendersTest {
  private final NameGenders genders = NameGenders.load();

  @Test
  void tableGivesUsualGenders() {
    assertThat(genders.genderOf("Margaret")).isEqualTo(Gender.FEMALE);
    assertThat(genders.genderOf("Dennis")).isEqualTo(Gender.MALE);
  }

  @Test
  void transliteratedSlavicMensNamesAreMale() {
    assertThat(genders.genderOf("Yuriy")).isEqualTo(Gender.MALE);
    assertThat(genders.genderOf("Dmitriy")).isEqualTo(Gender.MALE);
  }

  @Test
  void unknownNameHasNoGender() {
    assertThat(genders.genderOf("Zxqv")).isEqualTo(Gender.UNKNOWN);
  }
}

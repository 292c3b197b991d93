package dev.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {
  @Test
  void foldDropsAccentsPossessivesTitlesAndPunctuation() {
    assertThat(NameMatcher.fold("Dr. José Martí’s")).containsExactly("jose", "marti");
    assertThat(NameMatcher.fold("Jose\u0301 MARTI\u0301'S")).containsExactly("jose", "marti");
    assertThat(NameMatcher.fold("The Ministry of Defence")).containsExactly("ministry", "defence");
    assertThat(NameMatcher.fold("O'Brien's aide")).containsExactly("o", "brien", "aide");
    assertThat(NameMatcher.fold("Lopez'sson")).containsExactly("lopez", "sson");
    assertThat(NameMatcher.fold("Сергей Лавров")).isEmpty();
    assertThat(NameMatcher.fold(null)).isEmpty();
  }

  @Test
  void combiningMarksAreThoseWithANonZeroCombiningClass() {
    assertThat(NameMatcher.isCombining(0x0301)).isTrue();
    assertThat(NameMatcher.isCombining(0x0334)).isTrue();
    assertThat(NameMatcher.isCombining(0x0327)).isTrue();
    assertThat(NameMatcher.isCombining('e')).isFalse();
    assertThat(NameMatcher.isCombining(0x034F)).isFalse();
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "Aleksey Navalnyy | Alexei Navalny | true",
      "Yuriy | Yuri | true",
      "Zoë Ångström | Zoe Angstrom | true",
      "Maria Lopez | Lopez's | true",
      "Maria Lopez Garcia | Maria | true",
      "Mr. Smith | Smith | true",
      "Ann Lee | Bob Lee | true",
      "Ann Lee | Ann Smith | false",
      "The | The | false",
      "Sergei Lavrov | Сергей Лавров | false"})
  void sameNameFollowsTheScorer(String gold, String predicted, boolean same) {
    assertThat(NameMatcher.sameName(gold, predicted)).isEqualTo(same);
  }
}

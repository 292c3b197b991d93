package dev.verbatim.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @Test
  void foldsCaseAndAccents() {
    assertThat(Names.fold("José ÁLVAREZ")).containsExactly("jose", "alvarez");
  }

  @Test
  void foldsAwayPossessives() {
    assertThat(Names.fold("Vladimir Putin’s")).containsExactly("vladimir", "putin");
    assertThat(Names.fold("Putin's")).containsExactly("putin");
  }

  @Test
  void keepsApostrophesThatAreNotPossessives() {
    assertThat(Names.fold("Sinéad O'Sullivan")).containsExactly("sinead", "o", "sullivan");
  }

  @Test
  void dropsHonorificsAndTheArticle() {
    assertThat(Names.fold("Dr. Anna Weber")).containsExactly("anna", "weber");
    assertThat(Names.fold("Mr Smith")).containsExactly("smith");
    assertThat(Names.fold("The Kremlin")).containsExactly("kremlin");
  }

  @Test
  void returnsNoWordsForPunctuationOnly() {
    assertThat(Names.fold(" -- ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "Aleksey Navalny, Alexei Navalny",
      "Dmitriy Peskov, Dmitri Peskov",
      "Dmitry Peskov, Dmitri Peskov",
      "Sergey Lavrov, Sergei Lavrov",
      "Yevgeny Prigozhin, Evgeny Prigozhin",
      "Thomas Müller, Thomas Mueller",
      "Gerhard Schröder, Gerhard Schroeder",
      "ANGELA MERKEL, Angela Merkel",
      "Merkel’s, Merkel",
      "Yerlan Sarsenbayev, Erlan Sarsenbaev",
      "Nikolai Alekseyev, Nikolai Alekseev",
      "Ruslan Aliyev, Ruslan Aliev"})
  void spellingVariantsFoldTogether(String a, String b) {
    assertThat(Names.fold(a)).isEqualTo(Names.fold(b));
  }

  @ParameterizedTest
  @CsvSource({"Maria, Mark", "John, Jane", "Anna, Mark"})
  void differentNamesDoNotFoldTogether(String a, String b) {
    assertThat(Names.fold(a)).isNotEqualTo(Names.fold(b));
  }

  @Test
  void translitReducesVariantsToOneSpelling() {
    assertThat(Names.translit("aleksey")).isEqualTo(Names.translit("alexei"));
    assertThat(Names.translit("yevgeny")).isEqualTo("evgeni");
    assertThat(Names.translit("mueller")).isEqualTo("muller");
  }

  @Test
  void translitLeavesShortWordsAlone() {
    assertThat(Names.translit("amy")).isEqualTo("amy");
    assertThat(Names.translit("yes")).isEqualTo("yes");
  }

  @ParameterizedTest
  @CsvSource({"Dmitry, Dmitri", "Dmitriy, Dmitry", "Aleksandr, Alexander", "Alex, Alexander",
      "Yevgeny, Evgeny", "Sergey, Sergei", "Anna, Anna"})
  void compatibleFirstNamesAcceptsVariantsAndShortForms(String a, String b) {
    assertThat(Names.compatibleFirstNames(first(a), first(b))).isTrue();
    assertThat(Names.compatibleFirstNames(first(b), first(a))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"Maria, Mark", "John, Jane", "Anna, Hanna", "Olga, Oleg", "Ivan, Oleg"})
  void compatibleFirstNamesRejectsDifferentNames(String a, String b) {
    assertThat(Names.compatibleFirstNames(first(a), first(b))).isFalse();
    assertThat(Names.compatibleFirstNames(first(b), first(a))).isFalse();
  }

  @Test
  void compatibleFirstNamesAcceptsRawTransliterationVariants() {
    assertThat(Names.compatibleFirstNames("dmitry", "dmitri")).isTrue();
  }

  private static String first(String name) {
    return Names.fold(name).get(0);
  }

  @Test
  void surnamesInTwoTransliterationsAreVariants() {
    assertThat(Names.variantSurnames("zhaksybekov", "dzhaksybekov")).isTrue();
    assertThat(Names.variantSurnames("hnatyuk", "gnatiuk")).isTrue();
    assertThat(Names.variantSurnames("nurpeisova", "nurpeissova")).isTrue();
  }

  @Test
  void thePersianPatronymicEndingInItsSpellingsIsOneName() {
    assertThat(Names.variantSurnames("ismoilzoda", "ismoilzade")).isTrue();
    assertThat(Names.variantSurnames("rahimzadeh", "rahimzoda")).isTrue();
    assertThat(Names.variantSurnames("ismoilzoda", "ismoilova")).isFalse();
  }

  @Test
  void differentOrShortSurnamesAreNotVariants() {
    assertThat(Names.variantSurnames("hansen", "jensen")).isFalse();
    assertThat(Names.variantSurnames("brown", "brewn")).isFalse();
    assertThat(Names.variantSurnames("harrison", "morrison")).isFalse();
    assertThat(Names.variantSurnames("okafor", "okafor")).isFalse();
  }
}

package dev.verbatim.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.SpeakerKind;
import dev.verbatim.entity.SpeakerGenders.Evidence;
import dev.verbatim.mention.Gender;
import dev.verbatim.mention.NameGenders;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gender decision on its own, over evidence and entities built by hand (no models). */
class SpeakerGendersTest {
  private static final Gender M = Gender.MALE;
  private static final Gender F = Gender.FEMALE;
  private static final Gender U = Gender.UNKNOWN;
  private final SpeakerGenders genders = new SpeakerGenders(NameGenders.load());

  @Test
  void aClearMajorityOfPronounsDecidesAgainstTitleAndFirstName() {
    assertThat(SpeakerGenders.decide(new Evidence(0, 1, M, M))).isEqualTo(F);
    assertThat(SpeakerGenders.decide(new Evidence(5, 2, F, F))).isEqualTo(M);
  }

  @Test
  void pronounsWithoutAClearMajorityGiveWayToTheTitle() {
    // One "she" against two "he": a misresolved pronoun is likelier than a wrong "Mrs".
    assertThat(SpeakerGenders.decide(new Evidence(2, 1, F, M))).isEqualTo(F);
  }

  @Test
  void theTitleComesBeforeTheFirstName() {
    assertThat(SpeakerGenders.decide(new Evidence(0, 0, F, M))).isEqualTo(F);
  }

  @Test
  void theFirstNameDecidesWhenNothingElseDoes() {
    assertThat(SpeakerGenders.decide(new Evidence(0, 0, U, M))).isEqualTo(M);
  }

  @Test
  void aSlightMajorityOfPronounsDecidesWhenTitleAndFirstNameSayNothing() {
    assertThat(SpeakerGenders.decide(new Evidence(2, 3, U, U))).isEqualTo(F);
  }

  @Test
  void noEvidenceOrAnEvenSplitIsUnknown() {
    assertThat(SpeakerGenders.decide(new Evidence(0, 0, U, U))).isEqualTo(U);
    assertThat(SpeakerGenders.decide(new Evidence(2, 2, U, U))).isEqualTo(U);
  }

  @Test
  void anHonorificOpeningATitleGivesItsGender() {
    assertThat(SpeakerGenders.titleGender(List.of("Mrs Justice"))).isEqualTo(F);
    assertThat(SpeakerGenders.titleGender(List.of("Ms"))).isEqualTo(F);
    assertThat(SpeakerGenders.titleGender(List.of("Sir"))).isEqualTo(M);
    assertThat(SpeakerGenders.titleGender(List.of("Lord Justice"))).isEqualTo(M);
    assertThat(SpeakerGenders.titleGender(List.of("Dame"))).isEqualTo(F);
  }

  @Test
  void aGenderedHeadNounGivesItsGenderButAModifierDoesNot() {
    assertThat(SpeakerGenders.titleGender(List.of("the victim's mother"))).isEqualTo(F);
    assertThat(SpeakerGenders.titleGender(List.of("a spokeswoman for the council"))).isEqualTo(F);
    assertThat(SpeakerGenders.titleGender(List.of("widower, 71"))).isEqualTo(M);
    assertThat(SpeakerGenders.titleGender(List.of("company spokesman"))).isEqualTo(M);
    assertThat(SpeakerGenders.titleGender(List.of("the daughter's lawyer"))).isEqualTo(U);
    assertThat(SpeakerGenders.titleGender(List.of("father of three; a teacher"))).isEqualTo(M);
  }

  @Test
  void wordsEndingInManThatAreNotAboutAManSayNothing() {
    assertThat(SpeakerGenders.titleGender(List.of("chairman"))).isEqualTo(U);
    assertThat(SpeakerGenders.titleGender(List.of("German"))).isEqualTo(U);
    assertThat(SpeakerGenders.titleGender(List.of("Deputy Health Minister"))).isEqualTo(U);
  }

  @Test
  void titlesThatDisagreeSayNothing() {
    assertThat(SpeakerGenders.titleGender(List.of("Mr", "the victim's mother"))).isEqualTo(U);
  }

  @Test
  void aPersonWithPronounsTitleAndNameGetsTheDecision() {
    Entity e = person("Robin Ashdown");
    e.countPronoun(F);
    e.countPronoun(F);
    e.countPronoun(M);
    e.roles.add("Mr");
    assertThat(genders.genderOf(e)).contains(dev.verbatim.Gender.MALE);
    e.countPronoun(F);
    assertThat(genders.genderOf(e)).contains(dev.verbatim.Gender.FEMALE);
  }

  @Test
  void aPersonIsGenderedByTheUsualGenderOfTheFirstName() {
    assertThat(genders.genderOf(person("Margaret Thistlewood"))).contains(dev.verbatim.Gender.FEMALE);
    assertThat(genders.genderOf(person("Dennis Thistlewood"))).contains(dev.verbatim.Gender.MALE);
  }

  @Test
  void aPersonWithoutEvidenceIsUnknown() {
    assertThat(genders.genderOf(person("Thistlewood"))).contains(dev.verbatim.Gender.UNKNOWN);
    assertThat(genders.genderOf(person("Zxqv Thistlewood"))).contains(dev.verbatim.Gender.UNKNOWN);
  }

  @Test
  void otherKindsHaveNoGenderWhateverTheEvidence() {
    for (SpeakerKind kind : List.of(SpeakerKind.ORGANIZATION, SpeakerKind.MEDIA_OUTLET,
        SpeakerKind.GROUP, SpeakerKind.ANONYMOUS)) {
      Entity e = new Entity(kind, "key");
      e.addVariant("Margaret Holdings");
      e.countPronoun(F);
      e.roles.add("spokeswoman");
      assertThat(genders.genderOf(e)).as("%s", kind).isEqualTo(Optional.empty());
    }
  }

  private static Entity person(String name) {
    Entity e = new Entity(SpeakerKind.PERSON, name.toLowerCase());
    e.addVariant(name);
    return e;
  }
}

package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static dev.verbatim.testing.Speakers.speakersOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/** Definite roles and epithets refer back to someone already in the story (original text). */
class EpithetsTest {
  @Test
  void aPossessiveRoleIsDefinite() {
    String text = "Derby report\n\nDeclan Mahony was not about to argue the case.\n\n"
        + "The visitors\u2019 boss said the tackle had been late.";
    assertThat(speakerOf(Extractors.shared().extract(text), "the tackle had been late")).isEqualTo("Declan Mahony");
  }

  @Test
  void anEpithetReachesBackPastTheLastFewSentences() {
    String text = "Late header rescues point\n\n"
        + "Jamal Okafor-Reid headed in a corner in the last minute to earn Hollinsford a draw.\n\n"
        + "The home side had trailed since the 20th minute. Their goalkeeper made two fine saves. "
        + "The crowd of 9,000 was the largest of the season. Rain fell throughout the second half.\n\n"
        + "The veteran striker said he had no plans to leave the club in the summer.";
    assertThat(speakerOf(Extractors.shared().extract(text), "he had no plans")).isEqualTo("Jamal Okafor-Reid");
  }

  @Test
  void aNameBeforeALongRelativeClauseIsStillTheSubjectAnEpithetMeans() {
    String text = "Late penalty sinks Harrowgate\n\n"
        + "Dean Orrell scored a stoppage-time penalty to give Millbrook a win that left Harrowgate Athletic "
        + "manager Sven Lindqvist fuming at the officials.\n\n"
        + "Referee Martin Pye gave the penalty after a tangle at a corner.\n\n"
        + "Lindqvist, whose side had led through Joe Ince's header until Ryan Coe levelled in the 71st minute, "
        + "did not hide his anger.\n\n"
        + "\u201cI have seen it four times and I still do not know what he has given,\u201d the Swede said.\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "I have seen it four times")).isEqualTo("Sven Lindqvist");
  }

  @Test
  void anAgeBeforeTheSubjectOfAVerbIsNotTheAgeOfItsObject() {
    String text = "Late penalty sinks Harrowgate\n\n"
        + "Dean Orrell insisted his side had earned their luck after Ola Brenner's late penalty gave Millbrook "
        + "a win that left Harrowgate Athletic manager Sven Lindqvist fuming at the officials.\n\n"
        + "The 33-year-old captain sent Harrowgate goalkeeper Sam Tiller the wrong way in the 93rd minute "
        + "after referee Martin Pye penalised Joe Ince for pulling back the striker Ryan Coe at a corner.\n\n"
        + "Lindqvist, whose side had led for an hour, did not hide his anger.\n\n"
        + "Brenner admitted he had not been sure he would take it.\n\n"
        + "\u201cThe young lads always want it,\u201d the 33-year-old said.\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "The young lads")).isEqualTo("Ola Brenner");
  }

  @Test
  void anAgeEpithetIsThePersonOfThatAge() {
    String text = "Witnesses describe attack\n\n"
        + "Tanya Calloway, 45, said she heard a scream from the car park.\n\n"
        + "Kieran Doyle, 31, a delivery driver, was parked outside the shop.\n\n"
        + "Police said the victim was stable. The 31-year-old said the men had run towards the canal.";
    assertThat(speakerOf(Extractors.shared().extract(text), "the men had run")).isEqualTo("Kieran Doyle");
  }

  @Test
  void anAgeEpithetIsNotSomeoneTheArticleGaveAnotherAge() {
    String text = "Shop owner hurt in raid\n\n"
        + "Marion Pettifer said her husband had been pushed to the floor behind the counter.\n\n"
        + "The 58-year-old said the family had run the shop for 30 years.\n\n"
        + "A neighbour, Gail Treharne, who heard the alarm, ran across the road.\n\n"
        + "\u201cThe door was still swinging when I got there,\u201d the 26-year-old said.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the family had run")).isEqualTo("Marion Pettifer");
    assertThat(speakerOf(r, "The door was still swinging")).isEqualTo("Gail Treharne");
  }

  @Test
  void anAgeBeforeAnyRoleMakesItAnEpithetForSomeoneWithAnotherTitle() {
    String text = "Rovers turn to youth\n\n"
        + "Club captain Megan Altham, speaking after training on Friday, says the squad has to look at itself.\n\n"
        + "\u201cWe gave the ball away cheaply and got punished,\u201d says the 26-year-old defender.";
    assertThat(speakerOf(Extractors.shared().extract(text), "We gave the ball away")).isEqualTo("Megan Altham");
  }

  @Test
  void anEpithetOfTwoCapitalisedWordsIsARoleNotANewName() {
    String text = "Snooker semi-final\n\n"
        + "Conor Gilmartin, who turned professional in 2009, had never reached a ranking semi-final before.\n\n"
        + "\u201cI kept telling myself it was just another frame,\u201d the Northern Irishman said.";
    assertThat(speakerOf(Extractors.shared().extract(text), "I kept telling myself")).isEqualTo("Conor Gilmartin");
  }

  @Test
  void aTitleInsideARelativeClauseBelongsToThePersonItNames() {
    String text = "Riverside lift the plate\n\n"
        + "Riverside beat Harwood by four wickets on Sunday after captain Nadia Chowdry made an unbeaten 54.\n\n"
        + "Chowdry, who was caught off a no-ball by Harwood wicketkeeper Ellie Banner on 9, said the win "
        + "belonged to the whole squad.\n\n"
        + "\u201cWe were written off in May,\u201d the Riverside captain said.";
    assertThat(speakerOf(Extractors.shared().extract(text), "We were written off")).isEqualTo("Nadia Chowdry");
  }

  @Test
  void aKinshipRoleIsNotTheOneItsPossessiveStandsFor() {
    String text = "Two generations of thatchers\n\n"
        + "Walter Pengelly has thatched roofs on the Roseland peninsula since 1968.\n\n"
        + "The business will pass to Rory Tresize, 27, who joined him straight from school. Rory spent "
        + "his first summer carrying bundles of reed up the ladder.\n\n"
        + "His grandfather says the boy was hopeless for a year and then, suddenly, was not.";
    assertThat(speakerOf(Extractors.shared().extract(text), "the boy was hopeless")).isEqualTo("Walter Pengelly");
  }

  @Test
  void theOneWhoSaidSoIsTheSubjectWhenTheParserMakesTheSayingASubjectClause() {
    // "X said he had told him there was no ...": the parser makes "said" the subject clause of
    // "place"; its subject is still the sentence's subject, for the "he" that follows.
    String text = "Academy release\n\n"
        + "Ollie Brannan joined the academy at 12. Frank Mullery coached him for six years.\n\n"
        + "Mullery said he had told him there was no place for him in the first team.\n\n"
        + "\u201cIt was the truth, and he knew it,\u201d he said.";
    assertThat(speakerOf(Extractors.shared().extract(text), "It was the truth")).isEqualTo("Frank Mullery");
  }

  @Test
  void anAgeEpithetIsNotSomeoneNamedWithAnotherAge() {
    String text = "Cyclist hurt on bypass\n\n"
        + "Derek Hollins, 63, said the lorry had not slowed down.\n\n"
        + "A passer-by, Owen Marsh, stopped to help.\n\n"
        + "The 19-year-old said he had called an ambulance and waited with the injured man.";
    assertThat(speakerOf(Extractors.shared().extract(text), "he had called an ambulance")).isEqualTo("Owen Marsh");
  }

  @Test
  void aRoleIsNeverThePersonInItsOwnPossessive() {
    String text = "Teenager jailed\n\nJordan Pike, 19, was jailed for six years.\n\n"
        + "Outside court, Jordan's grandmother said the family would appeal.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the family would appeal")).isNotEqualTo("Jordan Pike").contains("grandmother");
  }

  @Test
  void aPersonInAppositionToAMisparsedPlaceSpeaks() {
    String text = "Clinic closure\n\nThe town's MP, Rhiannon Pugh, said she would fight the decision.\n\n"
        + "Outside court, Callum's mother, Denise Reid, said the sentence was too short.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "she would fight")).isEqualTo("Rhiannon Pugh");
    assertThat(speakerOf(r, "the sentence was too short")).isEqualTo("Denise Reid");
  }

  @Test
  void aTitleOfOneOrganisationDoesNotFitTheHolderOfTheSameTitleAtAnother() {
    String text = "Ferry boss defends fares\n\n"
        + "The chief executive of Solent Isle Ferries insisted on Tuesday that fares were fair.\n\n"
        + "Marian Cotterell, who was paid 900,000 pounds last year, told the committee that the company had cut "
        + "delays by a third.\n\n"
        + "Gareth Wynne, chief executive of the Ferry Services Authority, told MPs that the regulator had opened "
        + "an inquiry.\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "fares were fair")).isEqualTo("Marian Cotterell");
  }

  @Test
  void anAgeEpithetSplitAtItsHyphensIsStillThePersonOfThatAge() {
    String text = "Stables owner gives evidence\n\n"
        + "Bronwen Tasker, 54, spent the day in the witness box.\n\n"
        + "The 54-year-old said falls were \u201cpart of riding\u201d and that the book recorded every one.";
    assertThat(speakerOf(Extractors.shared().extract(text), "falls were")).isEqualTo("Bronwen Tasker");
  }

  @Test
  void ofSeveralAppositionsToAMisparsedSubjectTheNameSpeaks() {
    String text = "Family speaks after hearing\n\n"
        + "Ms Pelham, who uses a wheelchair, was in court with her parents.\n\n"
        + "Outside court, Ms Pelham\u2019s father, Anthony Pelham, said the family had waited three years "
        + "\u201cto hear that letter read out in a courtroom\u201d.";
    assertThat(speakerOf(Extractors.shared().extract(text), "the family had waited")).isEqualTo("Anthony Pelham");
  }

  @Test
  void aTitledSubjectInTheNarrativeIsWhomTheNextPronounMeans() {
    String text = "Hosepipe ban for a million homes\n\n"
        + "The water company\u2019s chief executive, Margot Fenwick, said the ban had not been taken lightly.\n\n"
        + "Ruth Ambler, director of a river charity, said the company was losing a quarter of its water through leaks.\n\n"
        + "\u201cEvery summer we are told it is an exceptional summer,\u201d she said.\n\n"
        + "The chief executive rejected that figure. She said leakage had been cut by 14 per cent since 2019.";
    assertThat(speakerOf(Extractors.shared().extract(text), "leakage had been cut")).isEqualTo("Margot Fenwick");
  }

  @Test
  void aNameWithAnIntensivePronounIsTheSubjectAndThePronounIsNoMentionOfAnother() {
    String text = "Late tackle row\n\n"
        + "\u201cMy player could have been out for six months,\u201d Declan Mahony said. \u201cAsk Kieran\u2019s ankle.\u201d\n\n"
        + "Kieran Doyle himself was more forgiving. The 22-year-old, who needed treatment before carrying on, "
        + "said he did not believe the tackle had been meant to hurt him.";
    assertThat(speakerOf(Extractors.shared().extract(text), "he did not believe")).isEqualTo("Kieran Doyle");
  }

  @Test
  void oneOfThemNamedInAppositionIsThatPerson() {
    String text = "Shop attack\n\nSeveral people saw the attack. One of them, Kieran Doyle, a delivery driver, "
        + "said he heard shouting.";
    assertThat(speakerOf(Extractors.shared().extract(text), "he heard shouting")).isEqualTo("Kieran Doyle");
  }

  @Test
  void aRoleNamingACountryIsNotAnotherCountrysMinister() {
    String text = "Border talks fail\n\n"
        + "Morevia\u2019s foreign minister, Elena Kostadin, said her government would not reopen the crossing.\n\n"
        + "Her Dastani counterpart, Nazira Temirova, rejected that account.\n\n"
        + "The two ministers met for three hours. Officials from both sides attended.\n\n"
        + "\u201CThere are children sleeping in cars,\u201D the Dastani minister said.";
    assertThat(speakerOf(Extractors.shared().extract(text), "There are children")).isEqualTo("Nazira Temirova");
  }

  @Test
  void aWordOnlyEverInsideQuotationMarksIsNotWhoHeIs() {
    ExtractionResult r = Extractors.shared().extract("Greeting\n\n\u201CHello,\u201D he said, \u201Chow are you doing?\u201D");
    assertThat(r.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.speaker()).isEmpty());
    ExtractionResult named = Extractors.shared().extract("Greeting\n\nKenny Blunt was late. "
        + "\u201CHello,\u201D he said, \u201Chow are you doing?\u201D");
    assertThat(speakersOf(named)).containsOnly("Kenny Blunt");
  }

  @Test
  void aPlayingPositionOrABirthplaceDescribesAPlayerWhateverTheirTitle() {
    String text = "Harbury edge derby\n\n"
        + "Harbury captain Jess Kowal scored twice as her side beat Dunmore 3-2 on Saturday.\n\n"
        + "\u201CWe never stopped running,\u201D the striker said.\n\n"
        + "Dunmore skipper Ana Folau, 29, was sent off in the second half.\n\n"
        + "\u201CI have no complaints about the card,\u201D the Fijian-born midfielder said.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "We never stopped running")).isEqualTo("Jess Kowal");
    assertThat(speakerOf(r, "I have no complaints")).isEqualTo("Ana Folau");
  }

  @Test
  void theTeenagerIsTheOnePersonGivenATeenageAgeEvenInTheTitleBeforeTheName() {
    String text = "Rovers hold on\n\n"
        + "Rovers led through the 18-year-old forward Kofi Mensah and held on despite a late goal from "
        + "Tom Hale.\n\n"
        + "Hale, 31, said the draw was fair. Rovers manager Ian Ross said his side had tired.\n\n"
        + "The teenager said it was the proudest day of his life.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "it was the proudest day")).isEqualTo("Kofi Mensah");
  }
}

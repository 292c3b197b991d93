package dev.verbatim.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Speaker;
import dev.verbatim.testing.Extractors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribution rules on short original texts, one phenomenon each: who said the statement that
 * starts with the given words.
 */
class AttributionRulesTest {

  private static String speakerOf(String text, String statementStart) {
    ExtractionResult r = Extractors.shared().extract(text);
    List<Citation> found = r.citations().stream().filter(c -> c.text().startsWith(statementStart)).toList();
    assertThat(found).as("statements starting with '%s' in %s", statementStart, r.citations()).hasSize(1);
    return found.get(0).speaker().map(Speaker::name).orElse(null);
  }

  @Test
  void quotationAfterAnIntroSentenceTakesItsSubject() {
    String text = "The council met on Monday night.\n\n"
        + "Mayor Ingrid Solheim, speaking after the vote, defended the plan at length.\n\n"
        + "“Nobody likes paying more for parking. But the buses will not run on good wishes.”\n";

    assertThat(speakerOf(text, "Nobody likes")).isEqualTo("Ingrid Solheim");
  }

  @Test
  void answersUnderTopicLabelsAreTheInterviewees() {
    String text = "Harbour Rovers lost 2-1. Their coach, Nadia Berglund, spoke to reporters for ten minutes. "
        + "Here is some of what she said.\n\n"
        + "On the penalty: \"I have watched it again. There was contact, but not much.\"\n\n"
        + "On Okafor: \"Emeka has been our best player all season. He will score plenty more.\"\n";

    assertThat(speakerOf(text, "I have watched")).isEqualTo("Nadia Berglund");
    assertThat(speakerOf(text, "Emeka has been")).isEqualTo("Nadia Berglund");
  }

  @Test
  void itAfterTheCompanyIsThatCompany() {
    String text = "Orvelle Bank apologised to customers on Monday after a two-day outage.\n\n"
        + "Customers could not pay by card in shops or withdraw cash.\n\n"
        + "Engineers worked through the night. In a statement, the bank said the fault had been caused "
        + "by a software update. It denied that any customer data had been lost.\n";

    assertThat(speakerOf(text, "any customer data")).isEqualTo("Orvelle Bank");
  }

  @Test
  void pronounCanReferToAnUnnamedSource() {
    String text = "Dr Paul Okafor said the clinic was full.\n\n"
        + "A nurse at the clinic, who asked not to be named because she was not allowed to speak to the press, "
        + "said the waiting room had been crowded since dawn. \"We have had to send people home,\" she said.\n";

    assertThat(speakerOf(text, "We have had")).isEqualTo("A nurse at the clinic");
  }

  @Test
  void sharedSurnameFarFromBothMeansTheFirstIntroduced() {
    String text = "Margaret Thornbury, 68, has waited two years for a new hip. \"Some days I cannot climb the stairs,\" "
        + "she said.\n\n"
        + "Her husband, Dennis Thornbury, 70, said the couple could not afford private treatment.\n\n"
        + "The health board said waiting times were falling across the region.\n\n"
        + "A spokesperson for the board said extra surgeons had been hired.\n\n"
        + "Back at home, Thornbury has stopped counting the weeks. \"Now I just wait for the phone,\" she said.\n";

    assertThat(speakerOf(text, "Now I just wait")).isEqualTo("Margaret Thornbury");
  }

  @Test
  void roleWithASecondDescriptiveRoleBeforeTheName() {
    String text = "The festival ended on Sunday.\n\n"
        + "The festival's founder, the veteran critic Bernard Kilbride, said the event had sold 40,000 tickets.\n";

    assertThat(speakerOf(text, "the event had sold")).isEqualTo("Bernard Kilbride");
  }

  @Test
  void genericRoleRefersToTheExpertJustNamed() {
    String text = "Sergei Volkonsky, head of research at the consultancy Pravex, believes the cap will shift costs "
        + "to the regions.\n\n"
        + "\"Somebody will have to pay the difference,\" the analyst explained.\n";

    assertThat(speakerOf(text, "Somebody will")).isEqualTo("Sergei Volkonsky");
  }

  @Test
  void hisOfficeSpeaksForHim() {
    String text = "Senator Walter Brandt did not attend the hearing on Tuesday.\n\n"
        + "His office said the senator was recovering from a minor operation.\n";

    assertThat(speakerOf(text, "the senator was recovering")).isEqualTo("Walter Brandt");
  }

  @Test
  void frenchGuillemetsWithSpacesAreQuotations() {
    String text = "Le ministre Jean Moreau a réagi mardi.\n\n« Nous ne céderons pas », said Jean Moreau.\n";

    assertThat(speakerOf(text, "Nous ne céderons pas")).isEqualTo("Jean Moreau");
  }

  @Test
  void trailingAttributionAfterAClauseTheParserMisreads() {
    String text = "Harlow Furnishings warned on profits on Thursday.\n\n"
        + "Like-for-like sales fell 5.1 per cent in the nine weeks to January 6 and online sales were flat, "
        + "finance director Ruth Ames said.\n";

    assertThat(speakerOf(text, "Like-for-like sales fell")).isEqualTo("Ruth Ames");
  }

  @Test
  void companyNameTaggedAsAPersonIsStillTheCompany() {
    String text = "Harlow Furnishings warned on profits on Thursday.\n\n"
        + "Sales fell 5.1 per cent in the nine weeks to January 6, the company said.\n";

    assertThat(speakerOf(text, "Sales fell")).isEqualTo("Harlow Furnishings");
  }

  @Test
  void roleNamedOnlyInTheNextSentence() {
    String text = "The city's mayor was less patient. \"Every month of delay costs us visitors,\" the mayor told "
        + "reporters. Mayor Alan Pryce has backed the terminal since his election in 2022.\n";

    assertThat(speakerOf(text, "Every month")).isEqualTo("Alan Pryce");
  }

  @Test
  void organisationNounNamedLater() {
    String text = "The harbour will not get a new terminal this year, the port authority said on Monday.\n\n"
        + "A spokesperson for the Kessington Port Authority said the board needed more time.\n";

    assertThat(speakerOf(text, "The harbour will not")).isEqualTo("Kessington Port Authority");
  }

  @Test
  void unnamedOfficialIsTheDescriptionAndTheMinistryIsNotAnotherOrganisation() {
    String text = "A spokesperson for the Kessington Port Authority said the board needed more time.\n\n"
        + "A senior official at the transport ministry, who spoke on condition of anonymity, said the "
        + "government was unlikely to fund the project. The ministry said in a statement that no "
        + "application had been received.\n";

    assertThat(speakerOf(text, "the government was unlikely")).isEqualTo("A senior official at the transport ministry");
    assertThat(speakerOf(text, "no application")).containsIgnoringCase("ministry");
  }

  @Test
  void quotationAfterASentenceWithAPersonSubjectInTheSameParagraph() {
    String text = "\"I have given this club everything,\" Dean Holloway told a packed press room.\n\n"
        + "His captain, Marcus Ode, was in no mood for sentiment. Asked whether the players had let "
        + "their manager down, Ode shrugged. \"We let ourselves down. Nobody else.\"\n";

    assertThat(speakerOf(text, "We let ourselves down")).isEqualTo("Marcus Ode");
  }

  @Test
  void participleAfterAQuotationCueIsNotReportedSpeech() {
    String text = "“People think the job is car crashes,” she says, pulling on a fresh pair of gloves.\n";

    assertThat(Extractors.shared().extract(text).citations()).extracting(Citation::text)
        .containsExactly("People think the job is car crashes,");
  }

  @Test
  void complementiserThatIsNotPartOfTheStatement() {
    String text = "The station manager, Amira Saleh, told the Courier that sickness absence had doubled since 2021.\n";

    assertThat(Extractors.shared().extract(text).citations()).extracting(Citation::text)
        .containsExactly("sickness absence had doubled since 2021");
  }

  @Test
  void roleDefinedBySomeoneIndefiniteIsANewPerson() {
    String text = "Prosecutor Anne Fielding said Whitlock had targeted residents with dementia.\n\n"
        + "The daughter of one victim wept as her statement was read out.\n\n"
        + "\"My mother worked all her life to have something to leave us.\"\n";

    assertThat(speakerOf(text, "My mother worked")).isEqualTo("The daughter of one victim");
  }

  @Test
  void parataxisWithItsOwnObjectIsNotAnAttribution() {
    String text = "Passing sentence, Judge Helen Marr told Whitlock she had shown \"breathtaking greed\".\n";

    assertThat(Extractors.shared().extract(text).citations()).extracting(Citation::text)
        .containsExactly("she had shown \"breathtaking greed\"");
  }

  @Test
  void interviewWithInitialsAsLabels() {
    String text = "Interview: Mark Dorsey\n\n"
        + "Susan Keller retires this week after twenty years as director of the city orchestra.\n\n"
        + "MD: Did you know what you were walking into?\n\n"
        + "SK: Not at all. If I had seen the accounts first, I would have stayed in Bergen.\n\n"
        + "MD: What changed?\n\n"
        + "SK: We stopped apologising and the audience came.\n";

    assertThat(speakerOf(text, "Not at all")).isEqualTo("Susan Keller");
    assertThat(speakerOf(text, "We stopped apologising")).isEqualTo("Susan Keller");
  }

  @Test
  void interviewWithoutLabelsAlternatesQuestionAndAnswerParagraphs() {
    String text = "Building with reeds\n\n"
        + "Tamsin Achebe designs footbridges from laminated reed. Achebe spoke to us from her studio in Porto.\n\n"
        + "What drew you to reed?\n\n"
        + "It was an accident. A client could not get steel delivered for six months.\n\n"
        + "It worked better than we expected.\n\n"
        + "Is it strong enough?\n\n"
        + "Laminated reed is close to mild steel in tension. Fire is the real problem.\n\n"
        + "Where next?\n\n"
        + "Nepal, if the funding holds.\n";

    assertThat(speakerOf(text, "It was an accident")).isEqualTo("Tamsin Achebe");
    assertThat(speakerOf(text, "Nepal, if")).isEqualTo("Tamsin Achebe");
    // An answer over two paragraphs is one statement.
    assertThat(Extractors.shared().extract(text).citations()).extracting(Citation::text)
        .contains("It was an accident. A client could not get steel delivered for six months.\n\n"
            + "It worked better than we expected.");
  }

  @Test
  void rhetoricalQuestionsInAReportAreNotAnInterview() {
    String text = "The council voted on Monday to close the Marlow Road library.\n\n"
        + "So who uses it?\n\n"
        + "Mostly pensioners and schoolchildren, according to the council's own survey.\n\n"
        + "Where will they go?\n\n"
        + "The nearest branch is four miles away.\n\n"
        + "And what will it save?\n\n"
        + "About £90,000 a year.\n";

    assertThat(Extractors.shared().extract(text).citations()).extracting(Citation::rule)
        .doesNotContain("interview-turn");
  }

  @Test
  void stanceAdjectiveTakesTheNameInApposition() {
    String text = "Border row\n\n"
        + "The mayor of Lappeenranta, Kimmo Jarva, believes that the closure should be temporary.\n\n"
        + "The mayor of Imatra, Anna Virta, is convinced that the closure should end.\n\n"
        + "The head of the chamber, Lauri Salo, is confident that trade will recover.\n";

    assertThat(speakerOf(text, "the closure should end")).isEqualTo("Anna Virta");
    assertThat(speakerOf(text, "trade will recover")).isEqualTo("Lauri Salo");
  }

  @Test
  void theNewspaperIsTheOutletTheMediaNounNamed() {
    String text = "Border row\n\n"
        + "As quoted by TASS, the ministry called the move hostile.\n\n"
        + "The publication Pohjan Sanomat writes that only three deputies voted against the extension. "
        + "The newspaper notes that local shops have lost a third of their revenue.\n";

    assertThat(speakerOf(text, "local shops")).isEqualTo("Pohjan Sanomat");
  }

  @Test
  void theSpokesmanOfAnOrganisationIsThePersonNamedAsSuch() {
    String text = "Kremlin spokesman Oleg Varlamov said on Monday that Moscow regrets the decision.\n\n"
        + "\u201cThis is a decision that benefits no one,\u201d the Kremlin representative told reporters.\n\n"
        + "A spokesperson for the Finnish government said the border would stay closed.\n";

    assertThat(speakerOf(text, "This is a decision")).isEqualTo("Oleg Varlamov");
    assertThat(speakerOf(text, "the border would stay closed")).isEqualTo("Finnish government");
  }

  @Test
  void secondCoordinatedCueWithoutASubjectInTheTreeTakesTheFirstVerbsSubject() {
    String text = "As quoted by TASS, Russian Foreign Ministry spokeswoman Maria Zakharova called the Finnish "
        + "position \u201copenly hostile\u201d and said Moscow would draw conclusions.\n";

    assertThat(speakerOf(text, "Moscow would draw")).isEqualTo("Maria Zakharova");
  }

  @Test
  void aFilingWithAnExchangeSpeaksForTheCompanyNotTheExchange() {
    String text = "Pump maker Veltra AG cut its profit forecast on Monday. Veltra said demand had weakened.\n\n"
        + "The closure will affect about 620 jobs, according to a filing with the Frankfurt Stock Exchange.\n";

    assertThat(speakerOf(text, "The closure will affect")).isEqualTo("Veltra AG");
  }

  @Test
  void longTrailingSourceAndItsParticipleKeepTheSource() {
    String text = "Veltra has also held early talks with Swedish rival Nordflow about a sale of its marine pumps "
        + "division, a person familiar with the matter said, adding that no decision had been made.\n";

    assertThat(speakerOf(text, "Veltra has also held")).isEqualTo("a person familiar with the matter");
    assertThat(speakerOf(text, "no decision had been made")).isEqualTo("a person familiar with the matter");
  }

  @Test
  void whatTheCourtHeardWasSaidByTheCounselBeforeIt() {
    String text = "Opening the case, Alasdair Keane KC, prosecuting, said new starters at the firm were never trained.\n\n"
        + "The court heard that Dalby borrowed a harness from the firm's van when one was available.\n";

    assertThat(speakerOf(text, "Dalby borrowed")).isEqualTo("Alasdair Keane");
  }

  @Test
  void lettersAfterANameAreNotPartOfIt() {
    String text = "Alasdair Keane KC, prosecuting, said new starters at the firm were never trained.\n";

    assertThat(speakerOf(text, "new starters")).isEqualTo("Alasdair Keane");
  }

  @Test
  void aLongQuotationDoesNotPushItsSpeakerOutOfReachOfTheNextPronoun() {
    String text = "Lorna Fairweather denies manslaughter. Alasdair Keane KC, prosecuting, said the firm was careless.\n\n"
        + "Giving evidence on Wednesday, Fairweather wept. She told the jury:\n\n"
        + "\u2018I have run that company for twenty-two years. I had never lost anyone. I knew every one of "
        + "those lads by name.\n\n"
        + "\u2018Gary never once said to me that Reece had no harness. If he had, I would have driven there myself.\n\n"
        + "\u2018I am not saying we were perfect. We were not. But I did not send that boy up there.\u2019\n\n"
        + "Cross-examined by Mr Keane, she acknowledged that she had not visited the site in six weeks.\n";

    assertThat(speakerOf(text, "she had not visited")).isEqualTo("Lorna Fairweather");
  }

  @Test
  void aMisparsedQuotationIsNeverPartOfTheSpeakersMention() {
    String text = "Nathaniel Oduya KC, defending, spoke last.\n\n"
        + "\u2018Mrs Fairweather is not on trial for being a poor record-keeper,\u2019 Mr Oduya said.\n";

    ExtractionResult r = Extractors.shared().extract(text);
    Citation c = r.citations().stream().filter(x -> x.text().startsWith("Mrs Fairweather")).findFirst().orElseThrow();
    assertThat(c.speaker().orElseThrow().name()).isEqualTo("Nathaniel Oduya");
    assertThat(c.mention().orElseThrow().text()).isEqualTo("Mr Oduya");
  }

  @Test
  void frontedViewPhraseAndMissionsAndObjectionsAreStatements() {
    String text = "Natalia Gorelova disagrees. In her opinion, Kalinin is too optimistic about the currency.\n\n"
        + "The OSCE observation mission stated in its preliminary conclusions that the elections were competitive.\n\n"
        + "Deputy Viktor Sobolevsky objected that those cuts were unrelated to the defence section.\n";

    assertThat(speakerOf(text, "Kalinin is too optimistic")).isEqualTo("Natalia Gorelova");
    assertThat(speakerOf(text, "the elections were competitive")).isEqualTo("OSCE observation mission");
    assertThat(speakerOf(text, "those cuts were unrelated")).isEqualTo("Viktor Sobolevsky");
  }

  @Test
  void roleInAppositionAfterANameIsThatPerson() {
    String text = "Voicing a sharper position, Nurlan Asanaliev, deputy chairman of the Jogorku Kenesh Committee on "
        + "Fuel and Energy, Subsoil Use and Industrial Policy, stated that the government had known about the debt.\n";

    assertThat(speakerOf(text, "the government had known")).isEqualTo("Nurlan Asanaliev");
  }

  @Test
  void theSentenceAfterAQuotationCanSayWhoseWordsTheyWere() {
    String text = "Queues at the border\n\n"
        + "\u00abWe will not let our drivers freeze in a queue for nine days.\u00bb\n\n"
        + "The words belong to Yuriy Kovalchuk, head of the Zarichna regional administration.\n";

    assertThat(speakerOf(text, "We will not let")).isEqualTo("Yuriy Kovalchuk");
  }

  @Test
  void introSubjectOneOfThemTakesTheNameInApposition() {
    String text = "Several former drivers attended the hearing. One of them, Leonard Hughes, 71, read a statement "
        + "to the court.\n\n"
        + "\u201cI drove the number 9 route for thirty-one years. I never missed a shift.\u201d\n";

    assertThat(speakerOf(text, "I drove the number 9")).isEqualTo("Leonard Hughes");
  }

  @Test
  void theComparisonCameFromTheNamedPerson() {
    String text = "Anika Vos found the records last month.\n\n"
        + "\u201cCalling this data pseudonymised is like calling a diary anonymous.\u201d\n\n"
        + "The comparison came from Joel Mensah, a lawyer at the digital rights group Open Ledger.\n";

    assertThat(speakerOf(text, "Calling this data")).isEqualTo("Joel Mensah");
  }

  @Test
  void aQuotationAfterOneRunningOverTwoParagraphsKeepsItsSpeaker() {
    String text = "Asked what he will miss, the goalkeeper Rafe Dunmore did not hesitate.\n\n"
        + "\u201cThe dressing room,\u201d he said. \u201cThe noise of it. You cannot buy that anywhere.\n\n"
        + "\u201cI have been told where to be every day for twenty years. I am looking forward to a free "
        + "Saturday.\u201d\n\n"
        + "\u201cI will still come and watch, though. Where else would I go?\u201d\n\n"
        + "The club's chairman, Helen Price, said the north stand would be named after him in May.\n";

    assertThat(speakerOf(text, "I will still come")).isEqualTo("Rafe Dunmore");
  }

  @Test
  void aPersonNamedInAppositionSpeaksForTheWordBeforeIt() {
    String text = "The ferry will sail once a day from November.\n\n"
        + "The village\u2019s GP, Dr Ailsa Moffat, said she was worried about patients who travel to the "
        + "mainland for dialysis.\n";

    assertThat(speakerOf(text, "she was worried")).isEqualTo("Ailsa Moffat");
  }

  @Test
  void aTranslationCitedForAQuotationDoesNotSpeakIt() {
    String text = "The border town was shelled again overnight.\n\n"
        + "\u201cWe will answer every attack on our villages,\u201d Prime Minister Oleg Varuna said in a radio "
        + "address, according to a transcript released by his office.\n";

    assertThat(speakerOf(text, "We will answer")).isEqualTo("Oleg Varuna");
  }

  @Test
  void theDefiniteRoleTakesUpTheUnnamedPersonJustIntroduced() {
    String text = "The Ministry of Civil Defence said in a statement that rescue teams had pulled 140 people from "
        + "rooftops by midday.\n\n"
        + "\"This is the worst flooding the valley has seen,\" said Colonel Pavel Drozd, a spokesman for the ministry, "
        + "speaking at a command post above the town.\n\n"
        + "Col Drozd said the dam had been watched since Sunday, when engineers saw water seeping through it. He "
        + "said it was too early to say what had caused the breach, adding: \"Questions will be asked.\"\n\n"
        + "A senior government official, who spoke on condition of anonymity because he was not authorised to "
        + "discuss the matter, said a report sent to the capital in March had warned of cracks in the dam.\n\n"
        + "\"Nobody read it,\" the official said. \"It sat in a drawer for a year.\"\n";

    assertThat(speakerOf(text, "Nobody read it")).isEqualTo("A senior government official");
  }

  @Test
  void aParentCountedByChildrenIsThePersonInTheStory() {
    String text = "Dr Helen Marsh, who led the trial, said the drug slowed the disease in most patients.\n\n"
        + "For Owen Pritchard, a 52-year-old postman from Rhyl who took part in the trial, the result is personal. "
        + "\u201cMy father was on dialysis for ten years,\u201d Mr Pritchard said.\n\n"
        + "The father of two, who did not know during the study which tablet he was taking, said his blood tests "
        + "had hardly changed since 2021.\n";

    assertThat(speakerOf(text, "his blood tests")).isEqualTo("Owen Pritchard");
  }

  @Test
  void aQuotationAfterTheReportersQuestionAnswersIt() {
    String text = "Council member Rosa Lindqvist says she has asked the city to put bollards along the sidewalk.\n\n"
        + "\"We have talked about this for years,\" Lindqvist says. \"Cost is not an answer any more.\"\n\n"
        + "Will the council go along with it?\n\n"
        + "\"It will if I have anything to do with it.\"\n\n"
        + "Bakery owner Tom Ferris says the shop will stay closed for two weeks.\n";

    assertThat(speakerOf(text, "It will if I have")).isEqualTo("Rosa Lindqvist");
  }

  @Test
  void aRoleWithATeamsNameFitsTheTitleNotTheTeam() {
    String text = "Kelton State beat Ridgeway 71-70 on Saturday.\n\n"
        + "Andre Pike, the team's captain and a fourth-year senior, said he had been \"locked in\" all night.\n\n"
        + "Kelton State coach Marcus Bell said his team had \"found a way\" in the final minute.\n\n"
        + "The Kelton State captain said he had called the Ridgeway guard on Sunday to apologise.\n";

    assertThat(speakerOf(text, "he had called")).isEqualTo("Andre Pike");
  }

  @Test
  void aShortEchoOfTheQuestionBeforeAnAnswerAsksNothing() {
    String text = "\u201cIt is not acceptable,\u201d said Hallam manager Piotr Nowak.\n\n"
        + "Asked whether he would complain to the league, he said the club would \u201cfollow the process\u201d.\n\n"
        + "Gordon Leckie, the Brayfield manager, admitted his side had been lucky.\n\n"
        + "\u201cWe were second best for an hour,\u201d Leckie said. \u201cThen we got the break.\u201d\n\n"
        + "\u201cThe penalty? From where I was sitting it looked a foul. I have not seen it again.\u201d\n";

    assertThat(speakerOf(text, "The penalty?")).isEqualTo("Gordon Leckie");
  }

  @Test
  void whoReactedToTheWordsDidNotSayThem() {
    String text = "The harbour master, Tomasz Kerr, faced the boat owners on Monday night. Mr Kerr said the slipway "
        + "would stay shut until the spring.\n\n"
        + "\u201cYou will get your moorings back when the wall is safe, and not a day before.\u201d\n\n"
        + "The remark drew jeers from the gallery, and the meeting was adjourned.\n";

    assertThat(speakerOf(text, "You will get your moorings")).isEqualTo("Tomasz Kerr");
  }

  @Test
  void aStatementNounDeepInTheNextSentenceNamesNoSpeaker() {
    String text = "Marguerite Olsen spent eleven years on the bench before she retired. Asked about her rulings, "
        + "she smiles.\n\n"
        + "\u201cI was wrong twice. I know exactly which two.\u201d\n\n"
        + "The ruling that made her name came in 2009, when she heard the appeal of Daniel Rusk, a farmer "
        + "convicted of fraud.\n";

    assertThat(speakerOf(text, "I was wrong twice")).isEqualTo("Marguerite Olsen");
  }

  @Test
  void aParticipleAfterACommaIsNotATrailingAttribution() {
    String text = "Professor Graham Ellwood, a pharmacologist who was not involved in the study, was among several "
        + "specialists urging restraint.\n";

    assertThat(Extractors.shared().extract(text).citations()).isEmpty();
  }

  @Test
  void phrasalCuesReportOnlyWithTheirParticle() {
    String text = "Keir Starmer hit back that the Conservatives had left the health service on its knees. "
        + "The storm hit the coast that night.\n";

    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(r.citations()).hasSize(1);
    assertThat(r.citations().get(0).speaker().map(Speaker::name)).hasValue("Keir Starmer");
    assertThat(r.citations().get(0).cue().orElseThrow().text()).isEqualTo("hit back");
  }

  @Test
  void aNameTaggedAsAnOrganisationOnceIsStillThePerson() {
    String text = "Starmer and Badenoch clash over waiting lists\n\n"
        + "Kemi Badenoch opened by asking about waiting lists. \"Waiting lists are longer today,\" she said.\n";

    assertThat(speakerOf(text, "Waiting lists are longer")).isEqualTo("Kemi Badenoch");
  }

  @Test
  void theHeadOfAnOrganisationIsThePersonAtItsTop() {
    String text = "Prime Minister Tsendiin Otgonbayar thanked voters on Monday.\n\n"
        + "\u201cThe people have given us a mandate, but they have also given us a warning.\u201d\n\n"
        + "These words belong to the head of government, who spoke at a party meeting.\n";

    assertThat(speakerOf(text, "The people have given")).isEqualTo("Tsendiin Otgonbayar");
  }

  @Test
  void theNicknameInTheNameIsThatPerson() {
    String text = "RAGING Kenny \u201cBulldog\u201d Blunt tore into his players on Saturday.\n\n"
        + "Athletic chief executive Maureen Oduya insisted his job was safe. \u201cThe board is fully behind "
        + "Kenny,\u201d she told the Clarion.\n\n"
        + "Asked whether he would ring the changes, the Bulldog joked: \u201cI might pick myself. I could not do "
        + "any worse.\u201d\n";

    assertThat(speakerOf(text, "I might pick myself")).isEqualTo("Kenny Blunt");
  }

  @Test
  void epithetRefersToThePersonInTheStory() {
    String text = "Rovers manager Kenny Blunt was furious after the 3-0 defeat on Saturday.\n\n"
        + "The home side scored twice in the first ten minutes.\n\n"
        + "The Scot complained that the referee should have ruled out the second goal.\n";

    assertThat(speakerOf(text, "the referee should")).isEqualTo("Kenny Blunt");
  }

  @Test
  void abbreviatedTitleFitsTheRole() {
    String text = "Sen. Margaret Whitcombe criticised the plan on Tuesday. Press secretary Dana Kessler said the "
        + "governor would respond.\n\n"
        + "\"This money was appropriated for farmers,\" the senator told reporters.\n";

    assertThat(speakerOf(text, "This money")).isEqualTo("Margaret Whitcombe");
  }

  @Test
  void dialogueAfterAnIntroAlternatesBetweenSubjectAndAddressee() {
    String text = "Councillor Idris Vaughan opened the debate on the new cycle lane.\n\n"
        + "During the question session, retired nurse Pauline Hendry, who has lived on the road for 31 years, "
        + "challenged him directly.\n\n"
        + "“Have you actually driven down this road at school time?”\n\n"
        + "“I cycle down it every day.”\n\n"
        + "“Then where are the parents supposed to park?”\n";

    assertThat(speakerOf(text, "Have you actually")).isEqualTo("Pauline Hendry");
    assertThat(speakerOf(text, "I cycle down")).isEqualTo("Idris Vaughan");
    assertThat(speakerOf(text, "Then where")).isEqualTo("Pauline Hendry");
  }

  @Test
  void roleWithAnAppositionIsNamedLaterByItsTitle() {
    String text = "A new study links night noise to heart disease.\n\n"
        + "\"There is no safe threshold,\" the study's senior author, a professor of environmental epidemiology "
        + "at the University of Lyon, told reporters.\n\n"
        + "Dr Jonas Albrecht, a co-author, said the study had one limitation.\n\n"
        + "Professor Camille Roussel said the team had been startled.\n\n"
        + "Professor Alistair Munro, a cardiologist at the University of Glasgow, called the findings sobering.\n";

    assertThat(speakerOf(text, "There is no safe")).isEqualTo("Camille Roussel");
  }

  @Test
  void nicknameInQuotationMarksIsNotPartOfTheName() {
    String text = "RAGING Kenny “Bulldog” Blunt tore into his flops.\n\nThe Scot said the team had failed.\n";

    assertThat(speakerOf(text, "the team had failed")).isEqualTo("Kenny Blunt");
  }

  @Test
  void trailingAttributionWinsOverAMisparsedSubject() {
    String text = "A 34-year-old man who was arrested on suspicion of dangerous driving has been released on bail "
        + "pending further inquiries, police said on Sunday evening.\n";

    assertThat(speakerOf(text, "A 34-year-old man")).isEqualToIgnoringCase("police");
  }

  @Test
  void headlineRoleWithoutArticleIsThePersonNamedLater() {
    String text = "Bank of Lusarna holds rates as governor warns inflation \"not yet beaten\"\n\n"
        + "The Bank of Lusarna left its main interest rate unchanged on Thursday. Governor Elena Voss said "
        + "services prices had barely moved.\n";

    assertThat(Extractors.shared().extract(text).citations().get(0).speaker().map(Speaker::name)).hasValue("Elena Voss");
  }

  @Test
  void relativeClauseOnABarePluralIsNotAStatement() {
    String text = "Claims must be brought within six years. Tenants who believe they are affected can find guidance "
        + "on the court's website.\n";

    assertThat(Extractors.shared().extract(text).citations()).isEmpty();
  }

  @Test
  void quotedLineOfABookIsNotAStatement() {
    String text = "Her breakthrough novel follows three generations of a fishing family; its opening line, "
        + "“Nobody in Skarvoy ever drowned on a Sunday,” is still recited by schoolchildren.\n";

    assertThat(Extractors.shared().extract(text).citations()).isEmpty();
  }

  @Test
  void nameAfterAnHonorificIsAPersonForPronouns() {
    String text = "Cross-examining the witness, Fiona Laidlaw KC, for the defence, suggested she was mistaken.\n\n"
        + "Dr Aisha Rahman said the ferry had not slowed down.\n\n"
        + "Ms Laidlaw had earlier told the jury that her client denied behaving recklessly.\n\n"
        + "“Grief is not evidence of a crime,” she said.\n";

    assertThat(speakerOf(text, "Grief is not")).isEqualTo("Fiona Laidlaw");
  }

  @Test
  void nameAfterAKindNounIsAnOrganisation() {
    String text = "The fitness app Strydo has confirmed that a database of 2.3 million users was exposed.\n\n"
        + "“We take the security of our members’ data extremely seriously,” the company said in a statement.\n";

    assertThat(speakerOf(text, "We take the security")).contains("Strydo");
  }

  @Test
  void utilityIsAnOrganisationNoun() {
    String text = "\"We understand how frustrating this is,\" said Karen Whitfield, a spokeswoman for Northern "
        + "Prairie Energy.\n\n"
        + "The utility said most customers would be reconnected by Friday night.\n";

    assertThat(speakerOf(text, "most customers")).isEqualTo("Northern Prairie Energy");
  }

  @Test
  void quotedAsSayingGivesTheQuotedPerson() {
    String text = "Kremlin spokesman Dmitriy Pesotsky dismissed reports of a split. TASS quoted him as saying "
        + "that the president's position \"has not changed\".\n";

    assertThat(speakerOf(text, "the president's position")).isEqualTo("Dmitriy Pesotsky");
  }

  @Test
  void hyphenatedSurnameAloneIsThePersonNamedInFull() {
    String text = "Andrei Kortunov-Belsky, a senior fellow at the Centre for Strategic Studies, believes the "
        + "Kremlin is testing the waters. Kortunov-Belsky also notes that Turkish mediators have been quiet.\n";

    assertThat(speakerOf(text, "Turkish mediators")).isEqualTo("Andrei Kortunov-Belsky");
  }

  @Test
  void headlineWithTwoVerbsOfOneSubjectIsNotReportedSpeech() {
    String text = "Moscow signals readiness for grain talks, but sets conditions\n\nThe talks may resume in May.\n";

    assertThat(Extractors.shared().extract(text).citations()).isEmpty();
  }

  @Test
  void stancesWithAThatClauseAreStatements() {
    String text = "The European Commission expressed concern that the closure would disrupt freight traffic. "
        + "Commissioner Ilona Varga is convinced that the measure is politically motivated.\n\n"
        + "Lithuanian Interior Minister Tomas Kaunas voiced doubts that the crossings would reopen soon.\n";

    assertThat(speakerOf(text, "the closure would")).isEqualTo("European Commission");
    assertThat(speakerOf(text, "the measure is")).isEqualTo("Ilona Varga");
    assertThat(speakerOf(text, "the crossings would")).isEqualTo("Tomas Kaunas");
  }

  @Test
  void inTheOpinionOfX() {
    String text = "In the opinion of Belarusian analyst Pavel Zhuravsky, the closures are a bargaining chip.\n";

    assertThat(speakerOf(text, "the closures are")).isEqualTo("Pavel Zhuravsky");
  }

  @Test
  void positionIsThat() {
    String text = "Aleksandr Tikhonov spoke after the vote. Tikhonov's position is that the dispute will end soon.\n";

    assertThat(speakerOf(text, "the dispute will end")).isEqualTo("Aleksandr Tikhonov");
  }

  @Test
  void passiveQuotedAsSayingAndParticiplesAfterACommaKeepTheSpeaker() {
    String text = "Finance Minister Paulo Reis was quoted as saying that the budget was \"on track\".\n\n"
        + "Opposition lawmaker Ana Costa said the government should cut fuel taxes, noting that prices had "
        + "risen 12 percent this year.\n";

    assertThat(speakerOf(text, "the budget was")).isEqualTo("Paulo Reis");
    assertThat(speakerOf(text, "prices had risen")).isEqualTo("Ana Costa");
  }

  @Test
  void soCalledQuotationIsNotAStatement() {
    String text = "Aisha Rahman, a nurse from Leeds, was charged £450 in so-called \"administration fees\" "
        + "when she renewed her tenancy.\n";

    assertThat(Extractors.shared().extract(text).citations()).isEmpty();
  }

  @Test
  void nameInAppositionAfterARoleWithAPlace() {
    String text = "Tomas Lind has joined Malmo FF.\n\n"
        + "His former coach at Hammarby IF, Elsa Berg, said she was not surprised by the move.\n";

    assertThat(speakerOf(text, "she was not surprised")).isEqualTo("Elsa Berg");
  }

  @Test
  void organisationNounWithANationalityAdjective() {
    String text = "Tomas Lind has signed a two-year contract with Stabaek, the Norwegian club announced on Friday.\n";

    assertThat(speakerOf(text, "Tomas Lind has signed")).isEqualTo("Stabaek");
  }

  @Test
  void quotedQuestionFollowedByTheAskerInTheNextSentence() {
    String text = "Two neighbours compared notes outside the shop.\n\n"
        + "\u201cHave they said when the school\u2019s reopening?\u201d Joan Pettigrew, 72, asked her neighbour.\n\n"
        + "\u201cNot a word,\u201d said Dave Hollis.\n";

    assertThat(speakerOf(text, "Have they said")).isEqualTo("Joan Pettigrew");
  }

  @Test
  void roleResolvedToANameGivenLaterInASentenceWithoutACue() {
    String text = "Taxes\n\nThe finance minister said there would be no tax rises this year.\n\n"
        + "The finance minister, Olga Brandt, has ruled out tax rises before the election.\n";

    assertThat(speakerOf(text, "there would be no tax rises")).isEqualTo("Olga Brandt");
  }

  @Test
  void headlineLabelBeforeAColonNamesTheSpeaker() {
    String text = "Brandt: 'We will not raise taxes'\n\n"
        + "The finance minister, Olga Brandt, has ruled out tax rises before the election.\n";

    assertThat(speakerOf(text, "We will not raise taxes")).isEqualTo("Olga Brandt");
  }

  @Test
  void possessorIsLessSalientThanTheLastSubject() {
    String text = "Councilwoman Joan Meyers called the deal a giveaway.\n\n"
        + "Mayor Linda Park dismissed the criticism. Asked about Meyers' comments, she said: "
        + "\"Joan has a right to her opinion. But she is wrong.\"\n";

    assertThat(speakerOf(text, "Joan has a right")).isEqualTo("Linda Park");
  }

  @Test
  void descriptiveRoleForATitledPerson() {
    String text = "Deputy Foreign Minister Pavel Orlov noted that the talks could not go on indefinitely. "
        + "The diplomat stressed that the other side must keep its part of the deal.\n";

    assertThat(speakerOf(text, "the other side must")).isEqualTo("Pavel Orlov");
  }

  @Test
  void accordingToFiguresPublishedByAnOrganisation() {
    String text = "Waiting lists at Riverside Hospital have reached a record 14,000 patients, according to figures "
        + "published by the health board on Thursday.\n";

    assertThat(speakerOf(text, "Waiting lists")).isEqualTo("health board");
  }

  @Test
  void aParticipleAfterAMainClauseIsItsSubjectsStatement() {
    String text = "Halden Rovers manager Piet Arnesen refused to blame the pitch after his side's 3-1 loss "
        + "on Sunday, insisting his defenders had \"switched off\" after the break.\n";

    assertThat(speakerOf(text, "his defenders")).isEqualTo("Piet Arnesen");
  }

  @Test
  void aSubjectNounInsideTheAppositionOfANameIsThatName() {
    String text = "Dr Lena Orsolya-Vance, a soil and water scientist at the Marrow Institute, who was not "
        + "involved in the survey, said the estimates were “plausible and, if anything, cautious”.\n";

    assertThat(speakerOf(text, "the estimates were")).isEqualTo("Lena Orsolya-Vance");
  }

  @Test
  void aPersonsRoleNeverStandsForTheOrganisationJustQuoted() {
    String text = "A spokesman for the Ministry of Fisheries said: \"We are reviewing the licence.\"\n\n"
        + "The mayor, asked whether she backed the scheme, said only: \"I will read the report.\"\n";

    assertThat(speakerOf(text, "I will read")).isNotEqualTo("Ministry of Fisheries");
    assertThat(speakerOf(text, "We are reviewing")).isEqualTo("Ministry of Fisheries");
  }

  @Test
  void theNameWithAnHonorificInAppositionRightBeforeTheCueSpeaks() {
    String text = "Prosecutor Omar Vale told the court the money was never recovered.\n\n"
        + "In a statement read to the court by Mr Vale, the school's head teacher, Dr Lisa Fenn, said "
        + "pupils had been left shaken.\n";

    assertThat(speakerOf(text, "pupils had been")).isEqualTo("Lisa Fenn");
  }

  @Test
  void anInvertedCueFollowedByAClauseOfWhenStillAttributesTheQuotation() {
    String text = "Hustings\n\n"
        + "Party officials said turnout in the contest was expected to exceed 70 per cent.\n\n"
        + "\"It's going to be close,\" said Tudge, as the hall emptied. \"Closer than either of us would like.\"\n";
    assertThat(speakerOf(text, "It's going to be close")).isEqualTo("Tudge");
  }

  @Test
  void aRelativeClauseOnTheLastNameSpeaksForThatNameNotForTheOpeningSubject() {
    String text = "Trial\n\n"
        + "The prosecutor, who has more than 20 years' experience of fraud cases, then turned to the evidence of "
        + "the accountant, Dr Mina Rowe, who told the court last week that the ledgers had been altered.\n";

    assertThat(speakerOf(text, "the ledgers had been altered")).isEqualTo("Mina Rowe");
  }

  @Test
  void aNameRightAfterASpokeswomansRoleAndRankSpeaks() {
    String text = "Threat\n\n"
        + "Sheriff's Office spokeswoman Sgt. Maria Lowe said deputies would be posted at both schools through Friday.\n";

    assertThat(speakerOf(text, "deputies would be posted")).isEqualTo("Maria Lowe");
  }

  @Test
  void whichAfterAnOrganisationBeforeACommaIsThatOrganisation() {
    String text = "Ferry strike\n\n"
        + "A coastguard launch did take three patients to Naxos on Thursday, according to the North Aegean Port "
        + "Authority, which said urgent cases would continue to be moved “by any means available” while the strike lasted.\n";

    assertThat(speakerOf(text, "urgent cases would continue")).isEqualTo("North Aegean Port Authority");
  }

  @Test
  void theAnswerAfterAQuestionPutToSomeoneInTheReportersWordsIsTheirs() {
    String text = "Ferry fares\n\n"
        + "Transport secretary Moira Lindqvist went on Radio Kelda's breakfast programme on Tuesday.\n\n"
        + "‘Nobody enjoys paying more to cross the sound,’ Ms Lindqvist said. ‘But the boats are forty years old.’\n\n"
        + "The presenter, Owen Tranter, pressed her on the cost to islanders who commute every day.\n\n"
        + "‘It is a lot of money, yes. That is why season tickets are frozen.’\n\n"
        + "Mr Tranter put it to her that the freeze would last only until the spring.\n\n"
        + "‘The freeze lasts as long as I am in this job.’\n";

    assertThat(speakerOf(text, "It is a lot of money")).isEqualTo("Moira Lindqvist");
    assertThat(speakerOf(text, "The freeze lasts")).isEqualTo("Moira Lindqvist");
  }

  @Test
  void aQuestionAfterSomeonePressedIsStillTheAskers() {
    String text = "Cycle lane\n\n"
        + "Councillor Ravi Dutt defended the scheme at the meeting.\n\n"
        + "Resident Glenys Maddox pressed him at the public question session.\n\n"
        + "“Have you ever tried to park on Orchard Road at eight in the morning?”\n\n"
        + "“I cycle down it every day.”\n";

    assertThat(speakerOf(text, "Have you ever tried")).isEqualTo("Glenys Maddox");
  }

  @Test
  void aTitleInsideTheTaggersNameRunBelongsToTheTitle() {
    String text = "Strike\n\n"
        + "Glen Arden Mayor Susan Okoro-Platt said Sunday that the city would not reopen talks.\n\n"
        + "Later the mayor said the offer was the largest in two decades.\n";

    assertThat(speakerOf(text, "the city would not")).isEqualTo("Susan Okoro-Platt");
    assertThat(speakerOf(text, "the offer was the largest")).isEqualTo("Susan Okoro-Platt");
  }

  @Test
  void counselPuttingItToAWitnessIsAStatementEvenWhenTheParserLeavesTheClauseLoose() {
    String text = "Trial\n\n"
        + "Mr Okereke put it to her that Biscuit had bitten at least two children in the year before the attack.\n";

    assertThat(speakerOf(text, "Biscuit had bitten")).isEqualTo("Okereke");
  }

  @Test
  void aQuestionAfterCounselPutItToTheWitnessIsCounselsNotTheWitnesss() {
    String text = "Roof trial\n\n"
        + "The trial of two directors over the collapse of a sports hall roof continued on Wednesday.\n\n"
        + "Cross-examining on behalf of Mr Dorrell, Lena Marsh KC put it to the surveyor that she had never "
        + "inspected the beams herself.\n\n"
        + "\"That is right. They were removed before I arrived,\" Dr Brandt said.\n\n"
        + "\"So when you told this jury the beams were rotten, you were describing wood you have never seen?\"\n\n"
        + "\"I was describing samples taken from the same beams.\"\n";

    assertThat(speakerOf(text, "she had never inspected")).isEqualTo("Lena Marsh");
    assertThat(speakerOf(text, "So when you told")).isEqualTo("Lena Marsh");
    assertThat(speakerOf(text, "I was describing")).isEqualTo("Brandt");
  }

  @Test
  void aQuestionPutToTheAccusedIsReportedEvenWhenTheTaggerReadsAccusedAsAVerb() {
    String text = "Trial\n\n"
        + "Mrs Adair asked the accused why a van like his had been seen near the depot at midnight.\n";

    assertThat(speakerOf(text, "why a van like his")).isEqualTo("Adair");
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfItsOwnVerb() {
    String text = "Ferry fares\n\n"
        + "Transport secretary Moira Lindqvist went on Radio Kelda's breakfast programme on Tuesday.\n\n"
        + "‘Nobody enjoys paying more to cross the sound,’ Ms Lindqvist said. ‘But the boats are forty years old.’\n\n"
        + "The presenter, Jo Tranter, pressed her on the cost to islanders who commute every day.\n\n"
        + "‘It is a lot of money, yes. That is why season tickets are frozen.’\n\n"
        + "Ms Tranter put it to her that the freeze would last only until the spring.\n\n"
        + "‘The freeze lasts as long as I am in this job.’\n";

    assertThat(speakerOf(text, "It is a lot of money")).isEqualTo("Moira Lindqvist");
    assertThat(speakerOf(text, "the freeze would last")).isEqualTo("Jo Tranter");
    assertThat(speakerOf(text, "The freeze lasts")).isEqualTo("Moira Lindqvist");
  }

  @Test
  void theUnionIsAFederationOrAssociationNamedBefore() {
    String text = "Pilots' pay\n\n"
        + "Northgate Airways said on Monday that it would cut 200 flights in March.\n\n"
        + "The Cockpit Crew Federation, which represents 1,100 pilots, said its members had voted to strike.\n\n"
        + "Northgate Airways said the vote was disappointing.\n\n"
        + "The union said the strike would begin on March 3.\n";

    assertThat(speakerOf(text, "the strike would begin")).isEqualTo("Cockpit Crew Federation");
  }

  @Test
  void aUnionDescribedByTheWorkItsMembersDoIsTheUnionWhoseNameSaysSo() {
    String text = "Two strikes at Hollowmere hospital\n\n"
        + "The Healthcare Workers Union said on Monday that porters and cleaners at Hollowmere General would strike "
        + "for 48 hours from Thursday.\n\n"
        + "The Healthcare Workers Union, which has 2,000 members at the trust, said talks had broken down.\n\n"
        + "The Guild of Radiography and Laboratory Staff said its members had also voted to walk out.\n\n"
        + "The laboratory union said blood tests for outpatients would be delayed.\n";

    assertThat(speakerOf(text, "blood tests for outpatients")).isEqualTo("Guild of Radiography and Laboratory Staff");
  }

  @Test
  void aNameAfterCommaAndRightBeforeTheVerbIsItsSubjectNotAConjunctOfTheClauseBefore() {
    String text = "Cup run ends\n\n"
        + "Brantley Rovers lost 3-1 to Osterfield United in the fourth round on Tuesday.\n\n"
        + "Brantley host Kelham Athletic on Saturday, and Dunstable said he would give several of the club's youth "
        + "players their debuts.\n";

    assertThat(speakerOf(text, "he would give")).isEqualTo("Dunstable");
  }

  @Test
  void anExchangeNeverGivesATurnToTheOneItAddresses() {
    String text = "Minister challenged on rents\n\n"
        + "The housing minister, Tom Harker, defended the government's record on rents in a breakfast "
        + "television interview on Monday.\n\n"
        + "\"Rents are rising more slowly than they were a year ago. That is progress,\" Harker said.\n\n"
        + "The programme then brought in Ruth Vance, chair of the Tenants' Federation, who had been "
        + "listening from the other end of the sofa.\n\n"
        + "Vance said the figures hid the worst cases. She said ministers were blaming landlords for "
        + "shortages that were the result of years of underbuilding.\n\n"
        + "\"The minister talks about progress. Rents in the north-east went up by a fifth last year, and "
        + "they went up because his department cut the building grant,\" she said.\n\n"
        + "\"That is simply not true—\" Harker began.\n\n"
        + "\"It's in your own department's housing survey, minister. Table six.\"\n\n"
        + "Harker said the survey had measured new lets rather than existing tenancies.\n";

    assertThat(speakerOf(text, "It's in your own department")).isEqualTo("Ruth Vance");
  }

  @Test
  void aTurnCutOffAndBegunIsTheOneWhoBeganIt() {
    String text = "Council leader challenged on bins\n\n"
        + "The council leader, Gareth Pryce, was questioned by residents at a packed meeting on Thursday.\n\n"
        + "Linda Moss, who lives on Orchard Row, said her street had missed four collections since June. "
        + "\"We have been told it will be fixed every month,\" she said.\n\n"
        + "\"That is not what the figures show\u2014\" Pryce began.\n\n"
        + "\"I don't need figures. I can smell it from my kitchen.\"\n";

    assertThat(speakerOf(text, "That is not what the figures")).isEqualTo("Gareth Pryce");
  }

  @Test
  void theAgencyIsACommissionNamedBefore() {
    String text = "Dairy deal\n\n"
        + "The Fair Trading Commission said it had opened an inquiry into the deal between Halvern Foods and Brodie Dairies.\n\n"
        + "Halvern Foods said it would cooperate fully with any review.\n\n"
        + "The agency said the review would take six months.\n";

    assertThat(speakerOf(text, "the review would take")).isEqualTo("Fair Trading Commission");
  }

  @Test
  void wordsTakenUpWithNoOneElseSpeakingNearbyAreTheSameSpeakerGoingOn() {
    String text = "Cabin crew strike\n\n"
        + "Flights were cancelled across the network on Monday as cabin crew at Norvik Air walked out.\n\n"
        + "The airline's chief executive, Daniel Holm, was not at the airport on Monday.\n\n"
        + "The union's general secretary, Martin Ferris, told reporters that crew had been left with no other option.\n\n"
        + "“Our members have been patient. They were promised the cuts would be paid back when things recovered,” he said.\n\n"
        + "“Things have recovered. The airline made record profits last year.”\n";

    assertThat(speakerOf(text, "Things have recovered")).isEqualTo("Martin Ferris");
  }

  @Test
  void soSaidNamesTheSpeakerOfTheQuotationBefore() {
    String text = "Rovers go down\n\n"
        + "“We were not good enough, not for long enough, and the table does not lie.”\n\n"
        + "So said Marcus Quarrie, the Hollinbridge Town manager, moments after a 2-0 defeat confirmed relegation.\n\n"
        + "Quarrie did not hide behind the timing of his appointment.\n";

    assertThat(speakerOf(text, "We were not good enough")).isEqualTo("Marcus Quarrie");
  }

  @Test
  void aHeadlineIntroducesNoOne() {
    String text = "After 40 seasons, Calder Rep goes dark\n\n"
        + "\"You don't close a theatre. You put it to sleep and hope somebody wakes it.\"\n\n"
        + "The artistic director, Odile Brannagh, said the board had run out of options.\n";

    assertThat(speakerOf(text, "You don't close a theatre")).isEqualTo("Odile Brannagh");
  }

  @Test
  void aShortAnswerIsTheOneTheQuestionBeforeSpokeToByName() {
    String text = "Ransomware hearing\n\n"
        + "Nadia Pruitt, the chain's chief information officer, told the committee the attack had been contained within a day.\n\n"
        + "Rep. Ruth Castellanos was not persuaded. She said the company had waited a week to tell patients.\n\n"
        + "\"The bureau asks you to preserve evidence. It does not ask you to hide it,\" the congresswoman said.\n\n"
        + "She then turned to the chain's security budget, which was half the industry norm.\n\n"
        + "\"Did you ask for more money, Ms. Pruitt?\"\n\n"
        + "\"Every year.\"\n";

    assertThat(speakerOf(text, "Every year")).isEqualTo("Nadia Pruitt");
  }

  @Test
  void theAnswerToAQuestionIsByWhoeverAnsweredThatAskerBefore() {
    String text = "Maternity inquiry\n\n"
        + "The inquiry heard evidence from Margaret Hollins, the trust's former chief nurse, on Tuesday.\n\n"
        + "Tobias Wren, who represents the families, asked whether Mrs Hollins had ever visited the ward at night. "
        + "She said she had done so three or four times in seven years.\n\n"
        + "“Three or four times. The mothers I represent gave birth at night,” he said.\n\n"
        + "Sir Geoffrey Lumb, the chairman, said he would not allow the session to become a speech. "
        + "Mr Wren apologised, then asked: “Did anyone ever tell you that midwives were covering two rooms at once?”\n\n"
        + "“Not in those terms, no.”\n";

    assertThat(speakerOf(text, "Not in those terms")).isEqualTo("Margaret Hollins");
  }

  @Test
  void aLongerAnswerToAQuestionIsByWhoeverAnsweredThatAskerBefore() {
    String text = "Bakery fire trial\n\n"
        + "Ewan Dorrie, 47, denies setting fire to his own bakery in Kilbrannan.\n\n"
        + "Rennie asked the accused why a man in a dark jacket had been filmed at the rear door at 1.52am.\n\n"
        + "\"It isn't me. I don't own a jacket like that,\" Dorrie said.\n\n"
        + "\"You would know that from a grainy image taken at two in the morning?\"\n\n"
        + "\"I'd know my own shape.\"\n\n"
        + "At one point the judge, Lady Carsewell, told Rennie that the jury had heard the point several times. "
        + "The court has heard that Dorrie raised his insurance cover six weeks before the fire.\n\n"
        + "\"Why then?\" Rennie asked.\n\n"
        + "\"Because the broker rang me and told me I was under-insured. He said a flood would ruin me.\"\n";

    assertThat(speakerOf(text, "Because the broker")).isEqualTo("Ewan Dorrie");
  }

  @Test
  void aQuotationAfterTheWritersOwnPointToSomeoneIsTheirAnswer() {
    String text = "The novelist of the canals\n\n"
        + "Ingrid Sallow grew up on a narrowboat, and her new novel is set on a canal.\n\n"
        + "\"Water is the only landscape I really trust,\" she says. \"It is also the only one that frightens me.\"\n\n"
        + "I tell her it frightened me, too, particularly the chapter in the lock.\n\n"
        + "\"Good. I couldn't write the last forty pages after dark.\"\n\n"
        + "Her editor, Lorcan Feeney, says the book was finished in a single winter.\n";

    assertThat(speakerOf(text, "Good. I couldn't")).isEqualTo("Ingrid Sallow");
  }

  @Test
  void theCongresswomanIsTheRepresentativeNamedBefore() {
    String text = "Hearing\n\n"
        + "Rep. Ruth Castellanos was not persuaded. She said the company had waited a week to tell patients.\n\n"
        + "\"The bureau asks you to preserve evidence,\" the congresswoman said.\n";

    assertThat(speakerOf(text, "The bureau asks")).isEqualTo("Ruth Castellanos");
  }
  @Test
  void aTurnCutOffByADashIsFollowedByAnotherSpeaker() {
    String text = "Rail outage hearing\n\n"
        + "The chief executive of Calder Rail, Martin Oyelaran, told the transport committee that a signalling fault "
        + "had gone unreported for three hours.\n\n"
        + "\u201cI accept that. I have apologised for it and I apologise again today,\u201d he said.\n\n"
        + "Ruth Pennock, who represents Eastmoor, interrupted before Mr Oyelaran had finished.\n\n"
        + "\u201cYou apologised on the Monday. On the Friday your company told investors the delay was minor. "
        + "Which of those came first in your mind \u2014\u201d\n\n"
        + "\u201cThat statement was about the timetable, not about the \u2014\u201d\n";

    assertThat(speakerOf(text, "That statement was")).isEqualTo("Martin Oyelaran");
  }

  @Test
  void aLongAnswerAfterATurnThatAddressesSomeoneByNameIsTheirs() {
    String text = "Housing row at hustings\n\n"
        + "On housing, the sharpest exchanges were between the two challengers. Ms Adaeze Okolie said she would "
        + "require 40 per cent of homes on large sites to be affordable.\n\n"
        + "Mr Gareth Whitlock argued that such a rule would stop homes being built. "
        + "\u201cYou can have 40 per cent of nothing, Adaeze. That is what you will get.\u201d\n\n"
        + "\u201cThat is exactly what the developers have been saying for ten years, and it has never once been true.\u201d\n";

    assertThat(speakerOf(text, "That is exactly")).isEqualTo("Adaeze Okolie");
  }

  @Test
  void aPossessiveNameInAQuotationIsNotSomeoneAddressed() {
    String text = "Rovers hold on\n\n"
        + "Rovers' head coach, Marian Tolley, said her captain, Ben Askew, had gone to hospital for a scan.\n\n"
        + "\u201cBen\u2019s a tough lad and he wanted to go back on,\u201d Tolley said.\n\n"
        + "\u201cAs for the game itself, we were poor for an hour and we got away with it.\u201d\n";

    assertThat(speakerOf(text, "As for the game")).isEqualTo("Marian Tolley");
  }

  @Test
  void anAbbreviatedTitleBeforeANameIsTheirRole() {
    String text = "Footbridge stays shut\n\n"
        + "Cllr Anita Sorensen, the council\u2019s cabinet member for highways, said engineers would survey the bridge.\n\n"
        + "The campaign\u2019s organiser, Douglas Attwater, said the bridge could take the weight of a dog walker.\n\n"
        + "Asked about the petition, the councillor said the advice was that the bridge should carry no load.\n";

    assertThat(speakerOf(text, "the advice was")).isEqualTo("Anita Sorensen");
  }
  @Test
  void heAfterASpokesmanIsTheOrganisationHeSpeaksFor() {
    String text = "Nursery funding row\n\n"
        + "Imelda Crace, the opposition's finance spokeswoman, said the minister had counted the same money twice.\n\n"
        + "A Liberal Union spokesman defended the minister. \u201cImelda Crace sat in the finance ministry for four years "
        + "and did nothing for parents,\u201d he said.\n";

    assertThat(speakerOf(text, "Imelda Crace sat")).isEqualTo("Liberal Union");
  }
  @Test
  void aClubDescribedByItsLeagueIsTheClubNotTheLeague() {
    String text = "Goalkeeper loan collapses\n\n"
        + "Dunmere Athletic have appealed after the Northern Alliance refused to register the loan of goalkeeper "
        + "Piotr Zalewski from Carrow Vale.\n\n"
        + "The decision leaves Dunmere Athletic without a senior goalkeeper for six weeks.\n\n"
        + "In a statement, the Northern Alliance side said they were astonished by the ruling.\n\n"
        + "Later the Championship club said it would take the case to arbitration.\n";

    assertThat(speakerOf(text, "they were astonished")).isEqualTo("Dunmere Athletic");
    assertThat(speakerOf(text, "it would take the case")).isEqualTo("Dunmere Athletic");
  }

  @Test
  void theGoverningBodyIsTheBodyNamedBefore() {
    String text = "Takeover race\n\n"
        + "Any sale of Harlow Town would need the approval of the National Football Board, which vets prospective owners.\n\n"
        + "The governing body said it had not yet received an application from either bidder.\n";

    assertThat(speakerOf(text, "it had not yet received")).isEqualTo("National Football Board");
  }
  @Test
  void aSpanishNamesFirstSurnameAloneIsThatPerson() {
    String text = "Run-off result disputed\n\n"
        + "Esteban Larraín Ocampo, a former central bank governor, claimed victory in the presidential run-off on Sunday.\n\n"
        + "\u201cThe country has chosen calm,\u201d Larraín told supporters in the capital.\n";

    assertThat(speakerOf(text, "The country has chosen")).isEqualTo("Esteban Larraín Ocampo");
  }
  @Test
  void aSurnameThatIsAlsoATownIsThePersonWhenItIsASubject() {
    String text = "Pier swimmer\n\n"
        + "Their founder, Jo Kettering, a physiotherapist, says the group was inspired by Peggy Ashcombe.\n\n"
        + "Ashcombe has declined every time. \"They are lovely. They scream a lot,\" she says.\n\n"
        + "Kettering takes this in good part. \"She is right about the ladder,\" she concedes.\n";

    assertThat(speakerOf(text, "She is right")).isEqualTo("Jo Kettering");
  }
  @Test
  void theNounRightBeforeALooseReportingVerbIsItsSubject() {
    String text = "Winter swimmer\n\n"
        + "Maureen Tallis started swimming the winter after her husband was lost at sea. She was 30, with two "
        + "children under five, and a neighbour suggested that cold water might help her sleep.\n";

    assertThat(speakerOf(text, "cold water might")).isEqualTo("a neighbour");
  }
  @Test
  void itAfterAStatementCarriedByANewsAgencyIsTheBodyThatMadeIt() {
    String text = "Engineer detained\n\n"
        + "Korvia's State Security Bureau said in a statement carried by the state news agency Korpress that the "
        + "engineer had gathered information about military sites. The case would be sent to court soon, it said.\n";

    assertThat(speakerOf(text, "The case would")).isEqualTo("State Security Bureau");
  }
  @Test
  void aMaidenNameAndAMarriedNameWithTheSameFirstNameAreOnePerson() {
    String text = "Pianist dies at 88\n\n"
        + "Odette Marsh Kellerman, a pianist who ran a basement jazz club for thirty years, died on Sunday.\n\n"
        + "Odette Ruth Marsh was born in 1936, the youngest of four children of Amos Marsh, a railroad porter.\n\n"
        + "\"I had the devil in my fingers,\" Odette Ruth Marsh told an interviewer in 1979.\n";

    assertThat(speakerOf(text, "I had the devil")).isEqualTo("Odette Marsh Kellerman");
  }
  @Test
  void aShortQuotationWithNoExchangeInViewGoesOnWithItsSpeaker() {
    String text = "Coxswain's funeral\n\n"
        + "His widow, Carys Penhallow, said the two boys he died trying to save had done nothing wrong. "
        + "\u2018Owen would have been furious with anyone who blamed them,\u2019 she said.\n\n"
        + "Idris Vaughan, the lifeboat\u2019s coxswain, said an inquest had been opened and adjourned.\n\n"
        + "He said donations from as far away as Canada had passed \u00a360,000.\n\n"
        + "\u2018Owen would be mortified by all this fuss,\u2019 he said. \u2018And then he\u2019d want the money "
        + "to go on a new engine for the inshore boat.\u2019\n\n"
        + "\u2018We\u2019ll make sure it does.\u2019\n";

    assertThat(speakerOf(text, "We\u2019ll make sure")).isEqualTo("Idris Vaughan");
  }
  @Test
  void aOneWordNameAfterInThatAPersonNounGovernsIsAPlace() {
    String text = "Run-off result\n\n"
        + "Esteban Larra\u00edn Ocampo claimed victory in the presidential run-off on Sunday.\n\n"
        + "A Western diplomat in Aranda, who spoke on condition of anonymity, said several embassies were "
        + "holding back their congratulations.\n";

    assertThat(speakerOf(text, "several embassies")).isEqualTo("A Western diplomat in Aranda");
  }

  @Test
  void quotationAfterAnAdvertisementSlotContinuesTheSpeakerBeforeIt() {
    String text = "Tenants of Wexcombe Court say their lifts have been broken for a month.\n\n"
        + "Priya Dhanjal, who lives on the ninth floor, said the landlord had stopped answering letters.\n\n"
        + "“My mother is eighty-one. She has not left the flat since the fourth,” she said.\n\n"
        + "Advertisement\n\n"
        + "“We pay the service charge every quarter. We just want what we pay for.”\n\n"
        + "Halvern Homes said an engineer would visit on Friday.\n";

    assertThat(speakerOf(text, "We pay the service")).isEqualTo("Priya Dhanjal");
  }

  @Test
  void quotationAfterAnInvitationToDownloadAnAppContinuesTheSpeakerBeforeIt() {
    String text = "Floodwater closed the Mossbank road on Tuesday.\n\n"
        + "Ewan Pratley, 64, was moving sandbags outside his garage when the water came over the kerb.\n\n"
        + "“It rose a foot in ten minutes,” Pratley said. “The drains just gave up.”\n\n"
        + "Download the Valley Echo app for flood warnings and travel updates.\n\n"
        + "“I have lived here since 1987 and never seen it this bad.”\n\n"
        + "Calder Water said its crews would clear the culvert on Wednesday.\n";

    assertThat(speakerOf(text, "I have lived here")).isEqualTo("Ewan Pratley");
  }

  @Test
  void aQuotationAfterANarrativeParagraphIsThePersonItsLastSentenceNames() {
    String text = "Ferry sailings cut\n\n"
        + "Islanders packed Brora Hall on Thursday to hear why the winter timetable had been halved.\n\n"
        + "Opening the meeting, the operator's route manager, Fiona Laidlaw, said crew shortages had left no choice. "
        + "“We cannot sail a boat without a crew,” she said.\n\n"
        + "Angus Munro, 58, whose fish van crosses twice a week, was the first to stand up.\n\n"
        + "“Two sailings a week? My customers on the mainland will go elsewhere by Christmas.”\n\n"
        + "Ms Laidlaw said the company would review the timetable in January.\n";

    assertThat(speakerOf(text, "Two sailings a week")).isEqualTo("Angus Munro");
  }

  @Test
  void sentencesAboutSomeoneGoBackToTheSentenceThatNamesThem() {
    String text = "Village school vote\n\n"
        + "The county board will vote next week on closing Marsh End Primary.\n\n"
        + "Parents packed the village hall on Monday to argue against the plan.\n\n"
        + "Walter Prentice, 72, has chaired the parish council for 18 years. His grandchildren, who live in "
        + "Calbourne, go to the larger school there.\n\n"
        + "“They have a swimming pool and a proper library. I can't pretend that isn't a good school.”\n\n"
        + "The board's chairwoman, Ann Lyle, said the decision had not been made.\n";

    assertThat(speakerOf(text, "They have a swimming pool")).isEqualTo("Walter Prentice");
  }

  @Test
  void readMoreLinksAreNotTheReportersText() {
    assertThat(dev.verbatim.text.PageFurniture.isFurniture("Read more: Council approves ferry timetable")).isTrue();
    assertThat(dev.verbatim.text.PageFurniture.isFurniture("ADVERTISEMENT")).isTrue();
    assertThat(dev.verbatim.text.PageFurniture.isFurniture("Story continues below")).isTrue();
    assertThat(dev.verbatim.text.PageFurniture.isFurniture("Fares to rise")).isFalse();
    assertThat(dev.verbatim.text.PageFurniture.isFurniture("Advertisements for the post were placed in May.")).isFalse();
    assertThat(dev.verbatim.text.PageFurniture.isFurniture("Sign up to Tide Times, our free weekly newsletter")).isTrue();
    assertThat(dev.verbatim.text.PageFurniture.isFurniture("Follow us on Instagram")).isTrue();
    assertThat(dev.verbatim.text.PageFurniture.isFurniture(
        "Subscribers to the council's flood alerts got the first warning at noon.")).isFalse();
  }

  @Test
  void theMinisterIsTheSecretaryWithAPortfolioNamedBefore() {
    String text = "The transport secretary, Anna Kerridge, told MPs that the new timetable would be published in May.\n\n"
        + "“We will not repeat the mistakes of the last franchise,” said Ms Kerridge.\n\n"
        + "Tom Pellor, whose constituency lies on the line, said his patience had run out. "
        + "“My constituents have waited four years,” Mr Pellor said.\n\n"
        + "Another member asked about the cost. The minister replied that she was “confident” the budget would hold.\n";

    assertThat(speakerOf(text, "she was")).isEqualTo("Anna Kerridge");
  }

  @Test
  void aUnionsGeneralSecretaryIsNotTheMinister() {
    String text = "The general secretary of the drivers' union, Anna Kerridge, said the new timetable was unworkable.\n\n"
        + "“We will not accept the mistakes of the last franchise,” said Ms Kerridge.\n\n"
        + "The minister replied that she was “confident” the budget would hold.\n";

    assertThat(speakerOf(text, "she was")).isNotEqualTo("Anna Kerridge");
  }

  @Test
  void aSpokespersonForAPersonsRoleIsTheSpokesperson() {
    String text = "MPs clashed over rents on Wednesday.\n\n"
        + "Tom Pellor, the opposition housing spokesman, said the government had failed renters. "
        + "\"This is a disgrace,\" Mr Pellor said.\n\n"
        + "After the session, the prime minister's official spokesman told reporters that the deposit cap would be "
        + "included in legislation.\n\n"
        + "A spokesperson for the prime minister said the bill would return in the spring.\n";

    assertThat(speakerOf(text, "the deposit cap")).isEqualTo("the prime minister's official spokesman");
    assertThat(speakerOf(text, "the bill would")).isEqualTo("A spokesperson for the prime minister");
  }

  @Test
  void aSpokespersonForACapitalisedTitleIsTheSpokesperson() {
    String text = "Waiting lists row\n\n"
        + "Kelburn Royal Infirmary said 900 patients had waited more than a year.\n\n"
        + "Later, the First Minister's official spokeswoman said the figures would be published in full.\n";

    assertThat(speakerOf(text, "the figures would be")).isEqualTo("the First Minister's official spokeswoman");
  }

  @Test
  void aStoryOpeningOnAQuotationNamesItsSpeakerInTheNextSentence() {
    String text = "Bakery to close after 90 years\n\n"
        + "“I baked my first loaf here when I was fourteen, and I will bake the last one on Saturday.”\n\n"
        + "Maureen Tolley, 71, has run the Crossgate Bakery since her father retired in 1979.\n\n"
        + "The landlord, Harbin Estates, said the building needed repairs it could not afford.\n";

    assertThat(speakerOf(text, "I baked my first loaf")).isEqualTo("Maureen Tolley");
  }

  @Test
  void heAfterAnUnnamedRoleIsThatRole() {
    String text = "The last night bus to the hospital was withdrawn on Monday.\n\n"
        + "The driver, who has worked the route for twelve years, asked not to be named. "
        + "“I know every one of them by their first name,” he said. “Some of them have no other way home.”\n";

    assertThat(speakerOf(text, "I know every one")).isEqualTo("The driver");
  }

  @Test
  void thePlaceBasedCompanyIsTheCompanyNamedBefore() {
    String text = "Corvane Technologies has been fined £2m by the Product Safety Office over faulty lenses.\n\n"
        + "\"We accept the finding and have already changed our testing,\" the Bristol-based company said.\n";

    assertThat(speakerOf(text, "We accept the finding")).isEqualTo("Corvane Technologies");
  }
}

package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which quotations and clauses are statements and where they begin and end, on short original
 * texts, one phenomenon each.
 */
class StatementSpanRulesTest {

  private static List<String> statements(String text) {
    ExtractionResult r = Extractors.shared().extract(text);
    return r.citations().stream().map(Citation::text).toList();
  }

  @Test
  void verbsOfTheQuestionPutToTheSpeakerAreNotStatements() {
    String text = "Asked what she would say to tenants who were still waiting, Councillor Ruth Abara "
        + "acknowledged that the repairs had taken too long.\n\n"
        + "Asked if he thought the deal was fair, Tobias Lind shrugged.\n";

    assertThat(statements(text)).containsExactly("the repairs had taken too long");
  }

  @Test
  void aThatClauseAfterTheOneAddressedIsWhatWasPutToThem() {
    String text = "Defending, Ruth Okonedo KC put it to the inspector that several of the cheques had "
        + "paid for repairs to the chapel roof.\n";

    assertThat(statements(text)).containsExactly("several of the cheques had paid for repairs to the chapel roof");
  }

  @Test
  void aClauseWithItsOwnSubjectAfterTheOneToldIsWhatWasSaid() {
    String text = "Judge Martin Fairlie told the jurors they must not search for the case online or talk about it "
        + "with anyone at home.\n";

    assertThat(statements(text)).containsExactly(
        "they must not search for the case online or talk about it with anyone at home");
  }

  @Test
  void aComplementWhoseSubjectWasParsedAsTheObjectIsWhatWasSaid() {
    String text = "Town manager Ian Wardle, whose side have now gone six games without a win, said the contact was "
        + "\u201cclear as day\u201d and that Pryce had made \u201cno attempt to play the ball\u201d.\n";

    assertThat(statements(text)).containsExactly(
        "the contact was \u201cclear as day\u201d and that Pryce had made \u201cno attempt to play the ball\u201d");
  }

  @Test
  void aSpeakerOpeningTheSentenceBeforeARelativeClauseSpeaks() {
    String text = "Halloran, whose side drop to ninth, three points above the relegation places, said he would spend "
        + "the week working on set pieces rather than worrying about the table.\n";
    ExtractionResult r = Extractors.shared().extract(text);

    assertThat(r.citations()).singleElement().satisfies(c -> {
      assertThat(c.text()).startsWith("he would spend the week");
      assertThat(c.speaker()).hasValueSatisfying(sp -> assertThat(sp.name()).isEqualTo("Halloran"));
    });
  }

  @Test
  void aReportingVerbCoordinatedAfterTheComplementStartsAStatementOfItsOwn() {
    String text = "He confirmed that the squad had held a players-only meeting on Friday, and denied there was any "
        + "split in the camp.\n\n"
        + "She said the board had met twice in March, and accused the mayor of \"hiding behind lawyers\".\n\n"
        + "She said she would not back either of the two leading candidates, and she described the race between "
        + "them as \"a contest of the timid\".\n";

    assertThat(statements(text)).containsExactly(
        "the squad had held a players-only meeting on Friday", "there was any split in the camp",
        "the board had met twice in March", "the mayor of \"hiding behind lawyers\"",
        "she would not back either of the two leading candidates",
        "the race between them as \"a contest of the timid\"");
  }

  @Test
  void aClauseNamingWhatWasExplainedIsNotWhatWasSaid() {
    String text = "It fell to the finance director, Joan Petrie, to explain what had gone wrong. "
        + "She told the panel how the error began and said the bank had repaid every customer.\n";

    assertThat(statements(text)).containsExactly("the bank had repaid every customer");
  }

  @Test
  void dismissingSomethingAsAQuotedPhraseIsAStatementAndDubbingIsNot() {
    String text = "The chief executive, Hanne Moe, dismissed the union's figures as \"pure invention\". "
        + "Fans have dubbed the new stand the \"Cliff Face\". "
        + "Treasurer Ole Dahl dismissed the warnings as scaremongering.\n";

    assertThat(statements(text)).containsExactly("the union's figures as \"pure invention\"");
  }

  @Test
  void aTitleInTitleCaseAfterAVerbIsNotItsWords() {
    String text = "The campaign is led by Ida Strand, who wrote a history of the valley, \"Salmon and Slate\", "
        + "in 2011.\n";

    assertThat(statements(text)).isEmpty();
  }

  @Test
  void wireDatelineIsNotPartOfTheLede() {
    String text = "Ministers fail to agree\n\n"
        + "OSLO, May 4 (Wire) - The government will raise fuel duty next year, two officials said on Monday.\n";

    assertThat(statements(text)).containsExactly("The government will raise fuel duty next year");
  }

  @Test
  void coordinatedVerbWithAnObjectContinuesTheStatement() {
    String text = "Finance Minister Karl Brandt said the bank was open to a \"flexible\" rule but would not accept "
        + "a limit that pushed lenders abroad.\n";

    assertThat(statements(text)).containsExactly(
        "the bank was open to a \"flexible\" rule but would not accept a limit that pushed lenders abroad");
  }

  @Test
  void pastTenseAccusationAfterAProgressiveComplementIsTheSpeakersNextAct() {
    String text = "Senator Ilya Voronin claimed that the port authority was using the dispute to win concessions "
        + "and accused the shipping lobby of writing its press releases.\n";

    // The accusation is a statement of its own (what someone is accused of doing is a claim, as the
    // fixtures annotate it): the claim stops before it.
    assertThat(statements(text)).containsExactly("the port authority was using the dispute to win concessions",
        "the shipping lobby of writing its press releases");
  }

  @Test
  void unquotedAccusationOfAnActIsAStatementUpToAClauseOfWhen() {
    String text = "Councillor Aoife Breen said the vote was ‘a bad night for Tullow’ and accused the board of "
        + "leaving the mill to rot so that a sale would look sensible.\n\n"
        + "Islanders have accused Sealink Ferries of abandoning them after the company announced cuts.\n\n"
        + "A minister was accused of misleading MPs on Tuesday.\n";

    assertThat(statements(text)).containsExactly("the vote was ‘a bad night for Tullow’",
        "the board of leaving the mill to rot so that a sale would look sensible",
        "Sealink Ferries of abandoning them");
  }

  @Test
  void attributionBetweenTwoCoordinatedClausesReportsBoth() {
    String text = "Mr Carew questioned the estimate. The grants were not guaranteed, he said, and the trust had "
        + "yet to show how it would raise the rest.\n\n"
        + "The ward would stay open, she said, but patients in labour would be sent to Tralee.\n\n"
        + "The roof leaked, she said, but the council said it would fix it.\n";

    assertThat(statements(text)).contains("The grants were not guaranteed",
        "the trust had yet to show how it would raise the rest", "The ward would stay open",
        "patients in labour would be sent to Tralee")
        .doesNotContain("the council said it would fix it");
  }

  @Test
  void complementAfterTheVerbWinsOverAFrontedClause() {
    String text = "In his police interview, parts of which were played to the court, Mr Pryce said he had "
        + "‘done what any neighbour would have done’ after years of complaints.\n";

    assertThat(statements(text)).containsExactly(
        "he had ‘done what any neighbour would have done’ after years of complaints");
  }

  @Test
  void quotedPredicateOfAMisparsedToldComplementIsMixed() {
    String text = "Ms Quill told jurors her client was ‘a man at the end of his rope’ rather than a thief, and "
        + "asked them to wait for his evidence.\n";

    assertThat(statements(text)).containsExactly("her client was ‘a man at the end of his rope’ rather than a thief");
  }

  @Test
  void pastTenseVerbAfterAPerfectContinuesTheStatement() {
    String text = "The defence barrister said the treasurer had lent the charity his own savings and believed, "
        + "wrongly but honestly, that he could repay himself.\n";

    assertThat(statements(text)).containsExactly(
        "the treasurer had lent the charity his own savings and believed, wrongly but honestly, that he could repay himself");
  }

  @Test
  void forecastWithAFigureIsAStatement() {
    String text = "Finance chief Ulla Brandt forecast free cash flow of 40 million to 60 million euros this year. "
        + "Analyst Jonas Pirk expects the margin to trough at around 5% this year. The team expects a hard season.\n";

    assertThat(statements(text)).containsExactly(
        "free cash flow of 40 million to 60 million euros this year",
        "the margin to trough at around 5% this year");
  }

  @Test
  void trailingAttributionInsideTheComplementEndsIt() {
    String text = "The Russian leader reiterated that the deal had failed to achieve its humanitarian goals, "
        + "the Kremlin press service reported.\n";

    assertThat(statements(text)).first().isEqualTo("the deal had failed to achieve its humanitarian goals");
  }

  @Test
  void presentTenseAsClauseAfterAPastCueIsTheReportersBackground() {
    String text = "Pump maker Veltra AG said on Monday it would close its factory in Wendenfeld, as weak demand "
        + "from chemical makers weighs on its business.\n";

    assertThat(statements(text)).containsExactly("it would close its factory in Wendenfeld");
    assertThat(statements("Brightwater Foods said on Wednesday it would cut 1,200 jobs as it tries to restore profits.\n"))
        .containsExactly("it would cut 1,200 jobs");
  }

  @Test
  void reportersRemarkAfterAQuotedFragmentIsNotPartOfTheStatement() {
    String text = "In the days before the eruption she warned officials that the volcano was \u201cbehaving like it "
        + "did in 1911\u201d, a comparison that was widely mocked at the time.\n";

    assertThat(statements(text)).containsExactly("the volcano was \u201cbehaving like it did in 1911\u201d");
  }

  @Test
  void refusalsAndAccountsOfEventsAreNotStatements() {
    String text = "A senior official declined to say how long the inspection would take. "
        + "Giving evidence, Ms Rand described taking the phone call that told her the worker had fallen.\n";

    assertThat(statements(text)).isEmpty();
  }

  @Test
  void misparsedThatClauseAfterNotesIsStillTheStatement() {
    String text = "Sergei Kravtsov of the Institute of Oriental Studies believes the outcome is favourable.\n\n"
        + "He notes that the Power of Siberia 2 gas pipeline project, which is to cross Mongolian territory, "
        + "will remain on the agenda of the new government.\n";

    assertThat(statements(text)).contains("the Power of Siberia 2 gas pipeline project, which is to cross "
        + "Mongolian territory, will remain on the agenda of the new government");
  }

  @Test
  void thatRightAfterTheCueOpensTheClauseEvenWhenTaggedAsADeterminer() {
    String text = "The bank held rates on Thursday, as Governor Elena Voss warned that price growth in the services "
        + "sector had \"barely moved\" since the summer.\n";

    assertThat(statements(text)).containsExactly(
        "price growth in the services sector had \"barely moved\" since the summer");
  }

  @Test
  void secondReportingClauseStillEndsTheStatement() {
    String text = "Finance Minister Karl Brandt said the bank was ready to act, and his deputy said rates would rise.\n";

    assertThat(statements(text)).contains("the bank was ready to act", "rates would rise");
  }

  @Test
  void participleThatReportsIsNotTheObjectOfTheVerbBeforeIt() {
    String text = "Streamo chief executive Lena Holt welcomed the ruling on Monday, writing that it was "
        + "\"a great day for listeners\".\n";

    assertThat(statements(text)).containsExactly("it was \"a great day for listeners\"");
  }

  @Test
  void shortQuotedSentenceAfterACuedQuotation() {
    String text = "'Why should I pay twice?' Ruth Okoye told the council. 'It's absurd.' "
        + "Councillors called the levy a 'fair share' of costs.\n";

    assertThat(statements(text)).contains("Why should I pay twice?", "It's absurd.")
        .doesNotContain("fair share");
  }

  @Test
  void complementWithoutThatMisparsedAsTheCuesObject() {
    String text = "One resident, Maria Lopez, 68, told the council the stadium would destroy her neighborhood.\n\n"
        + "Patient groups welcomed the results but warned that price would decide how many people benefit.\n";

    assertThat(statements(text)).contains("the stadium would destroy her neighborhood").doesNotContain("the results");
  }

  @Test
  void subjectWithARelativeClauseBeforeAComplementWithoutThat() {
    String text = "Dr Ines Vale said people who had been ill should not swim for two weeks.\n";

    assertThat(statements(text)).containsExactly("people who had been ill should not swim for two weeks");
  }

  @Test
  void coordinatedVerbsWithoutASubjectOfTheirOwnStayInOneStatement() {
    String text = "Judge Ann Roe told jurors they must not read or post anything about the case online.\n";

    assertThat(statements(text)).containsExactly("they must not read or post anything about the case online");
  }

  @Test
  void subordinateClauseWithASpeakerOfItsOwnEndsTheStatement() {
    String text = "Aldo Renzi said they would enter the event next month, although Renzi admitted that "
        + "his schedule \"might get in the way\".\n";

    assertThat(statements(text)).contains("they would enter the event next month");
  }

  @Test
  void quotedAsPhraseAfterTheObjectOfDescribe() {
    String text = "Sir Alan Pike, who tabled the amendment, described the plan as \u201cdead on arrival\u201d in its current form.\n";

    assertThat(statements(text)).containsExactly("the plan as \u201cdead on arrival\u201d in its current form");
  }

  @Test
  void infinitiveAfterACoordinatedBeliefVerbStaysInTheStatement() {
    String text = "Tarn Water said it was flushing the network and expected to lift the notice "
        + "\u201cas soon as it is safe to do so\u201d.\n";

    assertThat(statements(text)).containsExactly(
        "it was flushing the network and expected to lift the notice \u201cas soon as it is safe to do so\u201d");
  }

  @Test
  void reportingVerbInsideWhatWasSaidIsNotACue() {
    String text = "His mother, Grace, who was in the stand, said she had cried.\n";

    assertThat(statements(text)).containsExactly("she had cried");
  }

  @Test
  void accusationWithAQuotedChargeIsMixedOnlyWhenQuoted() {
    String text = "Foreign Minister Ivo Kral accused Moscow of \"blackmail\".\n\n"
        + "Foreign Minister Ivo Kral accused Moscow of bad faith.\n";

    assertThat(statements(text)).containsExactly("Moscow of \"blackmail\"");
  }

  @Test
  void asClauseAttributesTheMainClause() {
    String text = "As Deputy Prime Minister Alexander Novak noted, the talks with Europe would continue next month.\n\n"
        + "As he spoke, protesters gathered outside.\n";

    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(r.citations()).hasSize(1);
    assertThat(r.citations().get(0).text()).isEqualTo("the talks with Europe would continue next month");
    assertThat(r.citations().get(0).speaker().orElseThrow().name()).isEqualTo("Alexander Novak");
  }

  @Test
  void clauseBeforeATrailingAttributionWithAnAdverbialClauseAfterIt() {
    String text = "Nordra Systems will cut 5,000 jobs, or about 8% of its workforce, the company said on Wednesday, "
        + "as it struggles with falling demand for its software.\n";

    assertThat(statements(text)).containsExactly("Nordra Systems will cut 5,000 jobs, or about 8% of its workforce");
  }

  @Test
  void thatClauseHungOnAnAdjunctOfTheCue() {
    String text = "The company's chief financial officer, Raj Patel, told investors on a call that further cuts "
        + "were not planned.\n";

    assertThat(statements(text)).containsExactly("further cuts were not planned");
  }

  @Test
  void whatTheSpeakerDidAfterwardsIsNotPartOfTheStatement() {
    String text = "His office said the minister was \"open to every serious proposal\" but declined to comment "
        + "on the figures.\n";

    assertThat(statements(text)).containsExactly("the minister was \"open to every serious proposal\"");
  }

  @Test
  void nameInAppositionToAnAccordingToPhraseIsNotPartOfTheStatement() {
    String text = "According to the ferry operator, Northsound Lines, passenger numbers fell by a fifth last winter.\n";

    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(r.citations()).hasSize(1);
    assertThat(r.citations().get(0).text()).isEqualTo("passenger numbers fell by a fifth last winter");
    assertThat(r.citations().get(0).speaker().orElseThrow().name()).isEqualTo("Northsound Lines");
  }

  @Test
  void aNumberConcededBeforeAQuotedAttributionIsNoStatement() {
    String text = "Asked about the penalty count - the visitors conceded 14 to Halden's six - Brook said: "
        + "\"Fourteen is too many. You cannot give a side that much ball.\"\n";

    assertThat(statements(text))
        .containsExactly("Fourteen is too many. You cannot give a side that much ball.");
  }

  @Test
  void anUnlistedOrganisationNounAsSubjectSpeaksForTheNamedOrganisation() {
    String text = "Staff at Windmere Hospice Trust were told of the thefts in March.\n\n"
        + "The hospice said in a statement that it had since tightened its financial controls.\n";

    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(r.citations()).hasSize(1);
    assertThat(r.citations().get(0).text()).isEqualTo("it had since tightened its financial controls");
    assertThat(r.citations().get(0).speaker().orElseThrow().name()).isEqualTo("Windmere Hospice Trust");
  }

  @Test
  void aComplementWhoseSubjectHasARelativeClauseBetweenCommas() {
    String text = "Professor Ada Kell believes regional flood plans, which in most counties stop at the "
        + "river banks, need to be extended to farmland.\n";

    assertThat(statements(text)).containsExactly("regional flood plans, which in most counties stop at "
        + "the river banks, need to be extended to farmland");
  }

  @Test
  void whatTheSameSpeakerDeclinedToSayAfterAlthoughIsNotPartOfTheStatement() {
    String text = "Chief executive Tomas Brandl said the merger would go ahead.\n\n"
        + "He insisted there were no plans to close any depots, although he declined to rule out cuts "
        + "at head office.\n";

    assertThat(statements(text)).containsExactly("the merger would go ahead",
        "there were no plans to close any depots");
  }

  @Test
  void aSecondCueCoordinatedAfterAMisparsedFirstComplement() {
    String text = "Council leader Rita Moss defended the budget.\n\n"
        + "She insisted the library closures were a last resort and said volunteers had already come "
        + "forward to run both buildings as community hubs.\n";

    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(r.citations()).extracting(Citation::text).containsExactly(
        "the library closures were a last resort",
        "volunteers had already come forward to run both buildings as community hubs");
    assertThat(r.citations()).allSatisfy(
        c -> assertThat(c.speaker().orElseThrow().name()).isEqualTo("Rita Moss"));
  }

  @Test
  void aParticipleOfSayingAfterTheContentIsTheSpeakersNextAct() {
    String text = "Union leaders confirmed on Thursday that the walkout would go ahead, blaming management "
        + "for the breakdown in talks.\n\n"
        + "The bank said the currency had weakened by 4 percent, adding to the pressure on prices.\n";

    assertThat(statements(text)).containsExactly("the walkout would go ahead",
        "the currency had weakened by 4 percent, adding to the pressure on prices");
  }

  @Test
  void aDidOfItsOwnAfterAReportedModalIsTheSpeakersAct() {
    String text = "Karen Ulvik, the union's leader, said members would seek urgent talks with the board and did "
        + "not rule out a strike at the other two depots.\n";

    assertThat(statements(text)).containsExactly("members would seek urgent talks with the board");
  }

  @Test
  void accordingToAfterAConjunctionSpeaksForTheClauseItOpens() {
    String text = "The two towns agreed in 2019 to share flood readings, but according to Ivar Holm, a hydrologist "
        + "at the university, the data link has not worked since the spring.\n";

    assertThat(statements(text)).containsExactly("the data link has not worked since the spring");
  }

  @Test
  void aThatClauseHungInsideAPlaceIsStillWhatWasTold() {
    String text = "The union's general secretary, Martin Hale, told reporters outside the airport's Terminal 2 "
        + "that crew had been left with \u201cno other option\u201d after two years of pay offers below inflation.\n";

    assertThat(statements(text)).containsExactly(
        "crew had been left with \u201cno other option\u201d after two years of pay offers below inflation");
  }

  @Test
  void aComplementWhoseSubjectWasTakenForTheObjectAndItsPredicateHungLoose() {
    // Each sentence parsed with the clause's subject as the cue's object and its predicate as a
    // loose dependent of the cue (or the cue as the predicate's clausal subject).
    assertThat(statements("Mr Dorn said his plan to phase out the income tax over eight years would pay for itself.\n"))
        .containsExactly("his plan to phase out the income tax over eight years would pay for itself");
    assertThat(statements("Ms Pemberton warned redundancies at the head office in Lowfield were likely within weeks.\n"))
        .containsExactly("redundancies at the head office in Lowfield were likely within weeks");
    assertThat(statements("Ms Reid warned the drug carried a serious risk of brain swelling.\n"))
        .containsExactly("the drug carried a serious risk of brain swelling");
  }

  @Test
  void theOneToldIsNotTheSubjectOfWhatWasSaid() {
    assertThat(statements("Mr Lyle told the panel that timing data showed the horse had run the last furlong "
        + "faster than any other.\n"))
        .containsExactly("timing data showed the horse had run the last furlong faster than any other");
  }

  @Test
  void aNameAGroupOfPeopleUsesIsNoStatementButAVerdictIs() {
    String text = "The pitch sits in a hollow between the bypass and the school, which villagers call "
        + "\u201cthe Basin\u201d because it floods every winter.\n\n"
        + "Everyone calls the old mill \u201cthe Castle\u201d, although it was never fortified.\n\n"
        + "Councillor Tessa Greaves called the proposal \u201ca swamp with goalposts\u201d.\n";

    assertThat(statements(text)).containsExactly("the proposal \u201ca swamp with goalposts\u201d");
  }

  @Test
  void whatFollowsTheCueOfAQuotationDescribesUnlessItIsAClauseOfItsOwn() {
    String text = "\u201cThe river took the whole lane,\u201d she said, her hands shaking.\n\n"
        + "\u201cNobody has told us anything,\u201d one driver said, leaning on his cab.\n";

    assertThat(statements(text)).containsExactly("The river took the whole lane,", "Nobody has told us anything,");
  }

  @Test
  void aNameBetweenTheCommaOfAnOpeningPhraseAndTheCueSpeaks() {
    String text = "Answering questions from the judge, Mrs Oduya said the pony had been ridden by beginners "
        + "for years without incident.\n";

    assertThat(statements(text)).containsExactly("the pony had been ridden by beginners for years without incident");
  }

  @Test
  void theReportersWordOnAStatementAfterACommaEndsIt() {
    String text = "Ms Ferreira said the scheme would cost \u00a3300 million over ten years, a figure the treasury "
        + "disputes.\n\n"
        + "Mr Holt suggested the club should sell its training ground, an idea the chairman rejected within a day.\n";

    assertThat(statements(text)).containsExactly("the scheme would cost \u00a3300 million over ten years",
        "the club should sell its training ground");
  }

  @Test
  void aSecondThatClauseWithAVerbOfSayingInItIsStillWhatWasSaid() {
    String text = "Mr Okafor said the tackle had been \u201creckless at best\u201d and that he would be writing to "
        + "the federation about it.\n";

    assertThat(statements(text)).containsExactly(
        "the tackle had been \u201creckless at best\u201d and that he would be writing to the federation about it");
  }

  @Test
  void aParticleCueReadsItsParticleParsedAsAnAdverb() {
    String text = "Ms Orrell shot back that her rival had voted for every fare rise since 2019.\n";

    assertThat(statements(text)).containsExactly("her rival had voted for every fare rise since 2019");
  }

  @Test
  void aStatementAboutTheThingARelativeClauseDescribes() {
    String text = "The board adopted a rule the regulator says could prevent hundreds of fires a year.\n\n"
        + "The job cuts, which Ms Harlow said would be made through voluntary redundancy, will fall on head office.\n";

    assertThat(statements(text)).containsExactly("could prevent hundreds of fires a year",
        "would be made through voluntary redundancy");
  }

  @Test
  void aNumberBeforeAnSVerbIsANounPhraseNotAClause() {
    // "nine rebounds": a number above one takes no "-s" verb, so "added" has a plain object here
    String text = "Guard Emeka Royce scored 23 points, and his cousin Dale added 12 points and seven assists.\n";

    assertThat(statements(text)).isEmpty();
  }

  @Test
  void aRelativeClauseAfterAccordingToIsAboutTheSourceNotItsStatement() {
    String text = "The driver was expected to recover, according to the county sheriff's office, which "
        + "did not name him because his family had not been told.\n";

    assertThat(statements(text)).containsExactly("The driver was expected to recover");
  }

  @Test
  void anAnonymousSourceWithALongRelativeClauseStillSpeaks() {
    // the parser hangs the complement's verb on the cue as a finite "xcomp" (the sentence of the
    // tuning article bk-climate-panama-finance-talks)
    String text = "A senior Chinese official, who spoke on condition of anonymity because he was not authorised "
        + "to brief the media, said Beijing already provided substantial support to developing countries through "
        + "its own channels and would not accept \u201Cobligations that were never part of the Paris deal\u201D.\n";

    assertThat(statements(text)).containsExactly("Beijing already provided substantial support to developing "
        + "countries through its own channels and would not accept \u201Cobligations that were never part of the "
        + "Paris deal\u201D");
  }

  @Test
  void aParticipleOfSayingAfterAStateOfTheSubjectIsTheSubjectsStatement() {
    // "was more guarded" parsed as a passive: its subject is who was telling
    String text = "Talks\n\nThe negotiator was more guarded, telling journalists that the EU could accept the "
        + "idea if the review were tied to new contributors.\n";

    assertThat(statements(text)).containsExactly("the EU could accept the idea if the review were tied to new contributors");
  }

  @Test
  void aPastTenseActAfterAModalComplementIsTheSpeakersNotTheStatement() {
    String text = "The chair told members that they must \u201Cfinish the job this week\u201D, and then "
        + "closed the meeting.\n";

    assertThat(statements(text)).containsExactly("they must \u201Cfinish the job this week\u201D");
  }

  @Test
  void aRelativeClauseStatementRunsOverTheCommasOfAList() {
    String text = "Retailer cuts forecast\n\nThe company cut its forecast, blaming garden centres, which it said "
        + "were still working through stacks of unsold chairs, parasols and barbecues left over from last summer.\n";

    assertThat(statements(text)).containsExactly("were still working through stacks of unsold chairs, parasols and "
        + "barbecues left over from last summer");
  }

  @Test
  void theStatementResumesAfterTheReportersRemarkWhenAndTakesItUp() {
    String text = "Maker cuts forecast\n\nIn a statement released with the results, the company said it would close "
        + "its warehouse in Reno by next spring, a move affecting about 90 workers, and consolidate shipping at its "
        + "larger site near Boise.\n";

    assertThat(statements(text)).containsExactly("it would close its warehouse in Reno by next spring, a move "
        + "affecting about 90 workers, and consolidate shipping at its larger site near Boise");
  }

  @Test
  void anAsideBeforeAndThatIsPartOfTheStatement() {
    String text = "Pursuit crash\n\nThe chief said the department would release dashboard video within 10 days, "
        + "as its policy requires, and that it had asked the state police to review the pursuit.\n";

    assertThat(statements(text)).containsExactly("the department would release dashboard video within 10 days, as "
        + "its policy requires, and that it had asked the state police to review the pursuit");
  }

  @Test
  void aVerbOfPerceivingOrExpectingSharingTheClausesSubjectIsPartOfIt() {
    String text = "Crash\n\nMorales said he ran to the van and found the driver slumped against the wheel, "
        + "unresponsive.\n\nThe envoy later told a briefing that Ghana would not block consensus but expected its "
        + "objections to be formally recorded.\n";

    assertThat(statements(text)).containsExactly(
        "he ran to the van and found the driver slumped against the wheel, unresponsive",
        "Ghana would not block consensus but expected its objections to be formally recorded");
  }

  @Test
  void aNameInTitleCaseInsideANounPhraseIsNotAStatement() {
    String text = "Airport strike\n\n"
        + "\"We will not move on pay,\" the airport said. The airport introduced a £9 \"Quick Gate\" service last "
        + "year.\n\n"
        + "Their 2019 debut, \"Saltmarsh\", was shortlisted for a prize, the band's manager said.\n\n"
        + "Ferris, who ran on the slogan \"Enough Is Enough,\" told supporters he would win.\n\n"
        + "Users quickly started calling the outage \"Black Friday.\"\n";

    assertThat(statements(text)).containsExactly("We will not move on pay,",
        "Their 2019 debut, \"Saltmarsh\", was shortlisted for a prize", "he would win");
  }

  @Test
  void aComplementWhoseSubjectHasARelativeClauseIsFoundWhenItsPredicateHangsOnTheCue() {
    String text = "Derailment\n\nA spokeswoman said the driver, who was treated for minor injuries, had been "
        + "cooperative and was being supported by colleagues.\n";

    assertThat(statements(text)).containsExactly("the driver, who was treated for minor injuries, had been "
        + "cooperative and was being supported by colleagues");
  }

  @Test
  void sinceAndAYearInsideAComplementIsADateNotAClause() {
    String text = "She said Harbury's record of no compulsory redundancies among its porters since 2014 spoke for itself.\n";

    assertThat(statements(text)).containsExactly(
        "Harbury's record of no compulsory redundancies among its porters since 2014 spoke for itself");
  }

  @Test
  void aStatementInARelativeClauseAfterTheComplementIsItsOwn() {
    String text = "Hanley told a conference in Leeds that the regulator was \"looking very closely\" at the bus "
        + "market, where it believes two large groups already set most fares.\n\n"
        + "She said the trust had cut the ward's budget, which she said had put off new staff.\n";

    assertThat(statements(text)).containsExactly(
        "the regulator was \"looking very closely\" at the bus market",
        "two large groups already set most fares",
        "the trust had cut the ward's budget, which she said had put off new staff");
  }

  @Test
  void aSubjectWithARelativeClauseBeforeAPassiveCueIsNoStatement() {
    String text = "Harriers beaten again\n\n"
        + "Pellowe, whose side have won once in nine league games, was asked whether he feared for his "
        + "job. He said the chairman had phoned him on Sunday.\n";

    assertThat(statements(text)).containsExactly("the chairman had phoned him on Sunday");
  }

  @Test
  void aSubjectCarryingAnInfinitiveThatTheParserGaveTheCueIsPartOfTheStatement() {
    String text = "Depot to shut\n\n"
        + "Marla Voss said the plan to sell the depot had been \"the hardest thing I have signed\" and that drivers "
        + "would be offered jobs at the new site.\n";

    assertThat(statements(text)).containsExactly("the plan to sell the depot had been \"the hardest thing I have "
        + "signed\" and that drivers would be offered jobs at the new site");
  }

  @Test
  void aNounPhraseRightBeforeAQuotedPredicateIsTheStatementsSubject() {
    String text = "Recount\n\n"
        + "A Green Party spokesman says the party \"reserves the right\" to challenge the count if the gap is under 300.\n\n"
        + "Aled Rhys, 61, says his daughter \"more or less dragged me to the polling station\" after years of staying at home.\n";

    assertThat(statements(text)).containsExactly(
        "the party \"reserves the right\" to challenge the count if the gap is under 300",
        "his daughter \"more or less dragged me to the polling station\" after years of staying at home");
  }

  @Test
  void inALedeAnAsClauseWithItsOwnSubjectIsTheReportersNewsNotTheStatement() {
    String text = "Ferry firm under fire\n\n"
        + "The head of Marrow Ferries insisted on Monday that the company had \"no money hidden away\" to replace its "
        + "oldest boats, as a council inquiry pressed her over £30 million paid to investors.\n\n"
        + "She said later that the fleet would be renewed, as the board had promised in 2021.\n";

    assertThat(statements(text)).containsExactly(
        "the company had \"no money hidden away\" to replace its oldest boats",
        "the fleet would be renewed, as the board had promised in 2021");
  }

  @Test
  void aPredicateTheParserHungOnTheCueAfterTheSubjectsParticipleEndsTheStatement() {
    String text = "Camera gap\n\n"
        + "But she confirmed that the camera worn by K4 had stopped recording for about six seconds "
        + "immediately before the shots were fired.\n";

    assertThat(statements(text)).containsExactly(
        "the camera worn by K4 had stopped recording for about six seconds immediately before the shots were fired");
  }

  @Test
  void aConcessionWithItsOwnSpeakerAndClauseIsAStatementOfItsOwn() {
    String text = "Final\n\n"
        + "Their coach, Rory Dunn, said the club would not be making a formal complaint about the ball change, although "
        + "he admitted the timing had \"raised a few eyebrows\" in the changing room.\n";

    assertThat(statements(text)).containsExactly(
        "the club would not be making a formal complaint about the ball change",
        "the timing had \"raised a few eyebrows\" in the changing room");
  }

  @Test
  void aStatementInARelativeClauseEndsWhereTheMainPredicateResumes() {
    String text = "Shareholders\n\n"
        + "Ravi Menon, a retired surveyor from Pune who says he has held the shares since 1998, has written to "
        + "the board twice this year.\n\n"
        + "Dana Fox, who argued the case for the tenants, said the ruling would change how landlords behave.\n";

    assertThat(statements(text)).containsExactly(
        "he has held the shares since 1998", "the ruling would change how landlords behave");
  }

  @Test
  void aQuestionPutToSomeoneInAParticipleAfterTheirNameIsNotTheirStatement() {
    String text = "Derby\n\n"
        + "Okafor, asked whether the win had changed anything, simply shrugged. He said the table would decide.\n";

    assertThat(statements(text)).containsExactly("the table would decide");
  }

  @Test
  void aHeadlinesParaphraseIsNotReportedButAStatementWithQuotedWordsIs() {
    String text = "Inspector admits gauge readings were never checked\n\n"
        + "Builder says new estate 'will not flood'\n\n"
        + "By Tom Reyes\n\n"
        + "A senior inspector told the inquiry on Monday that readings from the river gauge had never been "
        + "checked against the council's own records.\n";

    assertThat(statements(text)).containsExactly("new estate 'will not flood'",
        "readings from the river gauge had never been checked against the council's own records");
  }

  @Test
  void whatWasNotSaidWhatWasSeenAndWhatWasPutToSomeoneAreNotStatements() {
    String text = "Ferry row\n\n"
        + "Lund said spare crews were on standby, though he would not say whether they included agency staff.\n\n"
        + "The skipper was taken ashore at noon, and his brother found him asleep in the wheelhouse an hour later.\n\n"
        + "Not everyone is persuaded that the new timetable will work.\n\n"
        + "Harker, told of the complaint, was unmoved. He said the timetable would stay.\n";

    assertThat(statements(text)).containsExactly("spare crews were on standby", "the timetable would stay");
  }

  @Test
  void anAttributionBetweenTwoClausesReportsTheFirstWhenTheSecondHasASpeakerOfItsOwn() {
    String text = "Show cancelled\n\n"
        + "Mr Okoro rejected that. The field had been \"perfectly usable\" until the storm on Friday night, he said, "
        + "and his crew had believed until Saturday morning that the council would approve its plan.\n";

    assertThat(statements(text)).contains("The field had been \"perfectly usable\" until the storm on Friday night");
  }
}

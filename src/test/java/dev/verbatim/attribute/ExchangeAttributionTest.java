package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static dev.verbatim.testing.Speakers.speakersOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/** Speakers in exchanges written as prose (original text). */
class ExchangeAttributionTest {
  @Test
  void aConstituencyIsNoOneToAnswerOrAsk() {
    String text = "Rail bosses grilled\n\n"
        + "Karen Moss, the Labour MP for Ashby and Penrith, turned to the operator\u2019s chief executive. "
        + "\u201CMr Daley, how many trains ran late in May?\u201D\n\n"
        + "\u201CAbout a third,\u201D Mr Daley replied.\n\n"
        + "\u201CA third. And in June?\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "A third. And in June?")).isEqualTo("Karen Moss");
  }

  @Test
  void theOneTheJudgeCalledOnAnswersHerWhenTheyAddressTheBench() {
    String text = "Harbour fraud trial\n\n"
        + "Nadia Pell, 44, denies fraud. She was cross-examined by Owen Tarrant KC for most of the afternoon.\n\n"
        + "\u201CYou kept the second ledger at home, Ms Pell. Why?\u201D\n\n"
        + "\u201CBecause the office flooded in March.\u201D\n\n"
        + "Her counsel, Ruth Abbott KC, objected that the question had been asked twice already.\n\n"
        + "Judge Helen Marsh agreed. \u201CMr Tarrant, please move on to the invoices.\u201D\n\n"
        + "\u201CI will, my Lady. I am obliged.\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "I will, my Lady")).isEqualTo("Owen Tarrant");
  }

  @Test
  void aMemberIntroducedInABackgroundParagraphAsksTheNextQuestion() {
    String text = "Ferry contract hearing\n\n"
        + "Marcus Lyle, the managing director of Tidewater Ferries, told the transport committee that "
        + "cancellations had halved since June.\n\n"
        + "\u201cWe are not where we want to be, but we are getting there,\u201d Mr. Lyle said.\n\n"
        + "Senator Joan Achebe, the committee's vice-chair, then turned to the state's own role. The "
        + "Department of Transport extended the contract last year by a decade.\n\n"
        + "\u201cMr. Okonjo, your department signed that extension. Who checked the cancellation figures?\u201d\n\n"
        + "Daniel Okonjo, the deputy transport secretary, said the figures had been audited by an outside firm.\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "Mr. Okonjo, your department")).isEqualTo("Joan Achebe");
  }

  @Test
  void theOneAChairGivesTheFloorSpeaksNext() {
    String text = "Library closures\n\n"
        + "Councillor Ruth Danby, who chairs the committee, said members had read the consultation.\n\n"
        + "\u201cWe have all had the letters,\u201d Ms Danby said.\n\n"
        + "With ten minutes left, the chair invited Mr Farrant to put a last question.\n\n"
        + "\u201cCan the cabinet member promise that no library will shut before the review?\u201d\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "Can the cabinet member")).isEqualTo("Farrant");
  }

  @Test
  void theOneAskedAnswersAReportersQuestion() {
    String text = "Press conference\n\n"
        + "Halvorsen was asked about the referee.\n\n"
        + "\u201cMaybe I need to shout more.\u201d\n\n"
        + "Asked by another reporter whether he felt the squad was good enough to finish in the top six, "
        + "Halvorsen smiled.\n\n"
        + "\u201cGood enough? Yes. Playing good enough? Not at the moment.\u201d\n\n"
        + "One reporter asked Halvorsen whether he had spoken to the referee after the game.\n\n"
        + "\u201cNo. What would I say? He has a hard job and he made a call.\u201d\n";
    ExtractionResult r = Extractors.shared().extract(text);
    // after "Asked by X whether ..., Y smiled.", parsed with "Asked" as the subject
    assertThat(speakerOf(r, "Good enough? Yes")).isEqualTo("Halvorsen");
    // an answer with a question of its own inside is still the answer
    assertThat(speakerOf(r, "No. What would I say")).isEqualTo("Halvorsen");
  }

  @Test
  void anIntroSentenceSubjectIsFoundPastAnAdverbWithoutAParse() {
    String text = "Sketch\n\n"
        + "Ms Penhaligon then did something leaders of the Opposition rarely do, which is to ask the same question "
        + "again.\n\n"
        + "\u201cHow many were actually treated?\u201d\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "How many were actually treated")).isEqualTo("Penhaligon");
  }

  @Test
  void aDialogueAlternatesWhenEachTurnHoldsSeveralQuotations() {
    String text = "Inside the vicarage\n\n"
        + "The vicar, Anne Colley, shares the house with her sister, Ruth Colley, a retired midwife.\n\n"
        + "\"Ruth thinks the roof will outlive us both,\" Anne says. \"I think it will fall in this winter.\"\n\n"
        + "\"It has been falling in since 1987,\" Ruth says from the hall. \"It has never actually fallen.\"\n\n"
        + "\"There is a first time for everything.\"\n\n"
        + "\"Not for that roof.\"\n";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakersOf(r)).containsExactly(
        "Anne Colley", "Anne Colley", "Ruth Colley", "Ruth Colley", "Anne Colley", "Ruth Colley");
  }

  @Test
  void aQuotationAddressingSomeoneByNameIsNotTheirs() {
    String text = "Inquiry hears from port chief\n\n"
        + "Rebecca Holloway, the port authority's chief executive, told the inquiry that the dredging "
        + "contract had been signed in good faith.\n\n"
        + "Counsel to the inquiry, Sarah Pemberton, pressed her on the dates.\n\n"
        + "\u201CThat is not quite an answer, Mrs Holloway,\u201D she said.\n\n"
        + "\u201CIt is the only answer I have,\u201D Mrs Holloway replied.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "That is not quite an answer")).isEqualTo("Sarah Pemberton");
    assertThat(speakerOf(r, "It is the only answer")).isEqualTo("Rebecca Holloway");
  }

  @Test
  void unattributedTurnsOfAQuestionAndAnswerExchangeAlternate() {
    String text = "Councillors clash over library\n\n"
        + "\u201CWho signed off the closure?\u201D asked Councillor Daniel Frost.\n\n"
        + "\u201CThe cabinet did, in March,\u201D said the council leader, Martin Greaves.\n\n"
        + "\u201CAnd did the cabinet read the consultation?\u201D\n\n"
        + "\u201CEvery page of it.\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakersOf(r)).containsExactly("Daniel Frost", "Martin Greaves", "Daniel Frost", "Martin Greaves");
  }

  @Test
  void aQuestionAfterTheWitnessAnswersIsTheOneShownAskingQuestions() {
    String text = "Charity treasurer trial\n\n"
        + "Dorothy Wren, a trustee of the fund, said she had never seen a bank statement.\n\n"
        + "Under cross-examination, Mr Halloran asked her whether any trustee had asked to see the accounts.\n\n"
        + "\u201CWe trusted him,\u201D she said.\n\n"
        + "\u201CYou trusted him completely, didn\u2019t you? For three years nobody asked a single question.\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "We trusted him")).isEqualTo("Dorothy Wren");
    assertThat(speakerOf(r, "You trusted him completely")).isEqualTo("Halloran");
  }

  @Test
  void anIntroSentenceAboutTheExchangeItselfGivesTheTurnToThePersonActingInIt() {
    String text = "Harbour council row\n\n"
        + "\u201cWe are punishing the whole town for four streets,\u201d said Councillor Dennis Oakes.\n\n"
        + "The exchange turned personal when Councillor Mairead Quist asked whether Oakes should be voting at all.\n\n"
        + "\u201cIs the councillor going to declare his interest? Everyone here knows he lets two flats to tourists.\u201d";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Is the councillor going")).isEqualTo("Mairead Quist");
  }

  @Test
  void theAnswerToAQuestionPutToSomeoneIsTheOtherPartys() {
    String text = "Pool inquiry\n\n"
        + "Counsel to the inquiry, Helen Voyle, began by showing the former director, Adrian Kesh, an email "
        + "from his own team.\n\n"
        + "\u201CDid you read it?\u201D\n\n"
        + "\u201CI don\u2019t believe I did, no.\u201D\n\n"
        + "\u201CWhy not?\u201D\n\n"
        + "\u201CI was receiving two hundred emails a day.\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakersOf(r)).containsExactly("Helen Voyle", "Adrian Kesh", "Helen Voyle", "Adrian Kesh");
  }

  @Test
  void aQuestionAfterAReplyIsTheOtherPartys() {
    String text = "Allotment homes row\n\n"
        + "\u201CI have stood in water up to my knees on that lane,\u201D said Councillor Ewan Marsh.\n\n"
        + "Tom Rudge, for the developer, replied that the flood model took account of last winter, "
        + "which had been \u201Can exceptional event\u201D.\n\n"
        + "\u201CExceptional twice in five years?\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Exceptional twice")).isEqualTo("Ewan Marsh");
  }

  @Test
  void aFirstNameEndingLikeARoleNounIsPartOfTheName() {
    ExtractionResult r = Extractors.shared().extract("Adrian Kesh said the pool was safe. Julian Ferrant said it was not.");
    assertThat(speakersOf(r)).containsExactly("Adrian Kesh", "Julian Ferrant");
  }

  @Test
  void aReportedQuestionIsTheAskersAndTheNextAnswerTheOneAsked() {
    String text = "Care home inquest\n\n"
        + "The coroner, Graham Tilney, asked the manager, Denise Harlow, whether anyone had answered the bell.\n\n"
        + "\u201CNot within the time I would expect, no.\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "whether anyone had answered")).isEqualTo("Graham Tilney");
    assertThat(speakerOf(r, "Not within the time")).isEqualTo("Denise Harlow");
  }

  @Test
  void theQuotationAfterAQuestionPutToSomeoneInTheSameSentenceIsTheirAnswer() {
    String text = "Cup tie ends in penalty row\n\n"
        + "Asked by a local radio reporter whether his side had deserved to win, Stefan Lund paused. "
        + "\u201COver 90 minutes? Probably not, if I\u2019m honest.\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "whether his side")).isEqualTo("a local radio reporter");
    assertThat(speakerOf(r, "Over 90 minutes")).isEqualTo("Stefan Lund");
  }

  @Test
  void aTurnThatIsOnlyATitleHandsTheNextTurnToThePersonWithThatTitle() {
    String text = "Ferry cuts phone-in\n\n"
        + "Islands minister Ruth Calder was told by listeners on Tuesday that ferry cuts had left them "
        + "stranded. Ms Calder said the timetable was a matter for the operator.\n\n"
        + "The presenter, Tom Haig, took the first call.\n\n"
        + "Morag, from Lochcarra, said the Friday sailing had been her only way to the hospital.\n\n"
        + "\"Minister?\"\n\n"
        + "\"I am sorry to hear that, Morag. The operator has promised a review by March.\"";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "I am sorry to hear that")).isEqualTo("Ruth Calder");
  }

  @Test
  void aQuotationSpeakingToSomeoneByFirstNameOrByTheirTitleIsNotTheirs() {
    String court = "Balcony collapse trial\n\n"
        + "The engineer, Dr Priya Kessel, told the court the bolts had failed under a load well below their rating.\n\n"
        + "Mrs Justice Abara intervened. She asked the witness whether a different bolt would have changed her findings.\n\n"
        + "\u201cPossibly, my Lady. A stronger bolt would have held for longer,\u201d she said.\n";
    assertThat(speakerOf(Extractors.shared().extract(court), "Possibly, my Lady")).isEqualTo("Priya Kessel");
    String radio = "Phone-in\n\n"
        + "The council leader, Morag Lindsay, joined the presenter, Fiona Caskie, on Thursday morning.\n\n"
        + "Caskie asked whether the council would stake its credibility on the new recycling target.\n\n"
        + "\u201cWe are staking a great deal on it,\u201d she said.\n\n"
        + "\u201cThat is not a yes.\u201d\n\n"
        + "\u201cIt is not a no either, Fiona.\u201d\n";
    assertThat(speakerOf(Extractors.shared().extract(radio), "It is not a no either")).isEqualTo("Morag Lindsay");
  }

  @Test
  void aTurnTakingUpTheWordsOfTheAnswerBeforeItIsTheOtherPartys() {
    String text = "Water boss questioned\n\n"
        + "The committee chair, Ruth Penhale, asked Dorian Kell when he had first been told about the leak.\n\n"
        + "\u201cNot until the Monday morning, around nine,\u201d Mr Kell said.\n\n"
        + "\u201cAround nine. By then the river had been brown for two days.\u201d\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "Around nine.")).isEqualTo("Ruth Penhale");
  }

  @Test
  void aWordInLowerCaseTheTaggerTookForANameIsNoSpeaker() throws java.io.IOException {
    // One of the project's own fixtures, where the tagger reads "rowan" (the tree) as a person.
    String text = java.nio.file.Files.readString(
        java.nio.file.Path.of("src/test/resources/corpus/dev/bd-feature-cefn-uchaf-hill-farm-trees.txt"));
    assertThat(speakersOf(Extractors.shared().extract(text))).doesNotContain("rowan");
  }

  @Test
  void aQuestionTakingUpTheWordsOfAReportedQuestionAnswersIt() {
    String text = "Rates podcast\n\n"
        + "The economist Hana Brightwater told the programme that unemployment would peak next spring.\n\n"
        + "Her host, Conrad Vale, asks whether she would bet her own pension on it.\n\n"
        + "\u201cMy own pension? Yes. Most of it.\u201d\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "My own pension")).isEqualTo("Hana Brightwater");
  }

  @Test
  void aTitleTheSpeakerSharesWithTheOneAddressedExcludesNoOne() {
    String text = "Water grants\n\n"
        + "Senator Ruth Calloway questioned the minister, Senator Helen Voss, about the grants.\n\n"
        + "\u201cYou approved forty of them in a single afternoon,\u201d Senator Calloway said.\n\n"
        + "Senator Voss said the grants had all been approved on advice. \u201cEvery one of them was checked, "
        + "Senator,\u201d she said.\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "Every one of them")).isEqualTo("Helen Voss");
  }

  @Test
  void aShortQuotationParagraphAfterSomeonesQuotationIsTheOtherPartysReply() {
    ExtractionResult r = Extractors.shared().extract("Candidates clash over the ferry subsidy\n\n"
        + "The two candidates for mayor, Gwen Tallack and Robert Penhaligon, met in the Guildhall on Tuesday.\n\n"
        + "Penhaligon said the subsidy had been cut under his opponent's watch. \"The ferry has lost money "
        + "every year since 2015,\" he said.\n\n"
        + "\"Nine years ago.\"\n\n"
        + "Tallack said the crossing would be run by the harbour trust if she won.\n");
    assertThat(speakerOf(r, "Nine years ago")).isEqualTo("Gwen Tallack");
  }

  @Test
  void aShortReplyGoesToThePersonTheReporterNamedLastNotTheLastSpeaker() {
    ExtractionResult r = Extractors.shared().extract("Phone-in: the bus cuts\n\n"
        + "The councillor for transport, Ruth Lomax, was on the programme for half an hour.\n\n"
        + "\"The opposition leader, Ian Beck, has never once caught the 42,\" she said. \"He would not know where it stops.\"\n\n"
        + "Mr Beck told the programme on Monday that the cuts were \"a disgrace\".\n\n"
        + "The presenter, Sandra Pyle, pressed her on the date twice, and there was a long pause.\n\n"
        + "\"I am putting my reputation on it, which matters more to me than the job,\" Ms Lomax said eventually.\n\n"
        + "\"That's not a no.\"\n");
    assertThat(speakerOf(r, "That's not a no")).isEqualTo("Sandra Pyle");
  }

  @Test
  void theOneAPointIsReadBackToOrTheFloorGivenToAnswers() {
    String text = "Councillor grilled on bin cuts\n\n"
        + "Councillor Ray Okonedo defended the cuts on Radio Hallam on Monday. The presenter, Dana Kirwin, "
        + "said listeners had called the plan a disgrace.\n\n"
        + "Kirwin read the remark back to the councillor.\n\n"
        + "\"People are angry, and I understand that. But the budget has to balance.\"\n\n"
        + "Kirwin gave the councillor the programme's last minute to respond.\n\n"
        + "\"We will review the rounds in the spring. That is a promise.\"";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "People are angry")).isEqualTo("Ray Okonedo");
    assertThat(speakerOf(r, "We will review the rounds")).isEqualTo("Ray Okonedo");
  }
  @Test
  void theOneAQuestionerOpensByAskingAnswers() {
    String text = "Radio debate on the ring road\n\n"
        + "Mina Okafor began the programme by asking Colin Tarrant, the council's transport chief, whether "
        + "the road would ever be finished.\n\n"
        + "\u201CIt will be finished in 2028. The money is in place and the contractor is on site.\u201D\n\n"
        + "Okafor then turned to the campaigner Ruth Beldon.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "It will be finished in 2028")).isEqualTo("Colin Tarrant");
  }

  @Test
  void someoneWhoPressesAQuestionAsksItAndTheOneAskedAnswers() {
    String text = "Minister faces questions\n\n"
        + "The Daily Courier asked Mr Barlow whether he still planned to cut the budget.\n\n"
        + "\"So the cut is going ahead?\" the Courier pressed.\n\n"
        + "\"The budget is the budget.\"\n";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "So the cut is going ahead")).endsWith("Courier");
    assertThat(speakerOf(r, "The budget is the budget")).isEqualTo("Barlow");
  }

  @Test
  void aClubThatIsTheSubjectBeforeAQuotationInTheFirstPersonSingularDoesNotSpeakIt() {
    String text = "Rovers edge cup tie\n\n"
        + "Rovers came from behind to beat Kelby Town 2-1 on Saturday, and coach Dan Mercer said his players had "
        + "shown real character.\n\n"
        + "Kelby Town had led through an early header before Mercer's side levelled in the 70th minute.\n\n"
        + "\"I have never been prouder of a group. They kept going when it would have been easy to stop.\"\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "I have never been prouder")).isNotEqualTo("Kelby Town");
  }

  @Test
  void theOneAPassiveNamesAsActingPutsTheQuestionsAndTheSubjectAnswers() {
    String text = "Finance director denies fraud\n\n"
        + "A former finance director accused of taking \u00a32 million from a removals firm told a jury that she had "
        + "never questioned a payment.\n\n"
        + "Giving evidence for a second day, Mrs Kavanagh was taken through the invoices one by one by Miss Orwell, "
        + "who held each document up to the jury before asking the same question.\n\n"
        + "\"Who approved this one?\"\n\n"
        + "\"Mr Delaney.\"\n\n"
        + "\"And this one?\"\n\n"
        + "\"Mr Delaney. They all went to Mr Delaney.\"\n";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Who approved this one")).isEqualTo("Orwell");
    assertThat(speakerOf(r, "Mr Delaney. They all")).isEqualTo("Kavanagh");
  }

  @Test
  void someoneWhoCutsInSpeaksTheQuotationBefore() {
    String text = "Heads clash over school\n\n"
        + "Dr Hugh Rennard said the trust had promised a bus for every pupil.\n\n"
        + "\u201CFor a year,\u201D Mrs Pryor cut in. \u201CThen the bus goes, like it did in Alder.\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "For a year")).isEqualTo("Pryor");
    assertThat(speakerOf(r, "Then the bus goes")).isEqualTo("Pryor");
  }
  @Test
  void theAnswerToACallerCalledByFirstNameIsTheGuestsWhoAnsweredTheCallerBefore() {
    String text = "Phone-in on parking charges\n\n"
        + "Councillor Derek Hamblin went on the programme to defend the new charges.\n\n"
        + "The first caller, Brenda, from Oakley, said she could no longer afford to visit the market.\n\n"
        + "\u201CWhy should pensioners pay for your mistakes?\u201D\n\n"
        + "Mr Hamblin told her the charges would be free after 6pm. \u201CNobody is being priced out.\u201D\n\n"
        + "\u201CWe\u2019ll see,\u201D she replied.\n\n"
        + "The next caller, Martin, a taxi driver from Dunford, asked why the council had closed the ranks.\n\n"
        + "\u201CMartin, that decision was taken by the county, not by us.\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Martin, that decision")).isEqualTo("Derek Hamblin");
  }

  @Test
  void aTitleSaidToSomeoneMeansTheOneHolderNamedSoFar() {
    String text = "Bin row on air\n\n"
        + "Councillor Tom Ashe defended the plan on the radio on Monday.\n\n"
        + "The next caller, Keith, asked why the council had money for a new office.\n\n"
        + "\u201CBut you haven\u2019t cancelled it, have you?\u201D\n\n"
        + "\u201CWe are reviewing it.\u201D\n\n"
        + "\u201CReviewing it. So that\u2019s a yes.\u201D\n\n"
        + "The presenter, Joan Merritt, pressed him. \u201CCouncillor, is that a yes?\u201D\n\n"
        + "\u201CNo. It is being reviewed, and people should wait for the outcome.\u201D\n\n"
        + "Councillor Fiona Dalby, the Green group leader, said later that the plan was unfair.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "No. It is being reviewed")).isEqualTo("Tom Ashe");
  }

  @Test
  void aQuestionPutToSomeoneByNameIsTheQuestionersNotTheLastOtherSpeakers() {
    String text = "Striker appeals against ban\n\n"
        + "The panel chair, Gordon Fell, opened the hearing at ten.\n\n"
        + "Mr Fell asked the referee, Stephen Quayle, whether he had heard what the player said.\n\n"
        + "\u201CEvery word, sir. It is all in my report.\u201D\n\n"
        + "Dean Corry, flanked by his agent, said he had slipped on the wet grass and reached out to steady himself.\n\n"
        + "\u201CI was never trying to push him. I went to apologise straight away.\u201D\n\n"
        + "\u201CMr Corry, the footage shows you running at the referee. Were you slipping the whole way?\u201D";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Mr Corry, the footage")).isEqualTo("Gordon Fell");
  }

  @Test
  void theOneAWitnessToldAnswersHerWhenAddressedByNameNotTheLastQuestioner() {
    String text = "Housing appeal hears objectors\n\n"
        + "The inspector, Ruth Pemberley, opened the third day of the inquiry.\n\n"
        + "Derek Shaw, 70, told the inquiry he had counted 300 cars in one morning.\n\n"
        + "Mr Colin Moss, for the developer, asked him whether the count had been made during roadworks.\n\n"
        + "\"It might have been. That doesn't make the cars imaginary.\"\n\n"
        + "Ann Lowry, a mother of three from the Rise estate, said she had gathered 1,100 signatures against the scheme. She told Ms Pemberley that the fields flooded \"every single winter\" and produced photographs that she said had been taken in January.\n\n"
        + "\"Has the appellant's engineer seen these, Mrs Lowry?\"";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Has the appellant's engineer")).isEqualTo("Ruth Pemberley");
  }
}

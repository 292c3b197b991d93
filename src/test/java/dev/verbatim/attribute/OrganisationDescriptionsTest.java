package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static dev.verbatim.testing.Speakers.speakersOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/** Descriptions that stand for an organisation the article names (original text). */
class OrganisationDescriptionsTest {
  @Test
  void theLeagueIsTheGoverningBodyNamedAsAnAssociation() {
    String text = "Comets docked points\n\n"
        + "The Southern Netball Association has docked Carlow Comets six points for fielding an ineligible "
        + "player in their win over Dunmore Flyers.\n\n"
        + "In a ruling published on Friday, the league said the club had been warned twice about the "
        + "registration deadline.";
    assertThat(speakerOf(Extractors.shared().extract(text), "the club had been warned")).isEqualTo("Southern Netball Association");
  }

  @Test
  void theRegulatorIsTheAuthorityNamedBefore() {
    String text = "Rail firm fined over cancelled trains\n\n"
        + "Kestrel Trains has been fined £2m by the Office of Passenger Transport after cancelling one "
        + "in ten services last winter.\n\n"
        + "Kestrel Trains said it accepted the penalty and had hired 40 more drivers.\n\n"
        + "The regulator said it would review the company's timetable again in the spring.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "it would review")).isEqualTo("Office of Passenger Transport");
  }

  @Test
  void anAgencyIsAnOutletOnlyWhenItIsANewsAgencyAndAnAcronymTitleIsAPerson() {
    String text = "Ferry cuts\n\n"
        + "The local MSP, Anne Gillanders, who has written to the board, said the cuts were a breach "
        + "of the agreement.\n\n"
        + "Traffic is backed up for six miles, according to the regional roads agency, Highways North.\n\n"
        + "The Hallam Evening Post reported that drivers were angry.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakersOf(r))
        .containsExactly("Anne Gillanders", "Highways North", "Hallam Evening Post");
  }

  @Test
  void anAcronymAndADescriptionAreTheOrganisationNamedInFull() {
    String text = "Forecast cut\n\n"
        + "The Institute for Housing Statistics said house prices would fall by 3% next year.\n\n"
        + "Kestrel Homes said it had seen no slowdown.\n\n"
        + "IHS said the fall would be sharpest in the north.\n\n"
        + "The statistics body said its figures would be revised in March.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakersOf(r))
        .containsExactly("Institute for Housing Statistics", "Kestrel Homes", "Institute for Housing Statistics",
            "Institute for Housing Statistics");
  }

  @Test
  void theCompanyIsTheBusinessNotAPlaceTheTaggerTookForAnOrganisation() {
    String text = "Earbuds recalled\n\n"
        + "Corvane Technologies is recalling 40,000 charging cases sold with its Pulse earbuds in Ardle "
        + "and Kessington. Ardle trading standards officers said they had received four complaints.\n\n"
        + "Ardle council has told shops to remove the cases. Pulse cases were sold in Ardle until May.\n\n"
        + "The company said owners should stop using the cases immediately.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "owners should stop")).isEqualTo("Corvane Technologies");
  }

  @Test
  void anOrganisationWhoseNameHoldsTheNounOutweighsOneNamedMoreOften() {
    String text = "River runs dry\n\n"
        + "The Land and Water Agency cut abstraction licences on the Ardle on Monday. Ardle Water, which "
        + "supplies the valley, has asked customers to save water.\n\n"
        + "Ardle Water said reservoirs were at 41% of capacity. Ardle Water said it had no plans for a ban.\n\n"
        + "The agency said it had reduced the total volume licensed for abstraction.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "it had reduced")).isEqualTo("Land and Water Agency");
  }

  @Test
  void theBylinesDeskIsNeverTheCompanyThatSpeaks() {
    String text = "Riding school denies negligence\n\n"
        + "By Hester Quill, Courts Reporter\n\n"
        + "A teenager who was paralysed in a fall from a horse is suing the stables where she had lessons, "
        + "the High Court heard on Thursday.\n\n"
        + "The company says the fall was an accident that no precaution could have prevented.";
    assertThat(speakerOf(Extractors.shared().extract(text), "the fall was an accident")).isNotEqualTo("Courts Reporter");
  }

  @Test
  void aNameSpelledOutBeforeItsInitialsIsOneOrganisationAndADescriptionWithAnAcronymFindsIt() {
    String text = "Cod quotas to be cut\n\n"
        + "Catches of cod will have to fall by a fifth next year, according to the North Atlantic Fisheries "
        + "Commission for Stocks (NAFCS).\n\n"
        + "Skippers in Peterhead said the cut would put boats out of business.\n\n"
        + "The EU fisheries commission said the cut was the only way to let the stock recover.\n\n"
        + "NAFCS said its scientists had recommended an even deeper cut.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Catches of cod")).isEqualTo("North Atlantic Fisheries Commission for Stocks");
    assertThat(speakerOf(r, "the cut was the only way")).isEqualTo("North Atlantic Fisheries Commission for Stocks");
    assertThat(speakerOf(r, "its scientists")).isEqualTo("North Atlantic Fisheries Commission for Stocks");
  }

  @Test
  void theAgencyIsTheNewsAgencyNamedBefore() {
    ExtractionResult r = Extractors.shared().extract("Tankers were sent to the city, the state news agency "
        + "Ukrderzhinform reported. The agency said three schools had been connected.");
    assertThat(speakerOf(r, "three schools")).isEqualTo("Ukrderzhinform");
  }

  @Test
  void theDeveloperIsTheBusinessThatSubmittedTheScheme() {
    ExtractionResult r = Extractors.shared().extract("The scheme was submitted by Castlegate Homes in May. "
        + "The developer said it would publish the flood assessment.");
    assertThat(speakerOf(r, "it would publish")).isEqualTo("Castlegate Homes");
  }

  @Test
  void theCompanyIsTheCentreTheTaggerCalledAPlace() {
    ExtractionResult r = Extractors.shared().extract("The claim was brought against the Marlowe Equestrian "
        + "Centre. The company says the fall was an accident.");
    assertThat(speakerOf(r, "the fall was")).isEqualTo("Marlowe Equestrian Centre");
  }

  @Test
  void theLedesNewspaperIsTheOneTheBodyNamesAndThePostIsIt() {
    String text = "Builder faces calls for inquiry over memo\n\n"
        + "Calloway Homes is facing calls for an investigation after a regional newspaper reported that a "
        + "manager had told staff not to let inspections delay handovers.\n\n"
        + "The Westbridge Post reported on Thursday that the memo had been passed to it by an employee.\n\n"
        + "The Post said it stood by its reporting.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "a manager had told staff")).isEqualTo("Westbridge Post");
    assertThat(speakerOf(r, "it stood by its reporting")).isEqualTo("Westbridge Post");
    assertThat(r.speakers()).extracting(dev.verbatim.Speaker::name).doesNotContain("Post", "regional newspaper");
  }

  @Test
  void aSpokeswomanNamedWithTheCompanyIsThatCompanyAndItsFirstWordIsItToo() {
    String text = "Carmaker cuts jobs\n\n"
        + "Brackley Automotive will cut 900 jobs, it said on Monday. The Federation of Motor Workers said "
        + "the cuts were a betrayal.\n\n"
        + "A Brackley spokeswoman said the company would consult staff before any redundancies.\n\n"
        + "Brackley said orders had fallen by a fifth.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the company would consult")).isEqualTo("Brackley Automotive");
    assertThat(speakerOf(r, "orders had fallen")).isEqualTo("Brackley Automotive");
  }

  @Test
  void aSpokeswomanForADescribedBodyIsTheBodyWhoseNameHoldsTheDescription() {
    String text = "Rail strike talks\n\n"
        + "The Mediation and Conciliation Board has confirmed that the two sides will meet on Thursday. "
        + "Westline, the train operator, said it welcomed the talks.\n\n"
        + "A spokeswoman for the conciliation service said both parties had agreed to talk without "
        + "preconditions.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "both parties had agreed")).isEqualTo("Mediation and Conciliation Board");
  }

  @Test
  void theBroadcasterIsTheOneWhoseNameSaysItBroadcasts() {
    String text = "Builder memo row\n\n"
        + "The Kestrel Courier reported on Monday that site managers had been told to hand over homes early.\n\n"
        + "SouthTV\u2019s Close Up programme reported that it had spoken to two former managers. The "
        + "broadcaster said neither man had been willing to appear on camera.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "neither man had been")).isEqualTo("SouthTV");
  }

  @Test
  void aCompanyNameEndingInAPluralBusinessWordIsTheCompanyEvenWhenTaggedAPerson() {
    String text = "Crossing cut\n\n"
        + "Villagers on the Isle of Rannach have accused Marlowe Ferries of walking away after the operator "
        + "announced it would end its Sunday crossing.\n\n"
        + "The company said the crossing had carried fewer than twenty people a week since March.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the crossing had carried")).isEqualTo("Marlowe Ferries");
  }

  @Test
  void theForceIsThePoliceAndTheThinkTankTheInstituteNamedBefore() {
    String text = "Shooting inquiry\n\n"
        + "North Ardle Police said an officer had fired two shots. The Institute for Rural Economics said the "
        + "plans did not add up.\n\n"
        + "A spanner was recovered from the road near where he fell, the force has confirmed. The think tank "
        + "said the pledge would cost £2 billion.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "A spanner was recovered")).isEqualTo("North Ardle Police");
    assertThat(speakerOf(r, "the pledge would cost")).isEqualTo("Institute for Rural Economics");
  }

  @Test
  void theUnionIsTheWorkersLocalNotTheCompanyItIsInDisputeWith() {
    String text = "Drivers strike\n\n"
        + "Regional Transit Workers Local 77 says more than 900 drivers at Kestrel Coachlines will walk out "
        + "on Monday.\n\n"
        + "Kestrel Coachlines runs 60 routes across the county. Kestrel Coachlines made a profit of 12 "
        + "million dollars last year, and Kestrel Coachlines paid its chief executive 2 million dollars. "
        + "Kestrel Coachlines says it has offered a 4 percent raise.\n\n"
        + "\"Our members keep this county moving. They deserve a raise that keeps up with rents,\" the "
        + "union said in its statement.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Our members keep")).startsWith("Regional Transit Workers Local");
  }

  @Test
  void peopleABodyIsNamedForSpeakForIt() {
    String text = "Care home told to improve\n\n"
        + "The Social Care Inspectorate has rated Elmbrook House inadequate after a visit in March. "
        + "The Marlow Almshouse Trust, which owns the home, has appointed a new manager.\n\n"
        + "Inspectors said residents were left waiting for help with meals.\n\n"
        + "The trustees said they accepted the findings in full.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "residents were left waiting")).isEqualTo("Social Care Inspectorate");
    assertThat(speakerOf(r, "they accepted the findings")).isEqualTo("Marlow Almshouse Trust");
  }

  @Test
  void officialsQualifiedByAWordOfABodysNameSpeakForIt() {
    String text = "Library hours cut\n\n"
        + "Kelsham Borough Council will close two branch libraries on Saturdays from April. The Friends "
        + "of Kelsham Libraries said the cut was short-sighted.\n\n"
        + "Council officials said the change would save about 40,000 pounds a year.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the change would save")).isEqualTo("Kelsham Borough Council");
  }

  @Test
  void aBodyTheTaggerCallsAMiscellaneousNameIsAnOrganisation() {
    String text = "Penalty row\n\n"
        + "Castlebridge manager Tom Reyes said Okafor had dived. Castlebridge lost 2-1.\n\n"
        + "The Professional Footballers\u2019 Guild, which represents players in the division, said it was "
        + "\u201Cdisappointed\u201D by any suggestion that Okafor had dived.\n\n"
        + "\u201CAccusations of simulation can follow a player for the rest of his career,\u201D the union said.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Accusations of simulation")).isEqualTo("Professional Footballers\u2019 Guild");
  }

  @Test
  void aClubsFirstWordAloneIsTheClubWhateverTheTaggerTookItFor() {
    // "Dunford City" read as a place, "Dunford" alone as one too: "the club" after "Dunford
    // responded" is Dunford City, not the other club named before.
    String text = "Dunford reject second bid for striker\n"
        + "\n"
        + "Marlow Rovers have turned down a second offer from Dunford City for striker Leon Ashe.\n"
        + "\n"
        + "Dunford responded on Tuesday evening. In a statement, the club said it was \"surprised and disappointed\" by the decision.\n"
        + "\n"
        + "Marlow's manager, Pete Grant, said the striker would start on Saturday.";
    assertThat(speakerOf(Extractors.shared().extract(text), "it was \"surprised")).isEqualTo("Dunford City");
  }

  @Test
  void aClubNamedByItsFirstWordIsOneSpeakerWithItsFullName() {
    String text = "Keeper taken to hospital\n"
        + "\n"
        + "Stanmore Town drew 1-1 with Castleton Athletic on Saturday, but the result was overshadowed by an injury to their goalkeeper, Ryan Hale.\n"
        + "\n"
        + "Hale was carried off after a collision in the 88th minute. Stanmore said he had been taken to hospital as a precaution.\n"
        + "\n"
        + "\"Ryan was conscious and talking, and we thank the medical staff of both clubs,\" the club said in a statement.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "he had been taken")).isEqualTo("Stanmore Town");
    assertThat(speakerOf(r, "Ryan was conscious")).isEqualTo("Stanmore Town");
  }

  @Test
  void aDescriptionAfterTheClauseIsItsSubjectNotTheClubNamedInsideIt() {
    String text = "Defender not for sale\n"
        + "\n"
        + "Ashgrove United have rejected a third bid from Kenford City for defender Sam Pike, the Lancashire side confirmed on Sunday, insisting the 24-year-old is \"not for sale\".\n"
        + "\n"
        + "The transfer window closes on Friday.";
    assertThat(speakerOf(Extractors.shared().extract(text), "Ashgrove United have rejected")).isEqualTo("Ashgrove United");
  }

  @Test
  void theForecasterIsTheWeatherServiceNamedBefore() {
    String text = "Snow closes moorland roads\n\n"
        + "The Met Office has extended its amber warning for snow across the Pennines until Thursday morning.\n\n"
        + "\"Drivers should expect long delays and some roads may be impassable,\" the forecaster said.\n\n"
        + "Highways crews worked through the night to keep the A66 open.";
    assertThat(speakerOf(Extractors.shared().extract(text), "Drivers should expect")).isEqualTo("Met Office");
  }
}

package dev.verbatim.mention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.testing.HandTagged;
import org.junit.jupiter.api.Test;

class TagRepairTest {
  private static final NameGenders GENDERS = NameGenders.load();

  @Test
  void aQuotationMarkIsNeverPartOfAName() {
    AnalyzedText doc = HandTagged.sentence("“ Stop , ” Ravel said .",
        new String[] {"``", "VB", ",", "''", "NNP", "VBD", "."},
        new String[] {"O", "O", "O", "ORGANIZATION", "ORGANIZATION", "O", "O"});

    AnalyzedText repaired = TagRepair.repair(doc, GENDERS);

    assertThat(repaired.token(3).ner()).isEqualTo("O");
  }

  @Test
  void anApostropheInsideANameStays() {
    AnalyzedText doc = HandTagged.sentence("The Allied Workers ’ Union said",
        new String[] {"DT", "NNP", "NNPS", "''", "NNP", "VBD"},
        new String[] {"O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O"});

    assertThat(TagRepair.repair(doc, GENDERS).token(3).ner()).isEqualTo("ORGANIZATION");
  }

  @Test
  void aNameInAppositionToAKindOfOrganisationIsAnOrganisation() {
    AnalyzedText doc = HandTagged.sentence("Cycle Harwick , a volunteer advocacy group , said",
        new String[] {"NNP", "NNP", ",", "DT", "NN", "NN", "NN", ",", "VBD"},
        new String[] {"O", "PERSON", "O", "O", "O", "O", "O", "O", "O"});

    AnalyzedText repaired = TagRepair.repair(doc, GENDERS);

    assertThat(repaired.token(0).ner()).isEqualTo("ORGANIZATION");
    assertThat(repaired.token(1).ner()).isEqualTo("ORGANIZATION");
  }

  @Test
  void aRiverOrAVesselTheTaggerTookForAnOrganisationIsAPlace() {
    AnalyzedText river = HandTagged.sentence("sewage in the River Tolley harmed the Tolley , it said",
        new String[] {"NN", "IN", "DT", "NNP", "NNP", "VBD", "DT", "NNP", ",", "PRP", "VBD"},
        new String[] {"O", "O", "O", "LOCATION", "LOCATION", "O", "O", "ORGANIZATION", "O", "O", "O"});
    AnalyzedText vessel = HandTagged.sentence("the smaller MV Skerra will sail , Skerra Ferries said",
        new String[] {"DT", "JJR", "NNP", "NNP", "MD", "VB", ",", "NNP", "NNPS", "VBD"},
        new String[] {"O", "O", "ORGANIZATION", "ORGANIZATION", "O", "O", "O", "ORGANIZATION", "ORGANIZATION", "O"});

    assertThat(TagRepair.repair(river, GENDERS).token(7).ner()).isEqualTo("LOCATION");
    AnalyzedText repaired = TagRepair.repair(vessel, GENDERS);
    assertThat(repaired.token(3).ner()).isEqualTo("LOCATION");
    assertThat(repaired.token(8).ner()).isEqualTo("ORGANIZATION");
  }

  @Test
  void aPersonDescribedByAJobAtAnOrganisationStaysAPerson() {
    AnalyzedText doc = HandTagged.sentence("Harriet Colvin , a spokeswoman for the group , said",
        new String[] {"NNP", "NNP", ",", "DT", "NN", "IN", "DT", "NN", ",", "VBD"},
        new String[] {"PERSON", "PERSON", "O", "O", "O", "O", "O", "O", "O", "O"});

    assertThat(TagRepair.repair(doc, GENDERS).token(1).ner()).isEqualTo("PERSON");
  }

  @Test
  void billAtTheEndOfALawsNameIsNoOne() {
    AnalyzedText law = HandTagged.sentence("the Harbour Dues ( Amendment ) Bill , the minister said",
        new String[] {"DT", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "NNP", ",", "DT", "NN", "VBD"},
        new String[] {"O", "ORGANIZATION", "ORGANIZATION", "O", "MISC", "O", "PERSON", "O", "O", "O", "O"});
    AnalyzedText uncle = HandTagged.sentence("Uncle Bill said",
        new String[] {"NNP", "NNP", "VBD"}, new String[] {"O", "PERSON", "O"});
    AnalyzedText named = HandTagged.sentence("Land Release Bill Ashworth said",
        new String[] {"NNP", "NNP", "NNP", "NNP", "VBD"}, new String[] {"O", "O", "PERSON", "PERSON", "O"});

    assertThat(TagRepair.repair(law, GENDERS).token(6).ner()).isEqualTo("O");
    assertThat(TagRepair.repair(uncle, GENDERS).token(1).ner()).isEqualTo("PERSON");
    assertThat(TagRepair.repair(named, GENDERS).token(2).ner()).isEqualTo("PERSON");
  }

  @Test
  void aCorporateWordLeftOutsideANameJoinsIt() {
    AnalyzedText doc = HandTagged.sentence("at Brenholt Garden Products ’ plant",
        new String[] {"IN", "NNP", "NNP", "NNPS", "''", "NN"},
        new String[] {"O", "LOCATION", "LOCATION", "O", "O", "O"});

    AnalyzedText repaired = TagRepair.repair(doc, GENDERS);

    assertThat(repaired.token(1).ner()).isEqualTo("ORGANIZATION");
    assertThat(repaired.token(3).ner()).isEqualTo("ORGANIZATION");
  }

  @Test
  void aNameAfterAWordThatOpensPlaceNamesIsAPlace() {
    AnalyzedText doc = HandTagged.sentence("set in his native Port Ardagh , he said",
        new String[] {"VBN", "IN", "PRP$", "JJ", "NNP", "NNP", ",", "PRP", "VBD"},
        new String[] {"O", "O", "O", "O", "O", "PERSON", "O", "O", "O"});

    AnalyzedText repaired = TagRepair.repair(doc, GENDERS);

    assertThat(repaired.token(4).ner()).isEqualTo("LOCATION");
    assertThat(repaired.token(5).ner()).isEqualTo("LOCATION");
  }

  @Test
  void aClubsNameAndItsFirstWordAloneAreAnOrganisationInASportsStory() {
    AnalyzedText doc = HandTagged.sentence(
        "the striker joined Dunford City from the league ; Dunford responded",
        new String[] {"DT", "NN", "VBD", "NNP", "NNP", "IN", "DT", "NN", ":", "NNP", "VBD"},
        new String[] {"O", "O", "O", "LOCATION", "LOCATION", "O", "O", "O", "O", "LOCATION", "O"});

    AnalyzedText repaired = TagRepair.repair(doc, GENDERS);

    assertThat(repaired.token(3).ner()).isEqualTo("ORGANIZATION");
    assertThat(repaired.token(4).ner()).isEqualTo("ORGANIZATION");
    assertThat(repaired.token(9).ner()).isEqualTo("ORGANIZATION");
  }

  @Test
  void aCityOutsideASportsStoryStaysAPlace() {
    AnalyzedText doc = HandTagged.sentence("the mayor of Kansas City said",
        new String[] {"DT", "NN", "IN", "NNP", "NNP", "VBD"},
        new String[] {"O", "O", "O", "LOCATION", "LOCATION", "O"});

    assertThat(TagRepair.repair(doc, GENDERS).token(4).ner()).isEqualTo("LOCATION");
  }

  @Test
  void aSurnameTakenForAnOrganisationAsASubjectIsThePersons() {
    AnalyzedText doc = HandTagged.sentence("the novelist Ewan Castellane spoke ; Castellane , whose novel sold , said",
        new String[] {"DT", "NN", "NNP", "NNP", "VBD", ":", "NN", ",", "WP$", "NN", "VBD", ",", "VBD"},
        new String[] {"O", "O", "PERSON", "PERSON", "O", "O", "ORGANIZATION", "O", "O", "O", "O", "O", "O"},
        new int[] {1, 3, 3, 4, -1, 4, 12, 6, 9, 10, 6, 12, 4},
        new String[] {"det", "compound", "compound", "nsubj", "root", "punct", "nsubj", "punct", "nmod:poss",
            "nsubj", "acl:relcl", "punct", "parataxis"});

    assertThat(TagRepair.repair(doc, GENDERS).token(6).ner()).isEqualTo("PERSON");
  }

  @Test
  void aFirstNameAndSurnameAfterANounForAKindOfOrganisationStayAPerson() {
    AnalyzedText doc = HandTagged.sentence("the chair , the broadcaster Harriet Olumide , opened",
        new String[] {"DT", "NN", ",", "DT", "NN", "NNP", "NNP", ",", "VBD"},
        new String[] {"O", "O", "O", "O", "O", "PERSON", "PERSON", "O", "O"});

    AnalyzedText repaired = TagRepair.repair(doc, GENDERS);

    assertThat(repaired.token(5).ner()).isEqualTo("PERSON");
    assertThat(repaired.token(6).ner()).isEqualTo("PERSON");
  }
}

package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/** Role nouns outside the closed list of person nouns (original text). */
class RoleNounsTest {
  @Test
  void anHonorificLaterInTheArticleIsNoTitleThatKeepsARoleOff() {
    // "Mr Brightside" below gives him "Mr", which is no title: "the health secretary" is still him.
    String text = "Minister promises inquiry into care home fire\n\n"
        + "The health secretary has promised a full inquiry into the fire near Dunley Moss that killed three "
        + "residents.\n\n"
        + "Speaking in Carrow on Friday, Alan Brightside said he had come to listen.\n\n"
        + "\"Three families have lost someone they love,\" the health secretary said.\n\n"
        + "Asked about funding, Mr Brightside said the budget was not the cause.\n";
    assertThat(speakerOf(Extractors.shared().extract(text), "Three families")).isEqualTo("Alan Brightside");
  }

  @Test
  void aRoleTheAnimacyListsKnowIsTheNamedPersonWhoHoldsIt() {
    String text = "Harbour wall to be rebuilt\n\n"
        + "Work on the east wall at Porth Elin will start in March, the harbourmaster, Gethin Rowlands, "
        + "told boat owners at a meeting on Tuesday.\n\n"
        + "Several owners asked whether moorings would be moved during the work.\n\n"
        + "The harbourmaster said no boat would have to leave the inner basin.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "no boat would have to leave")).isEqualTo("Gethin Rowlands");
  }

  @Test
  void aRoleInAppositionWithAnOrganisationIsTheOrganisation() {
    String text = "Wetland plan\n\n"
        + "Volunteers have counted moths on the marsh at Fenby since 1994.\n\n"
        + "The landowner, the Fenby Marsh Trust, has said it will ask for a grant to flood the lower "
        + "fields next winter.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "it will ask for a grant")).isEqualTo("Fenby Marsh Trust");
  }

  @Test
  void alliesAndABranchOfAnOrganisationSpeak() {
    String text = "Merger row\n\n"
        + "Her allies insisted on Tuesday that she was open to compromise on the site of the new depot.\n\n"
        + "The Kessford branch of the Transport Workers Union said it would ballot members over the plan.\n";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(r.citations()).extracting(c -> c.text()).containsExactly(
        "she was open to compromise on the site of the new depot", "it would ballot members over the plan");
  }

  @Test
  void aDescriptionThatGivesANameIsThePersonOfThatName() {
    String text = "Lift out for a week\n\n"
        + "Residents of Harcourt House on the Kelby estate have had no working lift since Sunday.\n\n"
        + "A pensioner on the ninth floor, a former bus driver who gave his name only as Morris, said he had "
        + "not been down to the shops since the weekend.\n\n"
        + "Another tenant, who gave her name only as Bernadette, said the stairs were unlit at night.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "he had not been down")).isEqualTo("Morris");
    assertThat(speakerOf(r, "the stairs were unlit")).isEqualTo("Bernadette");
  }

  @Test
  void aRoleSetOffByACommaBeforeANameIsThatPersonsTitle() {
    String text = "Sluice inquiry\n\n"
        + "Mr Harlan told the inquiry he had had “complete confidence” in his director of operations, Gavin Orme, "
        + "at the time.\n\n"
        + "The chair, Councillor Nia Probert, intervened. Councillor Dev Anand said the plan was flawed.\n\n"
        + "In an email, the director of operations wrote that the gate problem was “in hand”.\n\n"
        + "The chair said the report would come back to committee “in June at the earliest”.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the gate problem")).isEqualTo("Gavin Orme");
    assertThat(speakerOf(r, "the report would come back")).isEqualTo("Nia Probert");
  }

  @Test
  void anIndefiniteRoleInAppositionAfterANameIsThatPerson() {
    String text = "Maternity inquiry\n\n"
        + "Ms Obi began with a message sent in May 2019 by Lorna Pike, then a senior midwife on the labour ward, "
        + "who wrote that the unit was “running on goodwill and luck”.\n";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the unit was")).isEqualTo("Lorna Pike");
  }
  @Test
  void aCapitalisedMinistrysTitleBeforeANameIsTheirs() {
    String text = "Ministers split over heating\n\n"
        + "The Minister of Energy, Olga Brantseva, rejected the figures on Tuesday.\n\n"
        + "A second member of the cabinet, the Minister of Regional Development, Timur Askarov, struck a "
        + "softer tone. He told reporters that the row was about accounting.\n\n"
        + "\u201CThe mayor knows his city,\u201D the minister said.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "The mayor knows his city")).isEqualTo("Timur Askarov");
  }

  @Test
  void aRoleIsNotThePersonItsQuotationNamesWithAnHonorific() {
    // Both men are trade ministers and Lesko is named last; but a speaker does not call himself "Mr Lesko".
    String text = "Grain talks stall\n\n"
        + "Talks between Velaria and Ostrania over grain transit collapsed on Tuesday. Velaria's trade minister, "
        + "Pavel Korinek, said his country had \"offered every reasonable guarantee\".\n\n"
        + "Ostrania's trade minister, Ivan Lesko, was more cautious. Lesko told reporters he would return to the "
        + "table only after the harvest.\n\n"
        + "Korinek later spoke to state radio. \"Mr Lesko is a serious man and he knows what we agreed in March,\" "
        + "the minister said.";
    assertThat(speakerOf(Extractors.shared().extract(text), "Mr Lesko is a serious man")).isEqualTo("Pavel Korinek");
  }
}

package dev.verbatim.attribute;

import static dev.verbatim.testing.Speakers.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.Extractors;
import org.junit.jupiter.api.Test;

/** Counsel and judges in court reports (original text). */
class CourtRolesTest {
  @Test
  void counselOfNoStatedSideIsTheProsecutorWhenTheOtherIsDefending() {
    String text = "Haulier denies fraud\n\n"
        + "Questioned by Peter Vale KC about the invoices, Ian Rudd said he had trusted his accountant.\n\n"
        + "Susan Hay KC, defending, told the judge the question was unfair.\n\n"
        + "The prosecutor said the invoices bore Mr Rudd\u2019s signature.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the invoices bore")).isEqualTo("Peter Vale");
  }

  @Test
  void silksGivenTheirSideAreTheProsecutorAndDefenceCounsel() {
    String text = "Depot manager denies bribery\n\n"
        + "Opening the case, Maria Lowther KC, prosecuting, told the jury that the contracts had been rigged.\n\n"
        + "Daniel Frain KC, for Mr Hoskins, said his client had never met the bidders.\n\n"
        + "The prosecutor said the payments had been made in cash.\n\n"
        + "Defence counsel told the jury that the only witness against his client had been paid.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the payments had been made")).isEqualTo("Maria Lowther");
    assertThat(speakerOf(r, "the only witness against")).isEqualTo("Daniel Frain");
  }

  @Test
  void anAssistantCoronerIsTheCoroner() {
    String text = "Climber's death was accidental\n\n"
        + "A coroner has recorded a conclusion of accidental death.\n\n"
        + "Assistant coroner Imogen Rask said the rope had been correctly anchored.\n\n"
        + "The climber\u2019s brother said the family had no questions left.\n\n"
        + "\u201cNobody could have foreseen the rockfall,\u201d the coroner said.";
    assertThat(speakerOf(Extractors.shared().extract(text), "Nobody could have foreseen")).isEqualTo("Imogen Rask");
  }

  @Test
  void counselIntroducedBySideAreTheRolesNamedLater() {
    String text = "Warehouse manager denies theft\n\n"
        + "Harriet Quayle, prosecuting, told the jury that the pallets had been sold within a week.\n\n"
        + "Martin Dunmore, defending, said his client had been following orders from head office.\n\n"
        + "The prosecutor said the invoices had been altered by hand.\n\n"
        + "The defence barrister said no one had ever checked the stock sheets.\n\n"
        + "Mrs Justice Penrose adjourned the case until Monday. The judge said the jury should not "
        + "read reports of the trial.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the invoices had been altered")).isEqualTo("Harriet Quayle");
    assertThat(speakerOf(r, "no one had ever checked")).isEqualTo("Martin Dunmore");
    assertThat(speakerOf(r, "the jury should not read")).endsWith("Penrose");
  }

  @Test
  void theLedesUnnamedProsecutorIsTheOneNamedBelowAndTheOfficerIsTheDetective() {
    String text = "Ferry captain on trial\n\n"
        + "A prosecutor told a jury on Monday that the ferry had been travelling far too fast.\n\n"
        + "Richard Okonjo, prosecuting, said the captain had ignored two warnings.\n\n"
        + "Detective Inspector Gareth Lyle described the wreck. The officer said the radar had been switched off.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "the ferry had been travelling")).isEqualTo("Richard Okonjo");
    assertThat(speakerOf(r, "the radar had been")).isEqualTo("Gareth Lyle");
  }

  @Test
  void theLedeIsTheFirstParagraphOfTheStoryNotTheBylineUnderTheHeadline() {
    String text = "Treasurer on trial over charity fund\n\n"
        + "By Morwenna Pask, Courts Reporter\n\n"
        + "A former treasurer spent money raised for flood victims on a holiday home, a prosecutor told a jury on Tuesday.\n\n"
        + "Opening the case, Agnes Threadgold, prosecuting, said the accounts had been falsified for two years.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "A former treasurer spent")).isEqualTo("Agnes Threadgold");
  }

  @Test
  void theWitnessIsThePersonGivingEvidence() {
    String text = "Riding school claim\n\n"
        + "Caroline Marlowe, who has run the riding centre for 30 years, gave evidence on Tuesday.\n\n"
        + "She told the court the lesson had been taken by an experienced instructor. Under "
        + "cross-examination, the witness said she had checked the girth herself.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "she had checked")).isEqualTo("Caroline Marlowe");
  }

  @Test
  void theWitnessIsNeverTheCounselWhoQuestionsHer() {
    String text = "Stables owner cross-examined\n\n"
        + "Rosalind Tapper, 54, who has run the stables for 30 years, gave evidence on Tuesday.\n\n"
        + "She said the pony had never thrown a child before.\n\n"
        + "Cross-examining her, Imelda Quarrie KC, for the claimant, read out a letter from a former groom. "
        + "Ms Quarrie said the letter had warned of the pony's temper.\n\n"
        + "The witness said she had never seen the letter until this year.";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "she had never seen the letter")).isEqualTo("Rosalind Tapper");
  }

  @Test
  void counselPuttingItToAWitnessSaysItAndAsksTheNextQuestion() {
    String text = "Barrier inquiry\n\n"
        + "The inquiry heard from Gordon Tait, the site engineer, on Tuesday.\n\n"
        + "Cross-examining for the authority, Mary Dunlop KC put it to Mr Tait that he had never used the "
        + "formal escalation procedure.\n\n"
        + "\u201cThat is correct,\u201d Mr Tait said.\n\n"
        + "\u201cWhy not?\u201d\n\n"
        + "\u201cBecause nobody who used it kept their job.\u201d";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "he had never used")).isEqualTo("Mary Dunlop");
    assertThat(speakerOf(r, "Why not?")).isEqualTo("Mary Dunlop");
    assertThat(speakerOf(r, "Because nobody")).isEqualTo("Gordon Tait");
  }

  @Test
  void aStatementReadToTheCourtIsItsAuthors() {
    String text = "Driver jailed\n\n"
        + "Lee Carver, 29, was jailed for six years. Paul Ames, prosecuting, said Carver had been racing.\n\n"
        + "Mr Ames then read a victim personal statement written by Mrs Hale's husband of 30 years, "
        + "Robert Hale, who sat in the public gallery.\n\n"
        + "\u201cJoan was the person everybody in our street rang when something went wrong.\u201d";
    ExtractionResult r = Extractors.shared().extract(text);
    assertThat(speakerOf(r, "Joan was the person")).isEqualTo("Robert Hale");
  }
}

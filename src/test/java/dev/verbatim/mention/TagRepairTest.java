package dev.verbatim.mention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagRepairTest {
  private static final NameGenders GENDERS = NameGenders.load();

  /** One sentence, tokens split on spaces, with the given part-of-speech and named-entity tags. */
  private static AnalyzedText sentence(String text, String[] pos, String[] ner) {
    String[] words = text.split(" ");
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      int begin = text.indexOf(words[i], at);
      at = begin + words[i].length();
      tokens.add(new Token(i, begin, at, words[i], words[i].toLowerCase(), pos[i], ner[i], 0, -1, "dep"));
    }
    Sentence s = new Sentence(0, 0, words.length, 0, text.length(), 0);
    return new AnalyzedText(text, tokens, List.of(s), List.of(Span.of(0, text.length())));
  }

  @Test
  void aQuotationMarkIsNeverPartOfAName() {
    AnalyzedText doc = sentence("“ Stop , ” Ravel said .",
        new String[] {"``", "VB", ",", "''", "NNP", "VBD", "."},
        new String[] {"O", "O", "O", "ORGANIZATION", "ORGANIZATION", "O", "O"});

    AnalyzedText repaired = TagRepair.repair(doc, GENDERS);

    assertThat(repaired.token(3).ner()).isEqualTo("O");
  }

  @Test
  void anApostropheInsideANameStays() {
    AnalyzedText doc = sentence("The Allied Workers ’ Union said",
        new String[] {"DT", "NNP", "NNPS", "''", "NNP", "VBD"},
        new String[] {"O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O"});

    assertThat(TagRepair.repair(doc, GENDERS).token(3).ner()).isEqualTo("ORGANIZATION");
  }

  @Test
  void aNameInAppositionToAKindOfOrganisationIsAnOrganisation() {
    AnalyzedText doc = sentence("Cycle Harwick , a volunteer advocacy group , said",
        new String[] {"NNP", "NNP", ",", "DT", "NN", "NN", "NN", ",", "VBD"},
        new String[] {"O", "PERSON", "O", "O", "O", "O", "O", "O", "O"});

    AnalyzedText repaired = TagRepair.repair(doc, GENDERS);

    assertThat(repaired.token(0).ner()).isEqualTo("ORGANIZATION");
    assertThat(repaired.token(1).ner()).isEqualTo("ORGANIZATION");
  }

  @Test
  void aPersonDescribedByAJobAtAnOrganisationStaysAPerson() {
    AnalyzedText doc = sentence("Harriet Colvin , a spokeswoman for the group , said",
        new String[] {"NNP", "NNP", ",", "DT", "NN", "IN", "DT", "NN", ",", "VBD"},
        new String[] {"PERSON", "PERSON", "O", "O", "O", "O", "O", "O", "O", "O"});

    assertThat(TagRepair.repair(doc, GENDERS).token(1).ner()).isEqualTo("PERSON");
  }

  @Test
  void billAtTheEndOfALawsNameIsNoOne() {
    AnalyzedText law = sentence("the Harbour Dues ( Amendment ) Bill , the minister said",
        new String[] {"DT", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "NNP", ",", "DT", "NN", "VBD"},
        new String[] {"O", "ORGANIZATION", "ORGANIZATION", "O", "MISC", "O", "PERSON", "O", "O", "O", "O"});
    AnalyzedText uncle = sentence("Uncle Bill said",
        new String[] {"NNP", "NNP", "VBD"}, new String[] {"O", "PERSON", "O"});
    AnalyzedText named = sentence("Land Release Bill Ashworth said",
        new String[] {"NNP", "NNP", "NNP", "NNP", "VBD"}, new String[] {"O", "O", "PERSON", "PERSON", "O"});

    assertThat(TagRepair.repair(law, GENDERS).token(6).ner()).isEqualTo("O");
    assertThat(TagRepair.repair(uncle, GENDERS).token(1).ner()).isEqualTo("PERSON");
    assertThat(TagRepair.repair(named, GENDERS).token(2).ner()).isEqualTo("PERSON");
  }

  @Test
  void aCorporateWordLeftOutsideANameJoinsIt() {
    AnalyzedText doc = sentence("at Brenholt Garden Products ’ plant",
        new String[] {"IN", "NNP", "NNP", "NNPS", "''", "NN"},
        new String[] {"O", "LOCATION", "LOCATION", "O", "O", "O"});

    AnalyzedText repaired = TagRepair.repair(doc, GENDERS);

    assertThat(repaired.token(1).ner()).isEqualTo("ORGANIZATION");
    assertThat(repaired.token(3).ner()).isEqualTo("ORGANIZATION");
  }
}

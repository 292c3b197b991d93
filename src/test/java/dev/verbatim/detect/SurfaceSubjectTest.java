package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.testing.HandTagged;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceSubjectTest {
  @Test
  void aNameAfterAndOpensItsOwnClause() {
    AnalyzedText doc = HandTagged.sentence("A warning remains for Upper Fenwick , and the Fen Drainage Board says levels will rise",
        new String[] {"DT", "NN", "VBZ", "IN", "NNP", "NNP", ",", "CC", "DT", "NNP", "NNP", "NNP", "VBZ", "NNS", "MD", "VB"},
        new String[] {"O", "O", "O", "O", "PERSON", "PERSON", "O", "O", "O", "ORGANIZATION", "ORGANIZATION",
            "ORGANIZATION", "O", "O", "O", "O"});
    DocumentQuotes quotes = new DocumentQuotes(doc, List.of());

    assertThat(SurfaceSubject.nearestNameBefore(doc, doc.sentences().get(0), 12, quotes)).isEqualTo(11);
  }
}

package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceSubjectTest {
  /** One unparsed sentence, tokens split on spaces, with the given part-of-speech and named-entity tags. */
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
  void aNameAfterAndOpensItsOwnClause() {
    AnalyzedText doc = sentence("A warning remains for Upper Fenwick , and the Fen Drainage Board says levels will rise",
        new String[] {"DT", "NN", "VBZ", "IN", "NNP", "NNP", ",", "CC", "DT", "NNP", "NNP", "NNP", "VBZ", "NNS", "MD", "VB"},
        new String[] {"O", "O", "O", "O", "PERSON", "PERSON", "O", "O", "O", "ORGANIZATION", "ORGANIZATION",
            "ORGANIZATION", "O", "O", "O", "O"});
    DocumentQuotes quotes = new DocumentQuotes(doc, List.of());

    assertThat(SurfaceSubject.nearestNameBefore(doc, doc.sentences().get(0), 12, quotes)).isEqualTo(11);
  }
}

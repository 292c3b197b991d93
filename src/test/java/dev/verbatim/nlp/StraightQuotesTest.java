package dev.verbatim.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Straight double quotation marks get the direction their spacing shows before tagging. */
class StraightQuotesTest {

  private static CoreLabel token(String text, int begin, int end) {
    CoreLabel l = new CoreLabel();
    l.setOriginalText(text.substring(begin, end));
    l.setWord(text.substring(begin, end).equals("\"") ? "``" : text.substring(begin, end));
    l.setBeginPosition(begin);
    l.setEndPosition(end);
    return l;
  }

  @Test
  void openingBeforeAWordClosingAfterOne() {
    String text = "had \"barely moved\" since";
    List<CoreLabel> tokens = new ArrayList<>(List.of(token(text, 0, 3), token(text, 4, 5),
        token(text, 5, 11), token(text, 12, 17), token(text, 17, 18), token(text, 19, 24)));
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.TokensAnnotation.class, tokens);

    CoreNlpAnalyzer.orientStraightQuotes(doc);

    assertThat(tokens.get(1).word()).isEqualTo("``");
    assertThat(tokens.get(4).word()).isEqualTo("''");
    assertThat(tokens.get(4).originalText()).isEqualTo("\"");
  }
}

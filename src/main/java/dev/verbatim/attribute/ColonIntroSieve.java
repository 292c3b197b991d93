package dev.verbatim.attribute;

import dev.verbatim.detect.AttributionRule;
import dev.verbatim.detect.Statement;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;

/**
 * A quotation right after a sentence that ends with a colon ("Lopez was blunt:"): the subject of
 * that sentence is the speaker.
 */
public final class ColonIntroSieve implements AttributionSieve {
  @Override
  public String id() {
    return AttributionRule.COLON_INTRO.id();
  }

  @Override
  public void resolve(AttributionContext cx) {
    AnalyzedText doc = cx.doc();
    Attributions attributions = cx.attributions();
    for (int k = 0; k < attributions.size(); k++) {
      Statement st = attributions.statement(k);
      if (attributions.get(k).attributed() || st.quote() == null) {
        continue;
      }
      int openToken = doc.tokenAtOrAfter(st.quote().open());
      if (openToken == 0 || openToken >= doc.tokens().size()) {
        continue;
      }
      Token before = doc.token(openToken - 1);
      if (!before.text().equals(":")) {
        continue;
      }
      Sentence s = doc.sentenceOf(before);
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Token t = doc.token(i);
        if (t.relation().equals("nsubj") && !cx.quotes().inQuote(i) && i < openToken
            && cx.mentions().build(doc, i) != null) {
          attributions.set(k, attributions.get(k).withSpeaker(i, AttributionRule.COLON_INTRO));
          break;
        }
      }
    }
  }
}

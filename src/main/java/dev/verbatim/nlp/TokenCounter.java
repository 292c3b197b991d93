package dev.verbatim.nlp;

import static com.google.common.base.Preconditions.checkNotNull;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;

/**
 * Counts the tokens CoreNLP's English tokenizer makes of a text, so that throughput figures of
 * different pipelines share one unit. Loads no model; thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * long tokens = TokenCounter.count(articleText);
 * }</pre>
 */
public final class TokenCounter {
  private TokenCounter() {}

  /**
   * Counts the tokens of {@code text}.
   *
   * @param text any text
   * @return the number of tokens, 0 for blank text
   * @throws NullPointerException if {@code text} is null
   */
  public static long count(String text) {
    checkNotNull(text, "text");
    PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text),
        new CoreLabelTokenFactory(), "invertible=false,untokenizable=noneKeep");
    long n = 0;
    while (tokenizer.hasNext()) {
      tokenizer.next();
      n++;
    }
    return n;
  }
}

package dev.verbatim.nlp;

/**
 * A sentence: a run of tokens.
 *
 * @param index position of the sentence in the document, from 0
 * @param firstToken document index of its first token
 * @param endToken document index one past its last token
 * @param begin UTF-16 offset of its first character
 * @param end UTF-16 offset one past its last character
 * @param paragraph index of the paragraph holding it
 */
public record Sentence(int index, int firstToken, int endToken, int begin, int end, int paragraph) {

  /**
   * Returns the number of tokens.
   *
   * @return the number of tokens
   */
  public int size() {
    return endToken - firstToken;
  }
}

package dev.verbatim.detect;

import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;

/**
 * One construction of reported speech, found from a word that opens it (a reporting verb,
 * "according", a view noun, ...). {@link ReportedSpeechFinder} offers each word outside quotations
 * to its rules in order; the first whose {@link #triggers} accepts the word is the only one to read
 * it, unless it is not {@link #exclusive} and finds nothing. Implementations are stateless and thread-safe.
 */
interface SpeechRule {
  /**
   * Whether this rule reads the construction the word can open.
   *
   * @param doc the analysed text
   * @param s the word's sentence
   * @param t the word, outside quotations
   * @return whether the rule reads it (then no later rule does)
   */
  boolean triggers(AnalyzedText doc, Sentence s, Token t);

  /**
   * Reads the construction.
   *
   * @param doc the analysed text
   * @param s the word's sentence
   * @param t the word, which {@link #triggers} accepted
   * @param quotes the document's quotations
   * @return the statement, recording the detection rule that found it, with the speaker read
   *     beside it, or null
   */
  Detected find(AnalyzedText doc, Sentence s, Token t, DocumentQuotes quotes);

  /**
   * Whether this rule alone reads a word it triggers on. A rule that is not exclusive lets the
   * later rules read the word when it finds nothing ("asked" with no reported question may still
   * be the cue of a quotation).
   *
   * @return true unless the rule leaves words it finds nothing in to the others
   */
  default boolean exclusive() {
    return true;
  }
}

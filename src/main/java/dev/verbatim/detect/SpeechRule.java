package dev.verbatim.detect;

import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;

/**
 * One construction of reported speech, found from a word that opens it (a reporting verb,
 * "according", a view noun, ...). {@link ReportedSpeechFinder} offers each word outside quotations
 * to its rules in order; the first whose {@link #triggers} accepts the word is the only one to read
 * it. Implementations are stateless and thread-safe.
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
   * @return the statement, recording the detection rule that found it, or null
   */
  Statement find(AnalyzedText doc, Sentence s, Token t, DocumentQuotes quotes);
}

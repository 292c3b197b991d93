package dev.verbatim.detect;

import dev.verbatim.DetectionRule;
import dev.verbatim.nlp.AnalyzedText;

/**
 * One way a quotation is found to be a statement: a cue beside it, a speaker label before it, or
 * its reading like speech. {@link DirectQuoteFinder} tries its rules in order on each quotation
 * that reported speech did not claim; the first to find a statement wins. Implementations are
 * stateless and thread-safe.
 */
interface QuotationRule {
  /**
   * Returns the detection rule this rule's statements record.
   *
   * @return the rule's id
   */
  DetectionRule id();

  /**
   * Reads one quotation.
   *
   * @param doc the analysed text
   * @param quotes the document's quotations
   * @param q the index of the quotation among {@code quotes.outer()}
   * @return the direct statement, with its cue and speaker when the rule found them, or null
   */
  Detected find(AnalyzedText doc, DocumentQuotes quotes, int q);
}

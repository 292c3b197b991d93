package dev.verbatim.cli;

import dev.verbatim.ExtractionResult;
import java.io.IOException;

/** Writes extraction results in one output format, document by document. Not thread-safe. */
interface ResultWriter {
  /**
   * Writes one document's result and flushes it.
   *
   * @param documentId the document id
   * @param result what was extracted
   * @throws IOException if writing fails
   */
  void write(String documentId, ExtractionResult result) throws IOException;
}

package dev.verbatim.cli;

import dev.verbatim.ExtractionResult;
import dev.verbatim.json.InputDocument;
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

  /**
   * Writes one document's result; by default as {@link #write(String, ExtractionResult)} with its
   * id. Formats that show a web page's extracted text and facts override it.
   *
   * @param document the document, with its page when it is a web page
   * @param result what was extracted
   * @throws IOException if writing fails
   */
  default void write(InputDocument document, ExtractionResult result) throws IOException {
    write(document.id(), result);
  }
}

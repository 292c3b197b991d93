package dev.verbatim.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.html.ExtractedPage;

/**
 * One document to extract from, with where it came from (for error messages).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the document id: the file name without extension for a {@code .txt} file, the
 *     {@code "id"} field for a JSON line
 * @param text the document text
 * @param source the file as the user named it, or {@code <stdin>}
 * @param line the 1-based line in a JSON Lines source, or 0 for a whole file
 * @param page for a web page (an HTML file, a JSON line with {@code "html"}, a WARC record), the
 *     article extracted from it, whose text is {@code text}; null for plain text
 */
public record InputDocument(String id, String text, String source, int line, ExtractedPage page) {

  /**
   * Checks the components.
   *
   * @param id the document id: the file name without extension for a {@code .txt} file, the
   *     {@code "id"} field for a JSON line
   * @param text the document text
   * @param source the file as the user named it, or {@code <stdin>}
   * @param line the 1-based line in a JSON Lines source, or 0 for a whole file
   * @param page the article extracted from a web page, whose text is {@code text}, or null
   * @throws NullPointerException if a component other than {@code page} is null
   * @throws IllegalArgumentException if the line is negative, or the page's text is not
   *     {@code text}
   */
  public InputDocument {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(source, "source");
    checkArgument(line >= 0, "line must be >= 0 but was %s", line);
    checkArgument(page == null || page.text().equals(text),
        "the page's text is not the document's text");
  }

  /**
   * A plain-text document.
   *
   * @param id the document id
   * @param text the document text
   * @param source the file as the user named it, or {@code <stdin>}
   * @param line the 1-based line in a JSON Lines source, or 0 for a whole file
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the line is negative
   */
  public InputDocument(String id, String text, String source, int line) {
    this(id, text, source, line, null);
  }

  /**
   * A web page: its text is the article extracted from it.
   *
   * @param id the document id
   * @param page the article extracted from the page
   * @param source the file as the user named it, or {@code <stdin>}
   * @param line the 1-based line in a JSON Lines source, or 0 for a whole file
   * @return the document
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the line is negative
   */
  public static InputDocument ofPage(String id, ExtractedPage page, String source, int line) {
    return new InputDocument(id, checkNotNull(page, "page").text(), source, line, page);
  }

  /**
   * Returns an error about this document, located at its source and line.
   *
   * @param reason a one-line explanation
   * @return the error
   */
  public InputError error(String reason) {
    return new InputError(source, line, reason);
  }
}

package dev.verbatim.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One gold-annotated article.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the document id
 * @param text the article text; empty when the gold line has none
 * @param quotes the annotated statements, in the gold's order
 */
public record GoldDocument(String id, String text, List<GoldQuote> quotes) {

  /**
   * Checks the components and makes the list immutable.
   *
   * @param id the document id
   * @param text the article text; empty when the gold line has none
   * @param quotes the annotated statements, in the gold's order
   * @throws NullPointerException if a component or list element is null
   */
  public GoldDocument {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    quotes = ImmutableList.copyOf(quotes);
  }
}

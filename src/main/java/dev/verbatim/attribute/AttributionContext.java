package dev.verbatim.attribute;

import dev.verbatim.detect.DocumentQuotes;
import dev.verbatim.detect.DirectQuoteFinder;
import dev.verbatim.detect.Statement;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.text.PageFurniture;
import java.util.List;

/**
 * What attribution sieves read and fill: the document, its quotations, and its statements in
 * document order with their attributions, the only thing the sieves change. Confined to one
 * extraction.
 *
 * @param doc the analysed text
 * @param quotes its quotations
 * @param attributions every statement, in document order, with its attribution so far
 * @param mentions builds speaker mentions
 */
public record AttributionContext(
    AnalyzedText doc, DocumentQuotes quotes, Attributions attributions, MentionBuilder mentions) {

  /**
   * Returns the statements, in document order (a read-only view).
   *
   * @return every statement, in document order
   */
  public List<Statement> statements() {
    return attributions.statements();
  }

  /**
   * Returns the paragraph a statement starts in (for a quotation, that of its opening mark).
   *
   * @param st a statement
   * @return the paragraph index
   */
  public int paragraphOf(Statement st) {
    int start = st.quote() != null ? st.quote().open() : st.span().start();
    return doc.paragraphAtOrAfter(start);
  }

  /**
   * Returns the paragraph a statement ends in: for a quotation that runs over several paragraphs,
   * that of its last words.
   *
   * @param st a statement
   * @return the paragraph index
   */
  public int lastParagraphOf(Statement st) {
    int end = st.quote() != null && st.quote().closed() ? st.quote().close() : st.span().end() - 1;
    return Math.max(paragraphOf(st), doc.paragraphAtOrAfter(end));
  }

  /**
   * Returns the paragraph a reader comes to before the given one: the one before it, passing over
   * page furniture ("Advertisement", "Read more: ...") that a site put between them.
   *
   * @param paragraph a paragraph index
   * @return the index of the paragraph before it in the reporter's text, or -1 at the start
   */
  public int paragraphBefore(int paragraph) {
    int p = paragraph - 1;
    while (p >= 0 && p < doc.paragraphs().size()
        && PageFurniture.isFurniture(doc.paragraphs().get(p).in(doc.text()))) {
      p--;
    }
    return p;
  }

  /**
   * Returns whether a statement begins its paragraph.
   *
   * @param st a statement
   * @return whether it begins its paragraph (a quotation opening the paragraph)
   */
  public boolean opensParagraph(Statement st) {
    int start = st.quote() != null ? st.quote().open() : st.span().start();
    int p = doc.paragraphAtOrAfter(start);
    if (p < doc.paragraphs().size() && doc.paragraphs().get(p).start() == start) {
      return true;
    }
    // "On Coyle: “...”": a quotation after a topic label opens its paragraph as well.
    if (st.quote() == null || p >= doc.paragraphs().size()) {
      return false;
    }
    int open = doc.tokenAtOrAfter(start);
    int first = doc.tokenAtOrAfter(doc.paragraphs().get(p).start());
    return open > first && open < doc.tokens().size()
        && DirectQuoteFinder.isTopicLabel(doc, first, open - 1);
  }
}

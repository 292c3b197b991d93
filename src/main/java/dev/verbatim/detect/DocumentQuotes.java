package dev.verbatim.detect;

import com.google.common.collect.ImmutableList;
import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import java.util.List;

/**
 * The outermost quotations of a document, with a per-token lookup of which quotation (if any)
 * holds each token. Built once per document in linear time.
 */
public final class DocumentQuotes {
  private final ImmutableList<QuotedSpan> outer;
  private final int[] quoteOfToken;

  /**
   * @param doc the analysed text
   * @param all every quotation found, nested ones included
   */
  public DocumentQuotes(AnalyzedText doc, List<QuotedSpan> all) {
    this.outer = all.stream().filter(q -> q.depth() == 0).collect(ImmutableList.toImmutableList());
    this.quoteOfToken = new int[doc.tokens().size()];
    int q = 0;
    for (Token t : doc.tokens()) {
      while (q < outer.size() && outer.get(q).outer().end() <= t.begin()) {
        q++;
      }
      quoteOfToken[t.index()] = q < outer.size() && outer.get(q).outer().start() <= t.begin() ? q : -1;
    }
  }

  /**
   * Returns the outermost quotations in order.
   *
   * @return the outermost quotations in order
   */
  public ImmutableList<QuotedSpan> outer() {
    return outer;
  }

  /**
   * Returns the quotation a token lies in.
   *
   * @param token a token index
   * @return index into {@link #outer()} of its quotation, or -1
   */
  public int quoteOf(int token) {
    return quoteOfToken[token];
  }

  /**
   * Returns whether a token lies inside a quotation.
   *
   * @param token a token index
   * @return whether it lies inside a quotation (marks included)
   */
  public boolean inQuote(int token) {
    return quoteOfToken[token] >= 0;
  }

  /**
   * @param span a span
   * @return indices of the outermost quotations lying entirely inside it
   */
  public List<Integer> quotesWithin(Span span) {
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    int lo = 0;
    int hi = outer.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (outer.get(mid).outer().end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < outer.size(); i++) {
      Span o = outer.get(i).outer();
      if (o.start() >= span.end()) {
        break;
      }
      if (span.contains(o) || span.contains(outer.get(i).content())) {
        out.add(i);
      }
    }
    return out.build();
  }
}

package dev.verbatim.text;

import com.google.common.collect.ImmutableList;
import dev.verbatim.Span;

/**
 * Splits text into paragraphs: each non-blank line is one, trimmed of surrounding white space.
 * News text puts one paragraph on a line, whether lines are separated by blank lines or not.
 */
public final class Paragraphs {
  private Paragraphs() {}

  /**
   * @param text cleaned text (line ends are {@code \n})
   * @return the paragraph spans, in order
   */
  public static ImmutableList<Span> split(String text) {
    ImmutableList.Builder<Span> out = ImmutableList.builder();
    int n = text.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(Span.of(s, e));
      }
      lineStart = lineEnd + 1;
    }
    return out.build();
  }
}

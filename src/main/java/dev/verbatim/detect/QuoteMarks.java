package dev.verbatim.detect;

/** The quotation-mark table: which characters may open or close quotes, and in what context. */
final class QuoteMarks {
  private QuoteMarks() {}

  static boolean isQuoteChar(char c) {
    switch (c) {
      case '"': case '\'': case '\u201C': case '\u201D': case '\u201E': case '\u2018': case '\u2019':
      case '\u201A': case '\u00AB': case '\u00BB': case '\u2039': case '\u203A': case '\u300C':
      case '\u300D':
        return true;
      default:
        return false;
    }
  }

  static boolean isSingle(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u2039' || c == '\u203A';
  }

  /** A mark opens a quote when it follows a space, a bracket or a dash and precedes a non-space. */
  static boolean isOpeningContext(char prev, char next) {
    boolean before = Character.isWhitespace(prev) || "([{\u2014\u2013-/:;,\"\u201C\u201E\u00AB\u2018".indexOf(prev) >= 0;
    return before && !Character.isWhitespace(next);
  }
}

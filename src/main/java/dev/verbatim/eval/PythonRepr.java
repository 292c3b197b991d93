package dev.verbatim.eval;

/** Python's {@code repr} of a string and its {@code s[:n]}, so error lines read as score.py's. */
final class PythonRepr {
  private PythonRepr() {}

  /** Returns the first {@code n} code points of {@code s}, as Python's {@code s[:n]}. */
  static String prefix(String s, int n) {
    return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** Returns {@code repr(s)}; {@code None} for null. */
  static String of(String s) {
    if (s == null) {
      return "None";
    }
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
    s.codePoints().forEach(cp -> append(out, cp, quote));
    return out.append(quote).toString();
  }

  private static void append(StringBuilder out, int cp, char quote) {
    switch (cp) {
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (cp == quote) {
          out.append('\\').append(quote);
        } else if (isPrintable(cp)) {
          out.appendCodePoint(cp);
        } else if (cp < 0x100) {
          out.append(String.format("\\x%02x", cp));
        } else if (cp < 0x10000) {
          out.append(String.format("\\u%04x", cp));
        } else {
          out.append(String.format("\\U%08x", cp));
        }
      }
    }
  }

  /** Python's {@code str.isprintable} for one character: not Other, not a separator but space. */
  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }
}

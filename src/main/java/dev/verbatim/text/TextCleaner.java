package dev.verbatim.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes scraped text safe for the language models without moving any character: the cleaned text
 * has exactly the length of the original, so every offset found in it is an offset into the
 * caller's string. Control characters, lone surrogates, zero-width and bidirectional formatting
 * characters, HTML tags and comments, and the datelines of wire copy at the start of a paragraph
 * ({@code "BRUSSELS, March 3 (Reuters) - "}, {@code "WASHINGTON (AP) — "}) and lines that link to
 * other stories ({@code "Read more: ..."}, {@code "Related: ..."}) become spaces; {@code \r} line ends become {@code \n}; common HTML entities for quotation marks become
 * the mark followed by spaces. Stateless and thread-safe.
 */
public final class TextCleaner {
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>\\n]{0,300}>");
  /** Longest HTML comment blanked, counting its body only. */
  private static final int MAX_COMMENT = 2000;
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,5}|[A-Za-z]{2,8});");

  /**
   * A wire dateline at the start of a paragraph, up to and including its dash: a place in capitals
   * with an optional region, date and agency ({@code "KYIV, Ukraine, Nov. 3 (AP) —"}), a place in
   * ordinary case with a date ({@code "Moscow, 3 November (Interfax) -"}), or an agency alone
   * ({@code "(Reuters) -"}). Left in, it becomes the start of the first sentence's subject or
   * statement. A name and a party ({@code "Jane Roe (Labour) - "}) is not a dateline.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^[ \\t]*(?:"
          + "[A-Z][A-Z'.\\-]{2,}(?:[ /][A-Z][A-Z'.\\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
          + "(?:,? (?:[A-Z][a-z]{2,8}\\.? \\d{1,2}|\\d{1,2} [A-Z][a-z]{2,8}))?"
          + "(?: ?\\([A-Z][A-Za-z .&'\\-]{0,30}\\))?"
          + "|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
          + "(?:,? (?:[A-Z][a-z]{2,8}\\.? \\d{1,2}|\\d{1,2} [A-Z][a-z]{2,8}))"
          + "(?: ?\\([A-Z][A-Za-z .&'\\-]{0,30}\\))?"
          + "|\\([A-Z][A-Za-z .&'\\-]{0,30}\\)"
          + ") ?(?:--?|\u2014|\u2013) ",
      Pattern.MULTILINE);

  /**
   * A line that links to another story ({@code "Read more: Minister says 'no more delays'"},
   * {@code "Related: ..."}): its headline, quotations included, belongs to that story.
   */
  private static final Pattern LINK_LINE = Pattern.compile(
      "^[ \\t]*(?:Read more|READ MORE|Read More|Related|RELATED|See also|SEE ALSO|Also read|ALSO READ"
          + "|Read also|READ ALSO|Recommended|RECOMMENDED|More on this story|Watch|WATCH)"
          + "[ \\t]*(?::|\\||-|\u2013|\u2014)[ \\t]+[^\\n]*$",
      Pattern.MULTILINE);

  private TextCleaner() {}

  /**
   * @param text the caller's text
   * @return a cleaned copy of the same length
   */
  public static String clean(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == '\r') {
        out[i] = (i + 1 < out.length && out[i + 1] == '\n') ? ' ' : '\n';
      } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        out[i] = '\n';
      } else if (isBlanked(c)) {
        out[i] = ' ';
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < out.length && Character.isLowSurrogate(out[i + 1])) {
          i++;
        } else {
          out[i] = ' ';
        }
      } else if (Character.isLowSurrogate(c)) {
        out[i] = ' ';
      }
    }
    if (text.indexOf('<') >= 0) {
      blankComments(new String(out), out);
      blankMatches(TAG.matcher(new String(out)), out);
    }
    if (text.indexOf('&') >= 0) {
      replaceEntities(new String(out), out);
    }
    blankMatches(DATELINE.matcher(new String(out)), out);
    blankMatches(LINK_LINE.matcher(new String(out)), out);
    spacedHyphensToDashes(out);
    if (text.indexOf("''") >= 0 || text.indexOf("``") >= 0) {
      doubledMarks(out);
    }
    return new String(out);
  }

  /**
   * Quotation marks of older corpora: two backticks open a quotation (Penn Treebank, Gigaword)
   * and two apostrophes open or close one (the New York Times Annotated Corpus writes both marks
   * so). Each pair becomes a space and a curly mark, on the side away from the quotation, so the
   * quoted words start and end where they did: {@code ``Yes,'' he said} reads as
   * {@code  “Yes,” he said}. Two apostrophes open when the text before them is a space, a bracket
   * or the start of the text and a word follows; otherwise they close.
   */
  private static void doubledMarks(char[] out) {
    for (int i = 0; i + 1 < out.length; i++) {
      char c = out[i];
      if (c == '`' && out[i + 1] != '`' && (i == 0 || out[i - 1] != '`')) {
        // A lone backtick opening a quotation (`Hello,' he said): an opening single mark, when it
        // follows a space or the start and comes before a word.
        char before = i == 0 ? ' ' : out[i - 1];
        if ((Character.isWhitespace(before) || "([{\"\u201C".indexOf(before) >= 0) && Character.isLetterOrDigit(out[i + 1])) {
          out[i] = '\u2018';
        }
        continue;
      }
      if ((c != '`' && c != '\'') || out[i + 1] != c || i + 2 < out.length && out[i + 2] == c) {
        continue;
      }
      char prev = i == 0 ? ' ' : out[i - 1];
      char next = i + 2 < out.length ? out[i + 2] : ' ';
      boolean opens = c == '`' || (Character.isWhitespace(prev) || "([{\u2014\u2013".indexOf(prev) >= 0)
          && !Character.isWhitespace(next);
      if (opens) {
        out[i] = ' ';
        out[i + 1] = '\u201C';
      } else {
        out[i] = '\u201D';
        out[i + 1] = ' ';
      }
      i++;
    }
  }

  /**
   * A hyphen with a space on each side ("Ashcombe conceded 14 - Tukino said") is a dash, written
   * the way typewriters and wire copy write one; the tokenizer would take it for a hyphen inside a
   * compound, and the parser then joins the words on each side of it into one phrase. It becomes
   * an em dash, which the parser reads as punctuation between phrases.
   */
  private static void spacedHyphensToDashes(char[] out) {
    for (int i = 1; i + 1 < out.length; i++) {
      if (out[i] == '-' && out[i - 1] == ' ' && out[i + 1] == ' ') {
        out[i] = '\u2014';
      }
    }
  }

  /** Control, format and zero-width characters, and white space other than newlines. */
  private static boolean isBlanked(char c) {
    return c == '\t' || c == '\u00A0' || (c < 0x20 && c != '\n') || c == 0x7F
        || (c >= 0x80 && c < 0xA0) || c == '\uFEFF' || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2069')
        || c == '\u00AD' || c == '\uFFFD';
  }

  /**
   * Blanks {@code <!-- ... -->} comments with bodies of at most {@link #MAX_COMMENT} characters.
   * Done by hand rather than with a regular expression because the next {@code -->} is searched
   * for once and reused, so that many openers without a closer (5 MB of {@code <!--}) cost linear
   * time instead of {@code MAX_COMMENT} steps each.
   */
  private static void blankComments(String s, char[] out) {
    int close = -1;
    int open = s.indexOf("<!--");
    while (open >= 0) {
      if (close < open + 4) {
        close = s.indexOf("-->", open + 4);
        if (close < 0) {
          return;
        }
      }
      if (close - (open + 4) <= MAX_COMMENT) {
        blank(out, open, close + 3);
        open = s.indexOf("<!--", close + 3);
      } else {
        open = s.indexOf("<!--", open + 4);
      }
    }
  }

  private static void blank(char[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (out[i] != '\n') {
        out[i] = ' ';
      }
    }
  }

  private static void blankMatches(Matcher m, char[] out) {
    while (m.find()) {
      blank(out, m.start(), m.end());
    }
  }

  private static void replaceEntities(String s, char[] out) {
    Matcher m = ENTITY.matcher(s);
    while (m.find()) {
      char replacement = entityChar(m.group(1));
      if (replacement == 0) {
        continue;
      }
      out[m.start()] = replacement;
      for (int i = m.start() + 1; i < m.end(); i++) {
        out[i] = ' ';
      }
    }
  }

  private static char entityChar(String name) {
    if (name.startsWith("#")) {
      try {
        int code = name.startsWith("#x") || name.startsWith("#X")
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        // An entity may not bring back what cleaning removes, nor start a new line.
        boolean kept = code > 0x20 && code < 0xD800 && !isBlanked((char) code)
            && code != 0x2028 && code != 0x2029;
        return kept ? (char) code : ' ';
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    switch (name) {
      case "quot": return '"';
      case "apos": return '\'';
      case "ldquo": return '\u201C';
      case "rdquo": return '\u201D';
      case "lsquo": return '\u2018';
      case "rsquo": return '\u2019';
      case "laquo": return '\u00AB';
      case "raquo": return '\u00BB';
      case "bdquo": return '\u201E';
      case "amp": return '&';
      case "nbsp": return ' ';
      case "mdash": return '\u2014';
      case "ndash": return '\u2013';
      case "hellip": return '\u2026';
      case "lt": return '<';
      case "gt": return '>';
      default: return 0;
    }
  }
}

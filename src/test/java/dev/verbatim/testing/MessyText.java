package dev.verbatim.testing;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of the text that scraped news really contains: words and names, reporting
 * verbs, every kind of quotation mark (balanced or not), all three line ends, control characters,
 * NUL, lone surrogates, byte-order marks, zero-width and bidirectional characters, HTML tags,
 * comments and entities, Cyrillic with guillemets, and arbitrary characters. The same random
 * generator state gives the same text, so a failing case is replayed from its seed (see
 * {@link Generated}).
 */
public final class MessyText {
  private MessyText() {}

  /** Pieces that mean something to the pipeline: words, cues, names, marks, structure. */
  private static final List<String> MEANINGFUL = List.of(
      "the", "minister", "said", "told reporters", "according to", "added", "argued", "that",
      "we will", "not", "never", "Anna Petrova", "Mr. Smith", "Dr. Olu Adeyemi", "the council",
      "Reuters", "He", "She", "They", "it", "her", "spokesperson", "on Tuesday", ".", ",", ":", ";",
      "?", "!", " — ", "(", ")", "don't", "Russia's", "players'", "'Tis", "rock 'n' roll",
      "said on Monday.", "she said.", "he added.", "Petrova said", "\"I", "I'm", "1,500", "5%");

  private static final List<String> MARKS = List.of(
      "\"", "'", "\u201C", "\u201D", "\u201E", "\u2018", "\u2019", "\u201A", "\u00AB", "\u00BB",
      "\u2039", "\u203A", "\u300C", "\u300D", "``", "''");

  private static final List<String> DIRT = List.of(
      "\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\t", "\u000B", "\u000C",
      "\uFEFF", "\u200B", "\u200C", "\u200D", "\u200E", "\u202E", "\u2060", "\u00A0", "\u00AD",
      "\uFFFD", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uDC00\uD800", "\u2028",
      "\u2029", "\r", "\r\n", "\n", "\n\n", "\n\r", "   ");

  private static final List<String> HTML = List.of(
      "<p>", "</p>", "<br/>", "<div class=\"x\">", "</div>", "<a href=\"http://x.test/?q=1\">",
      "</a>", "<!--", "-->", "<!-- comment -->", "<script>var s = \"x\";</script>", "<", ">",
      "&quot;", "&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;", "&laquo;", "&raquo;", "&bdquo;",
      "&amp;", "&nbsp;", "&mdash;", "&#8220;", "&#8221;", "&#x201C;", "&#34;", "&#0;", "&#13;",
      "&#xD800;", "&#1114111;", "&#99999999;", "&bogus;", "&", "&amp;quot;", "&#;");

  private static final List<String> CYRILLIC = List.of(
      "«Мы не повысим тарифы»,", "заявил", "министр", "Евгений Морозов", "сказала она.",
      "«Газпром»", "„Ja“", "«", "»", "Это", "правда", "— ", "Москва");

  /**
   * Returns one piece of messy text: mostly words and marks, with dirt in between.
   *
   * @param r the random source
   * @return the piece
   */
  public static String piece(SplittableRandom r) {
    int k = r.nextInt(27);
    if (k < 8) {
      return pick(r, MEANINGFUL);
    } else if (k < 13) {
      return pick(r, MARKS);
    } else if (k < 19) {
      return " ";
    } else if (k < 22) {
      return pick(r, DIRT);
    } else if (k < 24) {
      return pick(r, HTML);
    } else if (k < 26) {
      return pick(r, CYRILLIC);
    }
    return anyChars(r, r.nextInt(9));
  }

  /**
   * Returns up to {@code maxPieces} pieces joined.
   *
   * @param r the random source
   * @param maxPieces the most pieces
   * @return messy text
   */
  public static String text(SplittableRandom r, int maxPieces) {
    int n = r.nextInt(maxPieces + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(piece(r));
    }
    return out.toString();
  }

  /**
   * Returns {@code length} arbitrary UTF-16 units: any char, surrogates and controls included.
   *
   * @param r the random source
   * @param length how many
   * @return the characters
   */
  public static String anyChars(SplittableRandom r, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = r.nextInt(4) == 0 ? (char) r.nextInt(0x80) : (char) r.nextInt(0x10000);
    }
    return new String(out);
  }

  /**
   * Returns news-like paragraphs (sentences with quotations and cues, some marks missing or
   * doubled, all three line ends) with dirt between the words.
   *
   * @param r the random source
   * @param maxSentences the most sentences
   * @return an article-like messy text
   */
  public static String article(SplittableRandom r, int maxSentences) {
    int n = r.nextInt(maxSentences + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (r.nextInt(3) == 0) {
        out.append(text(r, 20));
        continue;
      }
      out.append(pick(r, MARKS)).append(text(r, 12)).append(pick(r, MARKS)).append(' ')
          .append(pick(r, MEANINGFUL)).append(pick(r, ENDS));
    }
    return out.toString();
  }

  private static final List<String> ENDS = List.of(". ", ".\n", ".\r\n", "\n\n", " ", ".\r");

  /**
   * Returns {@code text} with 1 to {@code maxEdits} random edits: messy pieces inserted, ranges
   * deleted or duplicated, line ends changed, the text cut off (leaving quotes open), quotation
   * marks removed or swapped for others.
   *
   * @param r the random source
   * @param text a text, such as a fixture article
   * @param maxEdits the most edits
   * @return a mutated copy of {@code text}
   */
  public static String mutate(SplittableRandom r, String text, int maxEdits) {
    int edits = 1 + r.nextInt(maxEdits);
    String t = text;
    for (int i = 0; i < edits; i++) {
      t = edit(r, t);
    }
    return t;
  }

  private static String edit(SplittableRandom r, String t) {
    int at = r.nextInt(t.length() + 1);
    int end = Math.min(t.length(), at + 1 + r.nextInt(400));
    switch (r.nextInt(8)) {
      case 0:
      case 1:
        return t.substring(0, at) + text(r, 6) + t.substring(at);
      case 2:
        return t.substring(0, at) + t.substring(end);
      case 3:
        return t.substring(0, end) + t.substring(at, end) + t.substring(end);
      case 4:
        return t.replace("\n", r.nextBoolean() ? "\r\n" : "\r");
      case 5:
        return t.substring(0, Math.max(at, t.length() / 2));
      case 6:
        return t.replace(r.nextBoolean() ? "\u201D" : "\u201C", "");
      default:
        return t.replace('\u201C', '\u00AB').replace('\u201D', '\u00BB').replace("\"", "\u201D");
    }
  }

  private static String pick(SplittableRandom r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}

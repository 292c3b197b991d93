package dev.verbatim.detect;

import com.google.common.collect.ImmutableList;
import dev.verbatim.Diagnostic;
import dev.verbatim.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds quoted stretches of text: curly double and single quotes, straight quotes, guillemets
 * (either direction), German low-high quotes. Apostrophes (don't, Russia's, the players') are not
 * quotation marks. A quote left open at the end of a paragraph continues when the next paragraph
 * opens with a mark of the same kind (the newspaper convention for quotes over several
 * paragraphs); otherwise it is reported as unclosed. Stateless and thread-safe; linear in the
 * length of the text.
 */
public final class QuoteScanner {
  /** Deepest nesting followed; deeper marks are ignored. */
  private static final int MAX_DEPTH = 4;

  /** What the scanner found. */
  public record Result(ImmutableList<QuotedSpan> quotes, ImmutableList<Diagnostic> diagnostics) {}

  private record Open(int offset, char closer, int paragraph, int firstParagraph) {}

  private QuoteScanner() {}

  /**
   * Scans with diagnostics capped at {@link Diagnostics#DEFAULT_LIMIT}.
   *
   * @param text cleaned text
   * @param paragraphs its paragraphs
   * @return quotes in order of their opening marks, and diagnostics for unbalanced marks
   */
  public static Result scan(String text, List<Span> paragraphs) {
    return scan(text, paragraphs, new Diagnostics(Diagnostics.DEFAULT_LIMIT));
  }

  /**
   * @param text cleaned text
   * @param paragraphs its paragraphs
   * @param diagnostics receives diagnostics for unbalanced marks
   * @return quotes in order of their opening marks, and the diagnostics collected so far
   */
  public static Result scan(String text, List<Span> paragraphs, Diagnostics diagnostics) {
    List<QuotedSpan> found = new ArrayList<>();
    Deque<Open> stack = new ArrayDeque<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      if (!stack.isEmpty()) {
        // A quote open from an earlier paragraph continues only if this one opens with a mark.
        char first = text.charAt(para.start());
        Open bottom = stack.peekLast();
        if (stack.size() == 1 && opensLike(first, bottom.closer())) {
          stack.clear();
          stack.push(new Open(bottom.offset(), bottom.closer(), p, bottom.firstParagraph()));
          scanParagraph(text, para.start() + 1, para.end(), p, stack, found, diagnostics);
          continue;
        }
        closeAllUnclosed(text, stack, found, diagnostics, paragraphs);
      }
      scanParagraph(text, para.start(), para.end(), p, stack, found, diagnostics);
    }
    closeAllUnclosed(text, stack, found, diagnostics, paragraphs);
    found.sort((a, b) -> Integer.compare(a.open(), b.open()));
    return new Result(ImmutableList.copyOf(found), diagnostics.build());
  }

  private static boolean opensLike(char c, char closer) {
    char expected = closerFor(c, ' ', 'x');
    return expected == closer || (c == '"' && closer == '"');
  }

  private static void scanParagraph(String text, int from, int to, int p, Deque<Open> stack,
      List<QuotedSpan> found, Diagnostics diagnostics) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!QuoteMarks.isQuoteChar(c)) {
        continue;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (c == '\u00AB' && Character.isSpaceChar(next) && i + 2 < to && !Character.isWhitespace(text.charAt(i + 2))
          && !Character.isSpaceChar(text.charAt(i + 2))) {
        next = text.charAt(i + 2); // French spacing: "« Bonjour »"
      }
      if ((c == '\u2019' || c == '\'') && isPluralPossessive(text, i, to)) {
        continue;
      }
      if (!stack.isEmpty() && closes(c, stack.peek().closer(), prev, next)) {
        Open o = stack.pop();
        found.add(quote(text, o, i, stack.size(), p - o.firstParagraph() + 1));
        continue;
      }
      if (!QuoteMarks.isSingle(c) && stack.size() > 1 && closesDeeper(stack, c, prev, next)) {
        Open o = stack.pop();
        found.add(quote(text, o, i, stack.size(), p - o.firstParagraph() + 1));
        continue;
      }
      if (QuoteMarks.isSingle(c) && stack.isEmpty() && !QuoteMarks.isOpeningContext(prev, next)) {
        continue;
      }
      char closer = closerFor(c, prev, next);
      if (closer != 0 && QuoteMarks.isOpeningContext(prev, next) && stack.size() < MAX_DEPTH) {
        stack.push(new Open(i, closer, p, p));
      } else if (closer == 0 && !QuoteMarks.isSingle(c) && !insideStraightOrSame(stack, c)) {
        diagnostics.add(new Diagnostic(Diagnostic.Kind.UNMATCHED_CLOSING_QUOTE, Span.of(i, i + 1),
            "closing quotation mark " + c + " without an opening mark"));
      }
    }
  }

  /**
   * Whether a ’ or ' after an "s" is a plural possessive ("the players’ reaction", "our members'
   * jobs"): a lower-case word follows, and a later mark of the same kind in the paragraph can close
   * the quote instead.
   */
  private static boolean isPluralPossessive(String text, int i, int paragraphEnd) {
    if (i == 0 || text.charAt(i - 1) != 's' || i + 2 >= paragraphEnd || text.charAt(i + 1) != ' '
        || !Character.isLowerCase(text.charAt(i + 2))) {
      return false;
    }
    int later = text.indexOf(text.charAt(i), i + 1);
    return later >= 0 && later < paragraphEnd;
  }

  /** Pops single-quote openers left open inside a double quote that {@code c} closes. */
  private static boolean closesDeeper(Deque<Open> stack, char c, char prev, char next) {
    boolean match = false;
    for (Open o : stack) {
      if (closes(c, o.closer(), prev, next)) {
        match = true;
        break;
      }
    }
    if (!match) {
      return false;
    }
    while (!closes(c, stack.peek().closer(), prev, next)) {
      stack.pop();
    }
    return true;
  }

  private static boolean insideStraightOrSame(Deque<Open> stack, char c) {
    return !stack.isEmpty();
  }

  private static boolean closes(char c, char closer, char prev, char next) {
    if (c != closer && !(closer == '\u201D' && c == '"') && !(closer == '"' && c == '\u201D')
        && !(closer == '\u2019' && c == '\'')) {
      return false;
    }
    if (QuoteMarks.isSingle(c)) {
      // An apostrophe inside a word (don't) or before a letter is not a closing mark.
      return !Character.isLetter(next) && !Character.isWhitespace(prev);
    }
    return !(Character.isWhitespace(prev) && Character.isLetterOrDigit(next));
  }

  /** Returns the closing mark that matches {@code c} used as an opener, or 0 if it cannot open. */
  private static char closerFor(char c, char prev, char next) {
    switch (c) {
      case '\u201C': return '\u201D';           // “ ”
      case '\u201E': return '\u201C';           // „ “
      case '\u00AB': return '\u00BB';           // « »
      case '\u00BB': return '\u00AB';           // » « (Danish, German)
      case '"': return '"';
      case '\u2018': return '\u2019';           // ‘ ’
      case '\u201A': return '\u2018';           // ‚ ‘
      case '\u2039': return '\u203A';           // ‹ ›
      case '\'': return '\'';
      case '\u300C': return '\u300D';           // 「 」
      default: return 0;
    }
  }

  private static QuotedSpan quote(String text, Open o, int close, int depth, int paragraphs) {
    int s = o.offset() + 1;
    int e = close;
    while (s < e && (Character.isWhitespace(text.charAt(s)) || Character.isSpaceChar(text.charAt(s)))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || Character.isSpaceChar(text.charAt(e - 1)))) {
      e--;
    }
    return new QuotedSpan(o.offset(), close, Span.of(s, e), depth, paragraphs);
  }

  private static void closeAllUnclosed(String text, Deque<Open> stack, List<QuotedSpan> found,
      Diagnostics diagnostics, List<Span> paragraphs) {
    // Taken outermost first, so the depth of each is the number of marks already taken.
    for (int depth = 0; !stack.isEmpty(); depth++) {
      Open o = stack.pollLast();
      if (!QuoteMarks.isSingle(text.charAt(o.offset()))) {
        int end = paragraphs.get(o.paragraph()).end();
        diagnostics.add(new Diagnostic(Diagnostic.Kind.UNCLOSED_QUOTE, Span.of(o.offset(), o.offset() + 1),
            "quotation mark " + text.charAt(o.offset()) + " at offset " + o.offset() + " is never closed"));
        QuotedSpan q = quote(text, o, end, depth, o.paragraph() - o.firstParagraph() + 1);
        found.add(new QuotedSpan(q.open(), -1, q.content(), q.depth(), q.paragraphs()));
      }
    }
  }
}

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
      char nextFirst = p + 1 < paragraphs.size() ? text.charAt(paragraphs.get(p + 1).start()) : 0;
      if (!stack.isEmpty()) {
        // A quote open from an earlier paragraph continues only if this one opens with a mark.
        char first = text.charAt(para.start());
        Open bottom = stack.peekLast();
        if (stack.size() == 1 && opensLike(first, bottom.closer())) {
          stack.clear();
          stack.push(new Open(bottom.offset(), bottom.closer(), p, bottom.firstParagraph()));
          scanParagraph(text, para.start() + 1, para.end(), p, stack, found, diagnostics, nextFirst);
          continue;
        }
        closeAllUnclosed(text, stack, found, diagnostics, paragraphs);
      }
      scanParagraph(text, para.start(), para.end(), p, stack, found, diagnostics, nextFirst);
    }
    closeAllUnclosed(text, stack, found, diagnostics, paragraphs);
    found.sort((a, b) -> Integer.compare(a.open(), b.open()));
    return new Result(ImmutableList.copyOf(found), diagnostics.build());
  }

  private static boolean opensLike(char c, char closer) {
    char expected = closerFor(c, ' ', 'x');
    return expected == closer || (c == '"' && closer == '"');
  }

  /** What a single mark is read as. */
  private enum Role { OPEN, CLOSE, APOSTROPHE }

  /** Most readings tried for one paragraph, times its quotation marks; beyond it, the first reading. */
  private static final long MAX_WORK = 200_000;

  /**
   * Scans one paragraph. A single mark can often be read more than one way: ' before "90s", "em"
   * or "tis" opens a quotation or stands for elided letters; ' after "members" or "rock 'n" closes
   * one or marks a possessive or an elision. What each mark can be is read from its neighbours
   * (letters, digits, spaces, punctuation), and among the readings they allow the paragraph takes
   * the one that pairs its marks best: fewest closing marks without an opener, fewest openers left
   * open (except one the next paragraph continues with an opening mark), no single quotation inside
   * one of its own kind, no one-letter quotation like 'n', and, weighing less, no opening mark
   * before a digit ('80s). Ties go to the reading that closes
   * earliest, so a quotation does not run over a closing mark of its own kind that could end it.
   */
  private static void scanParagraph(String text, int from, int to, int p, Deque<Open> stack,
      List<QuotedSpan> found, Diagnostics diagnostics, char nextFirst) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (QuoteMarks.isQuoteChar(text.charAt(i))) {
        count++;
      }
    }
    if (count == 0) {
      return;
    }
    int[] marks = new int[count];
    for (int i = from, m = 0; i < to; i++) {
      if (QuoteMarks.isQuoteChar(text.charAt(i))) {
        marks[m++] = i;
      }
    }
    Role[][] options = new Role[count][];
    Role[] roles = new Role[count];
    List<Integer> ambiguous = new ArrayList<>();
    long readings = 1;
    for (int m = 0; m < count; m++) {
      int i = marks[m];
      if (!QuoteMarks.isSingle(text.charAt(i))) {
        continue;
      }
      options[m] = singleMarkReadings(text, i);
      roles[m] = options[m][0];
      if (options[m].length > 1) {
        ambiguous.add(m);
        readings = Math.min(readings * options[m].length, MAX_WORK + 1);
      }
    }
    if (!ambiguous.isEmpty() && readings * count <= MAX_WORK) {
      Role[] best = roles.clone();
      int bestCost = Integer.MAX_VALUE;
      int[] choice = new int[ambiguous.size()];
      while (true) {
        for (int a = 0; a < choice.length; a++) {
          int m = ambiguous.get(a);
          roles[m] = options[m][choice[a]];
        }
        int cost = run(text, marks, to, p, new ArrayDeque<>(stack), roles, null, null, nextFirst);
        if (cost < bestCost) {
          bestCost = cost;
          best = roles.clone();
        }
        if (cost == 0) {
          break;
        }
        int a = choice.length - 1;
        while (a >= 0 && ++choice[a] == options[ambiguous.get(a)].length) {
          choice[a--] = 0;
        }
        if (a < 0) {
          break;
        }
      }
      roles = best;
    } else {
      for (int m : ambiguous) {
        if (isPluralPossessive(text, marks[m], to)) {
          roles[m] = Role.APOSTROPHE;
        }
      }
    }
    run(text, marks, to, p, stack, roles, found, diagnostics, nextFirst);
  }

  /**
   * The readings a single mark's neighbours allow, the preferred first: closing after a word or
   * punctuation; opening after a space, bracket or dash and before a word; an apostrophe inside a
   * word (don't), before a digit or lower-case word ('90s, 'em, 'tis, 'n'), or after a word before
   * a space or punctuation (members', the Joneses', rock 'n' roll).
   */
  private static Role[] singleMarkReadings(String text, int i) {
    char c = text.charAt(i);
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    boolean close = (c == '\u2019' || c == '\'' || c == '\u2018' || c == '\u203A')
        && !Character.isLetter(next) && !Character.isWhitespace(prev);
    boolean open = closerFor(c, prev, next) != 0 && QuoteMarks.isOpeningContext(prev, next);
    boolean elidedStart = QuoteMarks.isOpeningContext(prev, next)
        && (Character.isDigit(next) || Character.isLowerCase(next));
    boolean elidedEnd = (c == '\u2019' || c == '\'') && Character.isLetter(prev)
        && !Character.isLetterOrDigit(next);
    List<Role> roles = new ArrayList<>(3);
    if (close) {
      roles.add(Role.CLOSE);
    }
    if (open) {
      roles.add(Role.OPEN);
    }
    if (roles.isEmpty() || elidedStart || elidedEnd) {
      roles.add(Role.APOSTROPHE);
    }
    return roles.toArray(new Role[0]);
  }

  /**
   * Pairs a paragraph's marks with the given readings of its single marks.
   *
   * @param found receives the quotations, or null to only count the cost
   * @return how badly the marks pair: two for each closing mark without an opener, opener left open
   *     at the end of the paragraph, single quotation inside one of its kind and one-letter
   *     quotation; one for each single mark read as opening before a digit ('80s)
   */
  private static int run(String text, int[] marks, int to, int p, Deque<Open> stack, Role[] roles,
      List<QuotedSpan> found, Diagnostics diagnostics, char nextFirst) {
    int cost = 0;
    for (int m = 0; m < marks.length; m++) {
      int i = marks[m];
      char c = text.charAt(i);
      if (roles[m] != null) {
        switch (roles[m]) {
          case APOSTROPHE:
            break;
          case CLOSE:
            if (!stack.isEmpty() && sameKind(c, stack.peek().closer())) {
              Open o = stack.pop();
              if (i == o.offset() + 2 && Character.isLowerCase(text.charAt(i - 1))) {
                cost += 2;
              }
              if (found != null) {
                found.add(quote(text, o, i, stack.size(), p - o.firstParagraph() + 1));
              }
            } else {
              cost += 2;
            }
            break;
          case OPEN:
            if (stack.size() < MAX_DEPTH) {
              char closer = closerFor(c, ' ', 'x');
              for (Open o : stack) {
                if (o.closer() == closer) {
                  cost += 2;
                  break;
                }
              }
              if (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                cost++;   // a mark before a digit is more often a year ('80s, '94) than an opener
              }
              stack.push(new Open(i, closer, p, p));
            }
            break;
          default:
            throw new AssertionError(roles[m]);
        }
        continue;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (c == '\u00AB' && Character.isSpaceChar(next) && i + 2 < to
          && !Character.isWhitespace(text.charAt(i + 2)) && !Character.isSpaceChar(text.charAt(i + 2))) {
        next = text.charAt(i + 2); // French spacing: "« Bonjour »"
      }
      if (!stack.isEmpty() && closes(c, stack.peek().closer(), prev, next)) {
        Open o = stack.pop();
        if (found != null) {
          found.add(quote(text, o, i, stack.size(), p - o.firstParagraph() + 1));
        }
        continue;
      }
      if (stack.size() > 1) {
        int popped = closesDeeper(stack, c, prev, next);
        if (popped >= 0) {
          cost += 2 * popped;
          Open o = stack.pop();
          if (found != null) {
            found.add(quote(text, o, i, stack.size(), p - o.firstParagraph() + 1));
          }
          continue;
        }
      }
      char closer = closerFor(c, prev, next);
      if (closer != 0 && QuoteMarks.isOpeningContext(prev, next) && stack.size() < MAX_DEPTH) {
        stack.push(new Open(i, closer, p, p));
      } else if (closer == 0 && !insideStraightOrSame(stack, c)) {
        cost += 2;
        if (found != null) {
          diagnostics.add(new Diagnostic(Diagnostic.Kind.UNMATCHED_CLOSING_QUOTE, Span.of(i, i + 1),
              "closing quotation mark " + c + " without an opening mark"));
        }
      }
    }
    int open = stack.size();
    if (open == 1 && nextFirst != 0 && opensLike(nextFirst, stack.peek().closer())) {
      open = 0;
    }
    return cost + 2 * open;
  }

  private static boolean sameKind(char c, char closer) {
    return c == closer || (closer == '\u2019' && c == '\'');
  }

  /**
   * Whether a ’ or ' after an "s" is a plural possessive ("the players’ reaction", "our members'
   * jobs"): a lower-case word follows, and a later mark of the same kind in the paragraph can close
   * the quote instead. Used only for paragraphs with too many marks to weigh their readings.
   */
  private static boolean isPluralPossessive(String text, int i, int paragraphEnd) {
    if (i == 0 || text.charAt(i - 1) != 's' || i + 2 >= paragraphEnd || text.charAt(i + 1) != ' '
        || !Character.isLowerCase(text.charAt(i + 2))) {
      return false;
    }
    int later = text.indexOf(text.charAt(i), i + 1);
    return later >= 0 && later < paragraphEnd;
  }

  /**
   * Pops single-quote openers left open inside a double quote that {@code c} closes, leaving that
   * double quote's opener on top.
   *
   * @return how many openers were popped, or -1 if no opener in the stack matches {@code c}
   */
  private static int closesDeeper(Deque<Open> stack, char c, char prev, char next) {
    boolean match = false;
    for (Open o : stack) {
      if (closes(c, o.closer(), prev, next)) {
        match = true;
        break;
      }
    }
    if (!match) {
      return -1;
    }
    int popped = 0;
    while (!closes(c, stack.peek().closer(), prev, next)) {
      stack.pop();
      popped++;
    }
    return popped;
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

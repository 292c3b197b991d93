package dev.verbatim.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a predicted speaker name is the gold one, exactly as {@code score.py} does:
 * names are folded (NFKD, combining marks dropped, lower case, possessive {@code 's} removed,
 * ASCII words only, titles and articles dropped), each word gets common transliteration variants
 * replaced ({@code ks→x, ey→ei, iy→i, yi→i, yy→y}), and the names agree when their last words are
 * equal or one's words are a subset of the other's.
 *
 * <p>Stateless and thread-safe.
 */
final class NameMatcher {
  private static final Set<String> STOP = ImmutableSet.of("the", "a", "an", "of", "mr", "mrs", "ms",
      "dr", "s");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
  private static final String[][] TRANSLITERATIONS = {
      {"ks", "x"}, {"ey", "ei"}, {"iy", "i"}, {"yi", "i"}, {"yy", "y"}};

  private NameMatcher() {}

  /**
   * Returns whether two names denote the same speaker.
   *
   * @param gold the gold name, may be null
   * @param predicted the predicted name, may be null
   * @return false when either folds to no words
   */
  static boolean sameName(String gold, String predicted) {
    List<String> g = transliterate(fold(gold));
    List<String> p = transliterate(fold(predicted));
    if (g.isEmpty() || p.isEmpty()) {
      return false;
    }
    Set<String> gs = new HashSet<>(g);
    Set<String> ps = new HashSet<>(p);
    return g.get(g.size() - 1).equals(p.get(p.size() - 1)) || ps.containsAll(gs)
        || gs.containsAll(ps);
  }

  /** The words of a name after folding, as {@code score.py}'s {@code fold}. */
  static List<String> fold(String name) {
    String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(cp -> !isCombining(cp)).forEach(kept::appendCodePoint);
    String lower = removePossessives(kept.toString().toLowerCase(Locale.ROOT));
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      if (!STOP.contains(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }

  private static List<String> transliterate(List<String> words) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String word : words) {
      for (String[] pair : TRANSLITERATIONS) {
        word = word.replace(pair[0], pair[1]);
      }
      out.add(word);
    }
    return out.build();
  }

  /**
   * Python's {@code unicodedata.combining(c) != 0}: a canonical combining class above 0. The JDK
   * has no accessor for the class, but canonical reordering shows it: a mark of class above 1
   * moves before U+0334 (class 1), and a mark of class 1 to 229 moves before U+0301 (class 230).
   * Only called on NFKD output, whose characters do not decompose further.
   */
  static boolean isCombining(int cp) {
    if (cp < 0x300) {
      return false;
    }
    String c = new String(Character.toChars(cp));
    String after = c + "\u0334";
    String before = "\u0301" + c;
    return !Normalizer.normalize(after, Normalizer.Form.NFD).equals(after)
        || !Normalizer.normalize(before, Normalizer.Form.NFD).equals(before);
  }

  /** Python's {@code re.sub(r"[’']s\b", "", name)} with Unicode word boundaries. */
  private static String removePossessives(String name) {
    StringBuilder out = new StringBuilder(name.length());
    int i = 0;
    while (i < name.length()) {
      char c = name.charAt(i);
      if ((c == '\'' || c == '\u2019') && i + 1 < name.length() && name.charAt(i + 1) == 's'
          && (i + 2 == name.length() || !isPythonWordChar(name.codePointAt(i + 2)))) {
        i += 2;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Python's {@code \w} for str patterns: alphanumeric in Unicode's sense, or underscore. */
  private static boolean isPythonWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}

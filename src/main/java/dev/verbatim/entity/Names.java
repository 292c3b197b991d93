package dev.verbatim.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of names for comparison: case, accents, possessives, German umlaut spellings and common
 * transliteration variants (Aleksey/Alexei, Dmitriy/Dmitri, Yevgeny/Evgeny, Sergey/Sergei).
 */
public final class Names {
  /** Combining marks (accents, once decomposed). */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** A possessive "'s". */
  private static final Pattern POSSESSIVE = Pattern.compile("[’']s\\b");
  /** Runs of anything but letters and digits. */
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** A vowel before "ye". */
  private static final Pattern VOWEL_YE = Pattern.compile("([aeiou])ye");
  private Names() {}

  /**
   * @param name a name as written
   * @return its words, folded
   */
  public static List<String> fold(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    s = POSSESSIVE.matcher(s).replaceAll("");
    List<String> out = new ArrayList<>();
    for (String w : NON_ALPHANUMERIC.split(s)) {
      if (!w.isEmpty() && !w.equals("the") && !w.equals("mr") && !w.equals("mrs") && !w.equals("ms")
          && !w.equals("dr")) {
        out.add(translit(w));
      }
    }
    // Letters after a name are not its surname: "Fiona Laidlaw KC", "John Smith Jr".
    while (out.size() > 1 && POST_NOMINALS.contains(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static final java.util.Set<String> POST_NOMINALS = dev.verbatim.mention.Words.POST_NOMINALS;

  /**
   * @param word a folded word
   * @return the word with transliteration variants reduced to one spelling
   */
  static String translit(String word) {
    // Russian е after a vowel is written ye or e: Sarsenbayev/Sarsenbaev, Alekseyev/Alekseev.
    String w = VOWEL_YE.matcher(word).replaceAll("$1e").replace("ks", "x").replace("ey", "ei").replace("iy", "i").replace("yi", "i")
        .replace("yy", "y").replace("ue", "u").replace("oe", "o").replace("ae", "a");
    if (w.length() > 3 && w.startsWith("ye")) {
      w = w.substring(1);
    }
    if (w.endsWith("y") && w.length() > 3) {
      w = w.substring(0, w.length() - 1) + "i";
    }
    return w;
  }

  /**
   * @param a a folded first name
   * @param b another
   * @return whether they can be the same person's first name
   */
  static boolean compatibleFirstNames(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() >= 3 && b.length() >= 3 && (a.startsWith(b) || b.startsWith(a))) {
      return true;
    }
    return a.length() >= 4 && b.length() >= 4 && a.charAt(0) == b.charAt(0) && distance(a, b) <= 1;
  }

  /**
   * Whether two different folded surnames are spellings of one name in two transliterations
   * (Zhaksybekov and Dzhaksybekov, Hnatyuk and Gnatiuk): after folding the usual letter groups,
   * they differ by one letter, or in the first letter alone; names under six letters never match.
   *
   * @param a a folded surname
   * @param b another
   * @return whether they are variants of one surname
   */
  static boolean variantSurnames(String a, String b) {
    if (a.equals(b) || a.length() < 6 || b.length() < 6) {
      return false;
    }
    String x = transliterationSkeleton(a);
    String y = transliterationSkeleton(b);
    if (x.charAt(0) != y.charAt(0)) {
      // Only the first letter differs (Ukrainian H for Russian G: Hnatyuk, Gnatiuk).
      return x.substring(1).equals(y.substring(1));
    }
    return distance(x, y) <= 1;
  }

  /** The Persian patronymic ending, written -zoda (Tajik), -zade, -zada or -zadeh. */
  private static final Pattern ZADE = Pattern.compile("z[oa]d[ae]h?$");

  private static String transliterationSkeleton(String w) {
    return ZADE.matcher(translit(w)).replaceFirst("zade").replace("dzh", "zh").replace("dj", "j")
        .replace("kh", "h").replace("yu", "iu").replace("ya", "ia").replace("yo", "io").replace("ye", "ie").replace("ss", "s").replace("y", "i");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

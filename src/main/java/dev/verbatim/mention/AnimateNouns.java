package dev.verbatim.mention;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common nouns for people, from the animacy lists CoreNLP's deterministic coreference ships in its
 * models jar (Ji and Lin's animate and inanimate unigrams): a word counts when it is listed as
 * animate and never as inanimate ("coroner", "vicar", "harbourmaster", "chaplain"; not "team" or
 * "party", listed both ways). It widens {@link Words#PERSON_NOUNS}, a closed list, to the
 * occupations and relations a closed list misses. Loaded once, on first use; immutable and
 * thread-safe afterwards; empty when the models jar is not on the class path.
 */
final class AnimateNouns {
  private static final String DIR = "edu/stanford/nlp/models/dcoref/";

  private AnimateNouns() {}

  /**
   * @param lemma a lower-case common-noun lemma
   * @return whether the lists know it as a noun for people only
   */
  static boolean contains(String lemma) {
    return Holder.WORDS.contains(lemma);
  }

  /** Lazily loaded: the first question pays for reading the lists. */
  private static final class Holder {
    static final ImmutableSet<String> WORDS = load();
  }

  private static ImmutableSet<String> load() {
    Set<String> animate = read("animate.unigrams.txt");
    animate.removeAll(read("inanimate.unigrams.txt"));
    // Only words: the lists also hold names, numbers ("0-handicap") and initials.
    animate.removeIf(w -> w.length() < 3 || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-'));
    return ImmutableSet.copyOf(animate);
  }

  private static Set<String> read(String file) {
    Set<String> out = new HashSet<>();
    InputStream in = AnimateNouns.class.getClassLoader().getResourceAsStream(DIR + file);
    if (in == null) {
      return out;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String w = line.strip();
        // Capitalised entries are names ("Abdallah", "Tottenham"); the lower-case ones are nouns.
        if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT))) {
          out.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

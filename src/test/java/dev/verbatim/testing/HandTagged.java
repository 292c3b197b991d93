package dev.verbatim.testing;

import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Analysed text built by hand, for tests of one repair or one reading of the words without the models. */
public final class HandTagged {
  private HandTagged() {}

  /**
   * One unparsed sentence in one paragraph: the text split on spaces, each word with the given
   * part-of-speech and named-entity tags, its lower case as its lemma.
   *
   * @param text words separated by single spaces
   * @param pos one part-of-speech tag per word
   * @param ner one named-entity tag per word
   * @return the analysed text
   */
  public static AnalyzedText sentence(String text, String[] pos, String[] ner) {
    String[] words = text.split(" ");
    int[] heads = new int[words.length];
    String[] relations = new String[words.length];
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(relations, "dep");
    return sentence(text, pos, ner, heads, relations);
  }

  /**
   * As {@link #sentence(String, String[], String[])}, parsed by hand.
   *
   * @param heads each word's head (a word index, -1 for the root)
   * @param relations each word's relation to its head
   * @return the analysed text
   */
  public static AnalyzedText sentence(String text, String[] pos, String[] ner, int[] heads, String[] relations) {
    String[] words = text.split(" ");
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      int begin = text.indexOf(words[i], at);
      at = begin + words[i].length();
      tokens.add(new Token(i, begin, at, words[i], words[i].toLowerCase(Locale.ROOT), pos[i], ner[i], 0, heads[i], relations[i]));
    }
    Sentence s = new Sentence(0, 0, words.length, 0, text.length(), 0);
    return new AnalyzedText(text, tokens, List.of(s), List.of(Span.of(0, text.length())));
  }
}

package dev.verbatim.nlp;

/**
 * One token of the analysed text, with its tags and its place in the sentence's dependency tree.
 *
 * @param index position of the token in the document, from 0
 * @param begin UTF-16 offset of its first character in the caller's text
 * @param end UTF-16 offset one past its last character
 * @param text the token as written in the caller's text
 * @param lemma lower-case dictionary form
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity class ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 *     {@code MISC}) or {@code O}
 * @param sentence index of the sentence holding the token
 * @param head document index of the token's syntactic head, or -1 for the sentence root (and when
 *     no parse was made)
 * @param relation dependency relation to the head (Universal Dependencies, e.g. {@code nsubj},
 *     {@code ccomp}); {@code root} for the root, {@code dep} when no parse was made
 */
public record Token(
    int index,
    int begin,
    int end,
    String text,
    String lemma,
    String pos,
    String ner,
    int sentence,
    int head,
    String relation) {

  /**
   * Returns whether the part-of-speech tag is a verb tag.
   *
   * @return whether the part-of-speech tag is a verb tag
   */
  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  /**
   * Returns whether the tag is a noun tag, proper or common.
   *
   * @return whether the tag is a noun tag, proper or common
   */
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  /**
   * Returns whether the tag is a proper-noun tag.
   *
   * @return whether the tag is a proper-noun tag
   */
  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  /**
   * Returns whether the token is punctuation only.
   *
   * @return whether the token is punctuation only
   */
  public boolean isPunctuation() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param prefix a relation or relation prefix such as {@code "nsubj"}
   * @return whether the token's relation is {@code prefix} or a subtype of it ({@code nsubj:pass})
   */
  public boolean relationIs(String prefix) {
    return relation.equals(prefix) || relation.startsWith(prefix + ":");
  }
}

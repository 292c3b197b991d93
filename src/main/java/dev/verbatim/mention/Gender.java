package dev.verbatim.mention;

/** Grammatical gender of a mention or speaker, as far as the text tells. */
public enum Gender {
  /** Male, as a pronoun ("he"), a title ("Mr") or a first name in the gender table tells. */
  MALE,
  /** Female, as a pronoun ("she"), a title ("Mrs") or a first name in the gender table tells. */
  FEMALE,
  /** Not told by the text, or not applicable (organisations, plurals). */
  UNKNOWN;

  /**
   * @param other another gender
   * @return whether both are known and differ
   */
  public boolean conflicts(Gender other) {
    return this != UNKNOWN && other != UNKNOWN && this != other;
  }
}

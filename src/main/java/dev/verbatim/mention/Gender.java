package dev.verbatim.mention;

/** Grammatical gender of a mention or speaker, as far as the text tells. */
public enum Gender {
  MALE, FEMALE, UNKNOWN;

  /**
   * @param other another gender
   * @return whether both are known and differ
   */
  public boolean conflicts(Gender other) {
    return this != UNKNOWN && other != UNKNOWN && this != other;
  }
}

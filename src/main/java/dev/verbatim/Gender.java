package dev.verbatim;

/**
 * A person's gender as the article shows it: from the pronouns it uses for the person, the
 * honorifics and titles it gives ("Mrs", "Sir", "chairwoman"), else the usual gender of the
 * person's first name. Only persons have one: {@link Speaker#gender()} is empty for
 * organisations, outlets, groups and anonymous sources.
 *
 * <p>It is what the text says, not a fact about the person; docs/records.md says how it is
 * decided and how often it is right.
 *
 * @since 0.2.0
 */
public enum Gender {
  /** The article refers to the person as a woman ("she", "Mrs", "Dame"; or a woman's first name). */
  FEMALE,
  /** The article refers to the person as a man ("he", "Mr", "Sir"; or a man's first name). */
  MALE,
  /** A person about whom the article gives no evidence, or evidence that conflicts evenly. */
  UNKNOWN
}

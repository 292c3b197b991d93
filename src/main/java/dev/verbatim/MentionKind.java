package dev.verbatim;

/** What kind of words a speaker mention is. */
public enum MentionKind {
  /** A personal name, full or partial ("Maria Lopez", "Lopez"). */
  NAME,
  /** A pronoun ("he", "she", "they", "her"). */
  PRONOUN,
  /** A role, title or description ("the minister", "a senior official"). */
  ROLE,
  /** The name of an organisation or outlet ("the Foreign Ministry", "Reuters"). */
  ORGANIZATION
}

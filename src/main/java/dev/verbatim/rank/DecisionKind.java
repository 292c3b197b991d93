package dev.verbatim.rank;

/** The kinds of speaker choice the ranking model makes, each with weights of its own. */
public enum DecisionKind {
  /** A personal pronoun ("she said") resolved to a person named before. */
  PRONOUN("pronoun"),
  /** A definite role or epithet ("the minister", "the 54-year-old") resolved to a person. */
  ROLE("role"),
  /** A quotation with no attribution in its own sentence, given the speaker of a neighbour or of the narrative. */
  QUOTATION("quotation");

  private final String id;

  DecisionKind(String id) {
    this.id = id;
  }

  /**
   * Returns the stable name used in model and data files.
   *
   * @return the stable name
   */
  public String id() {
    return id;
  }

  /**
   * Returns the kind with a stable name.
   *
   * @param id a stable name
   * @return the kind
   * @throws IllegalArgumentException if no kind has that name
   */
  public static DecisionKind of(String id) {
    for (DecisionKind k : values()) {
      if (k.id.equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown decision kind: " + id);
  }
}

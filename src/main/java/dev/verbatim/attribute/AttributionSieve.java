package dev.verbatim.attribute;

/**
 * One attribution pass. Sieves run in order of precision; each decides only statements still
 * without a speaker and records its id on what it decides. Implementations are stateless and
 * thread-safe.
 */
public interface AttributionSieve {
  /**
   * Returns the sieve's stable id.
   *
   * @return a stable id, recorded on each statement it decides, e.g. {@code "remark-agent"}
   */
  String id();

  /**
   * Decides speakers for the statements still unresolved; never touches resolved ones.
   *
   * @param context the document and its statements
   */
  void resolve(AttributionContext context);
}

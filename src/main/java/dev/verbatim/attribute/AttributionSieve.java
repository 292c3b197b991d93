package dev.verbatim.attribute;

/**
 * One attribution pass. Sieves run in order of precision; each decides only statements still
 * without a speaker, storing in the context's {@link Attributions} a new {@link Attribution} with
 * the rule that decided it. Implementations are stateless and thread-safe.
 */
public interface AttributionSieve {
  /**
   * Returns the sieve's stable id.
   *
   * @return a stable id, e.g. {@code "remark-agent"}: for a sieve of one rule, that rule's id
   */
  String id();

  /**
   * Decides speakers for the statements still unresolved; never touches resolved ones.
   *
   * @param context the document and its statements
   */
  void resolve(AttributionContext context);
}

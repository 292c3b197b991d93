/**
 * Beside the pipeline: the performance benchmark behind {@code verbatim bench}. Each measured
 * system runs in its own JVM ({@link dev.verbatim.bench.VerbatimWorker} for Verbatim's profiles,
 * {@link dev.verbatim.bench.CoreNlpQuoteWorker} for Stanford CoreNLP's own quote pipeline), so
 * that cold start and heap are per process; each prints one {@link dev.verbatim.bench.BenchResult}
 * as a JSON line. Nothing in the library depends on this package.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.bench;

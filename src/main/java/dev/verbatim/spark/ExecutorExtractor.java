package dev.verbatim.spark;

import dev.verbatim.QuoteExtractor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * The extractor of this JVM (a Spark executor, or the driver in local mode): built on first use,
 * then shared by every task and partition that runs here, and never serialised. The models load
 * once per JVM and never travel with tasks. In practice there is one entry; a second appears only
 * if jobs in the same JVM ask for different {@link ExtractorSettings}.
 *
 * <p>Thread-safe: concurrent tasks that ask first wait for one build.
 */
final class ExecutorExtractor {
  private static final ConcurrentMap<ExtractorSettings, QuoteExtractor> EXTRACTORS =
      new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private ExecutorExtractor() {}

  /**
   * Returns this JVM's extractor for {@code settings}, building it on the first call.
   *
   * @throws dev.verbatim.VerbatimException if the models cannot be loaded
   */
  static QuoteExtractor get(ExtractorSettings settings) {
    QuoteExtractor extractor = EXTRACTORS.get(settings);
    return extractor != null ? extractor : EXTRACTORS.computeIfAbsent(settings,
        ExecutorExtractor::build);
  }

  /** How many extractors this JVM has built, for tests. */
  static int builds() {
    return BUILDS.get();
  }

  private static QuoteExtractor build(ExtractorSettings settings) {
    long started = System.nanoTime();
    // Spark's executors log through SLF4J; CoreNLP's messages go there too.
    QuoteExtractor.routeBackEndLoggingToSlf4j();
    QuoteExtractor extractor = settings.build();
    BUILDS.incrementAndGet();
    LoggerFactory.getLogger(ExecutorExtractor.class).info(
        "Loaded the language models for {} in {} ms", settings,
        (System.nanoTime() - started) / 1_000_000);
    return extractor;
  }
}

package dev.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.testing.Corpus;
import dev.verbatim.testing.Extractors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Throughput of the Spark extraction on local[2] against the plain library on one thread, on the
 * same articles (the fixture corpus, dev and held-out, three times over). Off by default; run it
 * with:
 *
 * <pre>{@code
 * mvn -B test -Dtest=SparkThroughputBenchmark -Dverbatim.benchmark=true
 * }</pre>
 *
 * <p>Both sides are warmed up first (models loaded, one pass over the articles), so the figures
 * are steady-state throughput, not start-up.
 */
@EnabledIfSystemProperty(named = "verbatim.benchmark", matches = "true")
class SparkThroughputBenchmark {
  private static final int COPIES = 3;

  @Test
  void sparkLocal2AgainstTheLibraryOnOneThread() throws IOException {
    Map<String, String> articles = new LinkedHashMap<>();
    for (int copy = 0; copy < COPIES; copy++) {
      int c = copy;
      SparkQuoteExtractorTest.readArticles(Corpus.DEV).forEach((id, t) -> articles.put(c + id, t));
      SparkQuoteExtractorTest.readArticles(Corpus.HELDOUT)
          .forEach((id, t) -> articles.put(c + id, t));
    }
    List<String> texts = new ArrayList<>(articles.values());
    long chars = texts.stream().mapToLong(String::length).sum();

    // The library, one thread; warm-up pass first.
    int expected = 0;
    for (String t : texts.subList(0, texts.size() / COPIES)) {
      Extractors.shared().extract(t);
    }
    long started = System.nanoTime();
    for (String t : texts) {
      expected += Extractors.shared().extract(t).citations().size();
    }
    double library = seconds(started);

    // The library's own extractAll on two threads (one per core), for reference.
    started = System.nanoTime();
    Extractors.shared().extractAll(texts);
    double libraryTwo = seconds(started);

    // Spark local[2]; the input is cached and a warm-up pass loads this JVM's extractor.
    Dataset<Row> documents = SparkQuoteExtractorTest.documents(articles).repartition(8).cache();
    documents.count();
    SparkQuoteExtractor extractor = SparkQuoteExtractor.builder().build();
    extractor.extract(documents.limit(texts.size() / COPIES)).citations().count();
    started = System.nanoTime();
    long actual = extractor.extract(documents).citations().count();
    double spark = seconds(started);

    assertThat(actual).isEqualTo(expected);
    System.out.printf("%n%d articles (%d characters, %d citations)%n", texts.size(), chars,
        expected);
    System.out.printf("library, 1 thread: %.1f s, %.2f articles/s%n", library,
        texts.size() / library);
    System.out.printf("library, extractAll on %d threads: %.1f s, %.2f articles/s (%.2fx)%n",
        Runtime.getRuntime().availableProcessors(), libraryTwo, texts.size() / libraryTwo,
        library / libraryTwo);
    System.out.printf("Spark local[2]:    %.1f s, %.2f articles/s (%.2fx)%n", spark,
        texts.size() / spark, library / spark);
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }
}

package dev.verbatim.bench.jmh;

import dev.verbatim.QuoteExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Warm throughput of {@link QuoteExtractor#extract} in tokens per second per thread (the {@code
 * tokens} line of JMH's output), for both profiles and three document sizes: the corpus articles
 * as they are ({@code 0}), 10 KB and 1 MB documents made of the same text. Run with {@code -t 2}
 * to see two threads sharing one extractor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 1, time = 20)
@Measurement(iterations = 3, time = 20)
public class ExtractBenchmark {
  /** {@code default} or {@code fast} (no dependency parsing). */
  @Param({"default", "fast"})
  public String profile;

  /** Document size in characters; 0 for the corpus articles as they are. */
  @Param({"0", "10000", "1000000"})
  public int chars;

  private QuoteExtractor extractor;
  private List<String> documents;
  private long[] tokens;

  /** Loads the models and the documents. */
  @Setup
  public void setUp() {
    extractor = QuoteExtractor.builder().dependencyParsing(profile.equals("default")).build();
    documents = BenchArticles.documents(chars);
    tokens = BenchArticles.tokens(documents);
  }

  /** Extracts from every document once. */
  @Benchmark
  public void extract(TokenCount count, Blackhole sink) {
    for (int i = 0; i < documents.size(); i++) {
      sink.consume(extractor.extract(documents.get(i)));
      count.tokens += tokens[i];
    }
  }
}

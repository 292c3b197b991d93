package dev.verbatim.bench.jmh;

import dev.verbatim.bench.CoreNlpQuoteWorker;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The baseline's warm throughput in tokens per second per thread: Stanford CoreNLP's own quote
 * pipeline ({@link CoreNlpQuoteWorker#properties()}) on the corpus articles. Slow: one pass over
 * the corpus takes over a minute, so each iteration is one pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx8g")
@Warmup(iterations = 1)
@Measurement(iterations = 1)
public class CoreNlpQuoteBenchmark {
  private StanfordCoreNLP pipeline;
  private List<String> documents;
  private long[] tokens;

  /** Loads the models and the documents. */
  @Setup
  public void setUp() {
    RedwoodConfiguration.errorLevel().apply();
    pipeline = new StanfordCoreNLP(CoreNlpQuoteWorker.properties());
    documents = BenchArticles.documents(0);
    tokens = BenchArticles.tokens(documents);
  }

  /** Annotates every article once. */
  @Benchmark
  public void annotate(TokenCount count, Blackhole sink) {
    for (int i = 0; i < documents.size(); i++) {
      Annotation doc = new Annotation(documents.get(i));
      pipeline.annotate(doc);
      sink.consume(doc);
      count.tokens += tokens[i];
    }
  }
}

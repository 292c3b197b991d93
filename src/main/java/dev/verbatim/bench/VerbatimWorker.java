package dev.verbatim.bench;

import static dev.verbatim.bench.WorkerClock.loadAverage;
import static dev.verbatim.bench.WorkerClock.log;
import static dev.verbatim.bench.WorkerClock.millisSince;
import static dev.verbatim.bench.WorkerClock.processCpuSeconds;
import static dev.verbatim.bench.WorkerClock.sinceJvmStart;

import com.google.common.collect.ImmutableList;
import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.nlp.TokenCounter;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures Verbatim's extractor in this JVM and prints a {@link BenchResult}: cold start, the
 * first pass over the corpus, warm throughput, the batch API with one and two threads, and time
 * per token on small documents and on one big document of the same text.
 *
 * <pre>{@code
 * java -Xmx1g -cp target/verbatim-0.1.0.jar dev.verbatim.bench.VerbatimWorker [--fast] \
 *     [--big-chars 1000000] ../shared/corpus/seed src/test/resources/corpus
 * }</pre>
 */
public final class VerbatimWorker {
  private VerbatimWorker() {}

  /**
   * Runs the measurements.
   *
   * @param args {@code [--fast] [--big-chars N] [--small-chars N] [--warm-seconds S]
   *     [--batch-rounds N] [--batch-threads N] PATH...}
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    QuoteExtractor.routeBackEndLoggingToSlf4j();
    HeapMeter heap = new HeapMeter();
    WorkerArgs a = WorkerArgs.parse(args, 1_000_000, 10);
    BenchCorpus corpus = BenchCorpus.load(a.inputs());
    long t = System.nanoTime();
    QuoteExtractor extractor = QuoteExtractor.builder()
        .dependencyParsing(!a.fast()).threads(Math.max(2, a.batchThreads())).build();
    double loadMs = millisSince(t);
    int citations = extractor.extract(corpus.texts().get(0)).citations().size();
    double coldStartMs = sinceJvmStart();
    List<String> rest = corpus.texts().subList(1, corpus.texts().size());
    if (a.batchThreads() > 1) {
      for (ExtractionResult r : extractor.extractAll(rest)) {
        citations += r.citations().size();
      }
    } else {
      for (String text : rest) {
        citations += extractor.extract(text).citations().size();
      }
    }
    double batchMs = sinceJvmStart();
    log("loaded in %.0f ms, first result at %.0f ms, corpus done at %.0f ms", loadMs,
        coldStartMs, batchMs);
    long tokens = tokens(corpus.texts());

    passes(extractor, corpus.texts(), 0); // JIT warm-up
    double cpu = processCpuSeconds();
    Passes warm = passes(extractor, corpus.texts(), a.warmSeconds());
    double warmTps = tokens * warm.count() / warm.seconds();
    double warmTpcs = tokens * warm.count() / (processCpuSeconds() - cpu);
    log("warm: %.0f tokens/s, %.0f tokens per CPU-second", warmTps, warmTpcs);

    List<String> batch = new ArrayList<>();
    for (int i = 0; i < a.batchRounds(); i++) {
      batch.addAll(corpus.texts());
    }
    long batchTokens = tokens * a.batchRounds();
    t = System.nanoTime();
    for (String text : batch) {
      extractor.extract(text);
    }
    double batch1 = batchTokens / (millisSince(t) / 1000);
    t = System.nanoTime();
    extractor.extractAll(batch);
    double batch2 = batchTokens / (millisSince(t) / 1000);
    log("batch: 1 thread %.0f tokens/s, 2 threads %.0f tokens/s", batch1, batch2);

    ImmutableList<String> small = corpus.pieces(a.smallChars());
    long smallTokens = tokens(small);
    passes(extractor, small, 0);
    t = System.nanoTime();
    for (String text : small) {
      extractor.extract(text);
    }
    double smallMicros = millisSince(t) * 1000 / smallTokens;
    long smallChars = small.stream().mapToLong(String::length).sum() / small.size();
    Long bigChars = null;
    Double bigMicros = null;
    if (a.bigChars() > 0) {
      String big = BenchCorpus.repeat(small, a.bigChars());
      long bigTokens = TokenCounter.count(big);
      t = System.nanoTime();
      ExtractionResult r = extractor.extract(big);
      bigMicros = millisSince(t) * 1000 / bigTokens;
      bigChars = (long) big.length();
      log("big document: %d chars, %d tokens, %d citations, %.1f us/token (small: %.1f)",
          big.length(), bigTokens, r.citations().size(), bigMicros, smallMicros);
    }
    ResultPrinter.print(new BenchResult((a.fast() ? "verbatim-fast" : "verbatim-default")
        + (a.batchThreads() > 1 ? "-" + a.batchThreads() + "t" : ""),
        HeapMeter.max() >> 20, corpus.texts().size(), corpus.chars(), tokens, citations, loadMs,
        coldStartMs, batchMs, warmTps, batch1, batch2, smallChars, smallMicros, bigChars,
        bigMicros, heap.peakUsed() >> 20, heap.peakLive() >> 20, warmTpcs, loadAverage()));
  }

  /** How many whole passes over the corpus ran, in how many seconds. */
  private record Passes(int count, double seconds) {}

  /** Runs whole passes over {@code texts}, at least one, until {@code minSeconds} have passed. */
  private static Passes passes(QuoteExtractor extractor, List<String> texts, double minSeconds) {
    long t = System.nanoTime();
    int count = 0;
    do {
      for (String text : texts) {
        extractor.extract(text);
      }
      count++;
    } while (millisSince(t) < minSeconds * 1000);
    return new Passes(count, millisSince(t) / 1000);
  }

  static long tokens(List<String> texts) {
    long n = 0;
    for (String text : texts) {
      n += TokenCounter.count(text);
    }
    return n;
  }
}

package dev.verbatim.bench;

import static dev.verbatim.bench.WorkerClock.loadAverage;
import static dev.verbatim.bench.WorkerClock.log;
import static dev.verbatim.bench.WorkerClock.millisSince;
import static dev.verbatim.bench.WorkerClock.processCpuSeconds;
import static dev.verbatim.bench.WorkerClock.sinceJvmStart;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.List;
import java.util.Properties;

/**
 * The baseline: Stanford CoreNLP's own quote pipeline ({@code tokenize,ssplit,pos,lemma,ner,
 * depparse,coref,quote}, quote attribution on, statistical coreference, every other setting
 * CoreNLP's default), measured in this JVM the way {@link VerbatimWorker} measures Verbatim. The
 * big document is off by default ({@code --big-chars 0}): at CoreNLP's speed a 1 MB document
 * takes the better part of an hour.
 *
 * <pre>{@code
 * java -Xmx8g -cp target/verbatim-0.1.0.jar dev.verbatim.bench.CoreNlpQuoteWorker \
 *     ../shared/corpus/seed src/test/resources/corpus
 * }</pre>
 */
public final class CoreNlpQuoteWorker {
  private CoreNlpQuoteWorker() {}

  /**
   * The pipeline's settings: CoreNLP's defaults plus what the benchmark asks for.
   *
   * @return new properties
   */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("quote.attributeQuotes", "true");
    return p;
  }

  /**
   * Runs the measurements.
   *
   * @param args {@code [--big-chars N] [--small-chars N] [--warm-seconds S] PATH...}
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    HeapMeter heap = new HeapMeter();
    WorkerArgs a = WorkerArgs.parse(args, 0, 0);
    BenchCorpus corpus = BenchCorpus.load(a.inputs());
    RedwoodConfiguration.errorLevel().apply();
    long t = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
    double loadMs = millisSince(t);
    int quotes = annotate(pipeline, corpus.texts().get(0));
    double coldStartMs = sinceJvmStart();
    for (String text : corpus.texts().subList(1, corpus.texts().size())) {
      quotes += annotate(pipeline, text);
    }
    double batchMs = sinceJvmStart();
    log("loaded in %.0f ms, first result at %.0f ms, corpus done at %.0f ms", loadMs,
        coldStartMs, batchMs);
    long tokens = VerbatimWorker.tokens(corpus.texts());
    double cpu = processCpuSeconds();
    t = System.nanoTime();
    int passes = 0;
    do {
      for (String text : corpus.texts()) {
        annotate(pipeline, text);
      }
      passes++;
    } while (millisSince(t) < a.warmSeconds() * 1000);
    double warmTps = tokens * passes / (millisSince(t) / 1000);
    double warmTpcs = tokens * passes / (processCpuSeconds() - cpu);
    log("warm: %.0f tokens/s, %.0f tokens per CPU-second", warmTps, warmTpcs);
    Long smallChars = null;
    Double smallMicros = null;
    Long bigChars = null;
    Double bigMicros = null;
    if (a.bigChars() > 0) {
      ImmutableList<String> small = corpus.pieces(a.smallChars());
      long smallTokens = VerbatimWorker.tokens(small);
      t = System.nanoTime();
      for (String text : small) {
        annotate(pipeline, text);
      }
      smallMicros = millisSince(t) * 1000 / smallTokens;
      smallChars = small.stream().mapToLong(String::length).sum() / small.size();
      String big = BenchCorpus.repeat(small, a.bigChars());
      t = System.nanoTime();
      annotate(pipeline, big);
      bigMicros = millisSince(t) * 1000 / VerbatimWorker.tokens(List.of(big));
      bigChars = (long) big.length();
    }
    ResultPrinter.print(new BenchResult("corenlp-quote", HeapMeter.max() >> 20,
        corpus.texts().size(), corpus.chars(), tokens, quotes, loadMs, coldStartMs, batchMs,
        warmTps, null, null, smallChars, smallMicros, bigChars, bigMicros,
        heap.peakUsed() >> 20, heap.peakLive() >> 20, warmTpcs, loadAverage()));
  }

  /** Annotates one text; returns the number of quotations CoreNLP found. */
  private static int annotate(StanfordCoreNLP pipeline, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    return quotes == null ? 0 : quotes.size();
  }
}

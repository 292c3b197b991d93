package dev.verbatim.bench.jmh;

import dev.verbatim.bench.BenchCorpus;
import dev.verbatim.nlp.TokenCounter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's documents: the seed article and the fixture corpus, or documents built of them. */
final class BenchArticles {
  private BenchArticles() {}

  static BenchCorpus corpus() {
    List<Path> inputs = new ArrayList<>();
    for (String p : List.of("../shared/corpus/seed/nato-founding-act.txt",
        "src/test/resources/corpus/dev", "src/test/resources/corpus/heldout")) {
      if (Files.exists(Path.of(p))) {
        inputs.add(Path.of(p));
      }
    }
    try {
      return BenchCorpus.load(inputs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The documents for a size: 0 means the articles as they are; otherwise one document of at
   * least {@code chars} made of 10 KB pieces of the corpus repeated.
   */
  static List<String> documents(int chars) {
    BenchCorpus corpus = corpus();
    if (chars == 0) {
      return corpus.texts();
    }
    return List.of(BenchCorpus.repeat(corpus.pieces(10_000), chars));
  }

  static long[] tokens(List<String> documents) {
    long[] out = new long[documents.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = TokenCounter.count(documents.get(i));
    }
    return out;
  }
}

package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.testing.Extractors;
import dev.verbatim.testing.FixtureTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One extractor shared by many threads gives exactly the results of a sequential run. */
class ConcurrentExtractionTest {
  private static final int THREADS = 16;

  private final QuoteExtractor extractor = Extractors.shared();

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void sixteenThreadsOverTheFixtureCorpusMatchASequentialRun() throws Exception {
    List<String> texts = FixtureTexts.dev();
    List<ExtractionResult> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(extractor.extract(t));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<ExtractionResult>>> perThread = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        int first = thread;
        perThread.add(pool.submit(() -> {
          start.await();
          // Each thread runs half the corpus, starting at a different article, so that every
          // article is extracted by 8 threads, at different moments.
          List<ExtractionResult> out = new ArrayList<>();
          for (int k = 0; k < texts.size() / 2; k++) {
            out.add(extractor.extract(texts.get((first + k) % texts.size())));
          }
          return out;
        }));
      }
      start.countDown();
      for (int thread = 0; thread < THREADS; thread++) {
        List<ExtractionResult> got = perThread.get(thread).get();
        for (int k = 0; k < got.size(); k++) {
          int i = (thread + k) % texts.size();
          assertThat(got.get(k)).as("article %s on thread %s", i, thread)
              .isEqualTo(sequential.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void extractAllWithSeveralThreadsMatchesASequentialRun() {
    List<String> texts = FixtureTexts.dev().subList(0, 6);
    QuoteExtractor pooled = QuoteExtractor.builder().threads(4).build();

    assertThat(pooled.extractAll(texts)).containsExactlyElementsOf(
        texts.stream().map(extractor::extract).toList());
  }
}

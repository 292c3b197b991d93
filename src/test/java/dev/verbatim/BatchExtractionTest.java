package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.testing.Extractors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchExtractionTest {
  private static final String GOOD = "Mayor speaks\n\n\u201CWe will rebuild,\u201D said Mayor Jane Ortiz.";

  @Test
  void aBadDocumentNeverLosesTheOthers() {
    String tooLong = "x".repeat(QuoteExtractor.DEFAULT_MAX_DOCUMENT_LENGTH + 1);
    List<DocumentOutcome> out;
    try (Stream<DocumentOutcome> s = Extractors.shared().extractEach(Arrays.asList(GOOD, null, tooLong, GOOD, ""))) {
      out = s.toList();
    }
    assertThat(out).extracting(DocumentOutcome::index).containsExactly(0, 1, 2, 3, 4);
    assertThat(out).extracting(DocumentOutcome::succeeded).containsExactly(true, false, false, true, true);
    assertThat(out.get(1).error().orElseThrow()).isInstanceOf(NullPointerException.class);
    assertThat(out.get(2).error().orElseThrow()).isInstanceOf(IllegalArgumentException.class);
    assertThat(out.get(0).result().orElseThrow().citations()).hasSize(1);
    assertThat(out.get(3).result().orElseThrow()).isEqualTo(out.get(0).result().orElseThrow());
  }

  @Test
  void inputIsReadLazilyWithBoundedLookAheadOnTheCallersExecutor() {
    AtomicInteger read = new AtomicInteger();
    Iterable<String> endless = () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public String next() {
        read.incrementAndGet();
        return GOOD;
      }
    };
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (Stream<DocumentOutcome> s = Extractors.shared().extractEach(endless, executor, 2)) {
      List<DocumentOutcome> first = s.limit(5).toList();
      assertThat(first).extracting(DocumentOutcome::index).containsExactly(0, 1, 2, 3, 4);
      assertThat(read.get()).isLessThanOrEqualTo(5 + 4);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void extractAllKeepsOrderAndMatchesOneByOne() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      texts.add("Story " + i + "\n\n\u201CNumber " + i + ",\u201D said Tom Reyes.");
    }
    QuoteExtractor x = Extractors.shared();
    List<ExtractionResult> all = x.extractAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(all.get(i)).isEqualTo(x.extract(texts.get(i)));
    }
  }

  @Test
  void aClosedExtractorStillExtractsOneByOneButRefusesItsBatchThreads() {
    try (QuoteExtractor x = QuoteExtractor.builder().dependencyParsing(false).threads(2).build()) {
      assertThat(x.extractAll(List.of(GOOD, GOOD))).hasSize(2);
      x.close();
      assertThat(x.extract(GOOD).citations()).hasSize(1);
      assertThatThrownBy(() -> x.extractEach(List.of(GOOD))).isInstanceOf(IllegalStateException.class);
    }
  }
}

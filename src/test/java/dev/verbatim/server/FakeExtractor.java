package dev.verbatim.server;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.testing.SampleResults;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fake extractor: the whole text (stripped) is one direct statement by "Ann Lee"; a text
 * containing "FAIL" throws; one containing "BLOCK" waits until {@link #open()} (at most 60 s, or
 * until interrupted). Thread-safe.
 */
final class FakeExtractor implements Function<String, ExtractionResult> {
  private final CountDownLatch gate = new CountDownLatch(1);
  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public ExtractionResult apply(String text) {
    calls.incrementAndGet();
    if (text.contains("FAIL")) {
      throw new IllegalStateException("cannot parse\nthis document");
    }
    if (text.contains("BLOCK")) {
      try {
        gate.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return quoteWholeText(text);
  }

  void open() {
    gate.countDown();
  }

  int calls() {
    return calls.get();
  }

  static ExtractionResult quoteWholeText(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return ExtractionResult.empty();
    }
    int start = text.indexOf(stripped);
    Speaker speaker = SampleResults.person("s1", "Ann Lee");
    Citation citation = Citation.builder()
        .statement(stripped, Span.of(start, start + stripped.length()))
        .type(QuoteType.DIRECT)
        .speaker(speaker, null)
        .rule("fake")
        .build();
    return new ExtractionResult(List.of(citation), List.of(speaker), List.of());
  }
}

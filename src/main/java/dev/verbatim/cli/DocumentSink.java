package dev.verbatim.cli;

import dev.verbatim.ExtractionResult;
import dev.verbatim.json.InputDocument;
import dev.verbatim.json.InputError;
import dev.verbatim.json.RecordSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Extracts from each document as it is read, on up to {@code threads} documents at once (one
 * extractor, shared: it is thread-safe), and writes the results in input order as they complete.
 * At most twice {@code threads} documents are held in memory.
 */
final class DocumentSink implements RecordSink<InputDocument>, AutoCloseable {
  private final Function<String, ExtractionResult> extractor;
  private final ResultWriter writer;
  private final Progress progress;
  private final Failures failures;
  private final int window;
  private final ExecutorService pool;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  /** A document handed to the pool, and what became of it. */
  private record Pending(InputDocument document, Future<ExtractionResult> result) {}

  DocumentSink(Function<String, ExtractionResult> extractor, ResultWriter writer,
      Progress progress, Failures failures, int threads) {
    this.extractor = extractor;
    this.writer = writer;
    this.progress = progress;
    this.failures = failures;
    this.window = 2 * threads;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "verbatim-extract");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void accept(InputDocument document) {
    if (pool == null) {
      write(document, () -> extractor.apply(document.text()));
      return;
    }
    pending.add(new Pending(document, pool.submit(() -> extractor.apply(document.text()))));
    drain(window - 1);
  }

  /** Writes finished documents, oldest first, until at most {@code keep} are in flight. */
  void drain(int keep) {
    while (pending.size() > keep) {
      Pending p = pending.poll();
      write(p.document(), () -> {
        try {
          return p.result().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          if (e.getCause() instanceof Error err) {
            throw err;   // a StackOverflowError spoils one document (below); others end the run
          }
          throw new IllegalStateException(e.getCause());
        }
      });
    }
  }

  private void write(InputDocument document, java.util.function.Supplier<ExtractionResult> result) {
    ExtractionResult r;
    try {
      r = result.get();
    } catch (RuntimeException | StackOverflowError e) {
      // A stack overflow (a pathological parse) spoils one document, not the run.
      failures.report(document, e);
      progress.step();
      return;
    }
    try {
      writer.write(document, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.step();
  }

  @Override
  public void error(InputError error) {
    drain(0);   // keep failures and results in input order
    failures.report(error);
  }

  @Override
  public void note(String source, String message) {
    drain(0);
    progress.message(source + ": " + message);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}

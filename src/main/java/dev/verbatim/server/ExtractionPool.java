package dev.verbatim.server;

import dev.verbatim.ExtractionResult;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The extraction threads and their bounded queue: at most {@code threads + queue} documents are
 * in it at once, running or waiting. A document holds its place until its thread is done with it,
 * even when its request has stopped waiting (CoreNLP cannot be stopped mid-document), so the
 * bound holds under time-outs too. Thread-safe.
 */
final class ExtractionPool implements AutoCloseable {
  private final Function<String, ExtractionResult> extractor;
  private final int size;
  private final Semaphore places;
  private final ThreadPoolExecutor workers;

  ExtractionPool(Function<String, ExtractionResult> extractor, int threads, int queue) {
    this.extractor = extractor;
    this.size = threads + queue;
    this.places = new Semaphore(size);
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), daemonThreads("verbatim-extract")) {
      @Override
      protected void afterExecute(Runnable task, Throwable failure) {
        places.release();   // also for a task cancelled before it ran: it was taken off the queue
      }
    };
  }

  /**
   * Queues a document if there is a place for it.
   *
   * @return its result to come, or null when the queue is full
   */
  Future<ExtractionResult> trySubmit(String text) {
    return places.tryAcquire() ? submit(text) : null;
  }

  /**
   * Queues a document, waiting for a place until the deadline ({@link System#nanoTime()}).
   *
   * @return its result to come, or null when no place came free in time
   */
  Future<ExtractionResult> submit(String text, long deadline) throws InterruptedException {
    long left = Math.max(0, deadline - System.nanoTime());
    return places.tryAcquire(left, TimeUnit.NANOSECONDS) ? submit(text) : null;
  }

  private Future<ExtractionResult> submit(String text) {
    try {
      return workers.submit(() -> extractor.apply(text));
    } catch (RejectedExecutionException e) {
      places.release();
      throw e;
    }
  }

  /** Documents in the pool now, running or waiting. */
  int busy() {
    return size - places.availablePermits();
  }

  /** Stops the threads, interrupting documents still running. */
  @Override
  public void close() {
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}

package dev.verbatim.server;

import dev.verbatim.ExtractionResult;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for a document's result and names what went wrong as an HTTP error. Stateless. */
final class Results {
  private Results() {}

  /**
   * Waits for the result until the deadline ({@link System#nanoTime()}); a result that does not
   * come in time is cancelled.
   *
   * @throws HttpError 503 when the time is up or the server is stopping, 413 when the text is
   *     longer than the extractor accepts, 500 when the extraction failed
   */
  static ExtractionResult await(Future<ExtractionResult> result, long deadline, Duration timeout) {
    try {
      return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw timedOut(timeout);
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw stopping();
    } catch (CancellationException e) {
      throw stopping();
    } catch (ExecutionException e) {
      throw failed(e.getCause());
    }
  }

  static HttpError timedOut(Duration timeout) {
    return new HttpError(503, "the request took longer than the server's time limit of "
        + seconds(timeout) + " (verbatim serve --timeout)");
  }

  static HttpError queueFull(int places) {
    return new HttpError(429, "the server is busy: its " + places
        + " places (threads and queue) are taken; try again shortly")
        .withHeader("Retry-After", "1");
  }

  static HttpError stopping() {
    return new HttpError(503, "the server is stopping").withHeader("Connection", "close");
  }

  private static HttpError failed(Throwable cause) {
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    if (cause instanceof IllegalArgumentException) {   // the text is over the extractor's limit
      return new HttpError(413, message.replaceAll("\\s+", " "));
    }
    return new HttpError(500, "extraction failed: " + message.replaceAll("\\s+", " "));
  }

  private static String seconds(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
  }
}

package dev.verbatim.server;

import com.sun.net.httpserver.HttpExchange;
import dev.verbatim.ExtractionResult;
import dev.verbatim.json.InputDocument;
import dev.verbatim.json.JsonCodec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Answers a JSON Lines body: one line a document, in input order, each written and flushed as soon
 * as it and those before it are done (a chunked response). At most {@code window} of its documents
 * are in the pool at once, so that one long body does not shut other requests out.
 *
 * <p>The answer is 429 when the pool is full for the first document and 503 when the first result
 * does not come in time; once lines have been sent, a document that fails or runs out of time gets
 * {@code {"id", "error"}} as its line instead. Not thread-safe: one per request.
 */
final class DocumentStream {
  private final HttpExchange exchange;
  private final ExtractionPool pool;
  private final JsonCodec codec;
  private final int window;
  private final Duration timeout;
  private final int places;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private Writer out;   // null until the response headers are sent

  /** A document handed to the pool (result null: it found no place in time). */
  private record Pending(InputDocument document, Future<ExtractionResult> result) {}

  DocumentStream(HttpExchange exchange, ExtractionPool pool, JsonCodec codec, int window,
      Duration timeout, int places) {
    this.exchange = exchange;
    this.pool = pool;
    this.codec = codec;
    this.window = window;
    this.timeout = timeout;
    this.places = places;
  }

  void write(List<InputDocument> documents, long deadline) throws IOException {
    if (documents.isEmpty()) {
      Responses.send(exchange, 200, Responses.JSON_LINES, new byte[0]);
      return;
    }
    try {
      InputDocument first = documents.get(0);
      Future<ExtractionResult> result = pool.trySubmit(first.text());
      if (result == null) {
        throw Results.queueFull(places);
      }
      pending.add(new Pending(first, result));
      for (InputDocument document : documents.subList(1, documents.size())) {
        while (pending.size() >= window) {
          writeOldest(deadline);
        }
        pending.add(new Pending(document, submit(document, deadline)));
      }
      while (!pending.isEmpty()) {
        writeOldest(deadline);
      }
      out.flush();
    } finally {
      pending.forEach(p -> {
        if (p.result() != null) {
          p.result().cancel(true);   // the client went away, or the first result timed out
        }
      });
    }
  }

  private Future<ExtractionResult> submit(InputDocument document, long deadline) {
    if (System.nanoTime() >= deadline) {
      return null;
    }
    try {
      return pool.submit(document.text(), deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private void writeOldest(long deadline) throws IOException {
    Pending next = pending.poll();
    String id = next.document().id();
    ExtractionResult result;
    try {
      if (next.result() == null) {
        throw Results.timedOut(timeout);
      }
      result = Results.await(next.result(), deadline, timeout);
    } catch (HttpError e) {
      if (out == null && e.status() == 503) {
        throw e;   // nothing sent yet: the whole answer is 503
      }
      started().write(Responses.errorLine(id, e.getMessage()));
      return;
    }
    Writer writer = started();
    codec.write(id, result, writer);   // the writer of extract --format jsonl
    writer.flush();
  }

  private Writer started() throws IOException {
    if (out == null) {
      exchange.getResponseHeaders().set("Content-Type", Responses.JSON_LINES);
      exchange.sendResponseHeaders(200, 0);
      out = new BufferedWriter(
          new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8));
    }
    return out;
  }
}

package dev.verbatim.server;

import com.sun.net.httpserver.HttpExchange;
import dev.verbatim.ExtractionResult;
import dev.verbatim.json.InputDocument;
import dev.verbatim.json.JsonCodec;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;

/**
 * {@code POST /extract}: one document (a JSON object or plain text) answered with its record, or
 * JSON Lines answered with one record a line. Records are written by {@link JsonCodec}, exactly as
 * {@code verbatim extract --format jsonl} writes them. Thread-safe.
 */
final class ExtractHandler {
  private final ExtractionPool pool;
  private final ServerSettings settings;
  private final JsonCodec codec = new JsonCodec();

  ExtractHandler(ExtractionPool pool, ServerSettings settings) {
    this.pool = pool;
    this.settings = settings;
  }

  void handle(HttpExchange exchange, long deadline) throws IOException {
    BodyType type = BodyType.of(exchange.getRequestHeaders().getFirst("Content-Type"));
    byte[] body = RequestBody.read(exchange, settings.maxBodyBytes());
    switch (type.kind()) {
      case JSON -> one(exchange, RequestDocuments.json(body), deadline);
      case TEXT -> one(exchange,
          RequestDocuments.text(body, type.charset(), idParameter(exchange)), deadline);
      case JSON_LINES -> new DocumentStream(exchange, pool, codec, settings.threads(),
          settings.timeout(), places()).write(RequestDocuments.jsonLines(body), deadline);
    }
  }

  private void one(HttpExchange exchange, InputDocument document, long deadline)
      throws IOException {
    Future<ExtractionResult> result = pool.trySubmit(document.text());
    if (result == null) {
      throw Results.queueFull(places());
    }
    StringWriter line = new StringWriter();
    codec.write(document.id(), Results.await(result, deadline, settings.timeout()), line);
    Responses.send(exchange, 200, Responses.JSON, line.toString().getBytes(StandardCharsets.UTF_8));
  }

  private int places() {
    return settings.threads() + settings.queue();
  }

  /** The {@code id} query parameter ({@code POST /extract?id=NAME}), or null. */
  static String idParameter(HttpExchange exchange) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2 && URLDecoder.decode(parts[0], StandardCharsets.UTF_8).equals("id")) {
        return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}

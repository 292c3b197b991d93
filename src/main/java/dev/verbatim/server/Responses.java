package dev.verbatim.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes the server's small JSON answers: errors, error lines in a stream, health. Stateless. */
final class Responses {
  static final String JSON = "application/json; charset=utf-8";
  static final String JSON_LINES = "application/x-ndjson; charset=utf-8";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Responses() {}

  /** Sends a whole answer; a HEAD request gets the headers only. */
  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Sends {@code {"status": N, "error": "..."}} with the error's status and headers. */
  static void error(HttpExchange exchange, HttpError error) throws IOException {
    error.headers().forEach(exchange.getResponseHeaders()::set);
    ObjectNode body = MAPPER.createObjectNode()
        .put("status", error.status())
        .put("error", String.valueOf(error.getMessage()));
    send(exchange, error.status(), JSON, line(body));
  }

  /**
   * One line of a JSON Lines answer, {@code \n} included, for a document that has no record:
   * {@code {"id": "...", "error": "..."}}.
   */
  static String errorLine(String id, String message) {
    return new String(line(MAPPER.createObjectNode().put("id", id).put("error", message)),
        StandardCharsets.UTF_8);
  }

  /** A JSON object of the given fields, in order, on one line. */
  static byte[] object(Map<String, ?> fields) {
    return line(MAPPER.valueToTree(fields));
  }

  private static byte[] line(Object node) {
    try {
      return (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + node, e);
    }
  }
}

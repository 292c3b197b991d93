package dev.verbatim.server;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/**
 * What a {@code POST /extract} body holds, read from its Content-Type: one JSON object, JSON
 * Lines, or plain text (in its declared charset, UTF-8 by default). Immutable.
 *
 * @param kind what the body holds
 * @param charset the charset of a plain-text body; UTF-8 for the others
 */
record BodyType(Kind kind, Charset charset) {
  /** What a body holds. */
  enum Kind {
    /** One {@code {"id", "text"}} object. */
    JSON,
    /** One {@code {"id", "text"}} object a line. */
    JSON_LINES,
    /** The document's text itself. */
    TEXT
  }

  static final String ACCEPTED = "application/json, application/x-ndjson (or application/jsonl) "
      + "or text/plain";

  private static final Set<String> JSON_LINES = Set.of("application/x-ndjson",
      "application/ndjson", "application/jsonl", "application/x-jsonl", "application/jsonlines",
      "application/x-jsonlines");

  /**
   * Reads a Content-Type header.
   *
   * @throws HttpError 415 for a missing or unsupported type or charset
   */
  static BodyType of(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      throw unsupported("no Content-Type; send " + ACCEPTED);
    }
    String[] parts = contentType.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    Charset charset = charset(parts);
    if (type.equals("application/json")) {
      return new BodyType(Kind.JSON, StandardCharsets.UTF_8);
    }
    if (JSON_LINES.contains(type)) {
      return new BodyType(Kind.JSON_LINES, StandardCharsets.UTF_8);
    }
    if (type.equals("text/plain")) {
      return new BodyType(Kind.TEXT, charset);
    }
    throw unsupported("unsupported Content-Type " + type + "; send " + ACCEPTED);
  }

  private static Charset charset(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        String name = pair[1].strip().replace("\"", "");
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw unsupported("unsupported charset " + name);
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static HttpError unsupported(String message) {
    return new HttpError(415, message);
  }
}

package dev.verbatim.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the server answers with an error status and a one-line message, sent as
 * {@code {"status": N, "error": "..."}}. Not thread-safe while headers are being added.
 */
final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();

  HttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  /** Adds a response header ({@code Allow}, {@code Retry-After}) and returns this error. */
  HttpError withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  int status() {
    return status;
  }

  Map<String, String> headers() {
    return headers;
  }
}

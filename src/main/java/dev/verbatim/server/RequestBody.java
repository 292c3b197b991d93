package dev.verbatim.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to the limit. A body over it is answered 413; it is read and dropped
 * first (up to {@link #DISCARD_LIMIT}), so that a client still sending it reads the answer instead
 * of a reset connection. Stateless.
 */
final class RequestBody {
  /** The most bytes of an over-long body read and dropped before answering. */
  static final long DISCARD_LIMIT = 64L << 20;

  private RequestBody() {}

  /**
   * Returns the whole body.
   *
   * @throws HttpError 413 when it is longer than {@code max} bytes, 400 for a bad Content-Length
   */
  static byte[] read(HttpExchange exchange, long max) throws IOException {
    InputStream in = exchange.getRequestBody();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && length(declared) > max) {
      discard(in);
      throw tooLarge(max);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (body.size() + (long) n > max) {
        discard(in);
        throw tooLarge(max);
      }
      body.write(buffer, 0, n);
    }
    return body.toByteArray();
  }

  private static long length(String header) {
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      throw new HttpError(400, "bad Content-Length: " + header);
    }
  }

  private static HttpError tooLarge(long max) {
    return new HttpError(413, "the body is larger than the server's limit of " + max
        + " bytes (verbatim serve --max-body)");
  }

  private static void discard(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n >= 0 && total < DISCARD_LIMIT; n = in.read(buffer)) {
      total += n;
    }
  }
}

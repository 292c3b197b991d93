package dev.verbatim.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP/1.1 client for the server's tests (the JDK's own). Thread-safe. */
final class Http {
  static final String JSON = "application/json";
  static final String JSON_LINES = "application/x-ndjson";
  static final String TEXT = "text/plain; charset=utf-8";

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final URI base;
  private final Duration timeout;

  Http(URI base) {
    this(base, Duration.ofSeconds(120));
  }

  Http(URI base, Duration timeout) {
    this.base = base;
    this.timeout = timeout;
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return post(path, contentType, BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  /** Posts the body without a Content-Length (chunked). */
  HttpResponse<String> postChunked(String path, String contentType, byte[] body) {
    return post(path, contentType,
        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
  }

  HttpResponse<String> post(String path, String contentType, BodyPublisher body) {
    HttpRequest.Builder request = request(path).POST(body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.build());
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<String> method(String method, String path) {
    return send(request(path).method(method, BodyPublishers.noBody()).build());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpClient client() {
    return client;
  }
}

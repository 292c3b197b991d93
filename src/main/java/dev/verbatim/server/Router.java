package dev.verbatim.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request comes here: {@code POST /extract} and {@code GET /health} go to their handlers;
 * another path is 404, another method 405. Any failure becomes an error answer (500 for a bug,
 * logged), so that the server stays up; every request is counted while it runs, for a clean stop.
 * Thread-safe.
 */
final class Router implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Router.class);

  private final ExtractHandler extract;
  private final ServerSettings settings;
  private final ExtractionPool pool;
  private final String profile;
  private final InFlight inFlight;
  private final BooleanSupplier stopping;

  Router(ExtractHandler extract, ServerSettings settings, ExtractionPool pool, String profile,
      InFlight inFlight, BooleanSupplier stopping) {
    this.extract = extract;
    this.settings = settings;
    this.pool = pool;
    this.profile = profile;
    this.inFlight = inFlight;
    this.stopping = stopping;
  }

  @Override
  public void handle(HttpExchange exchange) {
    inFlight.enter();
    try {
      route(exchange, System.nanoTime() + settings.timeout().toNanos());
    } catch (HttpError e) {
      answer(exchange, e);
    } catch (IOException e) {
      LOG.debug("Request {} {} ended early: {}", exchange.getRequestMethod(),
          exchange.getRequestURI(), e.toString());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("Request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      answer(exchange, new HttpError(500, "internal error: " + e));
    } finally {
      exchange.close();
      inFlight.exit();
    }
  }

  private void route(HttpExchange exchange, long deadline) throws IOException {
    if (stopping.getAsBoolean()) {
      throw Results.stopping();
    }
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    switch (path) {
      case "/extract" -> {
        allow(method, "POST");
        extract.handle(exchange, deadline);
      }
      case "/health" -> {
        allow(method, "GET", "HEAD");
        health(exchange);
      }
      default -> throw new HttpError(404, "no such path: " + path
          + " (the server answers POST /extract and GET /health)");
    }
  }

  private static void allow(String method, String... allowed) {
    for (String a : allowed) {
      if (a.equals(method)) {
        return;
      }
    }
    String list = String.join(", ", allowed);
    throw new HttpError(405, method + " is not allowed here; use " + list)
        .withHeader("Allow", list);
  }

  private void health(HttpExchange exchange) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", "ok");
    fields.put("profile", profile);
    fields.put("threads", settings.threads());
    fields.put("queue", settings.queue());
    fields.put("busy", pool.busy());
    fields.put("requests", inFlight.count() - 1);   // not counting this one
    Responses.send(exchange, 200, Responses.JSON, Responses.object(fields));
  }

  /** Sends an error answer unless the headers have gone already (a stream), then just closes. */
  private static void answer(HttpExchange exchange, HttpError error) {
    if (exchange.getResponseCode() != -1) {
      return;
    }
    try {
      Responses.error(exchange, error);
    } catch (IOException e) {
      LOG.debug("Could not send {} for {}: {}", error.status(), exchange.getRequestURI(),
          e.toString());
    }
  }
}

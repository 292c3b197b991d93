package dev.verbatim.server;

import static com.google.common.base.Preconditions.checkNotNull;

import com.sun.net.httpserver.HttpServer;
import dev.verbatim.ExtractionResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local HTTP server for one extractor, on the JDK's own HTTP server: {@code POST /extract}
 * answers with the same JSON record as {@code verbatim extract --format jsonl} (or one a line for
 * a JSON Lines body), {@code GET /health} with the server's state. The extractor is built by the
 * caller, once; the server only shares it between its threads. {@code docs/server.md} describes
 * the endpoints and status codes.
 *
 * <p>{@link #stop()} stops accepting connections at once, lets the requests in flight finish
 * (for up to the request time limit and 5 seconds), then ends the threads. Thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.builder().build();
 * try (VerbatimServer server = VerbatimServer.start(extractor::extract,
 *     ServerSettings.defaults().withPort(0), "default")) {
 *   System.out.println("listening on " + server.uri());
 *   server.awaitStop();
 * }
 * }</pre>
 */
public final class VerbatimServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VerbatimServer.class);
  private static final Duration EXTRA_GRACE = Duration.ofSeconds(5);
  private static final int SPARE_HTTP_THREADS = 8;

  private final HttpServer http;
  private final ExecutorService exchanges;
  private final ExtractionPool pool;
  private final InFlight inFlight = new InFlight();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Duration grace;

  private VerbatimServer(HttpServer http, ExecutorService exchanges, ExtractionPool pool,
      Duration grace) {
    this.http = http;
    this.exchanges = exchanges;
    this.pool = pool;
    this.grace = grace;
  }

  /**
   * Starts a server.
   *
   * @param extractor extracts from one document's text; called from several threads at once
   * @param settings where to listen and how much to take on
   * @param profile the extractor's profile as {@code /health} reports it ({@code "default"},
   *     {@code "fast"})
   * @return the running server
   * @throws IOException if it cannot listen on the host and port (in use, not this machine's)
   */
  public static VerbatimServer start(Function<String, ExtractionResult> extractor,
      ServerSettings settings, String profile) throws IOException {
    checkNotNull(extractor, "extractor");
    checkNotNull(settings, "settings");
    checkNotNull(profile, "profile");
    HttpServer http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
    ExtractionPool pool = new ExtractionPool(extractor, settings.threads(), settings.queue());
    // One thread a request: enough for every place in the pool and some to spare, so that a full
    // pool is still answered 429 at once rather than left waiting for a thread.
    ExecutorService exchanges = Executors.newFixedThreadPool(
        settings.threads() + settings.queue() + SPARE_HTTP_THREADS,
        ExtractionPool.daemonThreads("verbatim-http"));
    VerbatimServer server =
        new VerbatimServer(http, exchanges, pool, settings.timeout().plus(EXTRA_GRACE));
    http.createContext("/", new Router(new ExtractHandler(pool, settings), settings, pool,
        profile, server.inFlight, server.stopping::get));
    http.setExecutor(exchanges);
    http.start();
    LOG.info("Listening on {} ({} profile, {} threads)", server.uri(), profile,
        settings.threads());
    return server;
  }

  /**
   * Returns the address the server listens on, with the actual port when it was started on 0.
   *
   * @return the address
   */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /**
   * Returns the server's base URI, such as {@code http://127.0.0.1:9000}.
   *
   * @return the URI
   */
  public URI uri() {
    InetSocketAddress address = address();
    try {
      return new URI("http", null, address.getHostString(), address.getPort(), null, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no URI for " + address, e);
    }
  }

  /**
   * Stops the server: stops accepting connections, answers 503 to any request that still
   * arrives, waits for the requests in flight to finish (up to the request time limit and 5
   * seconds), then ends its threads. Returns when it has stopped; a second call waits for the
   * first.
   */
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      awaitStopUninterruptibly();
      return;
    }
    // HttpServer.stop(delay) closes the listening socket at once, then waits for the exchanges;
    // on an idle server the JDK 17 one waits the whole delay, so the wait is ours (inFlight) and
    // stop(0) then ends it.
    Thread closer = new Thread(() -> http.stop((int) Math.min(Integer.MAX_VALUE,
        grace.toSeconds())), "verbatim-http-stop");
    closer.setDaemon(true);
    closer.start();
    try {
      if (!inFlight.awaitNone(grace)) {
        LOG.warn("Stopping with {} requests still in flight after {} s", inFlight.count(),
            grace.toSeconds());
      }
      http.stop(0);
      closer.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      http.stop(0);
    } finally {
      pool.close();
      exchanges.shutdownNow();
      stopped.countDown();
      LOG.info("Stopped");
    }
  }

  /**
   * Waits until the server has stopped.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  private void awaitStopUninterruptibly() {
    boolean interrupted = false;
    while (true) {
      try {
        stopped.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the server, as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }
}

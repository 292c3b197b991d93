package dev.verbatim.server;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * How a {@link VerbatimServer} listens and how much work it takes on. Immutable and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * ServerSettings settings = ServerSettings.defaults().withPort(8080).withThreads(4);
 * }</pre>
 *
 * @param host the address to listen on; {@code 127.0.0.1} (this machine only) by default
 * @param port the TCP port, or 0 for any free one
 * @param threads documents extracted at once
 * @param queue documents that may wait for a thread beyond those being extracted; one more is
 *     answered 429
 * @param maxBodyBytes the largest request body accepted, in bytes; a larger one is answered 413
 * @param timeout how long one request may take, from its arrival to its last byte of result;
 *     longer is answered 503
 */
public record ServerSettings(String host, int port, int threads, int queue, long maxBodyBytes,
    Duration timeout) {
  /** The default address: the loopback interface, so that only this machine can connect. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 9000;
  /** The default number of documents that may wait beyond those being extracted. */
  public static final int DEFAULT_QUEUE = 64;
  /** The default body limit: 5 MB (5,000,000 bytes), within the extractor's document limit. */
  public static final long DEFAULT_MAX_BODY_BYTES = 5_000_000;
  /** The default time limit of one request. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Checks the components.
   *
   * @param host the address to listen on
   * @param port the TCP port, or 0 for any free one
   * @param threads documents extracted at once
   * @param queue documents that may wait beyond those being extracted
   * @param maxBodyBytes the largest request body accepted, in bytes
   * @param timeout how long one request may take
   * @throws NullPointerException if the host or timeout is null
   * @throws IllegalArgumentException if a number is out of range or the timeout is not positive
   */
  public ServerSettings {
    checkNotNull(host, "host");
    checkArgument(!host.isBlank(), "host is blank");
    checkArgument(port >= 0 && port <= 65_535, "port must be in [0, 65535] but was %s", port);
    checkArgument(threads >= 1, "threads must be >= 1 but was %s", threads);
    checkArgument(queue >= 0, "queue must be >= 0 but was %s", queue);
    checkArgument(maxBodyBytes >= 1, "maxBodyBytes must be >= 1 but was %s", maxBodyBytes);
    checkNotNull(timeout, "timeout");
    checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive: %s",
        timeout);
  }

  /**
   * Returns the defaults: {@code 127.0.0.1:9000}, one thread per available processor, a queue
   * of 64 documents, 5 MB bodies, 60 seconds a request.
   *
   * @return the default settings
   */
  public static ServerSettings defaults() {
    return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT,
        Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE, DEFAULT_MAX_BODY_BYTES,
        DEFAULT_TIMEOUT);
  }

  /**
   * Returns these settings with another host.
   *
   * @param host the address to listen on ({@code 0.0.0.0}: every interface)
   * @return the new settings
   */
  public ServerSettings withHost(String host) {
    return new ServerSettings(host, port, threads, queue, maxBodyBytes, timeout);
  }

  /**
   * Returns these settings with another port.
   *
   * @param port the TCP port, or 0 for any free one
   * @return the new settings
   */
  public ServerSettings withPort(int port) {
    return new ServerSettings(host, port, threads, queue, maxBodyBytes, timeout);
  }

  /**
   * Returns these settings with another number of extraction threads.
   *
   * @param threads documents extracted at once
   * @return the new settings
   */
  public ServerSettings withThreads(int threads) {
    return new ServerSettings(host, port, threads, queue, maxBodyBytes, timeout);
  }

  /**
   * Returns these settings with another queue length.
   *
   * @param queue documents that may wait beyond those being extracted
   * @return the new settings
   */
  public ServerSettings withQueue(int queue) {
    return new ServerSettings(host, port, threads, queue, maxBodyBytes, timeout);
  }

  /**
   * Returns these settings with another body limit.
   *
   * @param maxBodyBytes the largest request body accepted, in bytes
   * @return the new settings
   */
  public ServerSettings withMaxBodyBytes(long maxBodyBytes) {
    return new ServerSettings(host, port, threads, queue, maxBodyBytes, timeout);
  }

  /**
   * Returns these settings with another time limit.
   *
   * @param timeout how long one request may take
   * @return the new settings
   */
  public ServerSettings withTimeout(Duration timeout) {
    return new ServerSettings(host, port, threads, queue, maxBodyBytes, timeout);
  }
}

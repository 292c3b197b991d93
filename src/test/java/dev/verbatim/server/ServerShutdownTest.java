package dev.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping closes the listener at once, lets the requests in flight finish, then returns. */
class ServerShutdownTest {
  private final FakeExtractor extractor = new FakeExtractor();

  @Test
  void stopRefusesNewConnectionsAndFinishesTheRequestInFlight() throws Exception {
    VerbatimServer server = VerbatimServer.start(extractor,
        ServerSettings.defaults().withPort(0).withThreads(1), "test");
    Http http = new Http(server.uri());
    InetSocketAddress address = server.address();
    CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
        () -> http.post("/extract", Http.TEXT, "BLOCK until stopped"));
    while (extractor.calls() == 0) {
      Thread.sleep(5);
    }

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
    awaitRefused(address);
    assertThat(stopping).isNotDone();   // still waiting for the request in flight
    extractor.open();

    HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("BLOCK until stopped");
    stopping.get(30, TimeUnit.SECONDS);
    server.awaitStop();
  }

  @Test
  void anIdleServerStopsAtOnceAndAgainIsHarmless() throws Exception {
    VerbatimServer server = VerbatimServer.start(extractor,
        ServerSettings.defaults().withPort(0), "test");
    assertThat(new Http(server.uri()).get("/health").statusCode()).isEqualTo(200);

    long started = System.nanoTime();
    server.stop();
    server.close();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    assertThat(canConnect(server.address())).isFalse();
  }

  private static void awaitRefused(InetSocketAddress address) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (canConnect(address)) {
      assertThat(System.nanoTime()).as("the listener closes").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private static boolean canConnect(InetSocketAddress address) {
    try (Socket socket = new Socket()) {
      socket.connect(address, 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

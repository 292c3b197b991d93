package dev.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.json.JsonCodec;
import dev.verbatim.testing.Extractors;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Load on loopback: 1,000 short documents from 8 client threads against the real extractor, all
 * answered 200 with a record, within a generous bound for a slow shared machine. Prints the p50
 * and p99 latency (docs/server.md, docs/performance.md).
 */
class ServerLoadTest {
  private static final int CLIENTS = 8;
  private static final int REQUESTS = 1_000;
  private static final Duration BOUND = Duration.ofMinutes(10);
  private static final String[] TEXTS = {
      "The mayor, Helen Okafor, said the ferry would run all winter. \"We listened,\" she said.",
      "\"It is a fair deal,\" the union's general secretary told reporters on Monday.",
      "According to the ministry, exports rose by 4% in March.",
      "Police said a 31-year-old man had been arrested.",
      "\"We are not going anywhere,\" said Tom Reyes. He added that the club would appeal.",
      "The company declined to comment.",
      "Ms Patel argued that the rules were unfair to small firms.",
      "“Nobody saw it coming,” the coach said after the match.",
  };

  @Test
  void aThousandRequestsFromEightClientsAllSucceed() throws Exception {
    ServerSettings settings = ServerSettings.defaults().withPort(0)
        .withTimeout(Duration.ofMinutes(2));
    try (VerbatimServer server =
        VerbatimServer.start(Extractors.shared()::extract, settings, "default")) {
      Http http = new Http(server.uri(), Duration.ofMinutes(2));
      JsonCodec codec = new JsonCodec();
      ObjectMapper mapper = new ObjectMapper();
      for (String text : TEXTS) {   // warm up: the first documents pay for class loading and JIT
        assertThat(http.post("/extract", Http.TEXT, text).statusCode()).isEqualTo(200);
      }

      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      long[] latencies = new long[REQUESTS];
      List<Future<?>> done = new ArrayList<>();
      long started = System.nanoTime();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        done.add(clients.submit(() -> {
          for (int i = client; i < REQUESTS; i += CLIENTS) {
            String id = "r" + i;
            String body =
                mapper.writeValueAsString(Map.of("id", id, "text", TEXTS[i % TEXTS.length]));
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.post("/extract", Http.JSON, body);
            latencies[i] = System.nanoTime() - t0;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(codec.readDocument(response.body().strip()).id()).isEqualTo(id);
          }
          return null;
        }));
      }
      clients.shutdown();
      boolean finished = clients.awaitTermination(BOUND.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        clients.shutdownNow();
      }
      assertThat(finished).as("%s requests within %s", REQUESTS, BOUND).isTrue();
      for (Future<?> f : done) {
        f.get();   // rethrows a client's failed assertion
      }
      double seconds = (System.nanoTime() - started) / 1e9;

      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      System.out.printf("ServerLoadTest: %d requests, %d clients, %d server threads, %.1f s, "
              + "%.0f requests/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          REQUESTS, CLIENTS, settings.threads(), seconds, REQUESTS / seconds,
          percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
      assertThat(sorted[0]).isPositive();
    }
  }

  /** The nearest-rank percentile, in milliseconds. */
  private static double percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}

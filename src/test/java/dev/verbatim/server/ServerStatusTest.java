package dev.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.json.JsonCodec;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad request gets its status and a message, and the server stays up. */
class ServerStatusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final FakeExtractor extractor = new FakeExtractor();
  private VerbatimServer server;
  private Http http;

  private void start(ServerSettings settings) throws Exception {
    server = VerbatimServer.start(extractor, settings.withPort(0), "test");
    http = new Http(server.uri());
  }

  @AfterEach
  void stop() {
    extractor.open();
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void goodRequestsOfEachBodyTypeGetTheirRecords() throws Exception {
    start(ServerSettings.defaults().withThreads(2));
    JsonCodec codec = new JsonCodec();

    HttpResponse<String> json =
        http.post("/extract", Http.JSON, "{\"id\": \"a1\",\n \"text\": \"We won.\"}");
    HttpResponse<String> text = http.post("/extract?id=b%202", Http.TEXT, "Tickets sold out.");
    HttpResponse<String> noId = http.post("/extract", Http.JSON, "{\"text\": \"No id.\"}");
    HttpResponse<String> lines = http.post("/extract", Http.JSON_LINES,
        "{\"id\": \"x\", \"text\": \"One.\"}\n\n{\"text\": \"Two.\"}\n");

    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type")).hasValue(Responses.JSON);
    assertThat(json.body())
        .isEqualTo(codec.write("a1", FakeExtractor.quoteWholeText("We won.")) + "\n");
    assertThat(text.body())
        .isEqualTo(codec.write("b 2", FakeExtractor.quoteWholeText("Tickets sold out.")) + "\n");
    assertThat(codec.readDocument(noId.body().strip()).id()).isEqualTo("document");
    assertThat(lines.statusCode()).isEqualTo(200);
    assertThat(lines.headers().firstValue("Content-Type")).hasValue(Responses.JSON_LINES);
    assertThat(lines.body().lines().map(l -> codec.readDocument(l).id()))
        .containsExactly("x", "document-3");
  }

  @Test
  void badRequestsGetTheirStatusAndTheServerStaysUp() throws Exception {
    start(ServerSettings.defaults().withThreads(2).withMaxBodyBytes(1_000));
    byte[] big = "x".repeat(5_000).getBytes(StandardCharsets.UTF_8);

    assertError(http.post("/extract", Http.JSON, "{\"id\": \"a\", \"text\": "), 400,
        "invalid JSON at line 1");
    assertError(http.post("/extract", Http.JSON, "[1, 2]"), 400, "expected a JSON object");
    assertError(http.post("/extract", Http.JSON, "{\"id\": \"a\"}"), 400, "no \"text\" field");
    assertError(http.post("/extract", Http.JSON, "{\"text\": 42}"), 400,
        "\"text\" is not a string");
    assertError(http.post("/extract", Http.JSON_LINES, "{\"text\": \"ok\"}\nnot json\n{}\n"), 400,
        "request body:2: invalid JSON");
    byte[] badUtf8 = {'a', (byte) 0xC3};
    assertError(http.post("/extract", Http.TEXT, BodyPublishers.ofByteArray(badUtf8)), 400,
        "not valid UTF-8");
    assertError(http.post("/extract", Http.TEXT, BodyPublishers.ofByteArray(big)), 413,
        "limit of 1000 bytes");
    assertError(http.postChunked("/extract", Http.TEXT, big), 413, "limit of 1000 bytes");
    assertError(http.post("/extract", Http.JSON_LINES, BodyPublishers.ofByteArray(big)), 413,
        "1000");
    assertError(http.post("/extract", null, "{\"text\": \"ok\"}"), 415, "no Content-Type");
    assertError(http.post("/extract", "application/x-www-form-urlencoded", "text=ok"), 415,
        "application/json");
    assertError(http.post("/extract", "text/plain; charset=no-such", "ok"), 415, "charset");
    assertError(http.get("/nothing-here"), 404, "/nothing-here");
    assertError(http.post("/extract/more", Http.JSON, "{\"text\": \"ok\"}"), 404, "/extract/more");
    assertError(http.post("/", Http.JSON, "{\"text\": \"ok\"}"), 404, "no such path");
    HttpResponse<String> get = http.get("/extract");
    assertError(get, 405, "use POST");
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertError(http.post("/health", Http.JSON, "{}"), 405, "use GET, HEAD");
    assertError(http.method("DELETE", "/extract"), 405, "DELETE");
    assertError(http.post("/extract", Http.JSON, "{\"id\": \"f\", \"text\": \"FAIL now\"}"), 500,
        "extraction failed: IllegalStateException: cannot parse this document");

    HttpResponse<String> health = http.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health).get("status").asText()).isEqualTo("ok");
    assertThat(http.method("HEAD", "/health").statusCode()).isEqualTo(200);
    assertThat(http.post("/extract", Http.TEXT, "Still here.").statusCode()).isEqualTo(200);
  }

  @Test
  void aFullQueueIsAnswered429AndTheQueuedRequestsStillFinish() throws Exception {
    start(ServerSettings.defaults().withThreads(1).withQueue(1));
    CompletableFuture<HttpResponse<String>> running = postAsync("BLOCK one");
    awaitBusy(1);
    CompletableFuture<HttpResponse<String>> waiting = postAsync("BLOCK two");
    awaitBusy(2);

    HttpResponse<String> refused = http.post("/extract", Http.TEXT, "three");
    HttpResponse<String> refusedStream =
        http.post("/extract", Http.JSON_LINES, "{\"text\": \"four\"}");

    assertError(refused, 429, "busy");
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertError(refusedStream, 429, "busy");
    extractor.open();
    assertThat(running.get().statusCode()).isEqualTo(200);
    assertThat(waiting.get().statusCode()).isEqualTo(200);
    assertThat(http.post("/extract", Http.TEXT, "five").statusCode()).isEqualTo(200);
  }

  @Test
  void aRequestOverItsTimeLimitIsAnswered503() throws Exception {
    start(ServerSettings.defaults().withThreads(1).withTimeout(Duration.ofSeconds(1)));

    long started = System.nanoTime();
    HttpResponse<String> slow = http.post("/extract", Http.TEXT, "BLOCK me");
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertError(slow, 503, "time limit of 1 s");
    assertThat(millis).isLessThan(30_000);
    // The timed-out document was cancelled (interrupted), so the one thread is free again.
    assertThat(http.post("/extract", Http.TEXT, "quick").statusCode()).isEqualTo(200);
  }

  @Test
  void aStreamGetsAnErrorLineForADocumentThatFailsOrRunsOutOfTime() throws Exception {
    start(ServerSettings.defaults().withThreads(1).withTimeout(Duration.ofMillis(1_500)));

    HttpResponse<String> stream = http.post("/extract", Http.JSON_LINES, """
        {"id": "ok", "text": "Fine."}
        {"id": "bad", "text": "FAIL here"}
        {"id": "slow", "text": "BLOCK here"}
        {"id": "late", "text": "Too late."}
        """);
    HttpResponse<String> firstTooSlow = http.post("/extract", Http.JSON_LINES,
        "{\"id\": \"slow\", \"text\": \"BLOCK\"}\n{\"id\": \"next\", \"text\": \"ok\"}\n");

    assertThat(stream.statusCode()).isEqualTo(200);
    JsonNode[] lines = stream.body().lines().map(ServerStatusTest::json).toArray(JsonNode[]::new);
    assertThat(lines).hasSize(4);
    assertThat(lines[0].has("citations")).isTrue();
    assertThat(lines[1].get("id").asText()).isEqualTo("bad");
    assertThat(lines[1].get("error").asText()).contains("extraction failed");
    assertThat(lines[2].get("id").asText()).isEqualTo("slow");
    assertThat(lines[2].get("error").asText()).contains("time limit");
    assertThat(lines[3].get("id").asText()).isEqualTo("late");
    assertThat(lines[3].get("error").asText()).contains("time limit");
    assertError(firstTooSlow, 503, "time limit");
  }

  private CompletableFuture<HttpResponse<String>> postAsync(String text) {
    return CompletableFuture.supplyAsync(() -> http.post("/extract", Http.TEXT, text));
  }

  private void awaitBusy(int busy) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (json(http.get("/health")).get("busy").asInt() < busy) {
      assertThat(System.nanoTime()).as("busy reaches %s", busy).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private static void assertError(HttpResponse<String> response, int status, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(Responses.JSON);
    JsonNode body = json(response);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("error").asText()).contains(message);
    assertThat(Arrays.asList(response.body().split("\n"))).hasSize(1);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  private static JsonNode json(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }
}

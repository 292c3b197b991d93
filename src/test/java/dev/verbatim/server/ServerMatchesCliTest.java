package dev.verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.cli.Main;
import dev.verbatim.testing.Extractors;
import dev.verbatim.testing.FixtureTexts;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the real extractor, concurrent clients get exactly the records {@code verbatim extract
 * --format jsonl} writes for the same documents, byte for byte, whatever the body type.
 */
class ServerMatchesCliTest {
  private static final int CLIENTS = 4;

  @TempDir static Path dir;
  private static final Map<String, String> texts = new LinkedHashMap<>();
  private static final Map<String, String> cliLines = new LinkedHashMap<>();
  private static Path input;
  private static String cliOutput;
  private static VerbatimServer server;
  private static Http http;

  @BeforeAll
  static void runTheCliAndStartTheServer() throws Exception {
    List<String> fixtures = FixtureTexts.dev();
    for (int i = 0; i < 6; i++) {
      texts.put("fixture-" + i, fixtures.get(i * 17 % fixtures.size()));
    }
    texts.put("short-curly", "“We will appeal,” said Dana Whitfield, the club's lawyer.");
    texts.put("short-indirect", "The minister said the plan would cost £2bn.");
    texts.put("no-quotes", "Rain is expected tomorrow.");
    texts.put("empty", "");
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder jsonl = new StringBuilder();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      jsonl.append(mapper.writeValueAsString(Map.of("id", e.getKey(), "text", e.getValue())))
          .append('\n');
    }
    input = dir.resolve("documents.jsonl");
    Files.writeString(input, jsonl);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new Main(Extractors.shared()::extract, InputStream.nullInputStream(),
        new PrintWriter(out), new PrintWriter(err))
        .execute("extract", "--format", "jsonl", input.toString());
    assertThat(status).as(err.toString()).isZero();
    cliOutput = out.toString();
    List<String> lines = cliOutput.lines().toList();
    assertThat(lines).hasSize(texts.size());
    int i = 0;
    for (String id : texts.keySet()) {
      cliLines.put(id, lines.get(i++));
    }

    server = VerbatimServer.start(Extractors.shared()::extract,
        ServerSettings.defaults().withPort(0).withThreads(2), "default");
    http = new Http(server.uri());
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void concurrentClientsGetTheCliRecordForEachDocument() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Map<String, String>>> answers = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        List<String> ids = new ArrayList<>(texts.keySet());
        Collections.shuffle(ids, new Random(c));
        boolean plain = c % 2 == 1;
        answers.add(clients.submit(() -> {
          Map<String, String> bodies = new LinkedHashMap<>();
          for (String id : ids) {
            bodies.put(id, plain ? postText(id) : postJson(id));
          }
          return bodies;
        }));
      }
      for (Future<Map<String, String>> answer : answers) {
        Map<String, String> bodies = answer.get(10, TimeUnit.MINUTES);
        assertThat(bodies).hasSize(texts.size());
        bodies.forEach((id, body) -> assertThat(body).as(id).isEqualTo(cliLines.get(id) + "\n"));
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aJsonLinesBodyGetsExactlyTheCliOutput() {
    HttpResponse<String> response =
        http.post("/extract", Http.JSON_LINES, readString(input));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(cliOutput);
  }

  private static String postJson(String id) throws Exception {
    String body = new ObjectMapper().writeValueAsString(Map.of("id", id, "text", texts.get(id)));
    HttpResponse<String> response = http.post("/extract", Http.JSON, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static String postText(String id) {
    HttpResponse<String> response = http.post(
        "/extract?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8), Http.TEXT, texts.get(id));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.json.DocumentResult;
import dev.verbatim.json.JsonCodec;
import dev.verbatim.testing.FixtureTexts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbatim serve} in a JVM of its own, with the fast profile's real models: SIGTERM in the
 * middle of a JSON Lines answer lets it finish every line, then the process exits (143) and the
 * port is closed.
 */
class ServeProcessTest {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final int DOCUMENTS = 40;

  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void sigtermFinishesTheRequestInFlightThenExits() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path errFile = dir.resolve("serve.err");
    Process process = new ProcessBuilder(java, "-Xmx1g", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--port", "0", "--fast", "--threads", "1")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(errFile.toFile())
        .start();
    try {
      URI uri = awaitListening(process, errFile);

      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<InputStream> response = client.send(
          HttpRequest.newBuilder(uri.resolve("/extract")).timeout(Duration.ofMinutes(3))
              .header("Content-Type", "application/x-ndjson")
              .POST(HttpRequest.BodyPublishers.ofString(body())).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      BufferedReader lines = new BufferedReader(
          new InputStreamReader(response.body(), StandardCharsets.UTF_8));
      List<String> records = new ArrayList<>();
      records.add(lines.readLine());   // the answer has begun ...

      process.destroy();   // ... SIGTERM
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        records.add(line);
      }

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(records).hasSize(DOCUMENTS);
      JsonCodec codec = new JsonCodec();
      for (int i = 0; i < DOCUMENTS; i++) {
        DocumentResult result = codec.readDocument(records.get(i));
        assertThat(result.id()).isEqualTo("d" + i);
      }
      assertThat(process.exitValue()).isEqualTo(143);
      assertThat(Files.readString(errFile)).contains("verbatim serve: stopped");
      assertThat(refused(uri)).isTrue();
    } finally {
      process.destroyForcibly();
    }
  }

  private static URI awaitListening(Process process, Path errFile) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      String err = Files.exists(errFile) ? Files.readString(errFile) : "";
      Matcher m = LISTENING.matcher(err);
      if (m.find()) {
        return URI.create(m.group(1));
      }
      if (!process.isAlive()) {
        throw new AssertionError("the server did not start: " + err);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the server did not start in time: " + Files.readString(errFile));
  }

  private static String body() throws IOException {
    List<String> texts = FixtureTexts.dev();
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < DOCUMENTS; i++) {
      String text = texts.get(i % texts.size());
      body.append(mapper.writeValueAsString(Map.of("id", "d" + i, "text", text))).append('\n');
    }
    return body.toString();
  }

  private static boolean refused(URI uri) {
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}

package dev.verbatim.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one benchmark worker in a JVM of its own (this JVM's {@code java}, class path and
 * class-data sharing archive, if any) and reads the result it prints. Not thread-safe.
 */
public final class BenchRunner {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Path> corpus;
  private final PrintWriter log;

  /**
   * Creates a runner.
   *
   * @param corpus the articles' files and folders
   * @param log where the workers' progress lines go
   */
  public BenchRunner(List<Path> corpus, PrintWriter log) {
    checkArgument(!corpus.isEmpty(), "no corpus to benchmark");
    this.corpus = List.copyOf(corpus);
    this.log = log;
  }

  /**
   * The class-data sharing options among this JVM's options ({@code -Xshare:...}, {@code
   * -XX:SharedArchiveFile=...} and the {@code -Xlog:} settings that quiet its messages), which
   * {@code bin/verbatim} passes when it has an archive: the workers get them too, so that
   * {@code bin/verbatim bench} measures start-up as the launcher runs (the archive matches, since
   * the workers get this JVM's class path).
   *
   * @param jvmOptions this JVM's options
   * @return those to pass on, in order
   */
  static List<String> classDataSharing(List<String> jvmOptions) {
    List<String> out = new ArrayList<>();
    for (String o : jvmOptions) {
      if (o.startsWith("-Xshare:") || o.startsWith("-XX:SharedArchiveFile=")
          || o.equals("-Xlog:cds=off") || o.equals("-Xlog:cds+dynamic=off")
          || o.equals("-Xlog:class+path=off")) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * Runs {@code mainClass} with {@code -Xmx<heap>} and {@code args} followed by the corpus.
   *
   * @param mainClass a worker class of this package
   * @param heap the {@code -Xmx} value, e.g. {@code 1g}
   * @param args the worker's options
   * @return what the worker measured
   * @throws IOException if the worker cannot be started or prints no result
   * @throws InterruptedException if interrupted while waiting
   */
  public BenchResult run(String mainClass, String heap, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
    command.addAll(classDataSharing(
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(args);
    corpus.forEach(p -> command.add(p.toString()));
    log.println("$ " + String.join(" ", command));
    log.flush();
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BenchResult result = null;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(ResultPrinter.PREFIX)) {
          result = ResultPrinter.parse(line);
        }
      }
    }
    int status = process.waitFor();
    if (status != 0 || result == null) {
      throw new IOException(mainClass + " failed with exit status " + status);
    }
    return result;
  }

  /**
   * Writes a result as one line of JSON.
   *
   * @param result a result
   * @return JSON
   * @throws JsonProcessingException if Jackson cannot write the result
   */
  public static String toJson(BenchResult result) throws JsonProcessingException {
    return JSON.writeValueAsString(result);
  }
}

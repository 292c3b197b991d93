package dev.verbatim.cli;

import dev.verbatim.ExtractionResult;
import dev.verbatim.server.ServerSettings;
import dev.verbatim.server.VerbatimServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim serve}: loads the models once and answers {@code POST /extract} and
 * {@code GET /health} over HTTP ({@link VerbatimServer}) until stopped by SIGTERM or Ctrl-C, when
 * it stops accepting connections and finishes the requests in flight.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Answers extraction requests over HTTP until stopped (SIGTERM or Ctrl-C).",
        "POST /extract with a JSON {\"id\", \"text\"} body, text/plain or JSON Lines returns "
            + "the records of extract --format jsonl; GET /health returns the server's state. "
            + "docs/server.md describes the endpoints and status codes."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:stopped",
        "1:could not start (the port is taken, the models did not load)",
        "2:usage error",
        "143:stopped by SIGTERM (after finishing the requests in flight)"})
final class ServeCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec
  private CommandSpec spec;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
          + "0.0.0.0 for every interface).")
  private String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "9000",
      description = "The TCP port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  private int port;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents extracted at once (default: the number of processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
      description = "Documents that may wait for a thread (default: ${DEFAULT-VALUE}); "
          + "a request that finds them all taken is answered 429.")
  private int queue;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "5MB",
      converter = ByteSize.class,
      description = "The largest request body (default: ${DEFAULT-VALUE}; a number of bytes, "
          + "or with KB or MB: 1 MB = 1,000,000 bytes); a larger one is answered 413.")
  private long maxBody;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "How long one request may take (default: ${DEFAULT-VALUE}); a longer one "
          + "is answered 503.")
  private int timeoutSeconds;

  @Mixin
  private ExtractorOptions options = new ExtractorOptions();

  ServeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServerSettings settings = settings();
    PrintWriter err = context.err();
    long started = System.nanoTime();
    Function<String, ExtractionResult> extractor = context.extractor(options);   // loads once
    String profile = options.fast ? "fast" : "default";
    VerbatimServer server = VerbatimServer.start(extractor, settings, profile);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("verbatim serve: stopping; finishing the requests in flight");
      err.flush();
      server.stop();
      err.println("verbatim serve: stopped");
      err.flush();
    }, "verbatim-serve-shutdown"));
    err.printf("verbatim serve: models loaded in %.1f s; listening on %s (%s profile, "
            + "threads: %d); stop with Ctrl-C or SIGTERM%n",
        (System.nanoTime() - started) / 1e9, server.uri(), profile, settings.threads());
    err.flush();
    server.awaitStop();
    return 0;
  }

  private ServerSettings settings() {
    try {
      return new ServerSettings(host, port, threads, queue, maxBody,
          Duration.ofSeconds(timeoutSeconds));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Reads a size in bytes: {@code 5000000}, {@code 5MB}, {@code 512KB} (decimal units). */
  static final class ByteSize implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toUpperCase(java.util.Locale.ROOT).replace("_", "");
      long unit = 1;
      if (v.endsWith("MB")) {
        unit = 1_000_000;
        v = v.substring(0, v.length() - 2);
      } else if (v.endsWith("KB")) {
        unit = 1_000;
        v = v.substring(0, v.length() - 2);
      } else if (v.endsWith("B")) {
        v = v.substring(0, v.length() - 1);
      }
      try {
        return Math.multiplyExact(Long.parseLong(v.strip()), unit);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a size (a number of bytes, or with KB or MB)");
      }
    }
  }
}

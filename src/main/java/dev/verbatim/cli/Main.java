package dev.verbatim.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.DetectionRule;
import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.spark.SparkJob;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command-line entry point:
 * {@code java -jar verbatim.jar [extract|evaluate|report|bench|train|serve|spark] ...}.
 * Output is UTF-8 whatever the platform's default. {@code spark} needs Spark on the class path
 * (spark-submit).
 *
 * <p>The extractor is built at most once per run, when the first document needs it; tests and
 * programs that embed the command line can pass their own extraction function instead.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * int status = new Main(text -> myResults(text), System.in, out, err)
 *     .execute("extract", "--format", "csv", "articles/");
 * }</pre>
 */
public final class Main {
  private final CliContext context;

  /**
   * Creates a command line that uses {@code extractor} instead of building a
   * {@link QuoteExtractor}, and draws no progress line.
   *
   * @param extractor extracts from one document's text
   * @param in standard input, for the {@code -} input
   * @param out where results go
   * @param err where failures and messages go
   */
  public Main(Function<String, ExtractionResult> extractor, InputStream in, PrintWriter out,
      PrintWriter err) {
    this(() -> checkNotNull(extractor, "extractor"), in, out, err, false);
  }

  Main(Supplier<? extends Function<String, ExtractionResult>> extractorFactory, InputStream in,
      PrintWriter out, PrintWriter err, boolean interactive) {
    this(extractorFactory, extractorFactory, in, out, err, interactive);
  }

  Main(Supplier<? extends Function<String, ExtractionResult>> extractorFactory,
      Supplier<? extends Function<String, ExtractionResult>> fastExtractorFactory, InputStream in,
      PrintWriter out, PrintWriter err, boolean interactive) {
    this(extractorFactory, fastExtractorFactory, null, in, out, err, interactive);
  }

  Main(Supplier<? extends Function<String, ExtractionResult>> extractorFactory,
      Supplier<? extends Function<String, ExtractionResult>> fastExtractorFactory,
      ExtractorFactory configured, InputStream in, PrintWriter out, PrintWriter err,
      boolean interactive) {
    this.context = new CliContext(in, out, err, extractorFactory, fastExtractorFactory, configured,
        interactive, System::nanoTime);
  }

  /**
   * Runs the command line and exits with its status: 0 when every input was processed, 1 when
   * some failed, 2 for a usage error.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Logging.configure(args);
    QuoteExtractor.routeBackEndLoggingToSlf4j();   // the command line owns its JVM
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    Supplier<Function<String, ExtractionResult>> extractor = () -> {
      long started = System.nanoTime();
      QuoteExtractor built = QuoteExtractor.builder().build();
      LoggerFactory.getLogger(Main.class).info("Loaded the language models in {} ms",
          (System.nanoTime() - started) / 1_000_000);
      return built::extract;
    };
    Supplier<Function<String, ExtractionResult>> fast =
        () -> QuoteExtractor.builder().dependencyParsing(false).build()::extract;
    ExtractorFactory configured = (fastProfile, disabled) -> QuoteExtractor.builder()
        .dependencyParsing(!fastProfile).disable(disabled.toArray(new DetectionRule[0])).build()::extract;
    int status = new Main(extractor, fast, configured, System.in, out, err, System.console() != null)
        .execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @return the exit status: 0 when every input was processed, 1 when some failed, 2 for a usage
   *     error
   */
  public int execute(String... args) {
    CommandLine commandLine = new CommandLine(new RootCommand(context))
        .addSubcommand(new ExtractCommand(context))
        .addSubcommand(new SummarizeCommand(context))
        .addSubcommand(new EvaluateCommand(context))
        .addSubcommand(new ReportCommand(context))
        .addSubcommand(new BenchCommand(context))
        .addSubcommand(new TrainCommand(context))
        .addSubcommand(new ServeCommand(context))
        .addSubcommand(new SparkJob())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(context.out())
        .setErr(context.err())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("verbatim: " + describe(e));
          if (Arrays.asList(args).contains("--verbose")) {
            e.printStackTrace(cmd.getErr());
          }
          cmd.getErr().flush();
          return 1;
        });
    int status = commandLine.execute(args);
    context.out().flush();
    context.err().flush();
    return status;
  }

  private static String describe(Exception e) {
    Throwable t = e;
    String message = t.getMessage();
    String text = t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return text.strip().replaceAll("\\s+", " ");
  }
}

package dev.verbatim.cli;

import dev.verbatim.json.InputError;
import dev.verbatim.summary.CorpusSummary;
import dev.verbatim.summary.SummaryCsv;
import dev.verbatim.summary.SummaryHtml;
import dev.verbatim.summary.SummaryJsonLines;
import dev.verbatim.summary.SummaryTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim summarize}: who is quoted across the inputs, per speaker, document and site. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Counts the statements of the inputs per speaker entity (same canonical name and kind "
            + "merge across documents), per document, per site (URL host) and per month.",
        "INPUT is anything extract reads (.txt, .jsonl, .html, .htm, .warc, .warc.gz, a folder, "
            + "or - for JSON Lines on standard input), and also extract's own JSON Lines "
            + "output: a line with \"citations\" is counted as it is, without extracting again."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every input was read",
        "1:some input failed (each named on standard error); the summary counts the others",
        "2:usage error"})
final class SummarizeCommand implements Callable<Integer> {
  /** The output formats of {@code summarize}. */
  enum Format {
    /** One table as CSV ({@code --table}, speakers by default). */
    CSV,
    /** Every table, one JSON object a row, with a {@code "table"} field. */
    JSONL,
    /** One self-contained HTML page with charts and tables. */
    HTML
  }

  private final CliContext context;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (one table), jsonl (every table) or html (a page with charts) "
          + "(default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--table", paramLabel = "TABLE",
      description = "For --format csv: speakers (the default), documents, sites, months or total.")
  private SummaryTable table;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced whole when done) instead of standard output.")
  private Path output;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents extracted at once (default: the number of processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  private ExtractorOptions options = new ExtractorOptions();

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or -.")
  private List<String> inputs = new ArrayList<>();

  SummarizeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    CommandLine self = spec.commandLine();
    if (table != null && format != Format.CSV) {
      throw new CommandLine.ParameterException(self, "--table applies to --format csv only");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(self, "--threads must be at least 1, was " + threads);
    }
    List<InputError> missing = new ArrayList<>();
    List<InputSource> sources = InputSource.collect(inputs, missing::add);
    Progress progress = context.progress(
        context.interactive() ? ExtractCommand.estimate(sources) : -1);
    Failures failures = new Failures(progress, options.verbose);
    missing.forEach(failures::report);
    if (output == null) {
      write(summarize(sources, progress, failures), context.out());
      context.out().flush();
    } else {
      // Opened before any work, so that an unwritable output fails at once.
      try (AtomicFileOutput file = AtomicFileOutput.open(output)) {
        write(summarize(sources, progress, failures), file.writer());
        file.commit();
      }
    }
    return failures.exitCode();
  }

  private CorpusSummary summarize(List<InputSource> sources, Progress progress,
      Failures failures) throws IOException {
    progress.start();
    try (SummaryCollector collector = new SummaryCollector(
        () -> context.extractor(options), progress, failures, threads)) {
      for (InputSource source : sources) {
        collector.read(source, context.in());
      }
      collector.drain();
      return collector.summary();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.finish();
    }
  }

  private void write(CorpusSummary summary, Writer out) throws IOException {
    switch (format) {
      case CSV -> SummaryCsv.write(summary, table == null ? SummaryTable.SPEAKERS : table, out);
      case JSONL -> SummaryJsonLines.write(summary, out);
      case HTML -> SummaryHtml.write(summary, out);
      default -> throw new IllegalStateException("unhandled format " + format);
    }
  }
}

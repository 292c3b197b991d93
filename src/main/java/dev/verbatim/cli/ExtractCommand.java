package dev.verbatim.cli;

import dev.verbatim.json.InputError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verbatim extract}: runs the extractor over the inputs and writes what it finds. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Finds the reported statements in each document and writes them out.",
        "INPUT is a .txt file (one document, id = file name without extension), a .jsonl file "
            + "(one {\"id\", \"text\"} or {\"id\", \"html\"} object a line), an .html or "
            + ".htm page (its article; id = file name without extension), a .warc or .warc.gz "
            + "file (each HTML page with status 200; id = its URI), a folder (those files, at any "
            + "depth) or - for JSON Lines on standard input."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every input was processed",
        "1:some input failed (each named on standard error); the others were written",
        "2:usage error"})
final class ExtractCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl, table or csv (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced whole when done) instead of standard output.")
  private Path output;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents extracted at once (default: the number of processors); "
          + "output stays in input order.")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  private ExtractorOptions options = new ExtractorOptions();

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or -.")
  private List<String> inputs = new ArrayList<>();

  ExtractCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    List<InputError> missing = new ArrayList<>();
    List<InputSource> sources = InputSource.collect(inputs, missing::add);
    Progress progress = context.progress(context.interactive() ? estimate(sources) : -1);
    Failures failures = new Failures(progress, options.verbose);
    missing.forEach(failures::report);
    if (output == null) {
      run(sources, format.writer(context.out()), progress, failures);
    } else {
      // Opened before the models load, so that an unwritable output fails at once.
      try (AtomicFileOutput file = AtomicFileOutput.open(output)) {
        run(sources, format.writer(file.writer()), progress, failures);
        file.commit();
      }
    }
    return failures.exitCode();
  }

  private void run(List<InputSource> sources, ResultWriter writer, Progress progress,
      Failures failures) throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--threads must be at least 1, was " + threads);
    }
    // Built once, before the first document, so that a model that cannot load fails the run
    // once instead of every document.
    DocumentSink sink =
        new DocumentSink(context.extractor(options), writer, progress, failures, threads);
    progress.start();
    try {
      for (InputSource source : sources) {
        source.read(context.in(), sink);
      }
      sink.drain(0);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      sink.close();
      progress.finish();
    }
  }

  static long estimate(List<InputSource> sources) {
    long total = 0;
    for (InputSource source : sources) {
      long n = source.estimateDocuments();
      if (n < 0) {
        return -1;
      }
      total += n;
    }
    return total;
  }
}

package dev.verbatim.cli;

import dev.verbatim.ExtractionResult;
import dev.verbatim.json.InputError;
import dev.verbatim.report.HtmlReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verbatim report}: extracts from one article and writes it as a self-contained HTML page
 * (see {@link HtmlReport}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Writes one article as an HTML page: every statement highlighted in its speaker's colour, "
            + "speaker mentions and cues marked, a list of speakers with their statements, and "
            + "each statement's record shown when the pointer is on it. The page needs no network.",
        "ARTICLE is a plain-text file (UTF-8) or - for standard input."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:the report was written",
        "1:the article could not be read or the extraction failed",
        "2:usage error"})
final class ReportCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article: a file or -.")
  private String article;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced whole when done) instead of standard output.")
  private Path output;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "The page title (default: the file name without extension, or \"stdin\").")
  private String title;

  @Option(names = "--verbose",
      description = "Show CoreNLP's start-up messages and stack traces of failures.")
  private boolean verbose;

  ReportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String text;
    if (article.equals(InputSource.STDIN)) {
      text = new String(context.in().readAllBytes(), StandardCharsets.UTF_8);
    } else {
      Path file = Path.of(article);
      if (!Files.isRegularFile(file)) {
        return fail(new InputError(article, 0,
            Files.isDirectory(file) ? "a folder, not an article file" : "no such file"));
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (output == null) {
      write(text, context.out());
    } else {
      // Opened before the models load, so that an unwritable output fails at once.
      try (AtomicFileOutput file = AtomicFileOutput.open(output)) {
        write(text, file.writer());
        file.commit();
      }
    }
    return 0;
  }

  private void write(String text, Writer out) throws IOException {
    ExtractionResult result = context.extractor().apply(text);
    out.write(HtmlReport.render(title != null ? title : defaultTitle(), text, result));
    out.flush();
  }

  private String defaultTitle() {
    if (article.equals(InputSource.STDIN)) {
      return "stdin";
    }
    Path name = Path.of(article).getFileName();
    String s = name == null ? article : name.toString();
    return s.toLowerCase(Locale.ROOT).endsWith(".txt") ? s.substring(0, s.length() - 4) : s;
  }

  private int fail(InputError error) {
    context.err().println(error);
    context.err().flush();
    return 1;
  }
}

package dev.verbatim.cli;

import dev.verbatim.ExtractionResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code verbatim} itself: the parent of the sub-commands. Run without arguments, it extracts
 * from a bundled example article and prints the article and a table of what it found.
 */
@Command(name = "verbatim", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Finds every reported statement in news text and attributes it to its speaker.",
        "Without arguments, runs on a bundled example article and prints a table."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:some input failed", "2:usage error"})
final class RootCommand implements Callable<Integer> {
  static final String EXAMPLE = "/dev/verbatim/example/article.txt";

  private final CliContext context;

  RootCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String article = exampleArticle();
    ExtractionResult result = context.extractor().apply(article);
    context.out().println(article.strip());
    context.out().println();
    new TableWriter(context.out()).write("example", result);
    context.err().println("(A bundled example article. Run 'verbatim --help' for the commands.)");
    context.err().flush();
    return 0;
  }

  static String exampleArticle() {
    try (InputStream in = RootCommand.class.getResourceAsStream(EXAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the example article " + EXAMPLE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

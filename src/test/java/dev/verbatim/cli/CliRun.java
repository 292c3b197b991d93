package dev.verbatim.cli;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.testing.SampleResults;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs the command line in-process with a fake extractor and captures what it prints. */
record CliRun(int status, String out, String err) {

  /** Runs with {@link #quoteWholeText} as the extractor and empty standard input. */
  static CliRun run(String... args) {
    return run(CliRun::quoteWholeText, "", args);
  }

  static CliRun run(Function<String, ExtractionResult> extractor, String stdin, String... args) {
    return run(() -> extractor, stdin, args);
  }

  static CliRun run(Supplier<? extends Function<String, ExtractionResult>> extractorFactory,
      String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    int status = new Main(extractorFactory, in, new PrintWriter(out), new PrintWriter(err), false)
        .execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /**
   * A fake extractor: the whole text (stripped) is one direct statement by "Ann Lee"; blank text
   * gives nothing; a text containing "FAIL" throws.
   */
  static ExtractionResult quoteWholeText(String text) {
    if (text.contains("FAIL")) {
      throw new IllegalStateException("cannot parse\nthis document");
    }
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return ExtractionResult.empty();
    }
    int start = text.indexOf(stripped);
    Speaker speaker = SampleResults.person("s1", "Ann Lee");
    Citation citation = Citation.builder()
        .statement(stripped, Span.of(start, start + stripped.length()))
        .type(QuoteType.DIRECT)
        .speaker(speaker, null)
        .rule("fake")
        .build();
    return new ExtractionResult(List.of(citation), List.of(speaker), List.of());
  }
}

package dev.verbatim.cli;

import dev.verbatim.ExtractionResult;
import dev.verbatim.eval.Evaluation;
import dev.verbatim.eval.EvaluationReport;
import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.GoldReader;
import dev.verbatim.eval.Scorer;
import dev.verbatim.json.DocumentResult;
import dev.verbatim.json.InputDocument;
import dev.verbatim.json.InputError;
import dev.verbatim.json.JsonCodec;
import dev.verbatim.json.RecordSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim evaluate}: runs the extractor on the gold texts (or reads predictions) and
 * prints the scores {@code score.py} would print, with precision per deciding rule, the statements
 * found and matched per detection rule, and the errors.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Runs the extractor on the texts of GOLD.jsonl and scores it against the annotations, "
            + "as ../shared/tools/score.py does, adding precision per deciding rule and, per "
            + "detection rule, how many statements it found and how many matched.",
        "GOLD.jsonl holds one {\"id\", \"text\", \"quotes\": [...]} object a line."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every document was scored",
        "1:some gold line, prediction line or document failed (named on standard error)",
        "2:usage error"})
final class EvaluateCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "The gold annotations.")
  private Path gold;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  private boolean json;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "List the first N errors (missed, spurious, wrong speaker); default 0.")
  private int maxErrors;

  @Option(names = "--predictions", paramLabel = "PRED.jsonl",
      description = "Score these predictions (Verbatim's JSON Lines) instead of running the "
          + "extractor.")
  private Path predictions;

  @Option(names = "--only-ids",
      description = "Score only the gold documents that have predictions (with --predictions).")
  private boolean onlyIds;

  @Mixin
  private ExtractorOptions options = new ExtractorOptions();

  EvaluateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (maxErrors < 0) {
      throw new ParameterException(spec.commandLine(),
          "--errors must be at least 0 but was " + maxErrors);
    }
    List<InputError> goldErrors = new ArrayList<>();
    List<GoldDocument> documents = GoldReader.read(gold, goldErrors::add);
    Progress progress = context.progress(
        predictions == null && context.interactive() ? documents.size() : -1);
    Failures failures = new Failures(progress, options.verbose);
    goldErrors.forEach(failures::report);
    if (documents.isEmpty() && failures.count() > 0) {
      return failures.exitCode();
    }
    Map<String, ExtractionResult> results = predictions == null
        ? extract(documents, progress, failures) : readPredictions(failures);
    Evaluation evaluation = Scorer.score(documents, results, onlyIds);
    if (json) {
      context.out().println(EvaluationReport.json(evaluation, maxErrors));
    } else {
      context.out().print(EvaluationReport.table(evaluation, maxErrors));
    }
    context.out().flush();
    return failures.exitCode();
  }

  private Map<String, ExtractionResult> extract(
      List<GoldDocument> documents, Progress progress, Failures failures) {
    Function<String, ExtractionResult> extractor = context.extractor(options);
    progress.start();
    Map<String, ExtractionResult> results = new LinkedHashMap<>();
    try {
      for (GoldDocument document : documents) {
        InputDocument input = new InputDocument(document.id(), document.text(), gold.toString(), 0);
        if (document.text().isEmpty()) {
          failures.report(input.error("document \"" + document.id() + "\" has no text"));
        }
        try {
          results.put(document.id(), extractor.apply(document.text()));
        } catch (RuntimeException | StackOverflowError e) {
        // A stack overflow (a pathological parse) spoils one document, not the run.
          failures.report(input, e);
        }
        progress.step();
      }
    } finally {
      progress.finish();
    }
    return results;
  }

  private Map<String, ExtractionResult> readPredictions(Failures failures) throws IOException {
    Map<String, ExtractionResult> results = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(predictions)) {
      new JsonCodec().readLines(in, predictions.toString(), new RecordSink<>() {
        @Override
        public void accept(DocumentResult record) {
          results.put(record.id(), record.result());
        }

        @Override
        public void error(InputError error) {
          failures.report(error);
        }
      });
    }
    return results;
  }
}

package dev.verbatim.cli;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.GoldReader;
import dev.verbatim.eval.RankerData;
import dev.verbatim.json.InputError;
import dev.verbatim.pipeline.Pipeline;
import dev.verbatim.rank.Decision;
import dev.verbatim.rank.DecisionData;
import dev.verbatim.rank.DecisionKind;
import dev.verbatim.rank.RankerTrainer;
import dev.verbatim.rank.RankingModel;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim train}: collects the speaker ranking model's training data from gold
 * annotations, trains the model, and compares it with the hand rules by cross-validation.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Trains the speaker ranking model (the choice among candidate speakers of a pronoun or a role).",
        "With GOLD.jsonl files: runs the hand rules on their texts and writes every choice among several "
            + "candidates, labelled by the gold speakers, to --data. Without: reads --data.",
        "Then --model FILE writes a model trained on the data, and --cross-validate K prints, for each "
            + "kind of choice, how many the rules and the model get right when whole documents are left out."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:done",
        "1:a gold file or the data could not be read",
        "2:usage error"})
final class TrainCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "GOLD.jsonl", arity = "0..*",
      description = "Gold annotations to collect training data from.")
  private List<Path> gold = new ArrayList<>();

  @Option(names = "--data", paramLabel = "FILE", required = true,
      description = "The training data (TSV): written when GOLD files are given, read otherwise.")
  private Path data;

  @Option(names = "--model", paramLabel = "FILE", description = "Write the trained model here.")
  private Path model;

  @Option(names = "--kinds", paramLabel = "KIND", split = ",", defaultValue = "pronoun,role",
      description = "Kinds of choice the model decides: pronoun, role (default both).")
  private List<String> kinds;

  @Option(names = "--cross-validate", paramLabel = "K", defaultValue = "0",
      description = "Compare rules and model with K-fold cross-validation over documents.")
  private int folds;

  @Option(names = "--evaluate", paramLabel = "FILE",
      description = "Training data of other documents: compare the rules and a model trained on --data on them.")
  private Path evaluate;

  @Option(names = "--l2", paramLabel = "X", defaultValue = "" + RankerTrainer.DEFAULT_L2,
      description = "Strength of the L2 penalty (default ${DEFAULT-VALUE}).")
  private double l2;

  TrainCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (folds == 1 || folds < 0) {
      throw new ParameterException(spec.commandLine(), "--cross-validate must be 0 (off) or at least 2: " + folds);
    }
    if (!(l2 > 0)) {
      throw new ParameterException(spec.commandLine(), "--l2 must be positive: " + l2);
    }
    Set<DecisionKind> chosen = EnumSet.noneOf(DecisionKind.class);
    for (String k : kinds) {
      try {
        chosen.add(DecisionKind.of(k.trim().toLowerCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--kinds: " + e.getMessage());
      }
    }
    List<Decision> decisions;
    if (!gold.isEmpty()) {
      List<GoldDocument> docs = new ArrayList<>();
      List<InputError> errors = new ArrayList<>();
      for (Path g : gold) {
        docs.addAll(GoldReader.read(g, errors::add));
      }
      for (InputError e : errors) {
        context.err().println("verbatim train: " + e);
      }
      if (!errors.isEmpty()) {
        return 1;
      }
      Pipeline pipeline = new Pipeline(new Pipeline.Options(QuoteExtractor.DEFAULT_MAX_QUOTE_LENGTH, true), null);
      Progress progress = context.progress(context.interactive() ? docs.size() : -1);
      progress.start();
      try {
        decisions = RankerData.collect(pipeline, docs, id -> progress.step());
      } finally {
        progress.finish();
      }
      StringWriter w = new StringWriter();
      DecisionData.write(decisions, w);
      Files.writeString(data, w.toString(), StandardCharsets.UTF_8);
      context.err().printf("verbatim train: %d choices from %d documents written to %s%n",
          decisions.size(), docs.size(), data);
    } else {
      decisions = readData(data);
      if (decisions == null) {
        return 1;
      }
    }
    RankerTrainer trainer = new RankerTrainer(l2);
    if (model != null) {
      RankingModel m = trainer.train(decisions, chosen);
      Files.writeString(model, m.write("verbatim train --data " + data.getFileName() + " --kinds "
          + String.join(",", chosen.stream().map(DecisionKind::id).toList()) + " --l2 " + l2), StandardCharsets.UTF_8);
      context.err().printf("verbatim train: model written to %s%n", model);
    }
    if (evaluate != null) {
      List<Decision> other = readData(evaluate);
      if (other == null) {
        return 1;
      }
      RankingModel m = trainer.train(decisions, chosen);
      context.out().printf("trained on %s, evaluated on %s%n", data.getFileName(), evaluate.getFileName());
      printTable(chosen, k -> RankerTrainer.compare(m, other, k));
    }
    if (folds > 0) {
      printTable(chosen, k -> trainer.crossValidate(decisions, folds, k));
    }
    context.out().flush();
    return 0;
  }

  /** Reads training data; null (after naming the file and the fault on standard error) if it is malformed. */
  private List<Decision> readData(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return DecisionData.read(r);
    } catch (IllegalArgumentException e) {
      context.err().println("verbatim train: " + file + ": " + e.getMessage());
      return null;
    }
  }

  private void printTable(Set<DecisionKind> kinds, java.util.function.Function<DecisionKind, RankerTrainer.Comparison> row) {
    context.out().printf("%-9s %9s %10s %12s %12s%n", "kind", "choices", "answerable", "rules right", "model right");
    for (DecisionKind k : kinds) {
      RankerTrainer.Comparison c = row.apply(k);
      context.out().printf("%-9s %9d %10d %6d %.3f %6d %.3f%n", k.id(), c.decisions(), c.answerable(),
          c.ruleRight(), ratio(c.ruleRight(), c.decisions()), c.modelRight(), ratio(c.modelRight(), c.decisions()));
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}

package dev.verbatim.cli;

import dev.verbatim.bench.BenchResult;
import dev.verbatim.bench.BenchRunner;
import dev.verbatim.bench.BenchTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim bench}: measures Verbatim's default and fast profiles and Stanford CoreNLP's own
 * quote pipeline on the same articles, each in a JVM of its own, and prints a Markdown table.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Measures speed and memory of Verbatim's default and fast profiles and of Stanford "
            + "CoreNLP's quote pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote) on "
            + "the same articles, each system in its own JVM, one after another.",
        "Takes several minutes; CoreNLP's pipeline alone takes 3 or more."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every system was measured", "1:a measurement failed", "2:usage error"})
final class BenchCommand implements Callable<Integer> {
  /** The systems that can be measured. */
  enum SystemName { DEFAULT, DEFAULT2, FAST, CORENLP }

  private final CliContext context;

  @Option(names = "--corpus", paramLabel = "PATH",
      description = "A .txt file or a folder of them (repeatable). Default: "
          + "../shared/corpus/seed/nato-founding-act.txt, src/test/resources/corpus/dev and "
          + "src/test/resources/corpus/heldout, those that exist.")
  private List<Path> corpus = new ArrayList<>();

  @Option(names = "--systems", split = ",", paramLabel = "SYSTEM",
      defaultValue = "default,fast,corenlp",
      description = "Which to measure, in order: default, default2 (the default profile with the "
          + "whole-process batch on two threads, as `extract` runs it), fast, corenlp "
          + "(default: ${DEFAULT-VALUE}).")
  private List<SystemName> systems;

  @Option(names = "--big-chars", paramLabel = "N", defaultValue = "1000000",
      description = "Length of the big document for Verbatim, 0 for none (default: ${DEFAULT-VALUE}).")
  private int bigChars;

  @Option(names = "--warm-seconds", paramLabel = "S", defaultValue = "10",
      description = "Least time for Verbatim's warm throughput (default: ${DEFAULT-VALUE}).")
  private double warmSeconds;

  @Option(names = "--verbatim-heap", paramLabel = "SIZE", defaultValue = "1g",
      description = "-Xmx of Verbatim's JVMs (default: ${DEFAULT-VALUE}).")
  private String verbatimHeap;

  @Option(names = "--corenlp-heap", paramLabel = "SIZE", defaultValue = "8g",
      description = "-Xmx of CoreNLP's JVM (default: ${DEFAULT-VALUE}).")
  private String corenlpHeap;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the results, one JSON object a line.")
  private Path json;

  BenchCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<Path> inputs = corpus.isEmpty() ? defaultCorpus() : corpus;
    BenchRunner runner = new BenchRunner(inputs, context.err());
    List<BenchResult> results = new ArrayList<>();
    for (SystemName s : systems) {
      List<String> args = new ArrayList<>(List.of("--big-chars", String.valueOf(
          s == SystemName.CORENLP ? 0 : bigChars), "--warm-seconds",
          String.valueOf(s == SystemName.CORENLP ? 0 : warmSeconds)));
      if (s == SystemName.FAST) {
        args.add("--fast");
      }
      if (s == SystemName.DEFAULT2) {
        args.addAll(List.of("--batch-threads", "2"));
      }
      results.add(s == SystemName.CORENLP
          ? runner.run("dev.verbatim.bench.CoreNlpQuoteWorker", corenlpHeap, args)
          : runner.run("dev.verbatim.bench.VerbatimWorker", verbatimHeap, args));
    }
    context.out().println("Corpus: " + inputs + "; " + Runtime.getRuntime().availableProcessors()
        + " processors, Java " + System.getProperty("java.version"));
    context.out().println();
    context.out().print(BenchTable.render(results));
    if (json != null) {
      List<String> lines = new ArrayList<>();
      for (BenchResult r : results) {
        lines.add(BenchRunner.toJson(r));
      }
      Files.write(json, lines);
    }
    return 0;
  }

  private static List<Path> defaultCorpus() {
    List<Path> out = new ArrayList<>();
    for (String p : List.of("../shared/corpus/seed/nato-founding-act.txt",
        "src/test/resources/corpus/dev", "src/test/resources/corpus/heldout")) {
      if (Files.exists(Path.of(p))) {
        out.add(Path.of(p));
      }
    }
    return out;
  }
}

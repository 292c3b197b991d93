package dev.verbatim.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments the benchmark workers share: {@code [--fast] [--big-chars N] [--small-chars N]
 * [--warm-seconds S] [--batch-rounds N] [--batch-threads N] PATH...}; with {@code --batch-threads 2}
 * the whole-process batch after the first document runs through {@code extractAll} on two threads,
 * as {@code verbatim extract} does on a two-core machine.
 */
record WorkerArgs(boolean fast, int bigChars, int smallChars, double warmSeconds, int batchRounds,
    List<Path> inputs, int batchThreads) {

  static WorkerArgs parse(String[] args, int defaultBigChars, double defaultWarmSeconds) {
    boolean fast = false;
    int big = defaultBigChars;
    int small = 10_000;
    double warm = defaultWarmSeconds;
    int rounds = 3;
    int batchThreads = 1;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--fast" -> fast = true;
        case "--big-chars" -> big = Integer.parseInt(args[++i]);
        case "--small-chars" -> small = Integer.parseInt(args[++i]);
        case "--warm-seconds" -> warm = Double.parseDouble(args[++i]);
        case "--batch-rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--batch-threads" -> batchThreads = Integer.parseInt(args[++i]);
        default -> {
          if (args[i].startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + args[i]);
          }
          inputs.add(Path.of(args[i]));
        }
      }
    }
    return new WorkerArgs(fast, big, small, warm, rounds, List.copyOf(inputs), batchThreads);
  }
}

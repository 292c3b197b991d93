package dev.verbatim.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Counts the tokens a benchmark thread processed, so that JMH reports tokens per second. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TokenCount {
  /** Tokens processed in this iteration. */
  public long tokens;

  /** Clears the count before each iteration. */
  @Setup(Level.Iteration)
  public void clear() {
    tokens = 0;
  }
}

package dev.verbatim.detect;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.verbatim.Diagnostic;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one document, keeping at most a fixed number: text with a million
 * stray quotation marks must not give a million records. Past the limit, diagnostics are only
 * counted, and {@link #build()} ends the list with one {@link Diagnostic.Kind#TOO_MANY_DIAGNOSTICS}
 * that says how many were left out. Not thread-safe: one per document.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * Diagnostics diagnostics = new Diagnostics(Diagnostics.DEFAULT_LIMIT);
 * QuoteScanner.scan(text, paragraphs, diagnostics);
 * List<Diagnostic> kept = diagnostics.build();    // at most DEFAULT_LIMIT + 1
 * }</pre>
 */
public final class Diagnostics {
  /** How many diagnostics a result keeps by default, before the one that counts the rest. */
  public static final int DEFAULT_LIMIT = 1_000;

  private final int limit;
  private final List<Diagnostic> kept = new ArrayList<>();
  private int omitted;
  private int omittedStart = Integer.MAX_VALUE;
  private int omittedEnd;

  /**
   * @param limit how many diagnostics to keep, at least 0
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public Diagnostics(int limit) {
    checkArgument(limit >= 0, "limit must be >= 0 but was %s", limit);
    this.limit = limit;
  }

  /**
   * Keeps {@code d} while under the limit; past it, counts it.
   *
   * @param d a diagnostic
   */
  public void add(Diagnostic d) {
    checkNotNull(d, "d");
    if (kept.size() < limit) {
      kept.add(d);
      return;
    }
    omitted++;
    omittedStart = Math.min(omittedStart, d.span().start());
    omittedEnd = Math.max(omittedEnd, d.span().end());
  }

  /** @return how many diagnostics were added, kept or not */
  public int count() {
    return kept.size() + omitted;
  }

  /**
   * Returns the kept diagnostics in the order added, followed, when some were left out, by one
   * {@link Diagnostic.Kind#TOO_MANY_DIAGNOSTICS} diagnostic.
   *
   * @return at most {@code limit + 1} diagnostics
   */
  public ImmutableList<Diagnostic> build() {
    if (omitted == 0) {
      return ImmutableList.copyOf(kept);
    }
    Diagnostic summary = new Diagnostic(Diagnostic.Kind.TOO_MANY_DIAGNOSTICS,
        Span.of(omittedStart, Math.max(omittedStart, omittedEnd)),
        omitted + " more diagnostics left out (a result keeps the first " + limit + ")");
    return ImmutableList.<Diagnostic>builderWithExpectedSize(kept.size() + 1)
        .addAll(kept).add(summary).build();
  }
}

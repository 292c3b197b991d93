package dev.verbatim.cli;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Suppliers;
import com.google.common.collect.Sets;
import dev.verbatim.DetectionRule;
import dev.verbatim.ExtractionResult;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the commands of one run share: the streams, the extractor (built on first use, at most
 * once), whether a person is watching (for the progress line) and a clock. Not thread-safe.
 */
final class CliContext {
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Supplier<Function<String, ExtractionResult>> extractor;
  private final Supplier<Function<String, ExtractionResult>> fastExtractor;
  private final ExtractorFactory configured;
  private final Map<List<Object>, Function<String, ExtractionResult>> configuredExtractors = new HashMap<>();
  private final boolean interactive;
  private final LongSupplier nanoClock;

  CliContext(InputStream in, PrintWriter out, PrintWriter err,
      Supplier<? extends Function<String, ExtractionResult>> extractorFactory, boolean interactive,
      LongSupplier nanoClock) {
    this(in, out, err, extractorFactory, extractorFactory, interactive, nanoClock);
  }

  CliContext(InputStream in, PrintWriter out, PrintWriter err,
      Supplier<? extends Function<String, ExtractionResult>> extractorFactory,
      Supplier<? extends Function<String, ExtractionResult>> fastExtractorFactory,
      boolean interactive, LongSupplier nanoClock) {
    this(in, out, err, extractorFactory, fastExtractorFactory, null, interactive, nanoClock);
  }

  CliContext(InputStream in, PrintWriter out, PrintWriter err,
      Supplier<? extends Function<String, ExtractionResult>> extractorFactory,
      Supplier<? extends Function<String, ExtractionResult>> fastExtractorFactory,
      ExtractorFactory configured, boolean interactive, LongSupplier nanoClock) {
    this.in = checkNotNull(in, "in");
    this.out = checkNotNull(out, "out");
    this.err = checkNotNull(err, "err");
    checkNotNull(extractorFactory, "extractorFactory");
    checkNotNull(fastExtractorFactory, "fastExtractorFactory");
    this.extractor = Suppliers.memoize(extractorFactory::get);
    this.fastExtractor = Suppliers.memoize(fastExtractorFactory::get);
    this.configured = configured;
    this.interactive = interactive;
    this.nanoClock = checkNotNull(nanoClock, "nanoClock");
  }

  InputStream in() {
    return in;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** The extractor, built on the first call. */
  Function<String, ExtractionResult> extractor() {
    return extractor.get();
  }

  /**
   * The extractor for {@code --fast} (no dependency parsing) when {@code fast}, else the default
   * one; each built on its first call.
   */
  Function<String, ExtractionResult> extractor(boolean fast) {
    return fast ? fastExtractor.get() : extractor.get();
  }

  /**
   * The extractor for the command's options: {@link #extractor(boolean)} when no detection rule is
   * switched off, else one built for those rules on its first call.
   *
   * @throws IllegalStateException if rules are switched off but the command line was given an
   *     extraction function of its own, which it cannot rebuild
   */
  Function<String, ExtractionResult> extractor(ExtractorOptions options) {
    if (options.disabledRules.isEmpty()) {
      return extractor(options.fast);
    }
    checkState(configured != null,
        "--disable-rule needs Verbatim's own extractor; this command line was given another");
    Set<DetectionRule> disabled = Sets.immutableEnumSet(options.disabledRules);
    return configuredExtractors.computeIfAbsent(List.of(options.fast, disabled),
        k -> configured.build(options.fast, disabled));
  }

  /** Whether a console is attached, so that a progress line helps rather than clutters. */
  boolean interactive() {
    return interactive;
  }

  Progress progress(long total) {
    return new Progress(err, interactive, total, nanoClock);
  }
}

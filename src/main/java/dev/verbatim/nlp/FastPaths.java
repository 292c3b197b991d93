package dev.verbatim.nlp;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of the fast paths one analyzer runs, decided while it loads: none when the caller or
 * {@value #PROPERTY} turns them off, else each whose {@link Fingerprint} matches the CoreNLP
 * classes and models actually loaded and that loads without error. Each fallback is recorded and
 * warned about once, naming the component and what runs instead. Thread-safe (the models load on
 * several threads).
 */
final class FastPaths {
  /** The system property that turns every fast path off: {@code -Dverbatim.fastpaths=off}. */
  static final String PROPERTY = "verbatim.fastpaths";
  private static final Logger LOG = LoggerFactory.getLogger(FastPaths.class);

  /** Reads a fingerprint, perhaps by reflection. */
  @FunctionalInterface
  interface Source {
    Fingerprint get() throws ReflectiveOperationException;
  }

  private final boolean enabled;
  private final Map<FastPath, String> expected;
  private final Consumer<String> warnings;
  private final Map<FastPath, String> fallbacks =
      Collections.synchronizedMap(new EnumMap<>(FastPath.class));

  /**
   * @param enabled false to run CoreNLP's own code everywhere
   * @param expected the fingerprint each fast path must have (tests give others)
   * @param warnings where warnings go (the log, or a test's list)
   */
  FastPaths(boolean enabled, Map<FastPath, String> expected, Consumer<String> warnings) {
    this.enabled = enabled;
    this.expected = new EnumMap<>(expected);
    this.warnings = warnings;
    if (!enabled) {
      warnings.accept("Verbatim's fast paths are off (fastPaths(false) or -D" + PROPERTY
          + "=off): CoreNLP's own code and model files run for every component");
    }
  }

  /**
   * The fast paths as the caller and the system property allow, checked against the recorded
   * fingerprints, warning through the log.
   *
   * @param requested false if the caller turned the fast paths off
   * @throws IllegalArgumentException if the system property has a value other than on/off
   */
  static FastPaths of(boolean requested) {
    return new FastPaths(requested && propertyAllows(System.getProperty(PROPERTY)),
        Fingerprint.allExpected(), LOG::warn);
  }

  /**
   * Whether a value of {@value #PROPERTY} allows the fast paths: unset, {@code on} or
   * {@code true} do; {@code off} or {@code false} do not (any case).
   *
   * @throws IllegalArgumentException for any other value
   */
  static boolean propertyAllows(String value) {
    if (value == null) {
      return true;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "on":
      case "true":
      case "":
        return true;
      case "off":
      case "false":
        return false;
      default:
        throw new IllegalArgumentException(
            "-D" + PROPERTY + " must be on or off but was '" + value + "'");
    }
  }

  /** Whether fast paths may run at all. */
  boolean enabled() {
    return enabled;
  }

  /**
   * Whether {@code path} may run: fast paths are on and its fingerprint matches. If not (and fast
   * paths are on), the fallback is recorded with one warning.
   */
  boolean check(FastPath path, Source fingerprint) {
    if (!enabled) {
      return false;
    }
    String actual;
    try {
      actual = fingerprint.get().hash();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      fallBack(path, "its fingerprint could not be read (" + e + ")");
      return false;
    }
    String want = expected.get(path);
    if (!actual.equals(want)) {
      fallBack(path, "CoreNLP's classes or model differ from those it was written for "
          + "(fingerprint " + actual + ", expected " + want + ")");
      return false;
    }
    return true;
  }

  /** Records that {@code path} does not run, with one warning; later calls for it are ignored. */
  void fallBack(FastPath path, String reason) {
    if (fallbacks.putIfAbsent(path, reason) == null) {
      warnings.accept("Verbatim's fast path '" + path.title() + "' is not used: " + reason
          + "; using " + path.fallback() + " instead");
    }
  }

  /** The fast paths that fell back, with the reason (empty when fast paths are off). */
  Map<FastPath, String> fallbacks() {
    synchronized (fallbacks) {
      return Map.copyOf(fallbacks);
    }
  }
}

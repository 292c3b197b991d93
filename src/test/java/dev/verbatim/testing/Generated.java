package dev.verbatim.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-test runner: generates {@code tries} cases from consecutive seeds and checks
 * each, and when a check fails, says which seed and which input made it fail, so that the case
 * can be replayed alone ({@code -Dverbatim.seed=N}). The base seed is fixed, so a run is
 * reproducible; set {@code -Dverbatim.seed=random} to explore new cases.
 *
 * <h3>Example usage</h3>
 *
 * <pre>{@code
 * Generated.check(1000, r -> MessyText.text(r, 200), text ->
 *     assertThat(TextCleaner.clean(text)).hasSameSizeAs(text));
 * }</pre>
 */
public final class Generated {
  /** The seed of the first case unless {@code verbatim.seed} says otherwise. */
  public static final long BASE_SEED = 20_261_128L;

  private Generated() {}

  /**
   * Runs {@code check} over {@code tries} generated cases.
   *
   * @param tries how many cases
   * @param generator makes one case from a seeded random source
   * @param check throws {@link AssertionError} (or anything) when the case breaks a property
   * @param <T> the type of case
   * @throws AssertionError naming the seed and input of the first failing case
   */
  public static <T> void check(int tries, Function<SplittableRandom, T> generator,
      Consumer<T> check) {
    String property = System.getProperty("verbatim.seed", "");
    long base = property.isEmpty() ? BASE_SEED
        : property.equals("random") ? new SplittableRandom().nextLong() : Long.parseLong(property);
    int n = property.isEmpty() || property.equals("random") ? tries : 1;
    for (int i = 0; i < n; i++) {
      long seed = base + i;
      T input = generator.apply(new SplittableRandom(seed));
      try {
        check.accept(input);
      } catch (RuntimeException | AssertionError | StackOverflowError e) {
        throw new AssertionError("case " + (i + 1) + " of " + n + " failed (replay with "
            + "-Dverbatim.seed=" + seed + "); input: " + describe(input) + "\n" + e, e);
      }
    }
  }

  /** Java-escapes a string input and cuts it to a readable length. */
  static String describe(Object input) {
    String s = String.valueOf(input);
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length() && out.length() < 2000; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.append(s.length() > 2000 ? "\"... (" + s.length() + " chars)" : "\"").toString();
  }
}

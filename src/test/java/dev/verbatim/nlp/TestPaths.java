package dev.verbatim.nlp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link FastPaths} for tests: recorded fingerprints, warnings collected instead of logged. */
final class TestPaths {
  private TestPaths() {}

  /** Fast paths on, checked against the recorded fingerprints; warnings kept in {@code into}. */
  static FastPaths collecting(List<String> into) {
    return new FastPaths(true, Fingerprint.allExpected(), into::add);
  }

  /** Fast paths on, with {@code path} expected to have another fingerprint than it has. */
  static FastPaths mismatching(FastPath path, List<String> into) {
    Map<FastPath, String> expected = Fingerprint.allExpected();
    expected.put(path, "0000000000000000");
    return new FastPaths(true, expected, into::add);
  }

  /** Fast paths on, warnings dropped. */
  static FastPaths quiet() {
    return collecting(new CopyOnWriteArrayList<>());
  }
}

package dev.verbatim.nlp;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fast path relies on in the CoreNLP that is actually loaded: the declared fields (name,
 * type, modifiers) and named methods of the CoreNLP classes it reads, extends or builds, and the
 * model dimensions it packs or relies on, summed up as a short hash. A fast path runs only when
 * its fingerprint equals the one recorded for the CoreNLP it was written against ({@link
 * #expected}); any difference, even a field that seems unrelated, sends its component back to
 * CoreNLP's own code.
 */
final class Fingerprint {
  /** The fingerprints of CoreNLP 4.5.10 and its English models. */
  private static final Map<FastPath, String> EXPECTED = Map.of(
      FastPath.PACKED_MODELS, "b6fa12fc0cc988b3",
      FastPath.PACKED_PARSER, "b939fdf1f2ae4508",
      FastPath.TAGGER, "c4bf5ecb001d7729",
      FastPath.LEMMATIZER, "30e708990dfd575d",
      FastPath.NER_SEARCH, "0f1bc206e7eba44b",
      FastPath.NER_FEATURES, "141659909964ea2c",
      FastPath.PARSER, "e090634bb2c2fa67");

  private final List<String> lines = new ArrayList<>();

  private Fingerprint() {}

  /** The fingerprint recorded for CoreNLP 4.5.10 for {@code path}. */
  static String expected(FastPath path) {
    return EXPECTED.get(path);
  }

  /** An immutable copy of every recorded fingerprint. */
  static Map<FastPath, String> allExpected() {
    return new HashMap<>(EXPECTED);
  }

  /**
   * Starts a fingerprint with the declared fields of {@code classes}.
   *
   * @param classes the CoreNLP classes a fast path reads or builds on
   * @return the fingerprint, to which model dimensions can be added
   */
  static Fingerprint ofClasses(Class<?>... classes) {
    Fingerprint f = new Fingerprint();
    for (Class<?> c : classes) {
      f.fields(c);
    }
    return f;
  }

  /**
   * Like {@link #ofClasses}, naming classes that may be missing (a missing class is recorded as
   * such, so the fingerprint differs).
   */
  Fingerprint classNamed(String name) {
    try {
      fields(Class.forName(name, false, Fingerprint.class.getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      lines.add("missing class " + name);
    }
    return this;
  }

  private void fields(Class<?> c) {
    List<String> out = new ArrayList<>();
    for (Field f : c.getDeclaredFields()) {
      if (f.isSynthetic()) {
        continue;
      }
      out.add(Modifier.toString(f.getModifiers()) + " " + f.getType().getName() + " "
          + f.getName());
    }
    out.sort(null);
    lines.add("class " + c.getName() + " extends "
        + (c.getSuperclass() == null ? "-" : c.getSuperclass().getName()));
    out.forEach(l -> lines.add("  " + l));
  }

  /**
   * Adds the signatures of the methods named {@code names} that {@code c} declares.
   *
   * @return this fingerprint
   */
  Fingerprint methods(Class<?> c, String... names) {
    List<String> out = new ArrayList<>();
    List<String> wanted = Arrays.asList(names);
    for (Method m : c.getDeclaredMethods()) {
      if (wanted.contains(m.getName()) && !m.isSynthetic() && !m.isBridge()) {
        out.add(Modifier.toString(m.getModifiers()) + " " + m.getReturnType().getName() + " "
            + m.getName() + Arrays.toString(m.getParameterTypes()));
      }
    }
    out.sort(null);
    lines.add("methods of " + c.getName() + " " + wanted);
    out.forEach(l -> lines.add("  " + l));
    return this;
  }

  /**
   * Adds one model dimension or setting.
   *
   * @return this fingerprint
   */
  Fingerprint layout(String key, Object value) {
    lines.add("layout " + key + " = " + value);
    return this;
  }

  /** The whole description, one line each (shown when a check fails in a test). */
  String describe() {
    return String.join("\n", lines) + "\n";
  }

  /** The first 16 hex digits of the SHA-256 of {@link #describe()}. */
  String hash() {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(describe().getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        sb.append(String.format(java.util.Locale.ROOT, "%02x", d[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

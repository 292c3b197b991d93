package dev.verbatim.mention;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender usually carried by a first name, from the name list shipped in the CoreNLP models
 * jar. Loaded once; immutable and thread-safe afterwards.
 */
public final class NameGenders {
  private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private final ImmutableMap<String, Gender> table;

  private NameGenders(ImmutableMap<String, Gender> table) {
    this.table = table;
  }

  /**
   * Loads the table from the class path; an empty table when it is missing.
   *
   * @return the table
   */
  public static NameGenders load() {
    Map<String, Gender> map = new HashMap<>();
    InputStream in = NameGenders.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      return new NameGenders(ImmutableMap.of());
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length == 2) {
          Gender g = f[1].startsWith("F") ? Gender.FEMALE : f[1].startsWith("M") ? Gender.MALE : Gender.UNKNOWN;
          // A name listed with both genders (Priya, Andrea) tells nothing.
          map.merge(f[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new NameGenders(ImmutableMap.copyOf(map));
  }

  /**
   * @param firstName a first name as written
   * @return its usual gender, or unknown
   */
  public Gender genderOf(String firstName) {
    String n = firstName.toLowerCase(Locale.ROOT);
    if (n.length() > 3 && (n.endsWith("iy") || n.endsWith("yy"))) {
      return Gender.MALE;   // Russian and Ukrainian men's names transliterated: Yuriy, Dmitriy, Vasiliy
    }
    return table.getOrDefault(n, Gender.UNKNOWN);
  }
}

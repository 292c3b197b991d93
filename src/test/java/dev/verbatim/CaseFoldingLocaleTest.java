package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Case is folded with {@code Locale.ROOT} everywhere: {@code toLowerCase()} without a locale
 * follows the JVM's default locale, and under a Turkish one "I".toLowerCase() is a dotless ı.
 */
class CaseFoldingLocaleTest {
  private static final Pattern DEFAULT_LOCALE = Pattern.compile("\\.to(Lower|Upper)Case\\(\\)");

  @Test
  void noSourceFoldsCaseInTheDefaultLocale() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = DEFAULT_LOCALE.matcher(lines.get(i));
          if (m.find()) {
            found.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertThat(found).as("use toLowerCase(Locale.ROOT) / toUpperCase(Locale.ROOT)").isEmpty();
  }
}

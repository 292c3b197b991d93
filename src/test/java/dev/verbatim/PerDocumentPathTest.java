package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing on the per-document path compiles a regular expression: the stages' code uses
 * patterns compiled once, in static fields, never {@code String.matches}, {@code replaceAll},
 * {@code replaceFirst} or a regular-expression {@code split}, which compile their pattern at
 * every call.
 */
class PerDocumentPathTest {
  private static final List<String> STAGES =
      List.of("text", "nlp", "mention", "detect", "attribute", "entity", "pipeline");
  /** A call that compiles its first argument as a regular expression. */
  private static final Pattern RECOMPILING = Pattern.compile(
      "\\.(?:matches\\(\"|(?:replaceAll|replaceFirst)\\(\"(?:[^\"\\\\]|\\\\.)*\",|split\\(\"(?!(?:[^\\\\.$|()\\[{^?*+\"]|\\\\[tn]|\\\\\\\\[^0-9a-zA-Z])\"))");
  private static final Pattern COMPILE = Pattern.compile("Pattern\\.compile\\(");

  @Test
  void noPatternIsCompiledPerCall() throws IOException {
    List<String> offences = new ArrayList<>();
    int files = 0;
    for (String stage : STAGES) {
      try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/verbatim", stage))) {
        for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
          files++;
          List<String> lines = Files.readAllLines(p);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (RECOMPILING.matcher(line).find()) {
              offences.add(p + ":" + (i + 1) + ": " + line.strip());
            }
            Matcher m = COMPILE.matcher(line);
            if (m.find() && !staticField(lines, i)) {
              offences.add(p + ":" + (i + 1) + ": " + line.strip());
            }
          }
        }
      }
    }
    assertThat(files).isGreaterThan(40);
    assertThat(offences).isEmpty();
  }

  @Test
  void theCheckFindsARecompilingCall() {
    assertThat(RECOMPILING.matcher("s.replaceAll(\"\\\\s+\", \" \")").find()).isTrue();
    assertThat(RECOMPILING.matcher("w.matches(\"(?i)of\")").find()).isTrue();
    assertThat(RECOMPILING.matcher("s.split(\"[^\\\\p{L}]+\")").find()).isTrue();
    assertThat(RECOMPILING.matcher("s.split(\" \")").find()).isFalse();
    assertThat(RECOMPILING.matcher("s.split(\"\\t\")").find()).isFalse();
    assertThat(RECOMPILING.matcher("s.split(\"\\\\.\")").find()).isFalse();
    assertThat(RECOMPILING.matcher("PATTERN.matcher(s).matches()").find()).isFalse();
    assertThat(RECOMPILING.matcher("PATTERN.matcher(s).replaceAll(\"\")").find()).isFalse();
  }

  /** Whether line {@code i} is in the initialiser of a static field (this line or one above). */
  private static boolean staticField(List<String> lines, int i) {
    for (int j = i; j >= Math.max(0, i - 2); j--) {
      String l = lines.get(j).strip();
      if (l.contains("static final Pattern") || l.contains("static final ImmutableList<Pattern>")) {
        return true;
      }
      if (j < i && (l.endsWith(";") || l.endsWith("{") || l.endsWith("}"))) {
        return false;
      }
    }
    return false;
  }
}

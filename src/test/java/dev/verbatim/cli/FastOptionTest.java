package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastOptionTest {
  @TempDir Path dir;

  private final List<String> built = new ArrayList<>();

  private Supplier<Function<String, ExtractionResult>> factory(String name) {
    return () -> {
      built.add(name);
      return CliRun::quoteWholeText;
    };
  }

  private int run(String... args) {
    return new Main(factory("default"), factory("fast"), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false)
        .execute(args);
  }

  @Test
  void extractWithFastBuildsOnlyTheFastExtractor() throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), "Hello.");
    assertThat(run("extract", "--fast", article.toString())).isZero();
    assertThat(built).containsExactly("fast");
  }

  @Test
  void extractWithoutFastBuildsTheDefaultExtractor() throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), "Hello.");
    assertThat(run("extract", article.toString())).isZero();
    assertThat(built).containsExactly("default");
  }
}

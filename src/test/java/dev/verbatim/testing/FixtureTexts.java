package dev.verbatim.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The texts of the tuning fixture articles, {@code src/test/resources/corpus/dev/*.txt}. */
public final class FixtureTexts {
  private FixtureTexts() {}

  /** @return the article texts, sorted by file name */
  public static List<String> dev() {
    try (Stream<Path> files = Files.list(Corpus.DEV)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

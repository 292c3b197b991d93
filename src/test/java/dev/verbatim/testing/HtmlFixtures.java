package dev.verbatim.testing;

import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.GoldReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The web-page fixtures under {@code src/test/resources/html}: for each NAME, a page
 * {@code NAME.html}, the plain text of its article {@code NAME.txt} (written first), and the gold
 * annotation of that text {@code NAME.gold.jsonl}.
 */
public final class HtmlFixtures {
  public static final Path FOLDER = Path.of("src/test/resources/html");

  private HtmlFixtures() {}

  /**
   * @return the fixture names, sorted
   */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - ".html".length())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path page(String name) {
    return FOLDER.resolve(name + ".html");
  }

  public static String html(String name) {
    return read(page(name));
  }

  /** The plain-text version, without the file's final line break. */
  public static String text(String name) {
    String text = read(FOLDER.resolve(name + ".txt"));
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  public static GoldDocument gold(String name) {
    List<GoldDocument> gold = GoldReader.read(FOLDER.resolve(name + ".gold.jsonl"), e -> {
      throw new IllegalStateException(e.toString());
    });
    return gold.get(0);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

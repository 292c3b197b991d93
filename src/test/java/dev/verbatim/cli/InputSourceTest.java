package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.json.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSourceTest {
  @TempDir Path dir;
  private final List<InputError> errors = new ArrayList<>();

  @Test
  void foldersContributeTheirTextAndJsonLinesFilesSorted() throws IOException {
    Files.createDirectories(dir.resolve("z/y"));
    Files.writeString(dir.resolve("z/y/b.txt"), "b");
    Files.writeString(dir.resolve("z/a.jsonl"), "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n");
    Files.writeString(dir.resolve("z/readme.md"), "no");

    List<InputSource> sources = InputSource.collect(List.of(dir.resolve("z").toString(), "-"),
        errors::add);

    assertThat(errors).isEmpty();
    assertThat(sources).extracting(InputSource::name).containsExactly(
        dir.resolve("z/a.jsonl").toString(), dir.resolve("z/y/b.txt").toString(), "<stdin>");
    assertThat(sources).extracting(InputSource::estimateDocuments).containsExactly(2L, 1L, -1L);
  }

  @Test
  void argumentsNamingNothingReadableAreErrors() throws IOException {
    Files.writeString(dir.resolve("data.json"), "{}");

    List<InputSource> sources = InputSource.collect(
        List.of(dir.resolve("gone").toString(), dir.resolve("data.json").toString()), errors::add);

    assertThat(sources).isEmpty();
    assertThat(errors).extracting(InputError::reason)
        .containsExactly("no such file or folder", "not a .txt, .jsonl, .html or .warc file");
  }
}

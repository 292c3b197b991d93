package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileOutputTest {
  @TempDir Path dir;

  @Test
  void commitMovesTheWholeFileIntoPlace() throws IOException {
    Path target = dir.resolve("out.csv");
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      out.writer().write("a,b\n");
      assertThat(target).doesNotExist();
      out.commit();
    }

    assertThat(target).hasContent("a,b");
    assertThat(names()).containsExactly("out.csv");
  }

  @Test
  void closingWithoutCommitLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      out.writer().write("new");
    }

    assertThat(target).hasContent("old");
    assertThat(names()).containsExactly("out.csv");
  }

  @Test
  void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws IOException {
    Path fresh = dir.resolve("fresh.txt");
    Path kept = dir.resolve("kept.txt");
    Files.writeString(kept, "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));

    for (Path target : new Path[] {fresh, kept}) {
      try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
        out.commit();
      }
    }

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
        .isEqualTo("rw-rw----");
  }

  private java.util.List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}

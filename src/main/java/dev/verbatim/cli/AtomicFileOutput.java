package dev.verbatim.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * An output file that appears whole or not at all: writing goes to a temporary file in the same
 * folder, which {@link #commit()} moves into place atomically (replacing an existing file).
 * Closing without committing deletes the temporary file and leaves the target untouched. Not
 * thread-safe.
 */
final class AtomicFileOutput implements Closeable {
  private final Path target;
  private final Path temporary;
  private final BufferedWriter writer;
  private boolean done;

  private AtomicFileOutput(Path target, Path temporary) throws IOException {
    this.target = target;
    this.temporary = temporary;
    this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
  }

  /**
   * Creates the temporary file beside {@code target}.
   *
   * @throws IOException if the folder does not exist or is not writable
   */
  static AtomicFileOutput open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(),
        "." + absolute.getFileName() + ".", ".tmp");
    try {
      matchPermissions(temporary, absolute);
      return new AtomicFileOutput(absolute, temporary);
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /**
   * Gives the temporary file (created owner-only) the permissions of the file it replaces, or
   * {@code rw-r--r--} for a new file, as a plain file creation would under the usual umask.
   */
  private static void matchPermissions(Path temporary, Path target) throws IOException {
    if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temporary, permissions);
  }

  Writer writer() {
    return writer;
  }

  /** Closes the writer and moves the file into place. */
  void commit() throws IOException {
    writer.close();
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  @Override
  public void close() throws IOException {
    if (!done) {
      done = true;
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }
}

package dev.verbatim.cli;

import dev.verbatim.json.DocumentReader;
import dev.verbatim.json.InputDocument;
import dev.verbatim.json.InputError;
import dev.verbatim.json.RecordSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One place documents come from: a file {@link DocumentReader} reads ({@code .txt},
 * {@code .jsonl}, {@code .html}, {@code .htm}, {@code .warc}, {@code .warc.gz}), or standard input
 * read as JSON Lines. {@link #collect} turns the command line's INPUT arguments into sources. Immutable.
 *
 * @param name the name used in ids and errors: the path as given (or found under a folder given),
 *     or {@code <stdin>}
 * @param file the file, or null for standard input
 */
record InputSource(String name, Path file) {
  static final String STDIN = "-";
  static final String STDIN_NAME = "<stdin>";

  /**
   * Resolves the INPUT arguments: {@code -} is standard input, a folder contributes the files
   * {@link DocumentReader} reads at any depth (sorted by path), a file is taken as it is.
   * Arguments that name nothing readable are passed to {@code errors}.
   */
  static List<InputSource> collect(List<String> arguments, Consumer<InputError> errors) {
    List<InputSource> sources = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals(STDIN)) {
        sources.add(new InputSource(STDIN_NAME, null));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        addFolder(argument, path, sources, errors);
      } else if (!Files.exists(path)) {
        errors.accept(new InputError(argument, 0, "no such file or folder"));
      } else if (!DocumentReader.isSupported(path)) {
        errors.accept(new InputError(argument, 0, "not a .txt, .jsonl, .html or .warc file"));
      } else {
        sources.add(new InputSource(argument, path));
      }
    }
    return sources;
  }

  private static void addFolder(
      String argument, Path folder, List<InputSource> sources, Consumer<InputError> errors) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(Files::isRegularFile).filter(DocumentReader::isSupported).sorted()
          .forEach(file -> sources.add(new InputSource(file.toString(), file)));
    } catch (IOException | UncheckedIOException e) {
      errors.accept(new InputError(argument, 0, "cannot list folder: " + e.getMessage()));
    }
  }

  /** Reads the documents of this source; bad lines and unreadable files go to the sink. */
  void read(InputStream stdin, RecordSink<InputDocument> sink) {
    if (file == null) {
      DocumentReader.readJsonLines(stdin, name, "stdin", sink);
    } else {
      DocumentReader.readFile(file, name, sink);
    }
  }

  /**
   * Counts the documents of this source cheaply (non-blank lines of a JSON Lines file), for the
   * progress line's ETA.
   *
   * @return the count, or -1 for standard input, a WARC file or an unreadable file
   */
  long estimateDocuments() {
    if (file == null) {
      return -1;
    }
    if (DocumentReader.isOneDocument(file)) {
      return 1;
    }
    if (DocumentReader.isWarc(file)) {
      return -1;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      return in.lines().filter(line -> !line.isBlank()).count();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }
}

package dev.verbatim.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;

/**
 * Reads JSON Lines: one JSON object a line, blank lines skipped. A line that is not a JSON object,
 * or that its handler rejects with an {@link InvalidRecordException}, becomes an
 * {@link InputError} with its line number, and reading goes on with the next line; so does a line
 * that is not valid UTF-8. An {@link IOException} ends the source with one error.
 *
 * <p>Stateless and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *   JsonLinesReader.read(in, path.toString(), new JsonLinesReader.Handler() {
 *     public void object(int line, ObjectNode node) { ... }
 *     public void error(InputError error) { System.err.println(error); }
 *   });
 * }
 * }</pre>
 */
public final class JsonLinesReader {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonLinesReader() {}

  /** Receives the objects and errors of one source, in line order. */
  public interface Handler {
    /**
     * Receives one object.
     *
     * @param line the 1-based line number
     * @param node the object
     * @throws InvalidRecordException if the object is not a valid record; the reader reports it
     *     as an error at this line and goes on
     */
    void object(int line, ObjectNode node);

    /**
     * Receives one error.
     *
     * @param error the error, with source and line
     */
    void error(InputError error);
  }

  /**
   * Reads every line of {@code in} as UTF-8. Does not close it. Lines end at {@code \n}; a
   * {@code \r} before it is dropped. A line that is not valid UTF-8 is an error of its own.
   *
   * @param in the JSON Lines bytes
   * @param source the name used in errors (a file name or {@code <stdin>})
   * @param handler receives objects and errors
   */
  public static void read(InputStream in, String source, Handler handler) {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    checkNotNull(handler, "handler");
    Utf8Lines lines = new Utf8Lines(in);
    int lineNumber = 0;
    try {
      for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
        lineNumber++;
        String line;
        try {
          line = Utf8Lines.decode(bytes);
        } catch (CharacterCodingException e) {
          handler.error(new InputError(source, lineNumber, "not valid UTF-8"));
          continue;
        }
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          readLine(line, lineNumber, source, handler);
        }
      }
    } catch (IOException e) {
      handler.error(new InputError(source, lineNumber + 1, "cannot read: " + describe(e)));
    }
  }

  private static void readLine(String line, int lineNumber, String source, Handler handler) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      handler.error(new InputError(source, lineNumber,
          "invalid JSON" + where + ": " + e.getOriginalMessage()));
      return;
    }
    if (!(node instanceof ObjectNode)) {
      String found = node.getNodeType().name().toLowerCase(Locale.ROOT);
      handler.error(
          new InputError(source, lineNumber, "expected a JSON object but found " + found));
      return;
    }
    try {
      handler.object(lineNumber, (ObjectNode) node);
    } catch (InvalidRecordException e) {
      handler.error(new InputError(source, lineNumber, e.getMessage()));
    }
  }

  static String describe(IOException e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }
}

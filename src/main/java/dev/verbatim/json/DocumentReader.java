package dev.verbatim.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the documents to extract from: a {@code .txt} file is one document whose id is the file
 * name without its extension; a {@code .jsonl} file holds one {@code {"id", "text"}} object a line
 * (other fields are ignored; a line without an id gets {@code NAME-LINE}, NAME being the file name
 * without extension). Files are read as UTF-8; a leading byte-order mark is dropped.
 *
 * <p>Malformed lines, lines without a string {@code "text"}, and unreadable files are passed to
 * the sink as {@link InputError}s; they never stop the other documents. A {@code .txt} file that is
 * not valid UTF-8 is an error at the line of its first bad byte.
 *
 * <p>Stateless and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * DocumentReader.readFile(Path.of("articles.jsonl"), "articles.jsonl", new RecordSink<>() {
 *   public void accept(InputDocument doc) { process(doc.id(), doc.text()); }
 *   public void error(InputError error) { System.err.println(error); }
 * });
 * }</pre>
 */
public final class DocumentReader {
  private static final ObjectMapper OBJECT_READER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private DocumentReader() {}

  /**
   * Returns whether {@link #readFile} can read {@code file}, judging by its extension.
   *
   * @param file a path
   * @return true for {@code .txt} and {@code .jsonl} files (any case)
   */
  public static boolean isSupported(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".jsonl");
  }

  /**
   * Reads one {@code .txt} or {@code .jsonl} file.
   *
   * @param file the file
   * @param source the name used in ids and errors, usually the path as the user gave it
   * @param sink receives documents and errors
   * @throws IllegalArgumentException if the file's extension is not supported
   */
  public static void readFile(Path file, String source, RecordSink<InputDocument> sink) {
    checkArgument(isSupported(file), "not a .txt or .jsonl file: %s", file);
    checkNotNull(sink, "sink");
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
      readText(file, source, sink);
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      readJsonLines(in, source, stem(file), sink);
    } catch (IOException e) {
      sink.error(new InputError(source, 0, "cannot read: " + JsonLinesReader.describe(e)));
    }
  }

  private static void readText(Path file, String source, RecordSink<InputDocument> sink) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.error(new InputError(source, 0, "cannot read: " + JsonLinesReader.describe(e)));
      return;
    }
    String text;
    try {
      text = Utf8Lines.decode(bytes);
    } catch (CharacterCodingException e) {
      int line = lineOfFirstMalformedByte(bytes);
      sink.error(new InputError(source, line, "not valid UTF-8"));
      return;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    sink.accept(new InputDocument(stem(file), text, source, 0));
  }

  /**
   * Reads {@code {"id", "text"}} JSON Lines. Does not close {@code in}.
   *
   * @param in the JSON Lines bytes, UTF-8
   * @param source the name used in errors, such as a file name or {@code <stdin>}
   * @param idPrefix the prefix of the ids given to lines that have none
   * @param sink receives documents and errors
   */
  public static void readJsonLines(
      InputStream in, String source, String idPrefix, RecordSink<InputDocument> sink) {
    checkNotNull(idPrefix, "idPrefix");
    checkNotNull(sink, "sink");
    JsonLinesReader.read(in, source, new JsonLinesReader.Handler() {
      @Override
      public void object(int line, ObjectNode node) {
        sink.accept(new InputDocument(id(node, idPrefix, line), text(node), source, line));
      }

      @Override
      public void error(InputError error) {
        sink.error(error);
      }
    });
  }

  /**
   * Reads one {@code {"id", "text"}} JSON object that may span several lines, such as a request
   * body: the same fields and checks as a line of {@link #readJsonLines}.
   *
   * @param json the JSON text: one object, nothing after it
   * @param source the name used in the document, such as {@code <request>}
   * @param defaultId the id of an object that has none
   * @return the document, with line 0
   * @throws InvalidRecordException if {@code json} is not one JSON object with a string
   *     {@code "text"}; the message says what is wrong and, for malformed JSON, where
   */
  public static InputDocument readJsonObject(String json, String source, String defaultId) {
    checkNotNull(json, "json");
    checkNotNull(source, "source");
    checkNotNull(defaultId, "defaultId");
    JsonNode node;
    try {
      node = OBJECT_READER.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidRecordException("invalid JSON" + where + ": " + e.getOriginalMessage(), e);
    }
    if (!(node instanceof ObjectNode object)) {
      String found = node == null || node.isMissingNode() ? "nothing"
          : node.getNodeType().name().toLowerCase(Locale.ROOT);
      throw new InvalidRecordException("expected a JSON object but found " + found);
    }
    return new InputDocument(id(object, defaultId), text(object), source, 0);
  }

  private static String id(ObjectNode node, String idPrefix, int line) {
    return id(node, idPrefix + "-" + line);
  }

  /** The object's {@code "id"} as text, or {@code missing} when it has none. */
  private static String id(ObjectNode node, String missing) {
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      return missing;
    }
    if (!id.isValueNode()) {
      throw new InvalidRecordException("\"id\" is not a string or number");
    }
    return id.asText();
  }

  private static String text(ObjectNode node) {
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new InvalidRecordException("no \"text\" field");
    }
    if (!text.isTextual()) {
      throw new InvalidRecordException("\"text\" is not a string");
    }
    return text.textValue();
  }

  /** Returns the 1-based line of the first byte that does not decode as UTF-8. */
  private static int lineOfFirstMalformedByte(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
    int line = 1;
    for (int i = 0; i < in.position(); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}

package dev.verbatim.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.html.ExtractedPage;
import dev.verbatim.html.HtmlExtractor;
import dev.verbatim.warc.WarcPages;
import dev.verbatim.warc.WarcTally;
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
 * Reads the documents to extract from:
 *
 * <ul>
 *   <li>a {@code .txt} file is one document whose id is the file name without its extension;
 *   <li>a {@code .jsonl} file holds one object a line: {@code {"id", "text"}}, or
 *       {@code {"id", "html"}} for a web page, with an optional {@code "url"} against which the
 *       page's links resolve (other fields are ignored; a line without an id gets
 *       {@code NAME-LINE}, NAME being the file name without extension);
 *   <li>an {@code .html} or {@code .htm} file is one web page whose id is the file name without
 *       its extension;
 *   <li>a {@code .warc} or {@code .warc.gz} file holds web pages, one document per HTML
 *       {@code response} record with status 200, whose id is its {@code WARC-Target-URI}
 *       ({@link WarcPages}); the other records are counted in a note to the sink.
 * </ul>
 *
 * <p>A web page's text is the article {@link HtmlExtractor} extracts from it, and the document
 * carries that {@link ExtractedPage}. Text files are read as UTF-8, a leading byte-order mark
 * dropped; HTML files by their byte-order mark or {@code <meta charset>}, else as UTF-8.
 *
 * <p>Malformed lines, lines without a string {@code "text"} or {@code "html"}, unreadable files
 * and corrupt WARC records are passed to the sink as {@link InputError}s; they never stop the
 * other documents. A {@code .txt} file that is not valid UTF-8 is an error at the line of its
 * first bad byte.
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
   * @return true for {@code .txt}, {@code .jsonl}, {@code .html}, {@code .htm}, {@code .warc} and
   *     {@code .warc.gz} files (any case)
   */
  public static boolean isSupported(Path file) {
    return kind(file) != null;
  }

  /** The kinds of file read, by extension. */
  private enum Kind { TEXT, JSON_LINES, HTML, WARC }

  private static Kind kind(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return Kind.TEXT;
    } else if (lower.endsWith(".jsonl")) {
      return Kind.JSON_LINES;
    } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return Kind.HTML;
    } else if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return Kind.WARC;
    }
    return null;
  }

  /**
   * Returns whether {@code file} holds one document, judging by its extension.
   *
   * @param file a path
   * @return true for {@code .txt}, {@code .html} and {@code .htm} files (any case)
   */
  public static boolean isOneDocument(Path file) {
    Kind kind = kind(file);
    return kind == Kind.TEXT || kind == Kind.HTML;
  }

  /**
   * Returns whether {@code file} is a WARC file, judging by its extension.
   *
   * @param file a path
   * @return true for {@code .warc} and {@code .warc.gz} files (any case)
   */
  public static boolean isWarc(Path file) {
    return kind(file) == Kind.WARC;
  }

  /**
   * Reads one file of a supported kind ({@link #isSupported}).
   *
   * @param file the file
   * @param source the name used in ids and errors, usually the path as the user gave it
   * @param sink receives documents and errors
   * @throws IllegalArgumentException if the file's extension is not supported
   */
  public static void readFile(Path file, String source, RecordSink<InputDocument> sink) {
    Kind kind = kind(file);
    checkArgument(kind != null, "not a .txt, .jsonl, .html or .warc file: %s", file);
    checkNotNull(sink, "sink");
    switch (kind) {
      case TEXT -> readText(file, source, sink);
      case HTML -> readHtml(file, source, sink);
      case WARC -> readWarc(file, source, sink);
      case JSON_LINES -> {
        try (InputStream in = Files.newInputStream(file)) {
          readJsonLines(in, source, stem(file), sink);
        } catch (IOException e) {
          sink.error(new InputError(source, 0, "cannot read: " + JsonLinesReader.describe(e)));
        }
      }
      default -> throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  private static void readHtml(Path file, String source, RecordSink<InputDocument> sink) {
    ExtractedPage page;
    try (InputStream in = Files.newInputStream(file)) {
      page = HtmlExtractor.extract(in, null, "");
    } catch (IOException e) {
      sink.error(new InputError(source, 0, "cannot read: " + JsonLinesReader.describe(e)));
      return;
    }
    sink.accept(InputDocument.ofPage(stem(file), page, source, 0));
  }

  private static void readWarc(Path file, String source, RecordSink<InputDocument> sink) {
    WarcTally tally;
    try {
      tally = WarcPages.read(file,
          page -> sink.accept(InputDocument.ofPage(page.uri(), page.extract(), source, 0)),
          problem -> sink.error(new InputError(source, 0, problem.toString())));
    } catch (IOException e) {
      sink.error(new InputError(source, 0, "cannot read: " + JsonLinesReader.describe(e)));
      return;
    }
    sink.note(source, tally.toString());
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
   * Reads {@code {"id", "text"}} and {@code {"id", "html"}} JSON Lines. Does not close {@code in}.
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
        sink.accept(readJsonLine(node, source, idPrefix, line));
      }

      @Override
      public void error(InputError error) {
        sink.error(error);
      }
    });
  }

  /**
   * Reads one line of {@link #readJsonLines}, already parsed: a {@code {"id", "text"}} or
   * {@code {"id", "html"}} object.
   *
   * @param node the line's object
   * @param source the name used in errors, such as a file name or {@code <stdin>}
   * @param idPrefix the prefix of the id given to a line that has none
   * @param line the 1-based line number
   * @return the document
   * @throws InvalidRecordException if the object has no usable {@code "text"} or {@code "html"},
   *     or a bad {@code "id"}
   * @since 0.2.0
   */
  public static InputDocument readJsonLine(ObjectNode node, String source, String idPrefix,
      int line) {
    checkNotNull(node, "node");
    String id = id(node, idPrefix, line);
    JsonNode html = node.get("html");
    JsonNode text = node.get("text");
    if ((text == null || text.isNull()) && html != null && !html.isNull()) {
      return InputDocument.ofPage(id, page(node, html), source, line);
    }
    return new InputDocument(id, text(node), source, line);
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
    if (object.get("text") == null || object.get("text").isNull()) {
      throw new InvalidRecordException("no \"text\" field");   // a request body has no "html" alternative
    }
    return new InputDocument(id(object, defaultId), text(object), source, 0);
  }

  private static ExtractedPage page(ObjectNode node, JsonNode html) {
    if (!html.isTextual()) {
      throw new InvalidRecordException("\"html\" is not a string");
    }
    JsonNode url = node.get("url");
    String base = url != null && url.isTextual() ? url.textValue() : "";
    return HtmlExtractor.extract(html.textValue(), base);
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
      throw new InvalidRecordException("no \"text\" or \"html\" field");
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

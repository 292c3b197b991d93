package dev.verbatim.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.html.ExtractedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;

/**
 * Writes one document's {@link ExtractionResult} as one JSON object on one line, and reads it back.
 *
 * <p>The line has the shape
 *
 * <pre>{@code
 * {"id": "...", "schemaVersion": 1,
 *  "citations": [{"type": "direct"|"indirect"|"mixed", "quote": {"text", "start", "end"},
 *                 "speaker": null | {"id", "name", "kind", "gender",
 *                                    "mention": null | {"text", "start", "end", "kind"}},
 *                 "cue": null | {"text", "lemma", "start", "end"},
 *                 "confidence", "rule", "detection": null | "...",
 *                 "sourceNote": null | "..."}],
 *  "speakers": [{"id", "name", "kind", "gender", "mentions": [...], "variants", "roles",
 *                "affiliations"}],
 *  "diagnostics": [{"kind", "start", "end", "message"}]}
 * }</pre>
 *
 * which the project's scorer ({@code score.py}) reads as-is. Enum values are lower case. A
 * speaker's {@code "gender"} is {@code "female"}, {@code "male"} or {@code "unknown"} for a person
 * and null for other kinds; a person read without one has an unknown gender. Offsets
 * are UTF-16 indices, end-exclusive. Writing then reading gives an equal result. A citation's
 * speaker is written with its id, and read back as the listed speaker with that id. A citation
 * whose mention is set but whose speaker is not loses the mention (the format nests it in the
 * speaker).
 *
 * <p>Immutable and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * JsonCodec codec = new JsonCodec();
 * String line = codec.write("article-17", extractor.extract(text));
 * ExtractionResult again = codec.read(line);
 * }</pre>
 */
public final class JsonCodec {
  private final ObjectMapper mapper = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Creates a codec. */
  public JsonCodec() {}

  /**
   * Returns the result as one line of JSON, without a line break.
   *
   * @param id the document id
   * @param result what was extracted from the document
   * @return the JSON object, on one line
   */
  public String write(String id, ExtractionResult result) {
    checkNotNull(id, "id");
    checkNotNull(result, "result");
    try {
      return mapper.writeValueAsString(ResultMapping.toJson(id, result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the result of " + id, e);
    }
  }

  /**
   * Returns the result of a web page as one line of JSON, without a line break: the object of
   * {@link #write(String, ExtractionResult)} with, after {@code "schemaVersion"}, the page's
   * {@code "url"}, {@code "title"}, {@code "byline"} and {@code "published"} (null when the page
   * has none) and the extracted {@code "text"}, which the result's offsets index.
   *
   * @param id the document id
   * @param page the article extracted from the page, or null for plain text (then the line is that
   *     of {@link #write(String, ExtractionResult)})
   * @param result what was extracted from the page's text
   * @return the JSON object, on one line
   * @since 0.2.0
   */
  public String write(String id, ExtractedPage page, ExtractionResult result) {
    checkNotNull(id, "id");
    checkNotNull(result, "result");
    if (page == null) {
      return write(id, result);
    }
    ObjectNode plain = mapper.valueToTree(ResultMapping.toJson(id, result));
    ObjectNode out = mapper.createObjectNode();
    out.set("id", plain.get("id"));
    out.set("schemaVersion", plain.get("schemaVersion"));
    out.put("url", page.url().orElse(null));
    out.put("title", page.title().orElse(null));
    out.put("byline", page.byline().orElse(null));
    out.put("published", page.published().orElse(null));
    out.put("text", page.text());
    for (var field : plain.properties()) {
      if (!out.has(field.getKey())) {
        out.set(field.getKey(), field.getValue());
      }
    }
    try {
      return mapper.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the result of " + id, e);
    }
  }

  /**
   * Writes the result of a web page as one line of JSON followed by {@code \n}; see
   * {@link #write(String, ExtractedPage, ExtractionResult)}.
   *
   * @param id the document id
   * @param page the article extracted from the page, or null for plain text
   * @param result what was extracted from the page's text
   * @param out where to write; not closed or flushed
   * @throws IOException if writing fails
   * @since 0.2.0
   */
  public void write(String id, ExtractedPage page, ExtractionResult result, Writer out)
      throws IOException {
    checkNotNull(out, "out");
    out.write(write(id, page, result));
    out.write('\n');
  }

  /**
   * Returns one citation as a JSON object on one line, in the shape it has inside the
   * {@code "citations"} array of {@link #write(String, ExtractionResult)}. Used where one record is
   * shown on its own, as in the HTML report.
   *
   * @param citation the citation
   * @return the JSON object, on one line
   */
  public String writeCitation(Citation citation) {
    checkNotNull(citation, "citation");
    try {
      return mapper.writeValueAsString(ResultMapping.toJson(citation));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the citation " + citation, e);
    }
  }

  /**
   * Writes the result as one line of JSON followed by {@code \n}.
   *
   * @param id the document id
   * @param result what was extracted from the document
   * @param out where to write; not closed or flushed
   * @throws IOException if writing fails
   */
  public void write(String id, ExtractionResult result, Writer out) throws IOException {
    checkNotNull(out, "out");
    out.write(write(id, result));
    out.write('\n');
  }

  /**
   * Reads the result from one line written by {@link #write(String, ExtractionResult)}.
   *
   * @param line one JSON object
   * @return the result
   * @throws InvalidRecordException if the line is not valid JSON or not a valid result
   */
  public ExtractionResult read(String line) {
    return readDocument(line).result();
  }

  /**
   * Reads the document id and result from one line.
   *
   * @param line one JSON object
   * @return the id and result
   * @throws InvalidRecordException if the line is not valid JSON or not a valid result
   */
  public DocumentResult readDocument(String line) {
    checkNotNull(line, "line");
    try {
      return ResultMapping.fromJson(mapper.readValue(line, ResultJson.class));
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException("invalid result JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads the document id and result from a parsed JSON object.
   *
   * @param node one JSON object
   * @return the id and result
   * @throws InvalidRecordException if the object is not a valid result
   */
  public DocumentResult readDocument(ObjectNode node) {
    checkNotNull(node, "node");
    try {
      return ResultMapping.fromJson(mapper.treeToValue(node, ResultJson.class));
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException("invalid result JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads every line of a JSON Lines file of results; bad lines go to the sink as errors.
   *
   * @param in the JSON Lines bytes, UTF-8; not closed
   * @param source the name used in errors
   * @param sink receives the results and errors
   */
  public void readLines(InputStream in, String source, RecordSink<DocumentResult> sink) {
    checkNotNull(sink, "sink");
    JsonLinesReader.read(in, source, new JsonLinesReader.Handler() {
      @Override
      public void object(int line, ObjectNode node) {
        sink.accept(readDocument(node));
      }

      @Override
      public void error(InputError error) {
        sink.error(error);
      }
    });
  }
}

package dev.verbatim.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.json.InputError;
import dev.verbatim.json.InvalidRecordException;
import dev.verbatim.json.JsonLinesReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads gold annotations: JSON Lines, one article a line,
 * {@code {"id", "text", "quotes": [{"start", "end", "text", "type", "speaker", "speaker_start"?,
 * "speaker_end"?, "optional"?}]}}. Other fields are ignored.
 *
 * <p>As in {@code score.py}, a later line with the same id replaces the earlier one but keeps its
 * place, and {@code optional} counts when it is truthy in Python's sense ({@code true}, a non-zero
 * number, a non-empty string). A line that cannot be read is reported and skipped; the others are
 * kept.
 *
 * <p>Stateless and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * List<GoldDocument> gold = GoldReader.read(Path.of("gold.jsonl"), System.err::println);
 * }</pre>
 */
public final class GoldReader {
  private GoldReader() {}

  /**
   * Reads a gold file.
   *
   * @param file the JSON Lines file, UTF-8
   * @param errors receives one error per line that cannot be read
   * @return the documents, one per distinct id, in order of first appearance
   */
  public static List<GoldDocument> read(Path file, Consumer<InputError> errors) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), errors);
    } catch (IOException e) {
      errors.accept(new InputError(file.toString(), 0,
          "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
      return List.of();
    }
  }

  /**
   * Reads gold JSON Lines.
   *
   * @param in the JSON Lines bytes, UTF-8; not closed
   * @param source the name used in errors
   * @param errors receives one error per line that cannot be read
   * @return the documents, one per distinct id, in order of first appearance
   */
  public static List<GoldDocument> read(
      InputStream in, String source, Consumer<InputError> errors) {
    checkNotNull(errors, "errors");
    Map<String, GoldDocument> documents = new LinkedHashMap<>();
    JsonLinesReader.read(in, source, new JsonLinesReader.Handler() {
      @Override
      public void object(int line, ObjectNode node) {
        GoldDocument document = document(node);
        documents.put(document.id(), document);
      }

      @Override
      public void error(InputError error) {
        errors.accept(error);
      }
    });
    return List.copyOf(documents.values());
  }

  private static GoldDocument document(ObjectNode node) {
    JsonNode id = node.get("id");
    if (id == null || id.isNull() || !id.isValueNode()) {
      throw new InvalidRecordException("no \"id\" string or number");
    }
    JsonNode quotes = node.get("quotes");
    if (quotes == null || !quotes.isArray()) {
      throw new InvalidRecordException("no \"quotes\" array");
    }
    List<GoldQuote> out = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      out.add(quote(quotes.get(i), "quotes[" + i + "]"));
    }
    return new GoldDocument(id.asText(), optionalString(node, "text", "text", ""), out);
  }

  private static GoldQuote quote(JsonNode q, String path) {
    if (!q.isObject()) {
      throw new InvalidRecordException(path + " is not an object");
    }
    Span span = span(q, "start", "end", path);
    String type = optionalString(q, "type", path + ".type", null);
    if (type == null) {
      throw new InvalidRecordException(path + ".type is missing");
    }
    QuoteType quoteType;
    try {
      quoteType = QuoteType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException(path + ".type has an unknown value \"" + type + "\"");
    }
    Span speakerSpan = q.hasNonNull("speaker_start") && q.hasNonNull("speaker_end")
        ? span(q, "speaker_start", "speaker_end", path) : null;
    return new GoldQuote(span, optionalString(q, "text", path + ".text", ""), quoteType,
        optionalString(q, "speaker", path + ".speaker", null), speakerSpan,
        truthy(q.get("optional")));
  }

  private static Span span(JsonNode q, String startField, String endField, String path) {
    int start = integer(q, startField, path);
    int end = integer(q, endField, path);
    if (start < 0 || end < start) {
      throw new InvalidRecordException(
          path + " has a bad span: " + startField + " " + start + ", " + endField + " " + end);
    }
    return Span.of(start, end);
  }

  private static int integer(JsonNode q, String field, String path) {
    JsonNode value = q.get(field);
    if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
      throw new InvalidRecordException(path + "." + field + " is missing or not an integer");
    }
    return value.asInt();
  }

  private static String optionalString(JsonNode node, String field, String path, String absent) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (!value.isTextual()) {
      throw new InvalidRecordException(path + " is not a string");
    }
    return value.textValue();
  }

  /** Python's truth value of a JSON value. */
  static boolean truthy(JsonNode value) {
    if (value == null || value.isNull()) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.doubleValue() != 0;
    }
    if (value.isTextual()) {
      return !value.textValue().isEmpty();
    }
    return value.size() > 0;
  }
}

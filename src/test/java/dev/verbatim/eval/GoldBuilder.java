package dev.verbatim.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.Citation;
import dev.verbatim.DetectionRule;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Mention;
import dev.verbatim.MentionKind;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import dev.verbatim.json.JsonCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds gold documents and predictions side by side for scorer tests, and writes them as the
 * JSON Lines files {@code score.py} reads.
 */
final class GoldBuilder {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<ObjectNode> goldLines = new ArrayList<>();
  private final Map<String, List<Citation>> predictions = new LinkedHashMap<>();
  private ObjectNode gold;
  private String documentId;
  private String text;

  /** Starts a gold document (and its predictions) over {@code text}. */
  GoldBuilder document(String id, String text) {
    this.documentId = id;
    this.text = text;
    gold = MAPPER.createObjectNode().put("id", id).put("text", text);
    gold.putArray("quotes");
    goldLines.add(gold);
    predictions.put(id, new ArrayList<>());
    return this;
  }

  /** Starts a document that has predictions but no gold. */
  GoldBuilder predictedOnly(String id, String text) {
    this.documentId = id;
    this.text = text;
    this.gold = null;
    predictions.put(id, new ArrayList<>());
    return this;
  }

  /** Starts a gold document that has no prediction line at all. */
  GoldBuilder goldOnly(String id, String text) {
    document(id, text);
    predictions.remove(id);
    return this;
  }

  GoldBuilder gold(int start, int end, String type, String speaker) {
    return gold(start, end, type, speaker, false, null);
  }

  /** Adds a gold statement; {@code speakerSpan} may be null. */
  GoldBuilder gold(int start, int end, String type, String speaker, boolean optional,
      Span speakerSpan) {
    ObjectNode q = ((ArrayNode) gold.get("quotes")).addObject()
        .put("start", start).put("end", end).put("text", text.substring(start, end))
        .put("type", type).put("speaker", speaker);
    if (optional) {
      q.put("optional", true);
    }
    if (speakerSpan != null) {
      q.put("speaker_start", speakerSpan.start()).put("speaker_end", speakerSpan.end());
    }
    return this;
  }

  GoldBuilder predict(int start, int end, QuoteType type, String speaker) {
    return predict(start, end, type, speaker, null, "rule-a");
  }

  /** Adds a prediction; {@code speaker} and {@code mention} may be null. */
  GoldBuilder predict(int start, int end, QuoteType type, String speaker, Span mention,
      String rule) {
    return predict(start, end, type, speaker, mention, rule, null);
  }

  /** Adds a prediction; {@code speaker}, {@code mention} and {@code detection} may be null. */
  GoldBuilder predict(int start, int end, QuoteType type, String speaker, Span mention,
      String rule, DetectionRule detection) {
    Speaker s = speaker == null ? null
        : new Speaker("s" + start, speaker, SpeakerKind.PERSON, List.of(), List.of(), List.of(),
            List.of());
    Mention m = mention == null ? null
        : new Mention(text.substring(mention.start(), mention.end()), mention, MentionKind.NAME);
    predictions.get(documentId).add(Citation.builder()
        .statement(text.substring(start, end), Span.of(start, end))
        .type(type).speaker(s, m).rule(rule).detection(detection).build());
    return this;
  }

  List<GoldDocument> goldDocuments() {
    StringBuilder jsonl = new StringBuilder();
    goldLines.forEach(line -> jsonl.append(line).append('\n'));
    return GoldReader.read(
        new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)), "gold",
        e -> {
          throw new AssertionError(e.toString());
        });
  }

  Map<String, ExtractionResult> predictions() {
    Map<String, ExtractionResult> out = new LinkedHashMap<>();
    predictions.forEach((id, citations) ->
        out.put(id, new ExtractionResult(citations, List.of(), List.of())));
    return out;
  }

  Evaluation score(boolean onlyIds) {
    return Scorer.score(goldDocuments(), predictions(), onlyIds);
  }

  /** Writes {@code gold.jsonl} and {@code pred.jsonl} (through {@link JsonCodec}) into dir. */
  void write(Path goldFile, Path predictionFile) throws IOException {
    StringBuilder g = new StringBuilder();
    goldLines.forEach(line -> g.append(line).append('\n'));
    Files.writeString(goldFile, g, StandardCharsets.UTF_8);
    JsonCodec codec = new JsonCodec();
    StringBuilder p = new StringBuilder();
    predictions().forEach((id, result) -> p.append(codec.write(id, result)).append('\n'));
    Files.writeString(predictionFile, p, StandardCharsets.UTF_8);
  }
}

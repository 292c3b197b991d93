package dev.verbatim.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The JSON shape of one document's result (schema version 1). Jackson binds these records; the
 * public value types of {@code dev.verbatim} stay free of Jackson annotations. Boxed numbers let
 * the reader tell a missing field from zero.
 */
@JsonPropertyOrder({"id", "schemaVersion", "citations", "speakers", "diagnostics"})
record ResultJson(
    String id,
    Integer schemaVersion,
    List<CitationJson> citations,
    List<SpeakerJson> speakers,
    List<DiagnosticJson> diagnostics) {

  @JsonPropertyOrder({"type", "quote", "speaker", "cue", "confidence", "rule", "detection", "sourceNote"})
  record CitationJson(
      String type,
      QuoteJson quote,
      CitationSpeakerJson speaker,
      CueJson cue,
      Double confidence,
      String rule,
      String detection,
      String sourceNote) {}

  @JsonPropertyOrder({"text", "start", "end"})
  record QuoteJson(String text, Integer start, Integer end) {}

  @JsonPropertyOrder({"id", "name", "kind", "gender", "mention"})
  record CitationSpeakerJson(String id, String name, String kind, String gender, MentionJson mention) {}

  @JsonPropertyOrder({"text", "start", "end", "kind"})
  record MentionJson(String text, Integer start, Integer end, String kind) {}

  @JsonPropertyOrder({"text", "lemma", "start", "end"})
  record CueJson(String text, String lemma, Integer start, Integer end) {}

  @JsonPropertyOrder({"id", "name", "kind", "gender", "mentions", "variants", "roles", "affiliations"})
  record SpeakerJson(
      String id,
      String name,
      String kind,
      String gender,
      List<MentionJson> mentions,
      List<String> variants,
      List<String> roles,
      List<String> affiliations) {}

  @JsonPropertyOrder({"kind", "start", "end", "message"})
  record DiagnosticJson(String kind, Integer start, Integer end, String message) {}
}

package dev.verbatim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Citation;
import dev.verbatim.DetectionRule;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Gender;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.testing.SampleResults;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  private final JsonCodec codec = new JsonCodec();
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void writeThenReadGivesAnEqualResult() {
    ExtractionResult result = SampleResults.full();

    String line = codec.write("doc-1", result);

    assertThat(line).doesNotContain("\n");
    DocumentResult back = codec.readDocument(line);
    assertThat(back.id()).isEqualTo("doc-1");
    assertThat(back.result()).isEqualTo(result);
    assertThat(back.result().citations()).containsExactlyElementsOf(result.citations());
  }

  @Test
  void writeThenReadKeepsTheEmptyResult() {
    assertThat(codec.read(codec.write("empty", ExtractionResult.empty())))
        .isEqualTo(ExtractionResult.empty());
  }

  @Test
  void writesTheDocumentedShape() throws Exception {
    JsonNode json = mapper.readTree(codec.write("doc-1", SampleResults.full()));

    assertThat(json.get("id").asText()).isEqualTo("doc-1");
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    JsonNode first = json.get("citations").get(0);
    assertThat(fieldNames(first))
        .containsExactly("type", "quote", "speaker", "cue", "confidence", "rule", "detection",
            "sourceNote");
    assertThat(first.get("type").asText()).isEqualTo("direct");
    assertThat(first.get("quote").get("text").asText()).isEqualTo("We played well,");
    assertThat(first.get("quote").get("start").asInt()).isEqualTo(1);
    assertThat(first.get("speaker").get("name").asText()).isEqualTo("Maria López");
    assertThat(first.get("speaker").get("kind").asText()).isEqualTo("person");
    assertThat(first.get("speaker").get("gender").asText()).isEqualTo("female");
    assertThat(json.get("citations").get(3).get("speaker").get("gender").isNull()).isTrue();
    assertThat(first.get("speaker").get("mention").get("kind").asText()).isEqualTo("name");
    assertThat(first.get("cue").get("lemma").asText()).isEqualTo("say");
    assertThat(first.get("sourceNote").isNull()).isTrue();
    assertThat(first.get("detection").asText()).isEqualTo("quoted-complement");
    assertThat(json.get("citations").get(3).get("detection").asText()).isEqualTo("according-to");
    JsonNode unattributed = json.get("citations").get(5);
    assertThat(unattributed.get("detection").isNull()).isTrue();
    assertThat(unattributed.get("speaker").isNull()).isTrue();
    assertThat(unattributed.get("cue").isNull()).isTrue();
    assertThat(fieldNames(json.get("speakers").get(0))).containsExactly(
        "id", "name", "kind", "gender", "mentions", "variants", "roles", "affiliations");
    assertThat(json.get("speakers").get(0).get("gender").asText()).isEqualTo("female");
    assertThat(json.get("speakers").get(1).get("gender").isNull()).isTrue();
    assertThat(json.get("diagnostics").get(0).get("kind").asText()).isEqualTo("unclosed_quote");
  }

  @Test
  void aPersonWithoutAGenderIsReadAsUnknownAndAnOrganisationAsNone() {
    String line = "{\"id\":\"x\",\"speakers\":[{\"id\":\"s1\",\"name\":\"Ann Lee\",\"kind\":\"person\"},"
        + "{\"id\":\"s2\",\"name\":\"Acme\",\"kind\":\"organization\",\"gender\":null},"
        + "{\"id\":\"s3\",\"name\":\"Bo Ray\",\"kind\":\"person\",\"gender\":\"MALE\"}]}";

    List<Speaker> speakers = codec.read(line).speakers();

    assertThat(speakers).extracting(Speaker::gender).containsExactly(
        Optional.of(Gender.UNKNOWN), Optional.empty(), Optional.of(Gender.MALE));
  }

  @Test
  void aGenderOnAnOrganisationOrAnUnknownGenderIsRefusedByField() {
    String org = "{\"id\":\"x\",\"speakers\":[{\"id\":\"s1\",\"name\":\"Acme\","
        + "\"kind\":\"organization\",\"gender\":\"female\"}]}";
    String odd = "{\"id\":\"x\",\"speakers\":[{\"id\":\"s1\",\"name\":\"Ann\","
        + "\"kind\":\"person\",\"gender\":\"other\"}]}";

    assertThatThrownBy(() -> codec.read(org)).isInstanceOf(InvalidRecordException.class)
        .hasMessage("speakers[0].gender must be null for a speaker of kind organization but was \"female\"");
    assertThatThrownBy(() -> codec.read(odd)).isInstanceOf(InvalidRecordException.class)
        .hasMessage("speakers[0].gender has an unknown value \"other\"");
  }

  @Test
  void readsEnumValuesInAnyCaseAndIgnoresUnknownFields() {
    String line = "{\"id\":\"x\",\"extra\":1,\"citations\":[{\"type\":\"MIXED\","
        + "\"quote\":{\"text\":\"abc\",\"start\":2,\"end\":5},\"speaker\":null,\"other\":true}]}";

    ExtractionResult result = codec.read(line);

    Citation c = result.citations().get(0);
    assertThat(c.type()).isEqualTo(QuoteType.MIXED);
    assertThat(c.span()).isEqualTo(Span.of(2, 5));
    assertThat(c.speaker()).isEmpty();
    assertThat(c.rule()).isEqualTo("none");
    assertThat(c.detection()).isEmpty();
  }

  @Test
  void readsTheDetectionRuleById() {
    String line = "{\"id\":\"x\",\"citations\":[{\"type\":\"indirect\","
        + "\"quote\":{\"text\":\"abc\",\"start\":2,\"end\":5},\"detection\":\"Inverted-Cue\"}]}";

    assertThat(codec.read(line).citations().get(0).detection()).contains(DetectionRule.INVERTED_CUE);
  }

  @Test
  void citationSpeakerWithoutAListedIdIsBuiltInPlace() {
    String line = "{\"id\":\"x\",\"citations\":[{\"type\":\"direct\","
        + "\"quote\":{\"text\":\"abc\",\"start\":2,\"end\":5},"
        + "\"speaker\":{\"name\":\"Ann Lee\",\"kind\":\"person\",\"mention\":null}}]}";

    Citation c = codec.read(line).citations().get(0);

    assertThat(c.speaker()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Ann Lee"));
    assertThat(c.mention()).isEmpty();
  }

  @Test
  void rejectsRecordsWithMessagesNamingTheField() {
    assertThatThrownBy(() -> codec.read("{\"citations\":[]}"))
        .isInstanceOf(InvalidRecordException.class).hasMessage("id is missing");
    assertThatThrownBy(() -> codec.read("{\"id\":\"x\",\"citations\":[{\"type\":\"direct\","
        + "\"quote\":{\"text\":\"abc\",\"start\":2}}]}"))
        .hasMessage("citations[0].quote.end is missing");
    assertThatThrownBy(() -> codec.read("{\"id\":\"x\",\"citations\":[{\"type\":\"quoted\","
        + "\"quote\":{\"text\":\"abc\",\"start\":2,\"end\":5}}]}"))
        .hasMessage("citations[0].type has an unknown value \"quoted\"");
    assertThatThrownBy(() -> codec.read("{\"id\":\"x\",\"citations\":[{\"type\":\"direct\","
        + "\"quote\":{\"text\":\"abc\",\"start\":2,\"end\":5},\"detection\":\"hunch\"}]}"))
        .hasMessage("citations[0].detection has an unknown value \"hunch\"");
    assertThatThrownBy(() -> codec.read("{\"id\":\"x\",\"citations\":[{\"type\":\"direct\","
        + "\"quote\":{\"text\":\"abcd\",\"start\":2,\"end\":5}}]}"))
        .hasMessageContaining("citations[0].quote.text has length 4");
    assertThatThrownBy(() -> codec.read("{\"id\":\"x\",\"schemaVersion\":2}"))
        .hasMessageContaining("unsupported schemaVersion 2");
    assertThatThrownBy(() -> codec.read("{\"id\": \"x\""))
        .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("invalid result JSON");
  }

  @Test
  void writesOneLinePerResultAndReadsThemBackWithErrorsPerLine() throws Exception {
    StringWriter out = new StringWriter();
    codec.write("a", SampleResults.full(), out);
    out.write("not json\n");
    codec.write("b", ExtractionResult.empty(), out);
    List<DocumentResult> results = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();

    codec.readLines(
        new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "pred.jsonl",
        new RecordSink<>() {
          @Override
          public void accept(DocumentResult record) {
            results.add(record);
          }

          @Override
          public void error(InputError error) {
            errors.add(error);
          }
        });

    assertThat(results).extracting(DocumentResult::id).containsExactly("a", "b");
    assertThat(results.get(0).result()).isEqualTo(SampleResults.full());
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.toString()).startsWith("pred.jsonl:2: invalid JSON");
    });
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

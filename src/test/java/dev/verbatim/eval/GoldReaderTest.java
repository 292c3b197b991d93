package dev.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.json.InputError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldReaderTest {
  private final List<InputError> errors = new ArrayList<>();

  @Test
  void readsQuotesWithOptionalFields() {
    List<GoldDocument> gold = read("{\"id\": \"a\", \"text\": \"Ann said hi.\", \"quotes\": "
        + "[{\"start\": 9, \"end\": 11, \"text\": \"hi\", \"type\": \"Indirect\", "
        + "\"speaker\": \"Ann Lee\", \"speaker_start\": 0, \"speaker_end\": 3, "
        + "\"optional\": 1, \"cue\": \"said\"}]}");

    assertThat(errors).isEmpty();
    assertThat(gold).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("a");
      assertThat(d.text()).isEqualTo("Ann said hi.");
      assertThat(d.quotes()).containsExactly(new GoldQuote(Span.of(9, 11), "hi",
          QuoteType.INDIRECT, "Ann Lee", Span.of(0, 3), true));
    });
  }

  @Test
  void laterLineWithTheSameIdReplacesTheEarlierInItsPlace() {
    List<GoldDocument> gold = read("""
        {"id": "a", "quotes": []}
        {"id": 2, "quotes": []}
        {"id": "a", "text": "new", "quotes": []}
        """);

    assertThat(gold).extracting(GoldDocument::id).containsExactly("a", "2");
    assertThat(gold.get(0).text()).isEqualTo("new");
  }

  @Test
  void badLinesAreReportedAndSkipped() {
    List<GoldDocument> gold = read("""
        {"id": "a", "quotes": [{"start": 1, "end": 0, "type": "direct"}]}
        {"id": "b"}
        {"id": "c", "quotes": [{"start": 0, "end": 2, "type": "quoted"}]}
        {"id": "d", "quotes": [{"start": 0, "end": 2.5, "type": "direct"}]}
        {"id": "e", "quotes": [{"start": 0, "end": 2, "type": "direct", "optional": ""}]}
        """);

    assertThat(gold).extracting(GoldDocument::id).containsExactly("e");
    assertThat(gold.get(0).quotes().get(0).optional()).isFalse();
    assertThat(errors).extracting(InputError::toString).containsExactly(
        "gold.jsonl:1: quotes[0] has a bad span: start 1, end 0",
        "gold.jsonl:2: no \"quotes\" array",
        "gold.jsonl:3: quotes[0].type has an unknown value \"quoted\"",
        "gold.jsonl:4: quotes[0].end is missing or not an integer");
  }

  private List<GoldDocument> read(String jsonl) {
    return GoldReader.read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
        "gold.jsonl", errors::add);
  }
}

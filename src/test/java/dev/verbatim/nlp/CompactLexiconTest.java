package dev.verbatim.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link CompactLexicon} answers every look-up as the {@code HashMap} it was made from. */
class CompactLexiconTest {

  private static CompactLexicon roundTrip(CompactLexicon lexicon) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    lexicon.writeTo(new DataOutputStream(bytes));
    return CompactLexicon.read(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void givesWhatTheMapGaveForPresentAndAbsentWords() throws IOException {
    Random random = new Random(7);
    Map<String, String> map = new HashMap<>();
    String[] clusters = {"17", "436", "null", "5"};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder w = new StringBuilder();
      int length = random.nextInt(12);
      for (int c = 0; c < length; c++) {
        w.append((char) (random.nextInt(10) == 0 ? 0x400 + random.nextInt(200) : 'a' + random.nextInt(26)));
      }
      map.put(w.toString(), clusters[random.nextInt(clusters.length)]);
    }
    CompactLexicon lexicon = roundTrip(CompactLexicon.of(map));

    assertThat(lexicon).hasSize(map.size());
    assertThat(lexicon).isEqualTo(map);
    for (Map.Entry<String, String> e : map.entrySet()) {
      assertThat(lexicon.get(e.getKey())).isEqualTo(e.getValue());
      assertThat(lexicon.containsKey(e.getKey())).isTrue();
    }
    for (int i = 0; i < 5_000; i++) {
      String absent = "#" + random.nextInt();
      assertThat(lexicon.get(absent)).isNull();
      assertThat(lexicon.containsKey(absent)).isFalse();
    }
    assertThat(lexicon.get(42)).isNull();
    assertThat(lexicon.get(null)).isNull();
  }

  @Test
  void equalValuesAreOneInstance() throws IOException {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("london", new String("436"));
    map.put("paris", new String("436"));
    map.put("", "1");
    CompactLexicon lexicon = roundTrip(CompactLexicon.of(map));

    assertThat(lexicon.get("london")).isSameAs(lexicon.get("paris")).isEqualTo("436");
    assertThat(lexicon.get("")).isEqualTo("1");
    assertThat(lexicon.get("londo")).isNull();
  }

  @Test
  void cannotBeChanged() {
    CompactLexicon lexicon = CompactLexicon.of(Map.of("a", "1"));

    assertThatThrownBy(() -> lexicon.put("b", "2"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(lexicon).containsExactly(Map.entry("a", "1"));
  }

  @Test
  void rejectsWhatIsNotALexicon() {
    assertThatThrownBy(() -> CompactLexicon.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Not a Verbatim lexicon");
  }

  @Test
  void rejectsATruncatedLexicon() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompactLexicon.of(Map.of("word", "1", "other", "2")).writeTo(new DataOutputStream(bytes));
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);

    assertThatThrownBy(() -> CompactLexicon.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class);
  }
}

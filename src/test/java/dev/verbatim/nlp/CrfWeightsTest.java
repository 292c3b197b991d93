package dev.verbatim.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.util.HashIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CrfWeights} gives back the index and weights it was given. */
class CrfWeightsTest {

  private static byte[] written(HashIndex<String> index, float[][] weights) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CrfWeights.write(new DataOutputStream(bytes), index, weights);
    return bytes.toByteArray();
  }

  @Test
  void roundTrip() throws IOException {
    HashIndex<String> index = new HashIndex<>(List.of("Smith-WORD|C", "", "é-PW|C", "###|C"));
    index.lock();
    float[][] weights = {{1f, -2.5f}, {}, {Float.MIN_VALUE, Float.MAX_VALUE, -0f}, {3f}};

    CrfWeights back = CrfWeights.read(new ByteArrayInputStream(written(index, weights)));

    assertThat(back.index().objectsList()).isEqualTo(index.objectsList());
    assertThat(back.index().indexOf("é-PW|C")).isEqualTo(2);
    assertThat(back.index().isLocked()).isTrue();
    assertThat(back.weights()).isDeepEqualTo(weights);
  }

  @Test
  void anUnlockedIndexStaysUnlocked() throws IOException {
    HashIndex<String> index = new HashIndex<>(List.of("a"));
    CrfWeights back = CrfWeights.read(
        new ByteArrayInputStream(written(index, new float[][] {{0.5f}})));

    assertThat(back.index().isLocked()).isFalse();
  }

  @Test
  void rowsMustMatchTheIndex() {
    HashIndex<String> index = new HashIndex<>(List.of("a", "b"));

    assertThatThrownBy(() -> written(index, new float[][] {{1f}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 features");
  }

  @Test
  void rejectsWhatIsNotCrfWeights() throws IOException {
    assertThatThrownBy(() -> CrfWeights.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})))
        .isInstanceOf(IOException.class).hasMessageContaining("Not Verbatim's CRF weights");
    byte[] bytes = written(new HashIndex<>(List.of("a", "b")), new float[][] {{1f}, {2f}});
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 2);
    assertThatThrownBy(() -> CrfWeights.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class);
  }
}

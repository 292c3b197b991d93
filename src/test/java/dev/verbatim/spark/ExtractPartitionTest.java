package dev.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** What travels with each Spark task: settings only, never an extractor or models. */
class ExtractPartitionTest {

  @Test
  void taskFunctionSerialisesToAFewHundredBytesOfSettings() throws Exception {
    ExtractPartition function =
        new ExtractPartition(new ExtractorSettings(1_000, 500, false));

    byte[] bytes = serialise(function);
    Object copy = new ObjectInputStream(new ByteArrayInputStream(bytes)).readObject();

    assertThat(bytes.length).isLessThan(1_000);
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("QuoteExtractor", "edu.stanford");
    assertThat(copy).usingRecursiveComparison().isEqualTo(function);
  }

  private static byte[] serialise(Object o) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
      objects.writeObject(o);
    }
    return out.toByteArray();
  }
}

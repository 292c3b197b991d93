package dev.verbatim.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped model is what the documented training command makes from the data in the repository. */
class ShippedModelTest {
  private static final Path DATA = Path.of("src/test/resources/training/speaker-choices.tsv");

  @Test
  void retrainingFromTheDataGivesTheShippedModel() throws Exception {
    String header;
    try (InputStream in = RankingModel.class.getResourceAsStream(RankingModel.RESOURCE)) {
      header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    }
    // "# verbatim train --data speaker-choices.tsv --kinds pronoun,role --l2 10.0"
    Matcher m = Pattern.compile("--kinds (\\S+) --l2 (\\S+)").matcher(header);
    assertThat(m.find()).as("training settings in the model's first line: %s", header).isTrue();
    Set<DecisionKind> kinds = EnumSet.noneOf(DecisionKind.class);
    for (String k : m.group(1).split(",")) {
      kinds.add(DecisionKind.of(k));
    }
    List<Decision> data;
    try (Reader r = Files.newBufferedReader(DATA, StandardCharsets.UTF_8)) {
      data = DecisionData.read(r);
    }
    RankingModel retrained = new RankerTrainer(Double.parseDouble(m.group(2))).train(data, kinds);
    assertThat(retrained).isEqualTo(RankingModel.shipped());
    assertThat(RankingModel.shipped().decides(DecisionKind.PRONOUN)).isTrue();
    assertThat(RankingModel.shipped().decides(DecisionKind.ROLE)).isTrue();
  }
}

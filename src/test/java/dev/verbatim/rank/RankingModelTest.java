package dev.verbatim.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RankingModelTest {
  private static double[] randomWeights(SplittableRandom r) {
    double[] w = new double[Feature.ALL.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = r.nextDouble(-3, 3);
    }
    return w;
  }

  @Test
  void writtenModelReadsBackAsTheSameModel() throws Exception {
    RankingModel m = new RankingModel(Map.of(DecisionKind.PRONOUN, randomWeights(new SplittableRandom(7))));
    RankingModel back = RankingModel.read(new ByteArrayInputStream(m.write("test").getBytes(StandardCharsets.UTF_8)));
    assertThat(back).isEqualTo(m);
    assertThat(back.decides(DecisionKind.PRONOUN)).isTrue();
    assertThat(back.decides(DecisionKind.ROLE)).isFalse();
  }

  @Test
  void probabilitiesSumToOneAndFollowTheScores() {
    double[] w = new double[Feature.ALL.size()];
    w[Feature.DISTANCE.ordinal()] = -1.0;
    RankingModel m = new RankingModel(Map.of(DecisionKind.PRONOUN, w));
    double[] near = new double[Feature.ALL.size()];
    double[] far = new double[Feature.ALL.size()];
    far[Feature.DISTANCE.ordinal()] = 2;
    double[] p = m.probabilities(DecisionKind.PRONOUN, List.of(far, near));
    assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(p[1]).isGreaterThan(p[0]);
    assertThat(p[1] / p[0]).isCloseTo(Math.exp(2), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void malformedModelLinesAreNamed() {
    String bad = "pronoun\tno-such-feature\t1.0\n";
    assertThatThrownBy(() -> RankingModel.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1").hasMessageContaining("no-such-feature");
    assertThatThrownBy(() -> new RankingModel(Map.of()).probabilities(DecisionKind.ROLE, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

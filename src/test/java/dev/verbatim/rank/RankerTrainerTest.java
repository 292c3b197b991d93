package dev.verbatim.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RankerTrainerTest {
  /**
   * Choices whose right candidate is drawn from a known log-linear model over two features:
   * being the subject helps, distance hurts. The rule here only looks at distance.
   */
  private static List<Decision> synthetic(long seed, int documents) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Decision> out = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      for (int k = 0; k < 10; k++) {
        int n = 2 + r.nextInt(3);
        double[][] xs = new double[n][Feature.ALL.size()];
        double[] u = new double[n];
        double sum = 0;
        for (int c = 0; c < n; c++) {
          xs[c][Feature.DISTANCE.ordinal()] = r.nextInt(5);
          xs[c][Feature.SUBJECT.ordinal()] = r.nextBoolean() ? 1 : 0;
          u[c] = Math.exp(-1.0 * xs[c][Feature.DISTANCE.ordinal()] + 2.5 * xs[c][Feature.SUBJECT.ordinal()]);
          sum += u[c];
        }
        double pick = r.nextDouble() * sum;
        int right = 0;
        while (right < n - 1 && (pick -= u[right]) > 0) {
          right++;
        }
        List<Decision.Candidate> cands = new ArrayList<>();
        for (int c = 0; c < n; c++) {
          cands.add(new Decision.Candidate(xs[c], -xs[c][Feature.DISTANCE.ordinal()], c == right));
        }
        out.add(new Decision("doc" + d, k, DecisionKind.PRONOUN, cands));
      }
    }
    return out;
  }

  @Test
  void learnsTheSignsOfTheEvidenceAndBeatsARuleThatIgnoresSome() {
    List<Decision> data = synthetic(11, 60);
    RankingModel m = new RankerTrainer(0.1).train(data, Set.of(DecisionKind.PRONOUN));
    double[] w = m.weights(DecisionKind.PRONOUN).orElseThrow();
    assertThat(w[Feature.SUBJECT.ordinal()]).isGreaterThan(1.5);
    assertThat(w[Feature.DISTANCE.ordinal()]).isLessThan(-0.5);
    RankerTrainer.Comparison c = RankerTrainer.compare(m, synthetic(12, 60), DecisionKind.PRONOUN);
    assertThat(c.modelRight()).isGreaterThan(c.ruleRight());
  }

  @Test
  void trainingIsDeterministicAndCrossValidationCountsEveryChoice() {
    List<Decision> data = synthetic(13, 20);
    RankerTrainer t = new RankerTrainer(1.0);
    assertThat(t.train(data, Set.of(DecisionKind.PRONOUN))).isEqualTo(t.train(data, Set.of(DecisionKind.PRONOUN)));
    RankerTrainer.Comparison c = t.crossValidate(data, 5, DecisionKind.PRONOUN);
    assertThat(c.decisions()).isEqualTo(data.size());
    assertThat(c.answerable()).isEqualTo(data.size());
  }

  @Test
  void dataFileRoundTrips() throws Exception {
    List<Decision> data = synthetic(14, 3);
    StringWriter w = new StringWriter();
    DecisionData.write(data, w);
    List<Decision> back = DecisionData.read(new StringReader(w.toString()));
    assertThat(back).hasSize(data.size());
    for (int i = 0; i < data.size(); i++) {
      assertThat(back.get(i).ruleChoice()).isEqualTo(data.get(i).ruleChoice());
      assertThat(back.get(i).candidates()).hasSameSizeAs(data.get(i).candidates());
      for (int c = 0; c < data.get(i).candidates().size(); c++) {
        assertThat(back.get(i).candidates().get(c).features()).containsExactly(data.get(i).candidates().get(c).features());
        assertThat(back.get(i).candidates().get(c).right()).isEqualTo(data.get(i).candidates().get(c).right());
      }
    }
  }
}

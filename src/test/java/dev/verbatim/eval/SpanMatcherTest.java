package dev.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {
  @Test
  void overlapMustCoverHalfOfEachSpan() {
    var m = SpanMatcher.match(List.of(gold(0, 10), gold(100, 200), gold(300, 310)),
        List.of(predicted(5, 15), predicted(100, 149), predicted(295, 326)));

    assertThat(m.goldToPrediction()).containsExactly(0, -1, -1);
    assertThat(m.predictionToGold()).containsExactly(0, -1, -1);
  }

  @Test
  void largestOverlapWinsAndTiesGoToTheLaterIndices() {
    var m = SpanMatcher.match(List.of(gold(0, 20), gold(10, 30), gold(40, 60)),
        List.of(predicted(5, 25), predicted(0, 20), predicted(40, 60), predicted(40, 60)));

    assertThat(m.goldToPrediction()).containsExactly(1, 0, 3);
    assertThat(m.predictionToGold()).containsExactly(1, 0, -1, 2);
  }

  private static GoldQuote gold(int start, int end) {
    return new GoldQuote(Span.of(start, end), "", QuoteType.DIRECT, null, null, false);
  }

  private static Prediction predicted(int start, int end) {
    return new Prediction(start, end, "", "direct", null, null, "none", "unknown");
  }
}

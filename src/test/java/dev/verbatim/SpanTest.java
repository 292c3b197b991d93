package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void isHalfOpen() {
    Span s = Span.of(2, 5);

    assertThat(s.start()).isEqualTo(2);
    assertThat(s.end()).isEqualTo(5);
    assertThat(s.length()).isEqualTo(3);
    assertThat(s.isEmpty()).isFalse();
    assertThat(s.in("abcdefg")).isEqualTo("cde");
    assertThat(s).hasToString("[2, 5)");
  }

  @Test
  void mayBeEmpty() {
    Span s = Span.of(4, 4);

    assertThat(s.isEmpty()).isTrue();
    assertThat(s.length()).isZero();
    assertThat(s.in("abcd")).isEmpty();
  }

  @Test
  void rejectsNegativeStartNamingTheValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> Span.of(-1, 3))
        .withMessage("start must be >= 0 but was -1");
  }

  @Test
  void rejectsEndBeforeStartNamingBothValues() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Span(5, 4))
        .withMessage("end (4) must be >= start (5)");
  }

  @Test
  void adjacentSpansDoNotOverlap() {
    assertThat(Span.of(0, 3).overlaps(Span.of(3, 6))).isFalse();
    assertThat(Span.of(3, 6).overlaps(Span.of(0, 3))).isFalse();
  }

  @Test
  void spansSharingAnIndexOverlap() {
    assertThat(Span.of(0, 4).overlaps(Span.of(3, 6))).isTrue();
    assertThat(Span.of(3, 6).overlaps(Span.of(0, 4))).isTrue();
    assertThat(Span.of(0, 10).overlaps(Span.of(3, 4))).isTrue();
  }

  @Test
  void emptySpansOverlapNothingBecauseTheyHoldNoIndex() {
    assertThat(Span.of(3, 3).overlaps(Span.of(0, 10))).isFalse();
    assertThat(Span.of(0, 10).overlaps(Span.of(3, 3))).isFalse();
    assertThat(Span.of(3, 3).overlaps(Span.of(3, 3))).isFalse();
  }

  @Test
  void containsIncludesBothEnds() {
    Span s = Span.of(2, 8);

    assertThat(s.contains(Span.of(2, 8))).isTrue();
    assertThat(s.contains(Span.of(3, 5))).isTrue();
    assertThat(s.contains(Span.of(8, 8))).isTrue();
    assertThat(s.contains(Span.of(1, 5))).isFalse();
    assertThat(s.contains(Span.of(5, 9))).isFalse();
  }

  @Test
  void sortsByStartThenEnd() {
    List<Span> spans = new ArrayList<>(List.of(Span.of(3, 9), Span.of(0, 5), Span.of(3, 4)));
    Collections.sort(spans);

    assertThat(spans).containsExactly(Span.of(0, 5), Span.of(3, 4), Span.of(3, 9));
  }

  @Test
  void isEqualByValue() {
    assertThat(Span.of(1, 2)).isEqualTo(new Span(1, 2)).hasSameHashCodeAs(Span.of(1, 2));
    assertThat(Span.of(1, 2)).isNotEqualTo(Span.of(1, 3));
  }

  @Test
  void inRejectsSpansPastTheEndOfTheText() {
    assertThatThrownBy(() -> Span.of(2, 10).in("abc")).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Span.of(0, 1).in(null)).isInstanceOf(NullPointerException.class);
  }
}

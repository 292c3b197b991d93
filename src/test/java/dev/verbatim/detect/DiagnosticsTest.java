package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.Diagnostic;
import dev.verbatim.Span;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

  private static Diagnostic at(int offset) {
    return new Diagnostic(Diagnostic.Kind.UNCLOSED_QUOTE, Span.of(offset, offset + 1), "open");
  }

  @Test
  void keepsEverythingUpToTheLimit() {
    Diagnostics d = new Diagnostics(3);
    d.add(at(5));
    d.add(at(1));
    d.add(at(9));

    assertThat(d.build()).containsExactly(at(5), at(1), at(9));
    assertThat(d.count()).isEqualTo(3);
  }

  @Test
  void pastTheLimitCountsTheRestInOneLastDiagnosticSpanningThem() {
    Diagnostics d = new Diagnostics(2);
    for (int offset : new int[] {10, 20, 40, 30, 35}) {
      d.add(at(offset));
    }

    assertThat(d.count()).isEqualTo(5);
    assertThat(d.build()).hasSize(3).startsWith(at(10), at(20));
    Diagnostic last = d.build().get(2);
    assertThat(last.kind()).isEqualTo(Diagnostic.Kind.TOO_MANY_DIAGNOSTICS);
    assertThat(last.span()).isEqualTo(Span.of(30, 41));
    assertThat(last.message()).isEqualTo("3 more diagnostics left out (a result keeps the first 2)");
  }

  @Test
  void aLimitOfZeroKeepsOnlyTheCount() {
    Diagnostics d = new Diagnostics(0);
    d.add(at(3));

    assertThat(d.build()).extracting(Diagnostic::kind)
        .containsExactly(Diagnostic.Kind.TOO_MANY_DIAGNOSTICS);
  }

  @Test
  void refusesANegativeLimitAndNullDiagnostics() {
    assertThatThrownBy(() -> new Diagnostics(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be >= 0 but was -1");
    assertThatThrownBy(() -> new Diagnostics(1).add(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("d");
  }
}

package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A detected statement is an immutable value: a change is a copy. */
class StatementTest {
  private static final QuotedSpan QUOTE = new QuotedSpan(9, 30, Span.of(10, 30), 0, 1);

  private static Statement indirect() {
    return new Statement(Span.of(20, 50), QuoteType.INDIRECT, null, DetectionRule.THAT_CLAUSE, 3, null, "say");
  }

  @Test
  void everyFieldIsPrivateAndFinal() {
    assertThat(Arrays.stream(Statement.class.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers())))
        .isNotEmpty()
        .allMatch(f -> Modifier.isPrivate(f.getModifiers()) && Modifier.isFinal(f.getModifiers()),
            "private final");
    assertThat(Modifier.isFinal(Statement.class.getModifiers())).isTrue();
  }

  @Test
  void aStatementWithoutACueHasNone() {
    Statement st = new Statement(Span.of(10, 30), QuoteType.DIRECT, QUOTE, DetectionRule.UNCUED_QUOTATION);

    assertThat(st.cueToken()).isEqualTo(-1);
    assertThat(st.cueSpan()).isNull();
    assertThat(st.cueLemma()).isNull();
    assertThat(st.alsoReported()).isNull();
    assertThat(st.quote()).isEqualTo(QUOTE);
    assertThat(st.detection()).isEqualTo(DetectionRule.UNCUED_QUOTATION);
  }

  @Test
  void withTypeReturnsANewStatementAndLeavesTheOldOneUnchanged() {
    Statement st = indirect();
    Statement copy = indirect();

    Statement mixed = st.withType(QuoteType.MIXED);

    assertThat(mixed).isNotSameAs(st).isNotEqualTo(st);
    assertThat(mixed.type()).isEqualTo(QuoteType.MIXED);
    assertThat(st.type()).isEqualTo(QuoteType.INDIRECT);
    assertThat(st).isEqualTo(copy).hasSameHashCodeAs(copy);
    assertThat(mixed.span()).isEqualTo(st.span());
    assertThat(mixed.cueToken()).isEqualTo(3);
    assertThat(mixed.cueLemma()).isEqualTo("say");
    assertThat(mixed.detection()).isEqualTo(DetectionRule.THAT_CLAUSE);
  }

  @Test
  void withCueReturnsANewStatementAndLeavesTheOldOneUnchanged() {
    Statement st = new Statement(Span.of(10, 30), QuoteType.DIRECT, QUOTE, DetectionRule.UNCUED_QUOTATION);

    Statement cued = st.withCue(12, Span.of(40, 52), "come from");

    assertThat(cued).isNotSameAs(st).isNotEqualTo(st);
    assertThat(cued.cueToken()).isEqualTo(12);
    assertThat(cued.cueSpan()).isEqualTo(Span.of(40, 52));
    assertThat(cued.cueLemma()).isEqualTo("come from");
    assertThat(cued.quote()).isEqualTo(QUOTE);
    assertThat(st.cueToken()).isEqualTo(-1);
    assertThat(st.cueSpan()).isNull();
    assertThat(st.cueLemma()).isNull();
  }

  @Test
  void withAlsoReportedKeepsTheRestAndLeavesTheOldOneUnchanged() {
    Statement st = indirect();

    Statement two = st.withAlsoReported(Span.of(60, 80));

    assertThat(two.alsoReported()).isEqualTo(Span.of(60, 80));
    assertThat(st.alsoReported()).isNull();
    assertThat(two.withType(QuoteType.MIXED).alsoReported()).isEqualTo(Span.of(60, 80));
  }

  @Test
  void aFindingOfAChangedStatementKeepsItsSpeakerAndLeavesTheOldFindingUnchanged() {
    Statement st = indirect();
    Detected found = Detected.attributed(st, 1, AttributionRule.CUE_SUBJECT);

    Detected mixed = found.withStatement(st.withType(QuoteType.MIXED));

    assertThat(mixed.statement().type()).isEqualTo(QuoteType.MIXED);
    assertThat(mixed.speakerHead()).isEqualTo(1);
    assertThat(mixed.rule()).isEqualTo(AttributionRule.CUE_SUBJECT);
    assertThat(found.statement()).isSameAs(st);
    assertThat(found.statement().type()).isEqualTo(QuoteType.INDIRECT);
  }

  @Test
  void aStatementWithNoSpeakerBesideItIsUnattributed() {
    Detected found = Detected.unattributed(indirect());

    assertThat(found.speakerHead()).isEqualTo(-1);
    assertThat(found.rule()).isEqualTo(AttributionRule.UNATTRIBUTED);
    assertThat(found.speakerFromNeighbour()).isFalse();
  }
}

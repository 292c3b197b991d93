package dev.verbatim.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decisions of {@link FastPaths}, without loading models. */
class FastPathsTest {
  @Test
  void theSystemPropertyTurnsTheFastPathsOffWithOffOrFalseInAnyCase() {
    assertThat(FastPaths.propertyAllows(null)).isTrue();
    assertThat(FastPaths.propertyAllows("on")).isTrue();
    assertThat(FastPaths.propertyAllows("TRUE")).isTrue();
    assertThat(FastPaths.propertyAllows("off")).isFalse();
    assertThat(FastPaths.propertyAllows(" Off ")).isFalse();
    assertThat(FastPaths.propertyAllows("false")).isFalse();
  }

  @Test
  void aMisspeltValueOfTheSystemPropertyIsRefusedNotIgnored() {
    assertThatThrownBy(() -> FastPaths.propertyAllows("of"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'of'");
  }

  @Test
  void theSystemPropertyWinsOverTheCallersRequest() {
    String old = System.getProperty(FastPaths.PROPERTY);
    try {
      System.setProperty(FastPaths.PROPERTY, "off");
      assertThat(FastPaths.of(true).enabled()).isFalse();
      System.setProperty(FastPaths.PROPERTY, "on");
      assertThat(FastPaths.of(true).enabled()).isTrue();
      assertThat(FastPaths.of(false).enabled()).isFalse();
    } finally {
      if (old == null) {
        System.clearProperty(FastPaths.PROPERTY);
      } else {
        System.setProperty(FastPaths.PROPERTY, old);
      }
    }
  }

  @Test
  void aFingerprintThatCannotBeReadIsAFallbackWithOneWarning() {
    List<String> warnings = new ArrayList<>();
    FastPaths paths = TestPaths.collecting(warnings);

    assertThat(paths.check(FastPath.TAGGER, () -> {
      throw new NoSuchFieldException("ySize");
    })).isFalse();
    assertThat(paths.check(FastPath.TAGGER, () -> {
      throw new NoSuchFieldException("ySize");
    })).isFalse();

    assertThat(paths.fallbacks()).containsOnlyKeys(FastPath.TAGGER);
    assertThat(warnings).singleElement().asString().contains("'fast tagger'", "ySize",
        "CoreNLP's MaxentTagger");
  }

  @Test
  void whenOffNoFastPathIsCheckedAndNoneIsReportedAsAFallback() {
    List<String> warnings = new ArrayList<>();
    FastPaths paths = new FastPaths(false, Fingerprint.allExpected(), warnings::add);

    assertThat(paths.check(FastPath.PARSER, () -> {
      throw new AssertionError("not read");
    })).isFalse();
    assertThat(paths.fallbacks()).isEmpty();
    assertThat(warnings).singleElement().asString().contains("off");
  }

  @Test
  void aFingerprintChangesWithTheFieldsOfTheClassesAndWithTheModelsLayout() {
    String a = Fingerprint.ofClasses(Left.class).hash();
    assertThat(Fingerprint.ofClasses(Left.class).hash()).isEqualTo(a);
    assertThat(Fingerprint.ofClasses(Right.class).hash()).isNotEqualTo(a);
    assertThat(Fingerprint.ofClasses(Left.class).layout("tags", 45).hash()).isNotEqualTo(a);
    assertThat(Fingerprint.ofClasses(Left.class).classNamed("no.such.Class").describe())
        .contains("missing class no.such.Class");
  }

  @Test
  void everyFastPathHasARecordedFingerprint() {
    assertThat(Fingerprint.allExpected()).containsOnlyKeys(FastPath.values())
        .allSatisfy((path, hash) -> assertThat(hash).hasSize(16));
  }

  @SuppressWarnings("unused")
  private static final class Left {
    int a;
  }

  @SuppressWarnings("unused")
  private static final class Right {
    long a;
  }
}

package dev.verbatim.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.eval.Evaluation;
import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.TypeScores;
import dev.verbatim.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores every fixture article (the tuning part and the held-out part) against floors set from
 * measured figures, in {@code src/test/resources/corpus/thresholds.tsv}: a change that makes an
 * article worse than its floor fails here.
 */
class FixtureCorpusTest {
  private static final Path THRESHOLDS = Path.of("src/test/resources/corpus/thresholds.tsv");
  private static Map<String, double[]> floors;
  private static Map<String, GoldDocument> documents;
  private static java.util.Set<String> heldOut;

  @BeforeAll
  static void load() throws IOException {
    floors = new HashMap<>();
    for (String line : Files.readAllLines(THRESHOLDS)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      floors.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
    }
    documents = new HashMap<>();
    for (GoldDocument d : all()) {
      documents.put(d.id(), d);
    }
    heldOut = new java.util.HashSet<>();
    for (GoldDocument d : Corpus.gold(Corpus.HELDOUT)) {
      heldOut.add(d.id());
    }
  }

  private static List<GoldDocument> all() {
    List<GoldDocument> out = new ArrayList<>(Corpus.gold(Corpus.DEV));
    out.addAll(Corpus.gold(Corpus.HELDOUT));
    return out;
  }

  static Stream<Arguments> articles() {
    return all().stream().map(d -> Arguments.of(d.id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void articleScoresAtLeastItsFloor(String id) {
    double[] floor = floors.get(id);
    assertThat(floor).as("floor for %s in %s", id, THRESHOLDS).isNotNull();
    Evaluation e = Corpus.score(List.of(documents.get(id)));
    TypeScores all = e.overall();
    // Held-out discipline: a held-out article's failure shows its scores only, never its errors.
    Object errors = heldOut.contains(id) ? "(held-out: not shown)" : e.errors();
    assertThat(all.span().f1()).as("span F1 of %s; errors: %s", id, errors).isGreaterThanOrEqualTo(floor[0]);
    assertThat(all.endToEnd().f1()).as("end-to-end F1 of %s; errors: %s", id, errors)
        .isGreaterThanOrEqualTo(floor[1]);
  }

  @Test
  void corpusHasAtLeastThirtyArticlesWithAHeldOutThird() {
    assertThat(Corpus.gold(Corpus.DEV).size() + Corpus.gold(Corpus.HELDOUT).size()).isGreaterThanOrEqualTo(30);
    assertThat(Corpus.gold(Corpus.HELDOUT).size() * 3).isGreaterThanOrEqualTo(
        Corpus.gold(Corpus.DEV).size() + Corpus.gold(Corpus.HELDOUT).size() - 1);
  }

  @Test
  void tuningPartMeetsItsOverallFloor() {
    double[] floor = floors.get("ALL-dev");
    TypeScores all = Corpus.score(Corpus.gold(Corpus.DEV)).overall();
    assertThat(all.span().f1()).isGreaterThanOrEqualTo(floor[0]);
    assertThat(all.endToEnd().f1()).isGreaterThanOrEqualTo(floor[1]);
  }

  @Test
  void heldOutPartMeetsItsOverallFloor() {
    double[] floor = floors.get("ALL-heldout");
    TypeScores all = Corpus.score(Corpus.gold(Corpus.HELDOUT)).overall();
    assertThat(all.span().f1()).isGreaterThanOrEqualTo(floor[0]);
    assertThat(all.endToEnd().f1()).isGreaterThanOrEqualTo(floor[1]);
  }
}

package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.verbatim.eval.Evaluation;
import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.GoldQuote;
import dev.verbatim.eval.GoldReader;
import dev.verbatim.eval.Scorer;
import dev.verbatim.testing.Corpus;
import dev.verbatim.testing.Extractors;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article Verbatim was first built for, scored against its gold annotation. */
class SeedArticleTest {
  private static GoldDocument gold;
  private static ExtractionResult result;

  @BeforeAll
  static void extract() {
    assumeTrue(Files.exists(Corpus.SEED_GOLD), "../shared/corpus/seed is not beside the checkout");
    gold = GoldReader.read(Corpus.SEED_GOLD, e -> {
      throw new IllegalStateException(e.toString());
    }).get(0);
    result = Extractors.shared().extract(gold.text());
  }

  @Test
  void findsAndAttributesEveryRequiredStatementWithNothingSpurious() {
    Evaluation e = Scorer.score(List.of(gold), Map.of(gold.id(), result), false);
    assertThat(e.errors()).isEmpty();
    assertThat(e.overall().span().precision()).isEqualTo(1.0);
    assertThat(e.overall().span().recall()).isEqualTo(1.0);
    assertThat(e.overall().endToEnd().precision()).isEqualTo(1.0);
    assertThat(e.overall().endToEnd().recall()).isEqualTo(1.0);
  }

  @Test
  void eachSpeakersStatementsCarryOneAndTheSameSpeakerName() {
    Map<String, Set<String>> predictedNames = new HashMap<>();
    for (GoldQuote q : gold.quotes()) {
      if (q.optional()) {
        continue;
      }
      Citation c = bestOverlap(q);
      assertThat(c).as("statement %s", q.text()).isNotNull();
      String[] words = q.speaker().split("\\s+");
      predictedNames.computeIfAbsent(words[words.length - 1], k -> new HashSet<>())
          .add(c.speaker().map(Speaker::name).orElse("<none>"));
    }
    assertThat(predictedNames).hasSizeGreaterThanOrEqualTo(4);
    predictedNames.forEach((surname, names) ->
        assertThat(names).as("names given to %s's statements", surname).hasSize(1));
  }

  @Test
  void spellingVariantsOfOnePersonAreOneSpeakerWithBothVariants() {
    // People only: an organisation may carry its initials ("New York Times", "NYT") with one statement.
    List<Speaker> multi = result.speakers().stream().filter(s -> s.kind() == SpeakerKind.PERSON && s.variants().size() > 1
        && s.variants().stream().map(v -> v.split("\\s+")[0]).distinct().count() > 1).toList();
    assertThat(multi).isNotEmpty();
    for (Speaker s : multi) {
      assertThat(result.citations().stream().filter(c -> c.speaker().orElse(null) == s).count())
          .isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void everyOffsetPointsIntoTheCallersText() {
    for (Citation c : result.citations()) {
      assertThat(c.span().in(gold.text())).isEqualTo(c.text());
      c.mention().ifPresent(m -> assertThat(m.span().in(gold.text())).isEqualTo(m.text()));
      c.cue().ifPresent(k -> assertThat(k.span().in(gold.text())).isEqualTo(k.text()));
    }
  }

  private static Citation bestOverlap(GoldQuote q) {
    Citation best = null;
    int bestOverlap = 0;
    for (Citation c : result.citations()) {
      int o = Math.min(c.span().end(), q.span().end()) - Math.max(c.span().start(), q.span().start());
      if (o > bestOverlap) {
        bestOverlap = o;
        best = c;
      }
    }
    return best;
  }
}

package dev.verbatim.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.eval.Evaluation;
import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.Scorer;
import dev.verbatim.eval.TypeScores;
import dev.verbatim.testing.Corpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast profile (no dependency parsing) end to end on the whole fixture corpus, against floors
 * set from its measured figures (docs/accuracy.md: all 164 articles, span F1 0.908, end-to-end F1
 * 0.792), less a margin of 0.02.
 */
class FastProfileCorpusTest {
  private static QuoteExtractor fast;

  @BeforeAll
  static void build() {
    fast = QuoteExtractor.builder().dependencyParsing(false).build();
  }

  @AfterAll
  static void release() {
    fast = null;
  }

  @Test
  void fastProfileKeepsItsMeasuredAccuracy() {
    List<GoldDocument> gold = new ArrayList<>(Corpus.gold(Corpus.DEV));
    gold.addAll(Corpus.gold(Corpus.HELDOUT));
    Evaluation e = Scorer.score(gold, Corpus.extract(fast, gold), false);
    TypeScores all = e.overall();
    assertThat(all.span().f1()).as("fast profile span F1").isGreaterThanOrEqualTo(0.89);
    assertThat(all.endToEnd().f1()).as("fast profile end-to-end F1").isGreaterThanOrEqualTo(0.80);
  }
}

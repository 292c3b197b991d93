package dev.verbatim.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.eval.RankerData;
import dev.verbatim.pipeline.Pipeline;
import dev.verbatim.testing.Corpus;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped training data is what the documented collection command makes from the tuning part
 * with the current rules: change a rule, and this says to collect the data and train again
 * (docs/accuracy.md, "The speaker ranking model").
 */
class TrainingDataIsCurrentTest {
  @Test
  void collectingFromTheTuningPartGivesTheShippedData() throws Exception {
    Pipeline rules = new Pipeline(new Pipeline.Options(QuoteExtractor.DEFAULT_MAX_QUOTE_LENGTH, true), null);
    List<Decision> decisions = RankerData.collect(rules, Corpus.gold(Corpus.DEV), id -> { });
    StringWriter w = new StringWriter();
    DecisionData.write(decisions, w);
    String shipped = Files.readString(Path.of("src/test/resources/training/speaker-choices.tsv"), StandardCharsets.UTF_8);
    assertThat(w.toString())
        .as("training data out of date: run 'verbatim train --data src/test/resources/training/speaker-choices.tsv "
            + "src/test/resources/corpus/dev/*.gold.jsonl', then train the model again")
        .isEqualTo(shipped);
  }
}

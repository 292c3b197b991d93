package dev.verbatim.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.QuoteExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models load, and fast paths are checked, once per extractor: never per document. */
class ModelsLoadOnceTest {
  @Test
  void anExtractorLoadsItsModelsOnceWhenBuiltAndNeverWhileExtracting() {
    long before = CoreNlpAnalyzer.loads();
    try (QuoteExtractor extractor =
        QuoteExtractor.builder().dependencyParsing(false).threads(2).build()) {
      assertThat(CoreNlpAnalyzer.loads()).isEqualTo(before + 1);

      extractor.extract("“It is over,” Ms Okafor said.");
      extractor.extractAll(List.of("“Yes,” he said.", "Mr Smith said the plan was dead.",
          "“No,” she replied."));

      assertThat(CoreNlpAnalyzer.loads()).isEqualTo(before + 1);
    }
  }
}

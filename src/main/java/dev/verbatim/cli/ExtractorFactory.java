package dev.verbatim.cli;

import dev.verbatim.DetectionRule;
import dev.verbatim.ExtractionResult;
import java.util.Set;
import java.util.function.Function;

/** Builds an extractor for a profile with some detection rules switched off ({@code --disable-rule}). */
@FunctionalInterface
interface ExtractorFactory {
  /**
   * Builds the extractor.
   *
   * @param fast whether to build the fast profile (no dependency parsing)
   * @param disabled the detection rules switched off, not empty
   * @return extracts from one document's text
   */
  Function<String, ExtractionResult> build(boolean fast, Set<DetectionRule> disabled);
}

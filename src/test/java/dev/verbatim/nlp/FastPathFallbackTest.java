package dev.verbatim.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.verbatim.Span;
import dev.verbatim.text.Paragraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each fast path is checked against the CoreNLP loaded: with the recorded fingerprints every one
 * runs; when one does not match (simulated by expecting another value) that component, and only
 * it, falls back to CoreNLP's own code with exactly one warning naming it, and the analysis is
 * the same.
 */
class FastPathFallbackTest {
  private static final String TEXT = "“We will not back down,” Prime Minister Jane Okafor said on "
      + "Monday in Lagos, adding that the United Nations had been told.\n"
      + "According to Reuters, the ministry's spokesman, Mr. O'Neill, denied it. "
      + "Shares of Harlow Furnishings rose 3.5 % after analysts at Goldman Sachs said the deal "
      + "was “a turning point”.\n"
      + "She told reporters: “The plan is dead.” The 34-year-old was not asked whether she "
      + "would resign.";

  private static String expected;

  @BeforeAll
  static void analyseWithEveryFastPath() {
    List<String> warnings = new CopyOnWriteArrayList<>();
    CoreNlpAnalyzer all = new CoreNlpAnalyzer(true, CoreNlpAnalyzer.ParseFilter.ALL,
        TestPaths.collecting(warnings));
    assertThat(warnings).as("the recorded fingerprints match the CoreNLP on the class path")
        .isEmpty();
    assertThat(all.fallbacks()).isEmpty();
    expected = render(all);
  }

  /** Every token's text, tag, lemma, entity, head and relation. */
  static String render(CoreNlpAnalyzer analyzer) {
    ImmutableList<Span> paragraphs = Paragraphs.split(TEXT);
    AnalyzedText text = analyzer.analyze(TEXT, TEXT, paragraphs);
    return text.tokens().stream()
        .map(t -> t.text() + "/" + t.pos() + "/" + t.lemma() + "/" + t.ner() + "/" + t.head()
            + "/" + t.relation())
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @EnumSource(FastPath.class)
  void aMismatchedFingerprintFallsBackToCoreNlpWithOneWarningAndTheSameAnalysis(FastPath path) {
    List<String> warnings = new CopyOnWriteArrayList<>();
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(true, CoreNlpAnalyzer.ParseFilter.ALL,
        TestPaths.mismatching(path, warnings));

    assertThat(analyzer.fallbacks()).containsOnlyKeys(path);
    assertThat(warnings).singleElement().asString()
        .contains("'" + path.title() + "'", path.fallback(), "fingerprint");
    assertThat(render(analyzer)).isEqualTo(expected);
  }

  @Test
  void withFastPathsOffOnlyCoreNlpRunsAndThatIsSaidOnce() {
    List<String> warnings = new CopyOnWriteArrayList<>();
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(true, CoreNlpAnalyzer.ParseFilter.ALL,
        new FastPaths(false, Fingerprint.allExpected(), warnings::add));

    assertThat(analyzer.fastPathsEnabled()).isFalse();
    assertThat(warnings).singleElement().asString().contains("fast paths are off");
    assertThat(render(analyzer)).isEqualTo(expected);
  }

  @Test
  void aParserFailureLeavesTheSentenceUnparsedAndIsCounted() {
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(true, (words, lemmas) -> {
      if (words.contains("Reuters")) {
        throw new IllegalStateException("simulated parser failure");
      }
      return true;
    }, TestPaths.quiet());
    ImmutableList<Span> paragraphs = Paragraphs.split(TEXT);
    AnalyzedText text = analyzer.analyze(TEXT, TEXT, paragraphs);
    analyzer.analyze(TEXT, TEXT, paragraphs);

    assertThat(analyzer.parseFailures()).isEqualTo(2);
    List<Token> unparsed = new ArrayList<>();
    for (Token t : text.tokens()) {
      if (t.text().equals("Reuters") || t.text().equals("denied")) {
        unparsed.add(t);
      }
    }
    assertThat(unparsed).hasSize(2).allSatisfy(t -> assertThat(t.head()).isEqualTo(-1));
    assertThat(text.tokens()).anySatisfy(t -> assertThat(t.head()).isNotNegative());
  }
}

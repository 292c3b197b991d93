package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.testing.Extractors;
import dev.verbatim.testing.FixtureTexts;
import dev.verbatim.testing.Generated;
import dev.verbatim.testing.MessyText;
import dev.verbatim.testing.ResultInvariants;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of the whole extractor over generated and mutated text: it never throws, every span
 * covers exactly its words, the same input gives the same output, and a document's result does
 * not depend on the documents extracted before it. The models make each case cost tens of
 * milliseconds to a second, so the case counts here are small (see docs/reliability.md).
 */
class ExtractionPropertiesTest {
  private static final int GENERATED_TRIES = 50;
  private static final int MUTATED_TRIES = 50;
  private static final int INDEPENDENCE_TRIES = 20;

  private static List<String> articles;
  private final QuoteExtractor extractor = Extractors.shared();

  @BeforeAll
  static void readArticles() {
    articles = FixtureTexts.dev();
  }

  private static String mutatedArticle(SplittableRandom r) {
    return MessyText.mutate(r, articles.get(r.nextInt(articles.size())), 6);
  }

  private static String generated(SplittableRandom r) {
    return r.nextBoolean() ? MessyText.article(r, 25) : MessyText.text(r, 300);
  }

  @Test
  void generatedTextNeverThrowsAndEverySpanCoversItsWords() {
    Generated.check(GENERATED_TRIES, ExtractionPropertiesTest::generated,
        text -> ResultInvariants.assertConsistent(text, extractor.extract(text)));
  }

  @Test
  void mutatedArticlesNeverThrowAndEverySpanCoversItsWords() {
    Generated.check(MUTATED_TRIES, ExtractionPropertiesTest::mutatedArticle,
        text -> ResultInvariants.assertConsistent(text, extractor.extract(text)));
  }

  @Test
  void sameInputGivesTheSameOutputWhateverWasExtractedBefore() {
    Generated.check(INDEPENDENCE_TRIES,
        r -> List.of(mutatedArticle(r), r.nextBoolean() ? mutatedArticle(r) : generated(r)),
        pair -> {
          String a = pair.get(0);
          String b = pair.get(1);
          ExtractionResult alone = extractor.extract(a);
          extractor.extract(b);
          ExtractionResult afterB = extractor.extract(new String(a));
          assertThat(afterB).as("A after B equals A alone").isEqualTo(alone);
        });
  }
}

package dev.verbatim.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CachedLemmatizer} must give every token CoreNLP's own lemma, cached or not. */
class CachedLemmatizerTest {
  private static StanfordCoreNLP tagger;

  @BeforeAll
  static void load() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    tagger = new StanfordCoreNLP(p);
  }

  private static Annotation tagged(String text) {
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    return doc;
  }

  private static List<String> lemmas(Annotation doc) {
    List<String> out = new ArrayList<>();
    for (CoreLabel l : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      out.add(l.lemma());
    }
    return out;
  }

  @Test
  void sameLemmasAsCoreNlpOnFixtureArticlesFirstAndSecondTime() throws IOException {
    List<Path> articles;
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/heldout"))) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(6).toList();
    }
    CachedLemmatizer cached = new CachedLemmatizer();
    int tokens = 0;
    for (int round = 0; round < 2; round++) {
      for (Path article : articles) {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        Annotation expected = tagged(text);
        new MorphaAnnotator(false).annotate(expected);
        Annotation actual = tagged(text);
        cached.annotate(actual);
        assertThat(lemmas(actual)).as(article.toString()).isEqualTo(lemmas(expected));
        tokens += lemmas(actual).size();
      }
    }
    assertThat(tokens).isGreaterThan(3_000);
    assertThat(cached.size()).isPositive().isLessThan(tokens / 2);
  }

  @Test
  void phrasalVerbsAndUntaggedShapesAsCoreNlp() {
    String text = "She gave up on it, and they were handing out leaflets. Mice ran; geese flew.";
    Annotation expected = tagged(text);
    new MorphaAnnotator(false).annotate(expected);
    Annotation actual = tagged(text);
    new CachedLemmatizer().annotate(actual);
    assertThat(lemmas(actual)).isEqualTo(lemmas(expected)).contains("mouse", "goose", "give");
  }

  @Test
  void theCacheStaysBounded() {
    CachedLemmatizer cached = new CachedLemmatizer();
    for (int i = 0; i < CachedLemmatizer.MAX_ENTRIES + 10; i++) {
      assertThat(cached.lemma("word" + i + "s", "NNS")).isEqualTo("word" + i);
    }
    assertThat(cached.size()).isLessThanOrEqualTo(CachedLemmatizer.MAX_ENTRIES);
  }
}

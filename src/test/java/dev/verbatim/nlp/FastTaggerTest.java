package dev.verbatim.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
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

/** {@link FastTagger} must give every token exactly CoreNLP's tag. */
class FastTaggerTest {
  private static MaxentTagger coreNlp;
  private static StanfordCoreNLP tokenizer;

  @BeforeAll
  static void load() {
    coreNlp = new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH);
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    tokenizer = new StanfordCoreNLP(p);
  }

  private static List<List<CoreLabel>> sentences(String text) {
    Annotation doc = new Annotation(text);
    tokenizer.annotate(doc);
    List<List<CoreLabel>> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      out.add(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    return out;
  }

  private static List<String> tags(List<CoreLabel> tokens) {
    List<String> out = new ArrayList<>();
    for (CoreLabel l : tokens) {
      out.add(l.tag());
    }
    return out;
  }

  @Test
  void sameTagsAsCoreNlpOnEverySentenceOfFixtureArticles() throws IOException {
    FastTagger fast = FastTagger.of(coreNlp, 200, TestPaths.quiet());
    assertThat(fast).isNotNull();
    List<Path> articles;
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/heldout"))) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(10).toList();
    }
    int tokens = 0;
    for (int round = 0; round < 2; round++) { // the second time, words' scores come from the cache
      for (Path article : articles) {
        for (List<CoreLabel> sentence : sentences(Files.readString(article,
            StandardCharsets.UTF_8))) {
          List<String> expected = new ArrayList<>();
          for (TaggedWord w : coreNlp.tagSentence(sentence, false)) {
            expected.add(w.tag());
          }
          fast.tag(sentence);
          assertThat(tags(sentence)).as(sentence.toString()).isEqualTo(expected);
          tokens += sentence.size();
        }
      }
    }
    assertThat(tokens).isGreaterThan(8_000);
    assertThat(fast.cachedWords()).isBetween(500, FastTagger.MAX_CACHED_WORDS);
    // CoreNLP's English model's dynamic features read the previous two tags only: their scores
    // come from the cache by those tags, far fewer combinations than tokens.
    assertThat(fast.cachedTagContexts()).isBetween(50, tokens / 4);
  }

  @Test
  void unknownWordsAndRareShapesAsCoreNlp() {
    FastTagger fast = FastTagger.of(coreNlp, 200, TestPaths.quiet());
    for (List<CoreLabel> sentence : sentences("Zorbulent quixotry flummoxed the snarfling "
        + "archimandrites of Xylophagia in 1873 , said Dr. O'Brien-Smythe of ACME-42 Ltd.")) {
      List<String> expected = new ArrayList<>();
      for (TaggedWord w : coreNlp.tagSentence(sentence, false)) {
        expected.add(w.tag());
      }
      fast.tag(sentence);
      assertThat(tags(sentence)).isEqualTo(expected).contains("NNP", "CD");
    }
  }

  @Test
  void sentencesOverTheLengthLimitAreTaggedXAsCoreNlpsAnnotatorDoes() {
    FastTagger fast = FastTagger.of(coreNlp, 5, TestPaths.quiet());
    List<CoreLabel> sentence = sentences("The minister said the plan would work.").get(0);
    fast.tag(sentence);
    assertThat(tags(sentence)).containsOnly("X");
    List<CoreLabel> shorter = sentences("The plan works.").get(0);
    fast.tag(shorter);
    assertThat(tags(shorter)).containsExactly("DT", "NN", "VBZ", ".");
  }
}

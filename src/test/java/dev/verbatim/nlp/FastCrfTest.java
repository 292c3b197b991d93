package dev.verbatim.nlp;

import static dev.verbatim.nlp.Labels.answers;
import static dev.verbatim.nlp.Labels.copy;
import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordShapeClassifier;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FastCrf} must choose exactly the labels CoreNLP's own search chooses, sentence by
 * sentence, on real articles.
 */
class FastCrfTest {
  private static CRFClassifier<CoreLabel> original;
  private static FastCrf fast;

  @BeforeAll
  static void load() throws Exception {
    original = CRFClassifier.getClassifier(PackedModels.SOURCE_NER);
    fast = FastCrf.of(original, TestPaths.quiet());
  }

  private static List<List<CoreLabel>> sentences(int articles) throws IOException {
    List<Path> files = Labels.devArticles(articles);
    List<List<CoreLabel>> out = new ArrayList<>();
    for (Path file : files) {
      List<CoreLabel> sentence = new ArrayList<>();
      PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(
          new StringReader(Files.readString(file, StandardCharsets.UTF_8)),
          new CoreLabelTokenFactory(), "");
      while (tokenizer.hasNext()) {
        CoreLabel l = tokenizer.next();
        sentence.add(l);
        if (".".equals(l.word()) || "?".equals(l.word()) || sentence.size() == 60) {
          out.add(sentence);
          sentence = new ArrayList<>();
        }
      }
      if (!sentence.isEmpty()) {
        out.add(sentence);
      }
    }
    return out;
  }

  @Test
  void theSameLabelsAsCoreNlpOnEverySentenceOfTheFixtureArticles() throws IOException {
    assertThat(fast).isNotNull();
    List<String> all = new ArrayList<>();
    int tokens = 0;
    for (List<CoreLabel> sentence : sentences(30)) {
      List<String> expected = answers(original.classifySentence(copy(sentence)));
      assertThat(answers(fast.classifySentence(copy(sentence))))
          .as(sentence.toString()).isEqualTo(expected);
      all.addAll(expected);
      tokens += sentence.size();
    }
    assertThat(tokens).isGreaterThan(15_000);
    assertThat(all).contains("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  }

  @Test
  void withFastFeaturesTheClassifierReadsCoreNlpsFeatureNumbersInCoreNlpsOrder() throws Exception {
    CRFClassifier<CoreLabel> loaded = CRFClassifier.getClassifier(PackedModels.SOURCE_NER);
    List<AbstractSequenceClassifier<?>> classifiers = new ArrayList<>(List.of(loaded));
    assertThat(FastCrf.install(classifiers, TestPaths.quiet())).isEqualTo(1);
    assertThat(FastNerFeatures.install(classifiers, TestPaths.quiet())).isEqualTo(1);
    FastCrf both = (FastCrf) classifiers.get(0);
    assertThat(both.featureFactories.get(0)).isInstanceOf(FastNerFeatures.class);

    List<List<CoreLabel>> all = sentences(30);
    List<CoreLabel> longWord = new ArrayList<>();
    for (String w : "The Pneumonoultramicroscopicsilicovolcanoconiosis case , said Dr. Ng .".split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.set(CoreAnnotations.TextAnnotation.class, w);
      longWord.add(l);
    }
    all.add(longWord);
    int features = 0;
    for (List<CoreLabel> sentence : all) {
      for (CoreLabel l : sentence) {
        l.set(CoreAnnotations.ShapeAnnotation.class,
            WordShapeClassifier.wordShape(l.word(), original.flags.wordShape));
      }
      int[][][] expected = original.documentToDataAndLabels(copy(sentence)).first();
      int[][][] got = both.documentToDataAndLabels(copy(sentence)).first();
      assertThat(got).as(sentence.toString()).isDeepEqualTo(expected);
      for (int[][] position : expected) {
        features += position[0].length + position[1].length;
      }
    }
    assertThat(features).isGreaterThan(300_000);
  }

  @Test
  void anEmptySentenceStaysEmpty() {
    assertThat(fast.classifyMaxEnt(new ArrayList<>())).isEmpty();
  }

  @Test
  void installReplacesCoreNlpsClassifierOnce() throws Exception {
    List<AbstractSequenceClassifier<?>> classifiers = new ArrayList<>(List.of(original));

    assertThat(FastCrf.install(classifiers, TestPaths.quiet())).isEqualTo(1);
    assertThat(classifiers.get(0)).isInstanceOf(FastCrf.class);
    assertThat(FastCrf.install(classifiers, TestPaths.quiet())).isZero();
  }

  @Test
  void aModelItDoesNotHandleIsLeftToCoreNlp() throws Exception {
    CRFClassifier<CoreLabel> wider = CRFClassifier.getClassifier(PackedModels.SOURCE_NER);
    wider.windowSize = 3;

    assertThat(FastCrf.of(wider, TestPaths.quiet())).isNull();
  }
}

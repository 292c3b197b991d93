package dev.verbatim.nlp;

import static dev.verbatim.nlp.Labels.copy;
import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.PaddedList;
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
 * {@link FastNerFeatures} must give the NER model exactly CoreNLP's features, in the same order,
 * at every token of real articles.
 */
class FastNerFeaturesTest {
  private static final String MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static NERFeatureFactory<CoreLabel> original;
  private static FastNerFeatures<CoreLabel> fast;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() throws Exception {
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(MODEL);
    original = (NERFeatureFactory<CoreLabel>) crf.featureFactories.get(0);
    fast = FastNerFeatures.of(original);
  }

  /** Tokens as the CRF reads them: words, and word shapes of the model's kind. */
  private static List<CoreLabel> tokens(String text) {
    List<CoreLabel> out = new ArrayList<>();
    PTBTokenizer<CoreLabel> tokenizer =
        new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "");
    while (tokenizer.hasNext()) {
      CoreLabel l = tokenizer.next();
      l.set(CoreAnnotations.ShapeAnnotation.class,
          WordShapeClassifier.wordShape(l.word(), WordShapeClassifier.WORDSHAPEDAN2USELC));
      out.add(l);
    }
    return out;
  }

  /** Sentence-sized windows of a token list, as the NER sees them. */
  private static List<List<CoreLabel>> windows(List<CoreLabel> tokens) {
    List<List<CoreLabel>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i += 40) {
      out.add(tokens.subList(i, Math.min(tokens.size(), i + 40)));
    }
    return out;
  }

  @Test
  void sameFeaturesInTheSameOrderOnEveryTokenOfTheFixtureArticles() throws IOException {
    List<Path> articles = Labels.devArticles(12);
    assertThat(articles).hasSize(12);
    int positions = 0;
    for (Path article : articles) {
      for (List<CoreLabel> window : windows(tokens(Files.readString(article,
          StandardCharsets.UTF_8)))) {
        assertThat(FastNerFeatures.compare(original, fast, copy(window), copy(window), null))
            .as(article.toString()).isNull();
        positions += window.size();
      }
    }
    assertThat(positions).isGreaterThan(5_000);
  }

  @Test
  void theSelfCheckPassesForTheModelVerbatimLoads() {
    assertThat(FastNerFeatures.selfCheck(original, fast)).isNull();
  }

  @Test
  void aDifferenceIsReported() {
    List<CoreLabel> a = tokens("Mr. Smith told the BBC on Monday that it was over.");
    List<CoreLabel> b = copy(a);
    b.get(1).set(CoreAnnotations.TextAnnotation.class, "Jones");
    assertThat(FastNerFeatures.compare(original, fast, a, b, null)).contains("Smith");
  }

  @Test
  void installReplacesCoreNlpsFactoryOnceAndTheLabelsStayTheSame() throws Exception {
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(MODEL);
    List<String> before = answers(crf);
    assertThat(FastNerFeatures.install(List.of(crf), TestPaths.quiet())).isEqualTo(1);
    assertThat(crf.featureFactories.get(0)).isInstanceOf(FastNerFeatures.class);
    assertThat(FastNerFeatures.install(List.of(crf), TestPaths.quiet())).isZero();
    List<String> after = answers(crf);
    assertThat(after).isEqualTo(before).contains("PERSON", "ORGANIZATION", "LOCATION");
  }

  @Test
  void onceInstalledTheWordFeaturesAreTheModelsOwnStrings() throws Exception {
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(MODEL);
    assertThat(FastNerFeatures.install(List.of(crf), TestPaths.quiet())).isEqualTo(1);
    @SuppressWarnings("unchecked")
    FastNerFeatures<CoreLabel> installed = (FastNerFeatures<CoreLabel>) crf.featureFactories.get(0);
    Index<String> index = installed.featureIndex();
    assertThat(index).isNotNull();
    List<CoreLabel> sentence = tokens("The president of France said on Monday that the talks "
        + "in London had failed .");
    PaddedList<CoreLabel> padded = PaddedList.valueOf(sentence, new CoreLabel());
    int known = 0;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < sentence.size(); i++) {
        for (String f : installed.getCliqueFeatures(padded, i, FeatureFactory.cliqueC)) {
          if (f.endsWith("-WORD|C") && index.indexOf(f) >= 0) {
            assertThat(f).isSameAs(index.get(index.indexOf(f)));
            known++;
          }
        }
      }
    }
    assertThat(known).isGreaterThan(20);
  }

  @Test
  void withASecondSuffixTheFeaturesAreCoreNlpsOwn() {
    List<CoreLabel> a = tokens("Mr. Smith told the BBC on Monday that it was over.");
    a.get(0).set(CoreAnnotations.DomainAnnotation.class, "news");
    List<CoreLabel> b = copy(a);
    assertThat(FastNerFeatures.compare(original, fast, a, b, null)).isNull();
    PaddedList<CoreLabel> padded = PaddedList.valueOf(b, new CoreLabel());
    assertThat(fast.getCliqueFeatures(padded, 1, FeatureFactory.cliqueC))
        .contains("Smith-WORD|C", "Smith-WORD|news-C");
  }

  @Test
  @SuppressWarnings("unchecked")
  void onceInstalledOnlyFeaturesTheModelKnowsAreGivenInCoreNlpsOrder() throws Exception {
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(MODEL);
    assertThat(FastNerFeatures.install(List.of(crf), TestPaths.quiet())).isEqualTo(1);
    FastNerFeatures<CoreLabel> installed = (FastNerFeatures<CoreLabel>) crf.featureFactories.get(0);
    Index<String> index = installed.featureIndex();
    List<Path> articles = Labels.devArticles(8);
    int all = 0;
    int given = 0;
    for (Path article : articles) {
      for (List<CoreLabel> window : windows(tokens(Files.readString(article,
          StandardCharsets.UTF_8)))) {
        assertThat(FastNerFeatures.compare(original, installed, copy(window), copy(window), index))
            .as(article.toString()).isNull();
        PaddedList<CoreLabel> a = PaddedList.valueOf(copy(window), new CoreLabel());
        PaddedList<CoreLabel> b = PaddedList.valueOf(copy(window), new CoreLabel());
        for (int i = 0; i < window.size(); i++) {
          all += original.getCliqueFeatures(a, i, FeatureFactory.cliqueC).size();
          given += installed.getCliqueFeatures(b, i, FeatureFactory.cliqueC).size();
        }
      }
    }
    // A third of CoreNLP's features are unknown to the model, so left out.
    assertThat(given).isLessThan(all * 3 / 4);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aTokenWithVeryManyFeaturesGetsAllOfThemInCoreNlpsOrder() throws Exception {
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(MODEL);
    assertThat(FastNerFeatures.install(List.of(crf), TestPaths.quiet())).isEqualTo(1);
    FastNerFeatures<CoreLabel> installed = (FastNerFeatures<CoreLabel>) crf.featureFactories.get(0);
    String longWord = "Pneumonoultramicroscopicsilicovolcanoconiosis";
    List<CoreLabel> sentence = tokens("The word " + longWord + " was said .");
    int at = 2;
    assertThat(sentence.get(at).word()).isEqualTo(longWord);
    List<String> expected = new ArrayList<>(original.getCliqueFeatures(
        PaddedList.valueOf(copy(sentence), new CoreLabel()), at, FeatureFactory.cliqueC));
    List<String> got = new ArrayList<>(installed.getCliqueFeatures(
        PaddedList.valueOf(copy(sentence), new CoreLabel()), at, FeatureFactory.cliqueC));

    assertThat(expected).hasSizeGreaterThan(FastNerFeatures.CORENLP_SET_GROWS_AFTER);
    assertThat(got).isEqualTo(expected);
  }

  private static List<String> answers(CRFClassifier<CoreLabel> crf) {
    List<CoreLabel> sentence = new ArrayList<>();
    for (String w : "Angela Merkel met executives of Siemens in Berlin on Monday .".split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      sentence.add(l);
    }
    List<String> out = new ArrayList<>();
    for (CoreLabel l : crf.classifySentence(sentence)) {
      out.add(l.get(CoreAnnotations.AnswerAnnotation.class));
    }
    return out;
  }
}

package dev.verbatim.nlp;

import static dev.verbatim.nlp.Labels.answers;
import static dev.verbatim.nlp.Labels.copy;
import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.tagger.maxent.Distsim;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packed models that the build writes must tag, label and parse exactly as CoreNLP's own
 * files do, on real articles.
 */
class PackedModelsTest {
  private static List<List<CoreLabel>> sentences;

  @BeforeAll
  static void readArticles() throws IOException {
    List<Path> articles = Labels.devArticles(10);
    sentences = new ArrayList<>();
    for (Path article : articles) {
      List<CoreLabel> window = new ArrayList<>();
      PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(
          new StringReader(Files.readString(article, StandardCharsets.UTF_8)),
          new CoreLabelTokenFactory(), "");
      while (tokenizer.hasNext()) {
        CoreLabel l = tokenizer.next();
        window.add(l);
        if (window.size() == 40 || ".".equals(l.word())) {
          sentences.add(window);
          window = new ArrayList<>();
        }
      }
    }
  }

  @Test
  void theBuildPackedTheModels() {
    assertThat(PackedModels.available()).isTrue();
    assertThat(PackedModels.nerModel()).isEqualTo(PackedModels.NER);
  }

  @Test
  void thePackedTaggerHasCoreNlpsLexiconAndGivesItsTags() throws Exception {
    MaxentTagger original = new MaxentTagger(PackedModels.SOURCE_TAGGER);
    MaxentTagger packed = PackedModels.tagger();

    Map<String, String> originalLexicon = null;
    for (Distsim d : PackedModels.distsims(original)) {
      originalLexicon = PackedModels.distsimLexicon(d);
    }
    assertThat(PackedModels.distsims(packed)).isNotEmpty().allSatisfy(d ->
        assertThat(PackedModels.distsimLexicon(d)).isInstanceOf(SharedLexicon.class));
    Map<String, String> packedLexicon =
        PackedModels.distsimLexicon(PackedModels.distsims(packed).iterator().next());
    assertThat(originalLexicon).hasSizeGreaterThan(100_000);
    assertThat(packedLexicon).isEqualTo(originalLexicon);

    int words = 0;
    for (List<CoreLabel> sentence : sentences) {
      List<TaggedWord> a = original.tagSentence(copy(sentence));
      List<TaggedWord> b = packed.tagSentence(copy(sentence));
      assertThat(b).isEqualTo(a);
      words += a.size();
    }
    assertThat(words).isGreaterThan(5_000);
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePackedNerHasCoreNlpsLexiconAndGivesItsLabels() throws Exception {
    CRFClassifier<CoreLabel> original = CRFClassifier.getClassifier(PackedModels.SOURCE_NER);
    CRFClassifier<CoreLabel> packed = CRFClassifier.getClassifier(PackedModels.NER);
    NERFeatureFactory<?> packedFactory = PackedModels.nerFactory(packed);
    assertThat(PackedModels.nerLexicon(packedFactory)).isEmpty(); // as packed: not usable yet
    assertThat(weights(packed)).isEmpty();

    PackedModels.completeNer(packed);

    assertThat(featureIndex(packed).objectsList()).isEqualTo(featureIndex(original).objectsList());
    assertThat(featureIndex(packed).isLocked()).isEqualTo(featureIndex(original).isLocked());
    assertThat(weights(packed).length).isGreaterThan(100_000);
    assertThat(weights(packed)).isDeepEqualTo(weights(original));

    Map<String, String> originalLexicon = PackedModels.nerLexicon(PackedModels.nerFactory(original));
    assertThat(PackedModels.nerLexicon(packedFactory))
        .isInstanceOf(CompactLexicon.class).isEqualTo(originalLexicon);
    List<String> labels = new ArrayList<>();
    for (List<CoreLabel> sentence : sentences) {
      List<String> a = answers(original.classifySentence(copy(sentence)));
      List<String> b = answers(packed.classifySentence(copy(sentence)));
      assertThat(b).isEqualTo(a);
      labels.addAll(a);
    }
    assertThat(labels).contains("PERSON", "ORGANIZATION", "LOCATION");
  }

  @Test
  void completingLeavesAnUnpackedModelAlone() throws Exception {
    CRFClassifier<CoreLabel> original = CRFClassifier.getClassifier(PackedModels.SOURCE_NER);
    Map<String, String> lexicon = PackedModels.nerLexicon(PackedModels.nerFactory(original));

    PackedModels.completeNer(original);

    assertThat(PackedModels.nerLexicon(PackedModels.nerFactory(original))).isSameAs(lexicon);
  }

  @Test
  void thePackedParserHoldsWhatCoreNlpReadsAndParsesAlike() throws Exception {
    DependencyParser original =
        DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    DependencyParser packed = PackedModels.parser();

    assertThat(PackedParser.same(PackedParser.dataOf(packed), PackedParser.dataOf(original)))
        .isTrue();
    assertThat(PackedParser.dataOf(packed).words()).hasSizeGreaterThan(50_000);
    for (String ids : List.of("wordIDs", "posIDs", "labelIDs")) {
      assertThat(Internals.get(DependencyParser.class, ids, packed))
          .isEqualTo(Internals.get(DependencyParser.class, ids, original));
    }
    Classifier a = (Classifier) Internals.get(DependencyParser.class, "classifier", original);
    Classifier b = (Classifier) Internals.get(DependencyParser.class, "classifier", packed);
    assertThat(Internals.get(Classifier.class, "preMap", b))
        .isEqualTo(Internals.get(Classifier.class, "preMap", a));
    Object system = Internals.get(DependencyParser.class, "system", packed);
    assertThat(system).isInstanceOf(ArcStandard.class);
    assertThat(Internals.get(ParsingSystem.class, "transitions", system)).isEqualTo(
        Internals.get(ParsingSystem.class, "transitions",
            Internals.get(DependencyParser.class, "system", original)));
    // Left for FastDependencyParser to compute when needed, or for CoreNLP on request.
    assertThat(Internals.get(Classifier.class, "saved", b)).isNull();
    PackedParser.preCompute(packed);
    assertThat((double[][]) Internals.get(Classifier.class, "saved", b))
        .isDeepEqualTo((double[][]) Internals.get(Classifier.class, "saved", a));

    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    Annotation doc = new Annotation(Files.readString(Labels.devArticles(1).get(0)));
    new StanfordCoreNLP(p).annotate(doc);
    int parsed = 0;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      assertThat(packed.predict(s).typedDependencies().toString())
          .isEqualTo(original.predict(s).typedDependencies().toString());
      parsed++;
    }
    assertThat(parsed).isGreaterThan(5);
  }

  @SuppressWarnings("unchecked")
  private static Index<String> featureIndex(CRFClassifier<CoreLabel> crf) throws Exception {
    Field f = CRFClassifier.class.getDeclaredField("featureIndex");
    f.setAccessible(true);
    return (Index<String>) f.get(crf);
  }

  private static float[][] weights(CRFClassifier<CoreLabel> crf) throws Exception {
    Field f = CRFClassifier.class.getDeclaredField("weights");
    f.setAccessible(true);
    return (float[][]) f.get(crf);
  }

}

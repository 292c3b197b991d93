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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packed models that the build writes must tag and label exactly as CoreNLP's own files do,
 * on real articles.
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

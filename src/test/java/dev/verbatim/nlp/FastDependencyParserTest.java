package dev.verbatim.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FastDependencyParser} must give CoreNLP's own scores, bit for bit, and therefore its
 * parses: on a parser CoreNLP loaded (its pre-computed contributions shared) and on the packed
 * parser (those contributions computed when first needed).
 */
class FastDependencyParserTest {
  private static final String TEXT = "\"We will not back down,\" the minister told reporters on "
      + "Tuesday, adding that the talks in Brussels had been \"constructive\".\n"
      + "Critics, however, said the plan was unworkable.\n"
      + "Zorbulent quixotry flummoxed the snarfling archimandrites of Xylophagia in 1873.\n"
      + "Yes.\n"
      + "The committee, which met behind closed doors for nearly six hours on Monday and again "
      + "on Wednesday, said in a statement released late last night that it had found no "
      + "evidence of wrongdoing by any of the officials named in the complaint, but that it "
      + "would continue to monitor the situation closely and report back to parliament.";

  private static FastDependencyParser fast;
  /** On the packed parser, which computes its pre-computed rows when first needed. */
  private static FastDependencyParser packed;
  private static List<CoreMap> sentences;

  @BeforeAll
  static void load() {
    fast = new FastDependencyParser(
        DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties()));
    packed = new FastDependencyParser(PackedModels.parser());
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    Annotation doc = new Annotation(TEXT);
    new StanfordCoreNLP(p).annotate(doc);
    sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static List<String> dependencies(GrammaticalStructure gs) {
    List<String> out = new ArrayList<>();
    gs.typedDependencies().forEach(td -> out.add(td.toString()));
    return out;
  }

  @Test
  void sameParsesAsCoreNlp() {
    assertEquals(5, sentences.size());
    for (CoreMap s : sentences) {
      assertEquals(dependencies(fast.parser().predict(s)), dependencies(fast.predict(s)));
      assertEquals(dependencies(fast.parser().predict(s)), dependencies(packed.predict(s)));
    }
  }

  @Test
  void sameScoresAsCoreNlpAtEveryStep() throws ReflectiveOperationException {
    DependencyParser parser = fast.parser();
    Field cf = DependencyParser.class.getDeclaredField("classifier");
    cf.setAccessible(true);
    Classifier classifier = (Classifier) cf.get(parser);
    Method computeScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
    computeScores.setAccessible(true);
    Field sf = DependencyParser.class.getDeclaredField("system");
    sf.setAccessible(true);
    ArcStandard system = (ArcStandard) sf.get(parser);
    Field tf = ParsingSystem.class.getDeclaredField("transitions");
    tf.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<String> transitions = (List<String>) tf.get(system);
    Field pf = Classifier.class.getDeclaredField("preMap");
    pf.setAccessible(true);
    Map<?, ?> preComputed = (Map<?, ?>) pf.get(classifier);

    int steps = 0;
    int computedContributions = 0;
    for (CoreMap s : sentences) {
      Configuration c = system.initialConfiguration(s);
      while (!system.isTerminal(c)) {
        int[] features = fast.features(c);
        for (int j = 0; j < features.length; j++) {
          if (!preComputed.containsKey(features[j] * features.length + j)) {
            computedContributions++;
          }
        }
        double[] expected = (double[]) computeScores.invoke(classifier, (Object) features);
        assertArrayEquals(features, packed.features(c));
        for (FastDependencyParser each : List.of(fast, packed)) {
          double[] actual = Arrays.copyOf(each.scores(features), expected.length);
          assertArrayEquals(expected, actual, 0.0);
          for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]),
                Double.doubleToRawLongBits(actual[i]));
          }
        }
        String best = null;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < transitions.size(); i++) {
          if (expected[i] > max && system.canApply(c, transitions.get(i))) {
            max = expected[i];
            best = transitions.get(i);
          }
        }
        assertNotNull(best);
        system.apply(c, best);
        steps++;
      }
    }
    assertTrue(computedContributions > 0, "the sentences should use features not pre-computed");
    assertEquals(2 * sentences.stream()
        .mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum(), steps);
  }
}

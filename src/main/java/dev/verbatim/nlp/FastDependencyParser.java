package dev.verbatim.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural dependency parser ({@link DependencyParser}) with a faster forward pass and
 * exactly the same parses: every transition score is computed with the same floating-point
 * operations in the same order as CoreNLP's {@code Classifier.computeScores}, so scores, ties and
 * therefore trees are identical bit for bit. Three things make it faster:
 *
 * <ul>
 *   <li>the output layer (CoreNLP's costliest step: one dot product per transition) is kept
 *       widened to {@code double} in blocks of eight transitions, whose scores are summed side by
 *       side in registers. Each score is still the same sequence of additions as CoreNLP's, from
 *       0 and in the same order; the eight sums only no longer wait on each other (and Java never
 *       fuses a multiplication and an addition);
 *   <li>the hidden-layer contributions of input features that the model does not pre-compute
 *       are computed the same way (float products summed in {@code double}, rounded to
 *       {@code float}), eight hidden units at a time, and cached without locks;
 *   <li>when only one transition is legal (a shift while the stack holds just the root or one
 *       word, the final attachment to the root), it is taken without running the network: the
 *       weights are checked once, at load, to bound every score far below overflow, so CoreNLP's
 *       arg-max would pick that transition whatever its score.
 * </ul>
 *
 * <p>The rest is CoreNLP's own code: its configurations and transition system, its feature
 * extraction and its conversion of the tree into a {@link GrammaticalStructure}. Some of what this
 * needs is private in CoreNLP 4.5.10 (the classifier, the transition system, the pre-computed
 * hidden-layer contributions, the feature extraction and the tree conversion); this class is the
 * only one that reaches it, by reflection. It runs only if its {@link #fingerprint} matches the
 * CoreNLP it was written against, and its constructor fails with a clear message if CoreNLP's
 * layout differs all the same; either way the analyzer then parses with CoreNLP's own {@link
 * DependencyParser#predict(CoreMap)}, with one warning. Instances are thread-safe.
 *
 * <p>Adapted from {@code edu.stanford.nlp.parser.nndep.DependencyParser} ({@code predictInner},
 * {@code predict}) and {@code Classifier} ({@code computeScores}, {@code matrixMultiplySlice}) of
 * Stanford CoreNLP 4.5.10, by Danqi Chen, Jon Gauthier and the Stanford NLP Group, Copyright The
 * Board of Trustees of The Leland Stanford Junior University, GPL-3.0-or-later like Verbatim.
 */
final class FastDependencyParser {
  /**
   * The cache of contributions holds 2^16 slots of about 1 KB (at most about 55 MB of heap); a
   * feature's slot is a hash of it, and a newer feature with the same slot replaces an older one.
   */
  private static final int CACHE_BITS = 16;
  /** Hidden units or transitions whose sums are computed side by side, in registers. */
  private static final int BLOCK = 8;
  /** Largest score magnitude for which skipping the network on a forced transition is exact. */
  private static final double SAFE_SCORE = 1e300;

  private final DependencyParser parser;
  private final ArcStandard system;
  private final MethodHandle featureArray;
  private final MethodHandle makeRelation;
  private final MethodHandle makeStructure;

  private final String[] transitions;
  /** Legality class of each transition: CoreNLP's {@code canApply} depends on nothing else. */
  private final int[] transitionClass;
  /** One transition of each class, to ask CoreNLP whether the class is legal. */
  private final String[] classExample;
  /** How many transitions each class holds. */
  private final int[] classSize;
  private final boolean skipForced;

  private final int numTokens;
  private final int embeddingSize;
  private final int hiddenSize;
  private final float[][] embeddings;
  private final float[] bias;
  /** Columns of the first layer: {@code numTokens * embeddingSize}. */
  private final int columns;
  /**
   * The first layer in blocks of {@link #BLOCK} hidden units:
   * {@code w1b[((unit / BLOCK) * columns + column) * BLOCK + unit % BLOCK]}.
   */
  private final float[] w1b;
  /**
   * The output layer widened to {@code double}, in blocks of {@link #BLOCK} transitions (padded
   * with zeros): {@code w2b[(block * hiddenSize + unit) * BLOCK + transition % BLOCK]}.
   */
  private final double[] w2b;
  /**
   * The pre-computed hidden-layer contributions, by CoreNLP's pre-computed feature number: the
   * rows CoreNLP computed when it loaded the parser (shared, not copied), or, for a parser loaded
   * without them ({@link PackedParser}), each row computed the first time a sentence needs it, with
   * CoreNLP's arithmetic ({@link #savedRow}).
   */
  private final AtomicReferenceArray<double[]> saved;
  /** The input feature of each pre-computed row ({@code token * numTokens + position}). */
  private final int[] savedFeature;
  private final IntIntMap savedIndex;
  private final AtomicReferenceArray<Contribution> cache =
      new AtomicReferenceArray<>(1 << CACHE_BITS);

  /**
   * Wraps a loaded parser.
   *
   * @param parser a parser loaded from a model file
   * @throws IllegalStateException if CoreNLP's internals are not laid out as this class expects
   */
  FastDependencyParser(DependencyParser parser) {
    this.parser = parser;
    try {
      Classifier classifier =
          (Classifier) Internals.get(DependencyParser.class, "classifier", parser);
      ParsingSystem ps = (ParsingSystem) Internals.get(DependencyParser.class, "system", parser);
      if (!(ps instanceof ArcStandard) || classifier == null) {
        throw new IllegalStateException("the parser is not loaded, or not arc-standard");
      }
      // With numCached = 0, CoreNLP sums missing contributions in double without rounding them
      // to float; this class reproduces the cached computation only.
      if (((Config) Internals.get(DependencyParser.class, "config", parser)).numCached == 0) {
        throw new IllegalStateException("the parser was loaded with numCached=0");
      }
      this.system = (ArcStandard) ps;
      @SuppressWarnings("unchecked")
      List<String> ts = (List<String>) Internals.get(ParsingSystem.class, "transitions", ps);
      String rootLabel = (String) Internals.get(ParsingSystem.class, "rootLabel", ps);
      double[][] computed = (double[][]) Internals.get(Classifier.class, "saved", classifier);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap =
          (Map<Integer, Integer>) Internals.get(Classifier.class, "preMap", classifier);
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      this.featureArray = lookup.unreflect(method("getFeatureArray", Configuration.class));
      this.makeRelation = lookup.unreflect(method("makeGrammaticalRelation", String.class));
      this.makeStructure =
          lookup.unreflect(method("makeGrammaticalStructure", List.class, TreeGraphNode.class));

      this.transitions = ts.toArray(new String[0]);
      this.transitionClass = new int[transitions.length];
      this.classExample = new String[5];
      this.classSize = new int[5];
      for (int i = 0; i < transitions.length; i++) {
        String t = transitions[i];
        boolean arc = t.startsWith("L") || t.startsWith("R");
        boolean root = arc && t.substring(2, t.length() - 1).equals(rootLabel);
        int c = !arc ? 4 : (t.startsWith("L") ? 0 : 2) + (root ? 0 : 1);
        transitionClass[i] = c;
        classSize[c]++;
        if (classExample[c] == null) {
          classExample[c] = t;
        }
      }

      float[][] w1 = classifier.getW1();
      float[][] w2 = classifier.getW2();
      this.embeddings = classifier.getE();
      this.bias = classifier.getb1();
      this.hiddenSize = bias.length;
      this.embeddingSize = embeddings[0].length;
      this.numTokens = w1[0].length / embeddingSize;
      if (w1.length != hiddenSize || w2.length != transitions.length
          || w2[0].length != hiddenSize || hiddenSize % BLOCK != 0
          || (computed != null && (computed.length != preMap.size()
              || (computed.length > 0 && computed[0].length != hiddenSize)))) {
        throw new IllegalStateException("unexpected weight shapes");
      }
      this.columns = w1[0].length;
      this.w1b = new float[hiddenSize * columns];
      for (int u = 0; u < hiddenSize; u++) {
        for (int col = 0; col < columns; col++) {
          w1b[((u / BLOCK) * columns + col) * BLOCK + u % BLOCK] = w1[u][col];
        }
      }
      int blocks = (transitions.length + BLOCK - 1) / BLOCK;
      this.w2b = new double[blocks * hiddenSize * BLOCK];
      for (int t = 0; t < transitions.length; t++) {
        for (int u = 0; u < hiddenSize; u++) {
          w2b[((t / BLOCK) * hiddenSize + u) * BLOCK + t % BLOCK] = w2[t][u];
        }
      }
      this.savedIndex = new IntIntMap(preMap.size());
      this.savedFeature = new int[preMap.size()];
      this.saved = new AtomicReferenceArray<>(preMap.size());
      preMap.forEach((feature, id) -> {
        if (id < 0 || id >= savedFeature.length || feature < 0
            || feature / numTokens >= embeddings.length) {
          throw new IllegalStateException("unexpected pre-computed feature " + feature);
        }
        savedIndex.put(feature, id);
        savedFeature[id] = feature;
        if (computed != null) {
          saved.set(id, computed[id]);
        }
      });
      this.skipForced = scoreBound(w1, w2, computed) < SAFE_SCORE;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("CoreNLP's dependency parser is not laid out as Verbatim "
          + "expects (it was written against CoreNLP 4.5.10): " + e, e);
    }
  }

  /**
   * What this class relies on in CoreNLP's parser: the fields and methods it reaches and the
   * network's dimensions.
   *
   * @param parser a loaded parser
   * @return its fingerprint
   * @throws ReflectiveOperationException if the parser's fields cannot be read
   */
  static Fingerprint fingerprint(DependencyParser parser) throws ReflectiveOperationException {
    Classifier classifier =
        (Classifier) Internals.get(DependencyParser.class, "classifier", parser);
    ParsingSystem ps = (ParsingSystem) Internals.get(DependencyParser.class, "system", parser);
    Config config = (Config) Internals.get(DependencyParser.class, "config", parser);
    return Fingerprint.ofClasses(DependencyParser.class, Classifier.class, Config.class,
            ParsingSystem.class, ArcStandard.class, Configuration.class)
        .methods(DependencyParser.class, "getFeatureArray", "makeGrammaticalRelation",
            "makeGrammaticalStructure", "predict")
        .layout("system", ps.getClass().getName())
        .layout("transitions", ((List<?>) Internals.get(ParsingSystem.class, "transitions", ps))
            .size())
        .layout("W1", classifier.getW1().length + "x" + classifier.getW1()[0].length)
        .layout("W2", classifier.getW2().length + "x" + classifier.getW2()[0].length)
        .layout("E", classifier.getE().length + "x" + classifier.getE()[0].length)
        .layout("pre-computed", ((Map<?, ?>) Internals.get(Classifier.class, "preMap",
            classifier)).size())
        .layout("numCached", config.numCached);
  }

  private static Method method(String name, Class<?>... types)
      throws NoSuchMethodException {
    Method m = DependencyParser.class.getDeclaredMethod(name, types);
    m.setAccessible(true);
    return m;
  }

  /**
   * An upper bound on the magnitude of any transition score: every hidden unit sums one
   * contribution per input feature (pre-computed, or at most {@code embeddingSize} products) and
   * a bias, and is cubed; a score sums {@code hiddenSize} of those times output weights.
   */
  private double scoreBound(float[][] w1, float[][] w2, double[][] computed) {
    // Pre-computed rows not computed yet sum the same products, so the first term bounds them.
    double contribution = embeddingSize * maxAbs(w1) * maxAbs(embeddings) * 1.01;
    for (double[] row : computed == null ? new double[0][] : computed) {
      for (double v : row) {
        contribution = Math.max(contribution, Math.abs(v));
      }
    }
    double hidden = numTokens * contribution + maxAbs(new float[][] {bias});
    return hiddenSize * maxAbs(w2) * hidden * hidden * hidden;
  }

  private static double maxAbs(float[][] m) {
    double max = 0;
    for (float[] row : m) {
      for (float v : row) {
        max = Math.max(max, Math.abs(v));
      }
    }
    return Double.isNaN(max) ? Double.POSITIVE_INFINITY : max;
  }

  /** The parser this one wraps. */
  DependencyParser parser() {
    return parser;
  }

  /**
   * Parses one tagged sentence, exactly as {@link DependencyParser#predict(CoreMap)} does.
   *
   * @param sentence a sentence with tokens and part-of-speech tags
   * @return its basic dependencies
   */
  GrammaticalStructure predict(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    boolean[] legal = new boolean[classExample.length];
    // Scratch space for every step of this sentence: the parser runs for each sentence a text
    // may quote, and fresh arrays at every step were a third of everything the default profile
    // allocated, which made two threads collect garbage often under a 1 GB heap.
    double[] hidden = new double[hiddenSize];
    double[] scores = new double[w2b.length / hiddenSize];
    while (!system.isTerminal(c)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      int legalCount = 0;
      int lastLegal = -1;
      for (int k = 0; k < classExample.length; k++) {
        legal[k] = classExample[k] != null && system.canApply(c, classExample[k]);
        if (legal[k]) {
          legalCount += classSize[k];
          lastLegal = k;
        }
      }
      String chosen = null;
      if (legalCount == 1 && skipForced) {
        for (int i = 0; i < transitions.length && chosen == null; i++) {
          chosen = transitionClass[i] == lastLegal ? transitions[i] : null;
        }
      } else {
        // CoreNLP's arg-max: the first legal transition with the highest score.
        scores(features(c), hidden, scores);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < transitions.length; i++) {
          if (scores[i] > best && legal[transitionClass[i]]) {
            best = scores[i];
            chosen = transitions[i];
          }
        }
      }
      system.apply(c, chosen);
    }
    return toStructure(c, sentence.get(CoreAnnotations.TokensAnnotation.class));
  }

  /** CoreNLP's input features of a configuration. */
  int[] features(Configuration c) {
    try {
      return (int[]) featureArray.invokeExact(parser, c);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The score of every transition for these input features: the very values CoreNLP's {@code
   * Classifier.computeScores} returns (the array may be longer; the rest is padding).
   */
  double[] scores(int[] features) {
    return scores(features, new double[hiddenSize], new double[w2b.length / hiddenSize]);
  }

  /**
   * {@link #scores(int[])} into caller-owned arrays: {@code hidden} (overwritten, of the hidden
   * layer's size) and {@code scores} (overwritten and returned, of {@code scores(int[])}'s size).
   */
  private double[] scores(int[] features, double[] hidden, double[] scores) {
    // Each hidden unit sums its rows in feature order from 0, as CoreNLP's in-place additions do.
    Arrays.fill(hidden, 0.0);
    for (int j = 0; j < features.length; j++) {
      int index = features[j] * numTokens + j;
      int id = savedIndex.get(index);
      if (id >= 0) {
        double[] row = savedRow(id);
        for (int u = 0; u < hiddenSize; u++) {
          hidden[u] += row[u];
        }
      } else {
        float[] row = contribution(index, features[j], j * embeddingSize);
        for (int u = 0; u < hiddenSize; u++) {
          hidden[u] += row[u];
        }
      }
    }
    for (int u = 0; u < hiddenSize; u++) {
      hidden[u] += bias[u];
      hidden[u] = hidden[u] * hidden[u] * hidden[u];
    }
    // Each score sums hidden unit times weight in unit order from 0, like CoreNLP's dot product;
    // eight transitions at a time.
    for (int t = 0; t < scores.length; t += BLOCK) {
      double a0 = 0;
      double a1 = 0;
      double a2 = 0;
      double a3 = 0;
      double a4 = 0;
      double a5 = 0;
      double a6 = 0;
      double a7 = 0;
      int o = t * hiddenSize;
      for (int u = 0; u < hiddenSize; u++, o += BLOCK) {
        double h = hidden[u];
        a0 += h * w2b[o];
        a1 += h * w2b[o + 1];
        a2 += h * w2b[o + 2];
        a3 += h * w2b[o + 3];
        a4 += h * w2b[o + 4];
        a5 += h * w2b[o + 5];
        a6 += h * w2b[o + 6];
        a7 += h * w2b[o + 7];
      }
      store(scores, t, a0, a1, a2, a3, a4, a5, a6, a7);
    }
    return scores;
  }

  /**
   * For each hidden unit, the float products of its first-layer weights and an embedding, summed
   * in embedding order in {@code double} from 0, eight units at a time (CoreNLP's order of sums).
   */
  private double[] products(float[] e, int offset) {
    double[] row = new double[hiddenSize];
    for (int u = 0; u < hiddenSize; u += BLOCK) {
      double a0 = 0;
      double a1 = 0;
      double a2 = 0;
      double a3 = 0;
      double a4 = 0;
      double a5 = 0;
      double a6 = 0;
      double a7 = 0;
      int o = ((u / BLOCK) * columns + offset) * BLOCK;
      for (int k = 0; k < e.length; k++, o += BLOCK) {
        float ek = e[k];
        a0 += w1b[o] * ek;
        a1 += w1b[o + 1] * ek;
        a2 += w1b[o + 2] * ek;
        a3 += w1b[o + 3] * ek;
        a4 += w1b[o + 4] * ek;
        a5 += w1b[o + 5] * ek;
        a6 += w1b[o + 6] * ek;
        a7 += w1b[o + 7] * ek;
      }
      store(row, u, a0, a1, a2, a3, a4, a5, a6, a7);
    }
    return row;
  }

  private static void store(double[] to, int at, double a0, double a1, double a2, double a3,
      double a4, double a5, double a6, double a7) {
    to[at] = a0;
    to[at + 1] = a1;
    to[at + 2] = a2;
    to[at + 3] = a3;
    to[at + 4] = a4;
    to[at + 5] = a5;
    to[at + 6] = a6;
    to[at + 7] = a7;
  }

  /**
   * The hidden-layer contribution of one input feature that the model does not pre-compute:
   * for each unit, the float products of its first-layer weights and the embedding summed in
   * order in {@code double}, then rounded to {@code float}, as CoreNLP computes and caches it.
   */
  private float[] contribution(int index, int tok, int offset) {
    int slot = (index * 0x9E3779B9) >>> (32 - CACHE_BITS);
    Contribution cached = cache.get(slot);
    if (cached != null && cached.index == index) {
      return cached.row;
    }
    double[] sums = products(embeddings[tok], offset);
    float[] row = new float[hiddenSize];
    for (int u = 0; u < hiddenSize; u++) {
      row[u] = (float) sums[u];
    }
    cache.set(slot, new Contribution(index, row));
    return row;
  }

  /**
   * The pre-computed contribution of one frequent input feature: for each hidden unit, the float
   * products of its first-layer weights and the feature's embedding summed in order in {@code
   * double} from 0, exactly as CoreNLP's {@code Classifier.preCompute} computes it (not rounded to
   * {@code float}). Computed once, the first time it is needed, unless CoreNLP pre-computed it;
   * two threads may both compute a row, and get the same values.
   */
  private double[] savedRow(int id) {
    double[] row = saved.get(id);
    if (row != null) {
      return row;
    }
    int feature = savedFeature[id];
    float[] e = embeddings[feature / numTokens];
    int offset = (feature % numTokens) * embeddingSize;
    row = products(e, offset);
    saved.set(id, row);
    return row;
  }

  /** A cached contribution and the input feature it belongs to. */
  private record Contribution(int index, float[] row) {}

  /** The tree of a final configuration as CoreNLP's {@code predict} builds it. */
  private GrammaticalStructure toStructure(Configuration c, List<CoreLabel> tokens) {
    try {
      List<TypedDependency> deps = new ArrayList<>();
      IndexedWord root = new IndexedWord(new Word("ROOT"));
      root.set(CoreAnnotations.IndexAnnotation.class, 0);
      for (int i = 1; i <= tokens.size(); i++) {
        int head = c.getHead(i);
        IndexedWord dep = new IndexedWord(tokens.get(i - 1));
        IndexedWord gov = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
        GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
            : (GrammaticalRelation) makeRelation.invokeExact(parser, c.getLabel(i));
        deps.add(new TypedDependency(rel, gov, dep));
      }
      return (GrammaticalStructure) makeStructure.invokeExact(parser, deps,
          new TreeGraphNode(root));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** A read-only-after-load map from non-negative int keys to non-negative int values. */
  private static final class IntIntMap {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    IntIntMap(int size) {
      int capacity = Integer.highestOneBit(Math.max(4, size * 2)) * 2;
      keys = new int[capacity];
      values = new int[capacity];
      mask = capacity - 1;
      Arrays.fill(keys, -1);
    }

    void put(int key, int value) {
      int i = slot(key);
      while (keys[i] >= 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
    }

    /** The value of {@code key}, or -1. */
    int get(int key) {
      for (int i = slot(key); keys[i] >= 0; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return values[i];
        }
      }
      return -1;
    }

    private int slot(int key) {
      return (key * 0x9E3779B9 >>> 7) & mask;
    }
  }
}

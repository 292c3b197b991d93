package dev.verbatim.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ie.crf.CliquePotentialFunction;
import edu.stanford.nlp.ie.crf.LabelDictionary;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * CoreNLP's linear-chain CRF classifier (the NER's model), decoded by a plain Viterbi search over
 * its clique potentials instead of CoreNLP's search over conditional probabilities from a
 * calibrated clique tree.
 *
 * <p>CoreNLP's {@code classifyMaxEnt} runs the forward-backward algorithm on every sentence
 * (log-sums over every pair of labels at every token) to get the probability of each label given
 * the previous one, then a Viterbi search over the logarithms of those conditionals, then the
 * marginal probability of each chosen label. The sum of the conditionals' logarithms along a
 * sequence is the sum of the clique potentials along it minus a constant (the log of the
 * partition function given the start), so both searches choose the same labels; this one skips
 * the forward-backward pass and the marginals. Labels that the model's label dictionary rules out
 * for a word are ruled out here too. The only difference in what it leaves on the tokens: no
 * {@code AnswerProbAnnotation} (CoreNLP's NER then records -1 as the label's probability), which
 * Verbatim does not read.
 *
 * <p>It applies to models with cliques of one and two labels, read left to right, as CoreNLP's
 * English NER models are, and only when its {@link #fingerprint} matches the CoreNLP it was written
 * against; {@link #of} returns null for others. It is built through CoreNLP's own constructor and
 * shares the original's model (its non-final fields), writing no final field. The potentials are CoreNLP's own
 * (its {@code CliquePotentialFunction}, on its features), so the search sees the same numbers.
 *
 * <p>Adapted from {@code edu.stanford.nlp.ie.crf.CRFClassifier}, {@code CRFCliqueTree} and
 * {@code TestSequenceModel} of Stanford CoreNLP 4.5.10 (Jenny Finkel, Christopher Manning and the
 * Stanford NLP Group, Copyright The Board of Trustees of The Leland Stanford Junior University),
 * GPL-3.0-or-later like Verbatim.
 */
final class FastCrf extends CRFClassifier<CoreLabel> {
  private static final String SELF_CHECK =
      "Angela Merkel met executives of Siemens and the United Nations in Berlin on Monday , "
          + "said Reuters .";

  /** The label of each one-label clique index. */
  private final transient int[] single;
  /** {@code previous * classes + label} of each two-label clique index. */
  private final transient int[] pair;
  private final transient int classes;
  private final transient int background;
  private final transient LabelDictionary labels;
  /** Every label index, in order. */
  private final transient int[] all;

  private FastCrf(CRFClassifier<CoreLabel> original) throws ReflectiveOperationException {
    // CoreNLP's protected constructor sets the one final field (the token factory, the same
    // class as the original's for the NER's models); the model is then shared, never copied
    // into a final field.
    super();
    Internals.copyMutableFields(CRFClassifier.class, original, this, Set.of("tokenFactory"));
    @SuppressWarnings("unchecked")
    List<Index<CRFLabel>> labelIndices =
        (List<Index<CRFLabel>>) Internals.get(CRFClassifier.class, "labelIndices", original);
    this.labels = (LabelDictionary) Internals.get(CRFClassifier.class, "labelDictionary", original);
    this.classes = classIndex.size();
    this.background = classIndex.indexOf(flags.backgroundSymbol);
    this.all = new int[classes];
    for (int i = 0; i < classes; i++) {
      all[i] = i;
    }
    Index<CRFLabel> ones = labelIndices.get(0);
    Index<CRFLabel> twos = labelIndices.get(1);
    this.single = new int[ones.size()];
    for (int k = 0; k < single.length; k++) {
      single[k] = ones.get(k).getLabel()[0];
    }
    this.pair = new int[twos.size()];
    for (int k = 0; k < pair.length; k++) {
      int[] l = twos.get(k).getLabel();
      pair[k] = l[0] * classes + l[1];
    }
  }

  /**
   * What this class relies on in CoreNLP's CRF classifier: the fields it copies and reads, the
   * methods it overrides or calls, and the model's labels, cliques and features.
   *
   * @param c a loaded classifier
   * @return its fingerprint
   * @throws ReflectiveOperationException if the classifier's fields cannot be read
   */
  @SuppressWarnings("unchecked")
  static Fingerprint fingerprint(CRFClassifier<?> c) throws ReflectiveOperationException {
    List<Index<CRFLabel>> labelIndices =
        (List<Index<CRFLabel>>) Internals.get(CRFClassifier.class, "labelIndices", c);
    StringBuilder cliques = new StringBuilder();
    for (Index<CRFLabel> i : labelIndices) {
      cliques.append(i.size()).append(' ');
    }
    Index<?> features = (Index<?>) Internals.get(CRFClassifier.class, "featureIndex", c);
    float[][] weights = (float[][]) Internals.get(CRFClassifier.class, "weights", c);
    return Fingerprint.ofClasses(CRFClassifier.class, AbstractSequenceClassifier.class,
            LabelDictionary.class, CRFLabel.class)
        .methods(CRFClassifier.class, "classifyMaxEnt", "documentToDataAndLabels",
            "getCliquePotentialFunctionForTest")
        .layout("classes", c.classIndex.size())
        .layout("cliques", cliques.toString().trim())
        .layout("windowSize", c.windowSize)
        .layout("features", features.size() + "/" + weights.length)
        .layout("search", c.flags.crfType + "/" + c.flags.inferenceType + "/"
            + c.flags.useReverse + "/" + c.flags.doGibbs);
  }

  /**
   * A copy of {@code original} that decodes by {@link FastCrf}'s search, or null if the model is
   * not of the kind it handles, the copy fails, or it labels the self-check sentence differently
   * from {@code original} (the reason is then reported to {@code paths}).
   *
   * @param original a CRF classifier of CoreNLP's own class
   * @param paths where a fallback is reported
   * @return the copy, or null
   */
  static FastCrf of(CRFClassifier<CoreLabel> original, FastPaths paths) {
    if (original.getClass() != CRFClassifier.class || original.windowSize != 2
        || original.flags.useReverse || original.flags.doGibbs
        || !"maxent".equalsIgnoreCase(original.flags.crfType)
        || (original.flags.inferenceType != null
            && !"Viterbi".equalsIgnoreCase(original.flags.inferenceType))) {
      paths.fallBack(FastPath.NER_SEARCH, "the model is not a left-to-right CRF of two-label "
          + "cliques decoded by Viterbi");
      return null;
    }
    try {
      FastCrf fast = new FastCrf(original);
      List<String> expected = answers(original.classifySentence(sample()));
      List<String> got = answers(fast.classifySentence(sample()));
      if (!expected.equals(got)) {
        paths.fallBack(FastPath.NER_SEARCH,
            "its labels differ on the self-check (" + got + " vs " + expected + ")");
        return null;
      }
      return fast;
    } catch (ReflectiveOperationException | RuntimeException e) {
      paths.fallBack(FastPath.NER_SEARCH, "it failed to load (" + e + ")");
      return null;
    }
  }

  /**
   * Replaces every CRF classifier of CoreNLP's class in {@code classifiers} whose fingerprint
   * matches by its {@link FastCrf} copy, where {@link #of} gives one.
   *
   * @param classifiers the NER's classifiers, a list CoreNLP reads them from (the analyzer's
   *     own NER, never one shared through CoreNLP's pool of annotators)
   * @param paths decides and records which fast paths run
   * @return how many were replaced
   */
  @SuppressWarnings("unchecked")
  static int install(List<AbstractSequenceClassifier<?>> classifiers, FastPaths paths) {
    int replaced = 0;
    for (int i = 0; i < classifiers.size(); i++) {
      AbstractSequenceClassifier<?> c = classifiers.get(i);
      if (c.getClass() == CRFClassifier.class
          && paths.check(FastPath.NER_SEARCH, () -> fingerprint((CRFClassifier<?>) c))) {
        FastCrf fast = of((CRFClassifier<CoreLabel>) c, paths);
        if (fast != null) {
          classifiers.set(i, fast);
          replaced++;
        }
      }
    }
    return replaced;
  }

  @Override
  public List<CoreLabel> classifyMaxEnt(List<CoreLabel> document) {
    if (document.isEmpty()) {
      return document;
    }
    Triple<int[][][], int[], double[][][]> data = documentToDataAndLabels(document);
    int[] best = bestSequence(data.first(), data.third(), document);
    for (int j = 0; j < best.length; j++) {
      document.get(j).set(CoreAnnotations.AnswerAnnotation.class, classIndex.get(best[j]));
    }
    return document;
  }

  /**
   * The labels of highest total potential, the label before the first token being the
   * background label (as in CoreNLP's search).
   */
  private int[] bestSequence(int[][][] data, double[][][] values, List<CoreLabel> document) {
    int n = data.length;
    int c = classes;
    CliquePotentialFunction potential = getCliquePotentialFunctionForTest();
    double[] previous = new double[c];
    double[] current = new double[c];
    double[] ones = new double[c];
    double[] table = new double[c * c];
    int[][] back = new int[n][c];
    Arrays.fill(previous, Double.NEGATIVE_INFINITY);
    previous[background] = 0;
    for (int i = 0; i < n; i++) {
      // CoreNLP's factor table at i: two-label potentials plus the one-label ones of the last
      // label, unseen combinations impossible.
      Arrays.fill(table, Double.NEGATIVE_INFINITY);
      for (int k = 0; k < pair.length; k++) {
        table[pair[k]] = potential.computeCliquePotential(2, k, data[i][1],
            values == null || values[i] == null ? null : values[i][1], i);
      }
      Arrays.fill(ones, Double.NEGATIVE_INFINITY);
      for (int k = 0; k < single.length; k++) {
        ones[single[k]] = potential.computeCliquePotential(1, k, data[i][0],
            values == null || values[i] == null ? null : values[i][0], i);
      }
      for (int t = 0; t < table.length; t++) {
        table[t] += ones[t % c];
      }
      Arrays.fill(current, Double.NEGATIVE_INFINITY);
      for (int y : allowed(document.get(i))) {
        double top = Double.NEGATIVE_INFINITY;
        int arg = -1;
        for (int x = 0; x < c; x++) {
          double s = previous[x] + table[x * c + y];
          if (s > top) {
            top = s;
            arg = x;
          }
        }
        current[y] = top;
        back[i][y] = arg < 0 ? argMax(previous) : arg;
      }
      double[] swap = previous;
      previous = current;
      current = swap;
    }
    int[] best = new int[n];
    int y = argMax(previous);
    for (int i = n - 1; i >= 0; i--) {
      best[i] = y;
      y = back[i][y];
    }
    return best;
  }

  /** The labels the model's label dictionary allows for the token (all if it has none). */
  private int[] allowed(CoreLabel token) {
    if (labels != null) {
      String word = token.get(CoreAnnotations.TextAnnotation.class);
      if (labels.isConstrained(word)) {
        return labels.getConstrainedSet(word);
      }
    }
    return all;
  }

  private static int argMax(double[] a) {
    int arg = 0;
    for (int i = 1; i < a.length; i++) {
      if (a[i] > a[arg]) {
        arg = i;
      }
    }
    return arg;
  }

  private static List<CoreLabel> sample() {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : SELF_CHECK.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.set(CoreAnnotations.TextAnnotation.class, w);
      out.add(l);
    }
    return out;
  }

  private static List<String> answers(List<CoreLabel> labelled) {
    List<String> out = new ArrayList<>();
    for (CoreLabel l : labelled) {
      out.add(l.get(CoreAnnotations.AnswerAnnotation.class));
    }
    return out;
  }

}

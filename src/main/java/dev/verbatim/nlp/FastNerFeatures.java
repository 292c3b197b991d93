package dev.verbatim.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.PaddedList;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's NER feature factory ({@link NERFeatureFactory}) with a compact version of its
 * one-class feature extractor, {@code featuresC}, for the feature set of the 4-class CoNLL model
 * Verbatim loads, and exactly the same features, added in the same order.
 *
 * <p>Why: CoreNLP's {@code featuresC} tests some two hundred option flags in one method of about
 * 10,000 bytes of bytecode, more than the HotSpot JIT compiles ({@code DontCompileHugeMethods},
 * 8,000 bytes), so it runs interpreted for the life of the JVM: a fifth of the fast profile's
 * time on a batch of articles. This version holds only what the model's options switch on (word,
 * neighbouring words, distributional-similarity classes, title, character n-grams at the word's
 * edges, word shapes and their sequences, last and next real word, occurrence patterns, the words
 * within four positions on each side, and features of a previous NER's tags when present), small
 * enough to be compiled. Every other clique and every other option stays CoreNLP's own code.
 *
 * <p>The features made of one word, one similarity class or one shape and a fixed suffix (the
 * word itself, the neighbours', the edge n-grams, the words within four positions; most of the
 * features) are built once per word and kept: each is the classifier's own string from its
 * feature index when the model knows it, so the classifier's look-up of every feature of every
 * token finds it by identity, with its hash code already computed, instead of hashing and
 * comparing a fresh string in an index of several hundred thousand. Those the model does not
 * know (a third of all features: most n-grams of rare words) are left out, since the classifier
 * skips them after looking each up; the others keep CoreNLP's order, because leaving features out
 * of CoreNLP's hash set does not reorder the rest unless the set would have grown its table, in
 * which case the token gets all its features, as in CoreNLP ({@link #CORENLP_SET_GROWS_AFTER}).
 * With a second suffix (a "domain", which Verbatim never sets) CoreNLP's own code runs instead.
 *
 * <p>Installed by {@link #install}, only after a self-check: on a built-in sample text both
 * versions must give the same features the model knows, in the same order, at every position;
 * otherwise CoreNLP's own factory stays (and a warning is logged). Same features in the same
 * order (they are collected in a hash set, whose order follows the insertions) means the same
 * feature indices summed in the same order, so the same scores bit for bit and the same labels.
 *
 * <p>Adapted from {@code edu.stanford.nlp.ie.NERFeatureFactory} of Stanford CoreNLP 4.5.10, by
 * Jenny Finkel, Christopher Manning and the Stanford NLP Group, Copyright The Board of Trustees of
 * The Leland Stanford Junior University, GPL-3.0-or-later like Verbatim.
 *
 * @param <IN> the token type
 */
final class FastNerFeatures<IN extends CoreLabel> extends NERFeatureFactory<IN> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(FastNerFeatures.class);
  /** The same pattern as CoreNLP's {@code titlePattern}. */
  private static final Pattern TITLE = Pattern.compile("(?:Mr|Ms|Mrs|Dr|Miss|Sen|Judge|Sir)\\.?");
  /**
   * A sample that reaches the model's features: titles, short and long words, hyphens, numbers,
   * quotation marks, a word repeated in another case, and sentence edges.
   */
  private static final String SELF_CHECK = "Mr. O'Neill, the U.S.-based chief of ACME Corp., "
      + "told reporters on 12 March 2024 that \"it is a well-known fact\" , and Dr Smith agreed . "
      + "ACME shares rose 3.5 % in New York ; acme 's rivals -- Sir John 's firm -- did not .";

  /**
   * CoreNLP collects the features of a clique in {@code Generics.newHashSet(100)}: a table of 128
   * buckets that doubles when a 97th feature is added. The features left out here do not change
   * the order of the others in the table, as long as the table has the same size.
   */
  static final int CORENLP_SET_GROWS_AFTER = 96;
  /** Largest number of words (and of classes, and of shapes) whose feature strings are kept. */
  static final int MAX_CACHED_WORDS = 20_000;
  /** The features of the word's, the previous word's and the next word's similarity class. */
  private static final String[] DIST_SIM_SUFFIXES = {"-DISTSIM", "-PDISTSIM", "-NDISTSIM"};
  /** The features of the word's, the previous word's and the next word's shape. */
  private static final String[] SHAPE_SUFFIXES = {"-TYPE", "-PTYPE", "-NTYPE"};
  /** The collector's package-private output set, or null if it cannot be reached. */
  private static final VarHandle COLLECTION;
  /** The collector's package-private second suffix ("domain"), or null. */
  private static final VarHandle DOMAIN;
  /** The CRF classifier's package-private feature index, or null. */
  private static final VarHandle FEATURE_INDEX;

  static {
    VarHandle collection = null;
    VarHandle domain = null;
    VarHandle featureIndex = null;
    try {
      MethodHandles.Lookup collector =
          MethodHandles.privateLookupIn(FeatureCollector.class, MethodHandles.lookup());
      domain = collector.findVarHandle(FeatureCollector.class, "domain", String.class);
      collection = collector.findVarHandle(FeatureCollector.class, "collection", Set.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("CoreNLP's feature collector has another layout: {}", e.toString());
      collection = null;
    }
    try {
      featureIndex = MethodHandles.privateLookupIn(CRFClassifier.class, MethodHandles.lookup())
          .findVarHandle(CRFClassifier.class, "featureIndex", Index.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("CoreNLP's CRF classifier has another layout: {}", e.toString());
    }
    COLLECTION = collection;
    DOMAIN = domain;
    FEATURE_INDEX = featureIndex;
  }

  /** CoreNLP's private {@code distSimAnnotate(PaddedList)}, or null if it cannot be reached. */
  private static final MethodHandle DIST_SIM_ANNOTATE;
  /** CoreNLP's private {@code occurrencePatterns(PaddedList, int, FeatureCollector)}, or null. */
  private static final MethodHandle OCCURRENCE_PATTERNS;

  static {
    MethodHandle distSim = null;
    MethodHandle occurrence = null;
    try {
      MethodHandles.Lookup lookup =
          MethodHandles.privateLookupIn(NERFeatureFactory.class, MethodHandles.lookup());
      distSim = lookup.findVirtual(NERFeatureFactory.class, "distSimAnnotate",
          MethodType.methodType(void.class, PaddedList.class));
      occurrence = lookup.findVirtual(NERFeatureFactory.class, "occurrencePatterns",
          MethodType.methodType(void.class, PaddedList.class, int.class, FeatureCollector.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("CoreNLP's NER feature factory has another layout: {}", e.toString());
    }
    DIST_SIM_ANNOTATE = distSim;
    OCCURRENCE_PATTERNS = occurrence;
  }

  /**
   * The classifier's feature index, whose own strings the cached features are (so that the
   * classifier's look-up finds them by identity, their hash codes already computed); null until
   * {@link #install}.
   */
  private transient volatile Index<String> featureIndex;
  /** The feature strings of each word seen, by word (cleared when full). */
  private final transient ConcurrentHashMap<String, WordFeatures> words =
      new ConcurrentHashMap<>();
  /** The feature strings of each distributional-similarity class ({@link #DIST_SIM_SUFFIXES}). */
  private final transient ConcurrentHashMap<String, String[]> distSims = new ConcurrentHashMap<>();
  /** The feature strings of each word shape ({@link #SHAPE_SUFFIXES}). */
  private final transient ConcurrentHashMap<String, String[]> shapes = new ConcurrentHashMap<>();

  /**
   * The one-class features made of one word and a fixed suffix, built once per word: the same
   * strings as CoreNLP's, each the feature index's own instance when the model knows it.
   */
  private static final class WordFeatures {
    final String word;
    final String previous;
    final String next;
    final String disjunctionNext;
    final String disjunctionPrevious;
    /** {@link #edgeNGrams} of the word, in order. */
    final String[] edges;
    /** The edge n-grams the model knows, in order. */
    final String[] knownEdges;
    /** How many edge n-grams the model does not know. */
    final int unknownEdges;
    final boolean wordKnown;
    final boolean previousKnown;
    final boolean nextKnown;
    final boolean disjunctionNextKnown;
    final boolean disjunctionPreviousKnown;

    WordFeatures(FastNerFeatures<?> f, String w) {
      word = f.feature(w + "-WORD");
      previous = f.feature(w + "-PW");
      next = f.feature(w + "-NW");
      disjunctionNext = f.feature(w + "-DISJN");
      disjunctionPrevious = f.feature(w + "-DISJP");
      wordKnown = f.known(word);
      previousKnown = f.known(previous);
      nextKnown = f.known(next);
      disjunctionNextKnown = f.known(disjunctionNext);
      disjunctionPreviousKnown = f.known(disjunctionPrevious);
      List<String> grams = edgeNGrams(w);
      edges = new String[grams.size()];
      List<String> known = new ArrayList<>(edges.length);
      for (int i = 0; i < edges.length; i++) {
        edges[i] = f.feature(grams.get(i));
        if (f.known(edges[i])) {
          known.add(edges[i]);
        }
      }
      knownEdges = known.toArray(new String[0]);
      unknownEdges = edges.length - knownEdges.length;
    }
  }

  /** The classifier's feature index, once installed (for tests). */
  Index<String> featureIndex() {
    return featureIndex;
  }

  /**
   * Whether {@code feature}, made by {@link #feature}, is one the model knows: the index's own
   * instance. Always true before {@link #install} (no index, so nothing is left out).
   */
  private boolean known(String feature) {
    Index<String> index = featureIndex;
    if (index == null) {
      return true;
    }
    int i = index.indexOf(feature);
    return i >= 0 && index.get(i) == feature;
  }

  /** Adds {@code feature} to {@code set} if it is not null; returns 1 if it was null, else 0. */
  private static int addKnown(Set<String> set, String feature) {
    if (feature != null) {
      set.add(feature);
      return 0;
    }
    return 1;
  }

  /** Adds {@code feature} to {@code set} if the model knows it; returns 1 if not, else 0. */
  private static int addKnown(Set<String> set, String feature, boolean known) {
    if (known) {
      set.add(feature);
      return 0;
    }
    return 1;
  }

  /** {@code name} as a one-class feature: the index's own string if it has one. */
  private String feature(String name) {
    String full = name + "|C";
    Index<String> index = featureIndex;
    int i = index == null ? -1 : index.indexOf(full);
    return i < 0 ? full : index.get(i);
  }

  private WordFeatures wordFeatures(String w) {
    String key = String.valueOf(w);
    WordFeatures f = words.get(key);
    if (f == null) {
      f = new WordFeatures(this, key);
      if (words.size() >= MAX_CACHED_WORDS) {
        words.clear();
      }
      words.put(key, f);
    }
    return f;
  }

  /**
   * The features "{@code value}{@code suffixes[i]}" of a class or a shape, built once, each null
   * if the model does not know it (see {@link #known}).
   */
  private String[] classFeatures(ConcurrentHashMap<String, String[]> cache, String value,
      String[] suffixes) {
    String key = String.valueOf(value);
    String[] f = cache.get(key);
    if (f == null) {
      f = new String[suffixes.length];
      for (int i = 0; i < suffixes.length; i++) {
        String feature = feature(key + suffixes[i]);
        f[i] = known(feature) ? feature : null;
      }
      if (cache.size() >= MAX_CACHED_WORDS) {
        cache.clear();
      }
      cache.put(key, f);
    }
    return f;
  }

  private FastNerFeatures(NERFeatureFactory<IN> original) throws ReflectiveOperationException {
    if (DIST_SIM_ANNOTATE == null || OCCURRENCE_PATTERNS == null) {
      throw new NoSuchMethodException("NERFeatureFactory.distSimAnnotate or occurrencePatterns");
    }
    // CoreNLP's public constructor (the implicit super()) sets the one final field (the title
    // pattern); the lexicons and flags are then shared with the original, never copied into a
    // final field.
    Internals.copyMutableFields(NERFeatureFactory.class, original, this, Set.of("titlePattern"));
  }

  /**
   * What this class relies on in CoreNLP's NER feature factory: the fields it copies, the
   * methods it overrides or calls, and the options of the model that decide its features.
   *
   * @param classifier the classifier the factory belongs to
   * @return the fingerprint
   * @throws ReflectiveOperationException if the classifier's fields cannot be read
   */
  static Fingerprint fingerprint(CRFClassifier<?> classifier) throws ReflectiveOperationException {
    SeqClassifierFlags f = classifier.flags;
    Index<?> features = (Index<?>) Internals.get(CRFClassifier.class, "featureIndex", classifier);
    return Fingerprint.ofClasses(NERFeatureFactory.class, FeatureFactory.class)
        .classNamed("edu.stanford.nlp.ie.NERFeatureFactory$FeatureCollector")
        .methods(NERFeatureFactory.class, "featuresC", "distSimAnnotate", "occurrencePatterns",
            "getCliqueFeatures")
        .layout("features", features.size())
        .layout("options", f.useDistSim + " " + f.disjunctionWidth + " " + f.maxLeft + " "
            + f.useWord + " " + f.usePrev + " " + f.useNext + " " + f.useNGrams + " " + f.useTitle
            + " " + f.useTypeSeqs + " " + f.useOccurrencePatterns + " " + f.useLastRealWord + " "
            + f.useNextRealWord + " " + f.wordShape + " " + f.useDisjunctive + " "
            + f.useSequences + " " + f.usePrevSequences);
  }

  /**
   * A fast copy of {@code original}, which it shares its lexicons and flags with.
   *
   * @throws ReflectiveOperationException if CoreNLP's factory has another layout
   */
  static FastNerFeatures<CoreLabel> of(NERFeatureFactory<CoreLabel> original)
      throws ReflectiveOperationException {
    return new FastNerFeatures<>(original);
  }

  /**
   * Replaces the feature factory of every CRF classifier of {@code classifiers} that uses exactly
   * CoreNLP's {@link NERFeatureFactory} by this faster one, when its fingerprint matches and the
   * self-check passes; otherwise CoreNLP's factory stays and the reason is reported to
   * {@code paths}.
   *
   * @param classifiers the NER's classifiers (the analyzer's own NER)
   * @param paths decides and records which fast paths run
   * @return how many were replaced
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int install(List<? extends AbstractSequenceClassifier<?>> classifiers, FastPaths paths) {
    int replaced = 0;
    for (AbstractSequenceClassifier<?> classifier : classifiers) {
      if (!(classifier instanceof CRFClassifier) || classifier.featureFactories == null
          || !paths.check(FastPath.NER_FEATURES, () -> fingerprint((CRFClassifier<?>) classifier))) {
        continue;
      }
      List<FeatureFactory> factories = (List) classifier.featureFactories;
      for (int i = 0; i < factories.size(); i++) {
        FeatureFactory f = factories.get(i);
        if (f == null || f.getClass() != NERFeatureFactory.class) {
          continue;
        }
        try {
          FastNerFeatures<CoreLabel> fast = of((NERFeatureFactory<CoreLabel>) f);
          if (FEATURE_INDEX != null) {
            fast.featureIndex = (Index<String>) FEATURE_INDEX.get((CRFClassifier) classifier);
          }
          String mismatch = selfCheck((NERFeatureFactory<CoreLabel>) f, fast);
          if (mismatch != null) {
            paths.fallBack(FastPath.NER_FEATURES,
                "its features differ on the self-check (" + mismatch + ")");
            continue;
          }
          factories.set(i, fast);
          replaced++;
        } catch (ReflectiveOperationException | RuntimeException e) {
          paths.fallBack(FastPath.NER_FEATURES, "it failed to load (" + e + ")");
        }
      }
    }
    return replaced;
  }

  /** Compares both factories' features on the sample; returns the first difference, or null. */
  static String selfCheck(NERFeatureFactory<CoreLabel> original, FastNerFeatures<CoreLabel> fast) {
    return compare(original, fast, sample(SELF_CHECK), sample(SELF_CHECK), fast.featureIndex);
  }

  /**
   * Compares the one-class features of two factories at every position of a sentence, on two
   * copies of it (the factories annotate the tokens they read): all of them, or, given the
   * classifier's feature index, those it knows (the ones it reads), in order.
   *
   * @param index the feature index, or null to compare every feature
   * @return the first difference, or null if there is none
   */
  static String compare(NERFeatureFactory<CoreLabel> a, NERFeatureFactory<CoreLabel> b,
      List<CoreLabel> copyA, List<CoreLabel> copyB, Index<String> index) {
    PaddedList<CoreLabel> pa = PaddedList.valueOf(copyA, new CoreLabel());
    PaddedList<CoreLabel> pb = PaddedList.valueOf(copyB, new CoreLabel());
    for (int i = 0; i < copyA.size(); i++) {
      List<String> fa = new ArrayList<>(a.getCliqueFeatures(pa, i, FeatureFactory.cliqueC));
      List<String> fb = new ArrayList<>(b.getCliqueFeatures(pb, i, FeatureFactory.cliqueC));
      if (index != null) {
        fa.removeIf(f -> index.indexOf(f) < 0);
        fb.removeIf(f -> index.indexOf(f) < 0);
      }
      if (!fa.equals(fb)) {
        return "at token " + i + " '" + copyA.get(i).word() + "': " + fa + " vs " + fb;
      }
    }
    return null;
  }

  /** Tokens of a space-separated text, with the shapes the CRF classifier would give them. */
  private static List<CoreLabel> sample(String text) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : text.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.set(CoreAnnotations.TextAnnotation.class, w);
      l.set(CoreAnnotations.ShapeAnnotation.class, shape(w));
      out.add(l);
    }
    return out;
  }

  /** A simple shape; the self-check only needs both factories to read the same one. */
  private static String shape(String w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      sb.append(Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
          : Character.isDigit(c) ? 'd' : c);
    }
    return sb.toString();
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  protected void featuresC(PaddedList<IN> cInfo, int loc, FeatureCollector out) {
    Set<String> set = COLLECTION == null ? null : (Set<String>) COLLECTION.get(out);
    if (set == null || DOMAIN.get(out) != null) {
      super.featuresC(cInfo, loc, out); // a second suffix: CoreNLP's own code
      return;
    }
    SeqClassifierFlags flags = this.flags;
    out.setSuffix("C");
    CoreLabel p2 = cInfo.get(loc - 2);
    CoreLabel p = cInfo.get(loc - 1);
    CoreLabel c = cInfo.get(loc);
    CoreLabel n = cInfo.get(loc + 1);
    CoreLabel n2 = cInfo.get(loc + 2);
    String cWord = getWord(c);
    String pWord = getWord(p);
    String nWord = getWord(n);
    String cShape = c.getString(CoreAnnotations.ShapeAnnotation.class);
    String pShape = p.getString(CoreAnnotations.ShapeAnnotation.class);
    String nShape = n.getString(CoreAnnotations.ShapeAnnotation.class);

    try {
      DIST_SIM_ANNOTATE.invokeExact((NERFeatureFactory) this, (PaddedList) cInfo);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    WordFeatures cFeatures = wordFeatures(cWord);
    // Features the model does not know are left out (the classifier would skip them), unless
    // the set would then be ordered differently: see CORENLP_SET_GROWS_AFTER.
    int left = addKnown(set, classFeatures(distSims, c.get(CoreAnnotations.DistSimAnnotation.class),
        DIST_SIM_SUFFIXES)[0]);
    if (TITLE.matcher(cWord).matches()) {
      out.add("IS_TITLE");
    }
    left += addKnown(set, cFeatures.word, cFeatures.wordKnown);
    WordFeatures pFeatures = wordFeatures(pWord);
    left += addKnown(set, pFeatures.previous, pFeatures.previousKnown);
    left += addKnown(set, classFeatures(distSims, p.get(CoreAnnotations.DistSimAnnotation.class),
        DIST_SIM_SUFFIXES)[1]);
    WordFeatures nFeatures = wordFeatures(nWord);
    left += addKnown(set, nFeatures.next, nFeatures.nextKnown);
    left += addKnown(set, classFeatures(distSims, n.get(CoreAnnotations.DistSimAnnotation.class),
        DIST_SIM_SUFFIXES)[2]);
    out.add("###");
    Collections.addAll(set, cFeatures.knownEdges);
    left += cFeatures.unknownEdges;
    left += addKnown(set, classFeatures(shapes, cShape, SHAPE_SUFFIXES)[0]);
    left += addKnown(set, classFeatures(shapes, pShape, SHAPE_SUFFIXES)[1]);
    left += addKnown(set, classFeatures(shapes, nShape, SHAPE_SUFFIXES)[2]);
    out.build().append(pWord).append("...").append(cShape).append("-PW_CTYPE").add();
    out.build().append(cShape).append("...").append(nWord).append("-NW_CTYPE").add();
    out.build().append(pShape).append("...").append(cShape).append("-PCTYPE").add();
    out.build().append(cShape).append("...").append(nShape).append("-CNTYPE").add();
    out.build().append(pShape).append("...").append(cShape).append("...").append(nShape)
        .append("-PCNTYPE").add();
    if (pWord.length() <= 3) {
      out.build().append(getWord(p2)).append("...").append(cShape).append("-PPW_CTYPE").add();
    }
    if (nWord.length() <= 3) {
      out.build().append(getWord(n2)).append("...").append(cShape).append("-NNW_CTYPE").add();
    }
    try {
      OCCURRENCE_PATTERNS.invokeExact((NERFeatureFactory) this, (PaddedList) cInfo, loc, out);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    for (int i = 1; i <= flags.disjunctionWidth; i++) {
      WordFeatures after = wordFeatures(getWord(cInfo.get(loc + i)));
      left += addKnown(set, after.disjunctionNext, after.disjunctionNextKnown);
      WordFeatures before = wordFeatures(getWord(cInfo.get(loc - i)));
      left += addKnown(set, before.disjunctionPrevious, before.disjunctionPreviousKnown);
    }
    if (left > 0 && set.size() + left > CORENLP_SET_GROWS_AFTER) {
      // With every feature, CoreNLP's set would have grown its table, which orders the known
      // features differently: build it again with everything, as CoreNLP does (rare: words of
      // some 35 characters or more).
      set.clear();
      super.featuresC(cInfo, loc, out);
      return;
    }
    stackedTags(c, p, n, cWord, out);
  }

  /**
   * Character n-grams that hold the start or the end of {@code <word>}: prefixes from two
   * characters to the whole, then suffixes from the whole down to the last two characters.
   */
  private static List<String> edgeNGrams(String cWord) {
    String word = '<' + cWord + '>';
    int length = word.length();
    List<String> subs = new ArrayList<>(2 * length);
    for (int j = 2; j <= length; j++) {
      subs.add('#' + word.substring(0, j) + '#');
    }
    for (int i = 0; i < length - 1; i++) {
      subs.add('#' + word.substring(i) + '#');
    }
    return subs;
  }

  /** Features of the tags a previous NER left on the tokens, if any. */
  private static void stackedTags(CoreLabel c, CoreLabel p, CoreLabel n, String cWord,
      FeatureCollector out) {
    String cTag = c.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class);
    if (cTag == null) {
      return;
    }
    String nTag = n.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class);
    String pTag = p.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class);
    out.build().append(cTag).append("-CStackedNERTag").add();
    out.build().append(cWord).dash().append(cTag).append("-WCStackedNERTag").add();
    out.build().append(cTag).dash().append(nTag).append("-CNStackedNERTag").add();
    out.build().append(cWord).dash().append(cTag).dash().append(nTag)
        .append("-WCNStackedNERTag").add();
    out.build().append(pTag).dash().append(cTag).dash().append(nTag)
        .append("-PCNStackedNERTag").add();
    out.build().append(pTag).dash().append(cWord).append(" -").append(cTag).dash().append(nTag)
        .append("-PWCNStackedNERTag").add();
    out.build().append(pTag).dash().append(cTag).append("-PCStackedNERTag").add();
  }
}

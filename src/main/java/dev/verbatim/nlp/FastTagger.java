package dev.verbatim.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.maxent.iis.LambdaSolve;
import edu.stanford.nlp.tagger.maxent.Extractor;
import edu.stanford.nlp.tagger.maxent.Extractors;
import edu.stanford.nlp.tagger.maxent.History;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.PairsHolder;
import edu.stanford.nlp.tagger.maxent.TTags;
import edu.stanford.nlp.tagger.maxent.TestSentence;
import edu.stanford.nlp.util.Pair;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's maximum-entropy part-of-speech tagger ({@link MaxentTagger}) run with the same
 * scores, bit for bit, and so the same tags, with two sources of waste removed from its search
 * ({@code TestSentence}):
 *
 * <ul>
 *   <li>the scores of the features of the word alone are cached per word, across sentences and
 *       documents. CoreNLP caches them per sentence only, and in practice recomputes them at
 *       every step of its search: its cache is checked against the number of tags the word may
 *       take, which is almost never the model's number of tags, the length of the cached array;
 *   <li>the scores that depend on the previous tags are summed into one scratch array per
 *       sentence instead of a fresh array at each of the search's steps (a quarter of what the
 *       fast profile allocated);
 *   <li>when those features read nothing but the previous tags (as in CoreNLP's English models:
 *       the previous tag, the previous two), their summed scores are kept per combination of
 *       those tags, instead of building and looking up their strings at every step.
 * </ul>
 *
 * <p>Every score is the same sum, in the same order, of the same weights as CoreNLP's: the
 * word's features, then the surrounding words', then the previous tags', added as CoreNLP adds
 * them. Everything else (the search, the feature extractors, the normalisation) is CoreNLP's own
 * code. What this needs of CoreNLP's tagger is package-private in CoreNLP 4.5.10 and is reached
 * by method handles. It runs only if {@link #fingerprint} matches the CoreNLP it was written
 * against; otherwise, or if it fails to load, {@link #of} returns null and the caller tags with
 * CoreNLP's own annotator. Instances are thread-safe.
 *
 * <p>Adapted from {@code edu.stanford.nlp.tagger.maxent.TestSentence} ({@code getHistories},
 * {@code getExactHistories}) and {@code edu.stanford.nlp.pipeline.POSTaggerAnnotator} of
 * Stanford CoreNLP 4.5.10, by Kristina Toutanova, Michel Galley, Christopher Manning and the
 * Stanford NLP Group, Copyright The Board of Trustees of The Leland Stanford Junior University,
 * GPL-3.0-or-later like Verbatim.
 */
final class FastTagger {
  /** Largest number of words whose own scores are cached (about 400 bytes each). */
  static final int MAX_CACHED_WORDS = 20_000;
  /** Largest number of combinations of previous tags whose dynamic scores may be cached. */
  private static final int MAX_DYNAMIC_KEYS = 1 << 16;
  /** CoreNLP's extractor of the tags at positions -n to -1 (or 1 to n), joined. */
  private static final String TAG_CONJUNCTION =
      "edu.stanford.nlp.tagger.maxent.ExtractorFrames$ExtractorContinuousTagConjunction";

  private static final MethodHandle EXTRACT;
  private static final MethodHandle IS_RARE;
  private static final MethodHandle GET_WORD;
  private static final MethodHandle GET_TAG;
  private static final VarHandle CURRENT;
  private static final Lookup LOOKUP;

  static {
    MethodHandle extract = null;
    MethodHandle isRare = null;
    MethodHandle getWord = null;
    MethodHandle getTag = null;
    VarHandle current = null;
    Lookup lookup = null;
    try {
      MethodHandles.Lookup l =
          MethodHandles.privateLookupIn(TestSentence.class, MethodHandles.lookup());
      extract = l.findVirtual(Extractor.class, "extract",
          MethodType.methodType(String.class, History.class));
      isRare = l.findVirtual(MaxentTagger.class, "isRare",
          MethodType.methodType(boolean.class, String.class));
      getWord = l.findVirtual(PairsHolder.class, "getWord",
          MethodType.methodType(String.class, int.class));
      getTag = l.findVirtual(PairsHolder.class, "getTag",
          MethodType.methodType(String.class, History.class, int.class));
      current = l.findVarHandle(History.class, "current", int.class);
      lookup = new Lookup(l);
    } catch (ReflectiveOperationException | RuntimeException e) {
      extract = null;
    }
    EXTRACT = extract;
    IS_RARE = isRare;
    GET_WORD = getWord;
    GET_TAG = getTag;
    CURRENT = current;
    LOOKUP = extract == null ? null : lookup;
  }

  /** Reads CoreNLP's package-private tagger fields. */
  private static final class Lookup {
    private final MethodHandles.Lookup lookup;

    Lookup(MethodHandles.Lookup lookup) {
      this.lookup = lookup;
    }

    Object get(Class<?> owner, Object target, String name, Class<?> type)
        throws ReflectiveOperationException {
      try {
        return lookup.findGetter(owner, name, type).invoke(target);
      } catch (ReflectiveOperationException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }

    Object getStatic(Class<?> owner, String name, Class<?> type)
        throws ReflectiveOperationException {
      try {
        return lookup.findStaticGetter(owner, name, type).invoke();
      } catch (ReflectiveOperationException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }
  }

  /** One group of extractors: their feature tables, in CoreNLP's order. */
  private record Group(Extractor[] extractors, Map<String, int[]>[] associations) {}

  private final MaxentTagger tagger;
  private final int maxLength;
  private final int ySize;
  private final double[] lambda;
  private final Extractor cWord;
  private final Group local;
  private final Group localContext;
  private final Group dynamic;
  private final Group rareLocal;
  private final Group rareLocalContext;
  private final Group rareDynamic;
  /** Scores of the word's own features, by word and rareness. */
  private final ConcurrentHashMap<String, double[]> wordScores = new ConcurrentHashMap<>();
  /**
   * How many previous tags the (non-rare) dynamic features read, when they read nothing else;
   * 0 if they read more (their scores are then summed at every step).
   */
  private final int dynamicReach;
  /** The tags' indices; a position outside the sentence ("NA") has index {@link #ySize}. */
  private final Map<String, Integer> tagIndex;
  /**
   * Scores of the dynamic features by the previous tags (see {@link #dynamicKey}), filled on
   * first use; null if {@link #dynamicReach} is 0.
   */
  private final AtomicReferenceArray<double[]> dynamicScores;

  @SuppressWarnings("unchecked")
  private FastTagger(MaxentTagger tagger, int maxLength) throws Throwable {
    this.tagger = tagger;
    this.maxLength = maxLength;
    Lookup l = LOOKUP;
    this.ySize = (int) l.get(MaxentTagger.class, tagger, "ySize", int.class);
    LambdaSolve solve = (LambdaSolve) l.lookup.findVirtual(MaxentTagger.class, "getLambdaSolve",
        MethodType.methodType(LambdaSolve.class)).invoke(tagger);
    this.lambda = solve.lambda;
    this.cWord = (Extractor) l.getStatic(
        Class.forName("edu.stanford.nlp.tagger.maxent.ExtractorFrames"), "cWord", Extractor.class);
    List<Map<String, int[]>> associations =
        (List<Map<String, int[]>>) l.get(MaxentTagger.class, tagger, "fAssociations", List.class);
    Extractors common = (Extractors) l.get(MaxentTagger.class, tagger, "extractors",
        Extractors.class);
    Extractors rare = (Extractors) l.get(MaxentTagger.class, tagger, "extractorsRare",
        Extractors.class);
    int commonSize = common.size();
    this.local = group(l, common, "local", associations, 0);
    this.localContext = group(l, common, "localContext", associations, 0);
    this.dynamic = group(l, common, "dynamic", associations, 0);
    this.rareLocal = group(l, rare, "local", associations, commonSize);
    this.rareLocalContext = group(l, rare, "localContext", associations, commonSize);
    this.rareDynamic = group(l, rare, "dynamic", associations, commonSize);
    boolean approximate = (boolean) l.lookup.findVirtual(MaxentTagger.class,
        "hasApproximateScoring", MethodType.methodType(boolean.class)).invoke(tagger);
    if (approximate || lambda == null || ySize <= 0) {
      throw new ReflectiveOperationException("the tagger scores approximately");
    }
    TTags tags = (TTags) l.get(MaxentTagger.class, tagger, "tags", TTags.class);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < tags.getSize(); i++) {
      index.put(tags.getTag(i), i);
    }
    int reach = tags.getSize() == ySize ? previousTagsRead(l, dynamic.extractors) : 0;
    long keys = 1;
    for (int i = 0; i < reach; i++) {
      keys *= ySize + 1;
    }
    this.dynamicReach = keys <= MAX_DYNAMIC_KEYS ? reach : 0;
    this.tagIndex = index;
    this.dynamicScores = dynamicReach == 0 ? null : new AtomicReferenceArray<>((int) keys);
  }

  /**
   * How many previous tags {@code extractors} read, if they read nothing but previous tags (as
   * the previous tag and the previous two tags of CoreNLP's English models do), else 0.
   */
  private static int previousTagsRead(Lookup l, Extractor[] extractors)
      throws ReflectiveOperationException {
    Lookup extractorLookup =
        new Lookup(MethodHandles.privateLookupIn(Extractor.class, MethodHandles.lookup()));
    int reach = 0;
    for (Extractor e : extractors) {
      int position = (int) l.get(Extractor.class, e, "position", int.class);
      boolean tagsOnly = e.getClass() == Extractor.class
          ? (boolean) extractorLookup.get(Extractor.class, e, "isTag", boolean.class)
          : e.getClass().getName().equals(TAG_CONJUNCTION);
      if (!tagsOnly || position >= 0) {
        return 0;
      }
      reach = Math.max(reach, -position);
    }
    return reach;
  }

  @SuppressWarnings("unchecked")
  private static Group group(Lookup l, Extractors owner, String name,
      List<Map<String, int[]>> associations, int offset) throws ReflectiveOperationException {
    List<Pair<Integer, Extractor>> list =
        (List<Pair<Integer, Extractor>>) l.get(Extractors.class, owner, name, List.class);
    Extractor[] extractors = new Extractor[list.size()];
    Map<String, int[]>[] tables = new Map[list.size()];
    for (int i = 0; i < list.size(); i++) {
      extractors[i] = list.get(i).second();
      tables[i] = associations.get(list.get(i).first() + offset);
    }
    return new Group(extractors, tables);
  }

  /**
   * What this class relies on in CoreNLP's tagger: the fields and methods it reaches, and the
   * model's dimensions.
   *
   * @param tagger a loaded tagger
   * @return its fingerprint
   * @throws ReflectiveOperationException if the tagger's fields cannot be read
   */
  static Fingerprint fingerprint(MaxentTagger tagger) throws ReflectiveOperationException {
    Extractors common = (Extractors) Internals.get(MaxentTagger.class, "extractors", tagger);
    Extractors rare = (Extractors) Internals.get(MaxentTagger.class, "extractorsRare", tagger);
    TTags tags = (TTags) Internals.get(MaxentTagger.class, "tags", tagger);
    return Fingerprint.ofClasses(MaxentTagger.class, Extractors.class, Extractor.class,
            History.class, PairsHolder.class, TestSentence.class, TTags.class, LambdaSolve.class)
        .classNamed("edu.stanford.nlp.tagger.maxent.ExtractorFrames")
        .classNamed(TAG_CONJUNCTION)
        .methods(MaxentTagger.class, "isRare", "getLambdaSolve", "hasApproximateScoring")
        .methods(Extractor.class, "extract")
        .methods(PairsHolder.class, "getWord", "getTag")
        .methods(TestSentence.class, "getHistories", "tagSentence")
        .layout("ySize", Internals.get(MaxentTagger.class, "ySize", tagger))
        .layout("tags", tags.getSize())
        .layout("extractors", common.size() + "/" + rare.size());
  }

  /**
   * A fast tagger for {@code tagger}, or null if this CoreNLP's tagger cannot be run by it (the
   * caller should then tag with CoreNLP's own annotator); the reason is reported to {@code paths}
   * as the {@link FastPath#TAGGER} fallback.
   *
   * @param tagger a loaded tagger
   * @param maxLength longest sentence tagged; longer ones are tagged {@code X}, as CoreNLP's
   *     annotator does ({@code pos.maxlen})
   * @param paths where a fallback is reported
   * @return the fast tagger, or null
   */
  static FastTagger of(MaxentTagger tagger, int maxLength, FastPaths paths) {
    if (LOOKUP == null) {
      paths.fallBack(FastPath.TAGGER, "CoreNLP's tagger internals cannot be reached");
      return null;
    }
    try {
      return new FastTagger(tagger, maxLength);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      paths.fallBack(FastPath.TAGGER, "it failed to load (" + e + ")");
      return null;
    }
  }

  /**
   * Tags one sentence, setting each token's part-of-speech tag, as CoreNLP's {@code pos}
   * annotator does.
   *
   * @param tokens the sentence's tokens
   */
  void tag(List<CoreLabel> tokens) {
    List<TaggedWord> tagged = null;
    if (tokens.size() <= maxLength) {
      tagged = new Sentence(this).tagSentence(tokens, false);
    }
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class,
          tagged == null ? "X" : tagged.get(i).tag());
    }
  }

  /** How many words' own scores are cached (for tests). */
  int cachedWords() {
    return wordScores.size();
  }

  /**
   * How many combinations of previous tags have their dynamic scores cached (for tests); 0 if the
   * dynamic features read more than the previous tags.
   */
  int cachedTagContexts() {
    int n = 0;
    for (int i = 0; dynamicScores != null && i < dynamicScores.length(); i++) {
      n += dynamicScores.get(i) == null ? 0 : 1;
    }
    return n;
  }

  /** The scores of the word's own features (the same whichever sentence it is in). */
  private double[] wordScores(String word, boolean rare, History h) {
    String key = rare ? "1" + word : "0" + word;
    double[] scores = wordScores.get(key);
    if (scores == null) {
      scores = new double[ySize];
      add(local, h, scores);
      if (rare) {
        add(rareLocal, h, scores);
      }
      if (wordScores.size() >= MAX_CACHED_WORDS) {
        wordScores.clear();
      }
      wordScores.put(key, scores);
    }
    return scores;
  }

  /**
   * The scores of the dynamic features at {@code h}, summed from zero in CoreNLP's order: the
   * same at every position preceded by the same tags, so computed once per combination.
   */
  private double[] dynamicScores(PairsHolder pairs, History h) {
    int key = dynamicKey(pairs, h);
    double[] scores = dynamicScores.get(key);
    if (scores == null) {
      scores = new double[ySize];
      add(dynamic, h, scores);
      dynamicScores.set(key, scores);
    }
    return scores;
  }

  /**
   * The previous {@link #dynamicReach} tags at {@code h} ({@code pairs} is the history's), as
   * one number.
   */
  private int dynamicKey(PairsHolder pairs, History h) {
    int key = 0;
    for (int position = -dynamicReach; position < 0; position++) {
      Integer index = tagIndex.get(tagAt(pairs, h, position));
      key = key * (ySize + 1) + (index == null ? ySize : index);
    }
    return key;
  }

  /** Adds the weights of a group's features at {@code h} to {@code scores}, in CoreNLP's order. */
  private void add(Group group, History h, double[] scores) {
    Extractor[] extractors = group.extractors;
    Map<String, int[]>[] tables = group.associations;
    for (int e = 0; e < extractors.length; e++) {
      int[] features = tables[e].get(extract(extractors[e], h));
      if (features != null) {
        for (int i = 0; i < ySize; i++) {
          int f = features[i];
          if (f > -1) {
            scores[i] += lambda[f];
          }
        }
      }
    }
  }

  private static String extract(Extractor e, History h) {
    try {
      return (String) EXTRACT.invokeExact(e, h);
    } catch (RuntimeException | Error x) {
      throw x;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** CoreNLP's tag at {@code position} from the history's word ("NA" outside the sentence). */
  private static String tagAt(PairsHolder pairs, History h, int position) {
    try {
      return (String) GET_TAG.invokeExact(pairs, h, position);
    } catch (RuntimeException | Error x) {
      throw x;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** CoreNLP's word at an absolute position of the sentence being tagged. */
  private static String wordAt(PairsHolder pairs, int position) {
    try {
      return (String) GET_WORD.invokeExact(pairs, position);
    } catch (RuntimeException | Error x) {
      throw x;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private boolean isRare(String word) {
    try {
      return (boolean) IS_RARE.invokeExact(tagger, word);
    } catch (RuntimeException | Error x) {
      throw x;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** CoreNLP's search over one sentence, with this class's scoring of each step. */
  private static final class Sentence extends TestSentence {
    private final FastTagger owner;
    private final double[] scratch;
    /** Scores of the surrounding words' features plus the word's own, by position. */
    private double[][] contextScores;
    /** By position: 0 not known yet, 1 a frequent word, 2 a rare one. */
    private byte[] rareAt;

    Sentence(FastTagger owner) {
      super(owner.tagger);
      this.owner = owner;
      this.scratch = new double[owner.ySize];
    }

    /**
     * The unnormalised score of every tag at {@code h}: previous tags' features, plus (surrounding
     * words' features plus the word's own), summed as CoreNLP sums them. The array returned is
     * reused at the next step; CoreNLP's caller only normalises it and reads it at once.
     */
    @Override
    protected double[] getHistories(String[] tags, History h) {
      FastTagger t = owner;
      int current = (int) CURRENT.get(h);
      if (contextScores == null || contextScores.length <= current) {
        int n = Math.max(size, current + 1);
        double[][] grown = new double[n][];
        byte[] grownRare = new byte[n];
        if (contextScores != null) {
          System.arraycopy(contextScores, 0, grown, 0, contextScores.length);
          System.arraycopy(rareAt, 0, grownRare, 0, rareAt.length);
        }
        contextScores = grown;
        rareAt = grownRare;
      }
      // Whether the word is rare depends on the word alone: worked out once per position.
      if (rareAt[current] == 0) {
        rareAt[current] = t.isRare(extract(t.cWord, h)) ? (byte) 2 : (byte) 1;
      }
      boolean rare = rareAt[current] == 2;
      double[] context = contextScores[current];
      if (context == null) {
        double[] own = t.wordScores(wordAt(pairs, current), rare, h);
        context = new double[t.ySize];
        t.add(t.localContext, h, context);
        if (rare) {
          t.add(t.rareLocalContext, h, context);
        }
        ArrayMath.pairwiseAddInPlace(context, own);
        contextScores[current] = context;
      }
      double[] total = scratch;
      if (t.dynamicReach > 0) {
        System.arraycopy(t.dynamicScores(pairs, h), 0, total, 0, t.ySize);
      } else {
        Arrays.fill(total, 0.0);
        t.add(t.dynamic, h, total);
      }
      if (rare) {
        t.add(t.rareDynamic, h, total);
      }
      ArrayMath.pairwiseAddInPlace(total, context);
      return total;
    }
  }
}

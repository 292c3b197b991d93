package dev.verbatim.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's lemmatizer ({@link MorphaAnnotator}) with a cache: each token gets exactly the lemma
 * CoreNLP's annotator would give it (the same private {@code addLemma} step, phrasal verbs
 * included), but a word already seen with the same part-of-speech tag is looked up instead of
 * run through CoreNLP's morphological lexer again. That lexer's scanning method is about 9,000
 * bytes of bytecode, more than the HotSpot JIT compiles, so every call runs interpreted; news
 * text repeats its words, so most calls hit the cache.
 *
 * <p>The cache is shared by all threads and bounded ({@link #MAX_ENTRIES} entries, emptied when
 * full). Instances are thread-safe.
 */
final class CachedLemmatizer {
  /** Largest number of cached (word, tag) pairs, a few MB of heap. */
  static final int MAX_ENTRIES = 50_000;
  private static final MethodHandle ADD_LEMMA;

  static {
    MethodHandle addLemma = null;
    try {
      addLemma = MethodHandles.privateLookupIn(MorphaAnnotator.class, MethodHandles.lookup())
          .findStatic(MorphaAnnotator.class, "addLemma", MethodType.methodType(void.class,
              Morphology.class, Class.class, CoreMap.class, String.class, String.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      addLemma = null;
    }
    ADD_LEMMA = addLemma;
  }

  private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();
  private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

  /**
   * What this class relies on in CoreNLP's lemmatizer: the annotator's fields and its private
   * {@code addLemma}.
   *
   * @return the fingerprint
   */
  static Fingerprint fingerprint() {
    return Fingerprint.ofClasses(MorphaAnnotator.class, Morphology.class)
        .methods(MorphaAnnotator.class, "addLemma");
  }

  /**
   * Whether this CoreNLP has the lemmatizer layout this class needs.
   *
   * @return true if {@link #annotate} can be used
   */
  static boolean available() {
    return ADD_LEMMA != null;
  }

  /**
   * Sets the lemma of every token of the annotation's sentences, as CoreNLP's {@code lemma}
   * annotator would.
   *
   * @param doc an annotation with sentences, tokens and part-of-speech tags
   */
  void annotate(Annotation doc) {
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        token.setLemma(lemma(token.get(CoreAnnotations.TextAnnotation.class),
            token.get(CoreAnnotations.PartOfSpeechAnnotation.class)));
      }
    }
  }

  /**
   * The lemma CoreNLP's annotator gives {@code word} tagged {@code tag}.
   *
   * @param word the token's text
   * @param tag its part-of-speech tag (may be null)
   * @return the lemma
   */
  String lemma(String word, String tag) {
    String key = tag == null ? word + '\u0000' : word + '\u0000' + tag;
    String lemma = cache.get(key);
    if (lemma == null) {
      lemma = compute(word, tag);
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(key, lemma);
    }
    return lemma;
  }

  @SuppressWarnings("rawtypes")
  private String compute(String word, String tag) {
    CoreLabel scratch = new CoreLabel();
    Class<? extends CoreAnnotation<String>> key = CoreAnnotations.LemmaAnnotation.class;
    try {
      ADD_LEMMA.invokeExact(morphology.get(), (Class) key, (CoreMap) scratch, word, tag);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    return scratch.lemma();
  }

  /** For tests: how many (word, tag) pairs are cached. */
  int size() {
    return cache.size();
  }
}

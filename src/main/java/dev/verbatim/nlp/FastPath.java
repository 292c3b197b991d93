package dev.verbatim.nlp;

/**
 * The faster versions of CoreNLP's code that this package can run, each checked at start-up
 * against the CoreNLP classes actually loaded ({@link Fingerprint}). A fast path whose check fails,
 * or that fails to load, is replaced by CoreNLP's own code for its component, with one warning.
 *
 * <p>Each constant holds the fingerprint expected of CoreNLP 4.5.10 and its English models: a
 * hash of the declared fields of the CoreNLP classes the fast path reads or builds on, and of the
 * model dimensions it packs or relies on. {@code FingerprintTest} fails with the new value when
 * CoreNLP changes; set it here only after checking the fast path against the new classes.
 */
enum FastPath {
  /**
   * The packed copies of the tagger and NER models ({@link PackedModels}); fallback: CoreNLP's own
   * model files.
   */
  PACKED_MODELS("packed models", "CoreNLP's own model files"),
  /**
   * The packed copy of the dependency parser's model ({@link PackedParser}); fallback: CoreNLP's
   * own model file.
   */
  PACKED_PARSER("packed parser model", "CoreNLP's own parser model file"),
  /** {@link FastTagger}; fallback: CoreNLP's {@code POSTaggerAnnotator}. */
  TAGGER("fast tagger", "CoreNLP's MaxentTagger"),
  /** {@link CachedLemmatizer}; fallback: CoreNLP's {@code lemma} annotator. */
  LEMMATIZER("cached lemmatizer", "CoreNLP's lemma annotator"),
  /** {@link FastCrf}; fallback: CoreNLP's {@code CRFClassifier} search. */
  NER_SEARCH("fast NER search", "CoreNLP's CRFClassifier"),
  /** {@link FastNerFeatures}; fallback: CoreNLP's {@code NERFeatureFactory}. */
  NER_FEATURES("fast NER features", "CoreNLP's NERFeatureFactory"),
  /** {@link FastDependencyParser}; fallback: CoreNLP's {@code DependencyParser.predict}. */
  PARSER("fast dependency parser", "CoreNLP's DependencyParser");

  private final String title;
  private final String fallback;

  FastPath(String title, String fallback) {
    this.title = title;
    this.fallback = fallback;
  }

  /** A name for messages, e.g. {@code "fast tagger"}. */
  String title() {
    return title;
  }

  /** What runs instead, for messages, e.g. {@code "CoreNLP's MaxentTagger"}. */
  String fallback() {
    return fallback;
  }
}

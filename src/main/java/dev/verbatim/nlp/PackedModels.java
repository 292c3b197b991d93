package dev.verbatim.nlp;

import com.google.common.base.Suppliers;
import dev.verbatim.VerbatimException;
import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.tagger.maxent.Distsim;
import edu.stanford.nlp.tagger.maxent.Extractors;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's tagger and NER models, repacked when Verbatim is built so that they load faster.
 *
 * <p>Both models carry the same distributional-similarity lexicon (530,000 words and their
 * clusters) as a serialized {@code HashMap}. Reading those two maps took a third of the models'
 * load time, and the young-generation collections during loading copied every entry. The build
 * ({@code mvn package}, phase {@code process-classes}) runs {@link #main}: it loads each model
 * from CoreNLP's models jar, saves it again with CoreNLP's own code but with an empty lexicon, and
 * writes the lexicon once, as a {@link CompactLexicon}, into {@value #DIR} on the class path. At
 * run time {@link #tagger()} and {@link #nerModel()} load those copies: the tagger's lexicon is a
 * {@link SharedLexicon}, which reads through to the compact one, and the NER's is put back by
 * {@link #completeNer} (a non-final field) before it labels anything. No final field is written. Nothing else in the models changes, so the tags and
 * entities are the same as with CoreNLP's files (a test compares them).
 *
 * <p>If the packed files are not on the class path (classes compiled without the build step),
 * or their {@link #fingerprint} does not match the CoreNLP loaded, CoreNLP's own files are used.
 */
public final class PackedModels {
  private static final Logger LOG = LoggerFactory.getLogger(PackedModels.class);
  /** CoreNLP's tagger model that Verbatim uses. */
  static final String SOURCE_TAGGER = MaxentTagger.DEFAULT_JAR_PATH;
  /** CoreNLP's NER model that Verbatim uses. */
  static final String SOURCE_NER =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  /** Class-path folder of the packed models. */
  static final String DIR = "dev/verbatim/nlp/packed/";
  static final String TAGGER = DIR + "pos.tagger";
  static final String NER = DIR + "ner.crf.ser";
  static final String LEXICON = DIR + "distsim.lexicon";
  /** The NER's feature index and weights, which the packed NER model holds empty. */
  static final String NER_WEIGHTS = DIR + "ner.weights";
  /** CoreNLP's dependency parser model in binary form ({@link PackedParser}). */
  static final String PARSER = DIR + "depparse.bin";
  /** Written last: the sources the other files were made from. */
  static final String MANIFEST = DIR + "packed.properties";

  private static final Supplier<Boolean> AVAILABLE =
      Suppliers.memoize(PackedModels::checkAvailable);
  private static final Supplier<CompactLexicon> SHARED_LEXICON =
      Suppliers.memoize(() -> readLexicon(LEXICON));
  /** The packed parser's data, read once per JVM and shared read-only by every parser built. */
  private static final Supplier<PackedParser.Data> PARSER_DATA =
      Suppliers.memoize(() -> readParser(PARSER));

  private PackedModels() {}

  /**
   * Writes the packed models into a class-path folder; run by the build.
   *
   * @param args the output folder ({@code target/classes})
   * @throws Exception if a model cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: PackedModels OUTPUT_FOLDER");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Properties sources = sources();
    Path manifest = out.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) {
      Properties old = new Properties();
      try (InputStream in = Files.newInputStream(manifest)) {
        old.load(in);
      }
      if (old.equals(sources)) {
        System.out.println("Packed models are up to date in " + out.resolve(DIR));
        return;
      }
    }
    pack(out);
    try (OutputStream o = Files.newOutputStream(manifest)) {
      sources.store(o, "CoreNLP models packed by dev.verbatim.nlp.PackedModels");
    }
    System.out.println("Packed models written to " + out.resolve(DIR));
  }

  /** Where the source models come from (their URLs name the models jar and its version). */
  private static Properties sources() {
    Properties p = new Properties();
    p.setProperty("tagger", String.valueOf(resource(SOURCE_TAGGER)));
    p.setProperty("ner", String.valueOf(resource(SOURCE_NER)));
    p.setProperty("parser", String.valueOf(resource(
        edu.stanford.nlp.parser.nndep.DependencyParser.DEFAULT_MODEL)));
    p.setProperty("models", String.valueOf(modelsJar()));
    p.setProperty("format", "3");
    p.setProperty("parser.format", "1");
    return p;
  }

  /**
   * The file name of the jar CoreNLP's NER model is read from (it names CoreNLP's version, e.g.
   * {@code stanford-corenlp-4.5.10-models.jar}), or the model's URL when it is not in a jar.
   */
  static String modelsJar() {
    URL url = resource(SOURCE_NER);
    if (url == null) {
      return "none";
    }
    String s = url.toString();
    int bang = s.indexOf("!/");
    if (bang < 0) {
      return s;
    }
    String jar = s.substring(0, bang);
    return jar.substring(jar.lastIndexOf('/') + 1);
  }

  /**
   * What the packed models rely on: the fields of CoreNLP's classes that loading and completing
   * them reads and writes (none of them final), the NER annotator's fields the analyzer reaches
   * the classifiers through, and the CoreNLP models jar they were packed from and the one loaded
   * now. Call only when {@link #available()}.
   *
   * @return the fingerprint
   */
  static Fingerprint fingerprint() {
    Properties packed = manifest();
    return Fingerprint.ofClasses(Distsim.class, Extractors.class, CRFClassifier.class,
            NERFeatureFactory.class, AbstractSequenceClassifier.class,
            edu.stanford.nlp.pipeline.NERCombinerAnnotator.class,
            edu.stanford.nlp.ie.ClassifierCombiner.class)
        .classNamed("edu.stanford.nlp.tagger.maxent.ExtractorDistsim")
        .classNamed("edu.stanford.nlp.tagger.maxent.ExtractorDistsimConjunction")
        .layout("packed from", packed.getProperty("models") + " format "
            + packed.getProperty("format"))
        .layout("loaded", modelsJar());
  }

  private static Properties manifest() {
    Properties packed = new Properties();
    try (InputStream in = Objects.requireNonNull(resource(MANIFEST), MANIFEST).openStream()) {
      packed.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + MANIFEST, e);
    }
    return packed;
  }

  /** The lexicon the packed models share ({@link SharedLexicon} reads through to it). */
  static CompactLexicon sharedLexicon() {
    return SHARED_LEXICON.get();
  }

  /**
   * Packs both models into {@code out}: the tagger and the NER without their lexicon, and the
   * lexicon, which must be the same in both.
   *
   * @param out the class-path folder
   * @throws IOException if writing fails
   * @throws ReflectiveOperationException if CoreNLP's classes have another layout
   */
  static void pack(Path out)
      throws IOException, ReflectiveOperationException, ClassNotFoundException {
    Path dir = out.resolve(DIR);
    Files.createDirectories(dir);
    MaxentTagger tagger = new MaxentTagger(SOURCE_TAGGER);
    Set<Distsim> distsims = distsims(tagger);
    Map<String, String> lexicon = null;
    Set<Object> lexicons = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Distsim d : distsims) {
      Map<String, String> l = distsimLexicon(d);
      if (lexicon != null && !lexicon.equals(l)) {
        throw new IllegalStateException("The tagger has two different distsim lexicons");
      }
      lexicon = l;
      lexicons.add(l);
    }
    CRFClassifier<?> ner = CRFClassifier.getClassifier(SOURCE_NER);
    NERFeatureFactory<?> factory = nerFactory(ner);
    Map<String, String> nerLexicon = nerLexicon(factory);
    if (lexicon == null || nerLexicon == null || !lexicon.equals(nerLexicon)) {
      throw new IllegalStateException("The tagger and the NER do not share one distsim lexicon");
    }
    // The tagger's extractors are copied through serialization with a SharedLexicon in place of
    // each lexicon (Distsim's field is final: it is given its value as the copy is read, never
    // written afterwards); the copies replace the extractors, non-final fields of the tagger.
    Object[] copies = withSharedLexicon(new Object[] {
        Internals.get(MaxentTagger.class, "extractors", tagger),
        Internals.get(MaxentTagger.class, "extractorsRare", tagger)}, lexicons);
    Internals.set(MaxentTagger.class, "extractors", tagger, copies[0]);
    Internals.set(MaxentTagger.class, "extractorsRare", tagger, copies[1]);
    Method save = MaxentTagger.class.getDeclaredMethod("saveModel", String.class);
    save.setAccessible(true);
    save.invoke(tagger, out.resolve(TAGGER).toString());
    setNerLexicon(factory, new HashMap<>());
    @SuppressWarnings("unchecked")
    Index<String> features =
        (Index<String>) Internals.get(CRFClassifier.class, "featureIndex", ner);
    float[][] weights = (float[][]) Internals.get(CRFClassifier.class, "weights", ner);
    try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(out.resolve(NER_WEIGHTS)), 1 << 16))) {
      CrfWeights.write(o, features, weights);
    }
    Internals.set(CRFClassifier.class, "featureIndex", ner, new HashIndex<String>());
    Internals.set(CRFClassifier.class, "weights", ner, new float[0][]);
    ner.serializeClassifier(out.resolve(NER).toString());
    try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(out.resolve(LEXICON)), 1 << 16))) {
      CompactLexicon.of(lexicon).writeTo(o);
    }
    try (OutputStream o = Files.newOutputStream(out.resolve(PARSER))) {
      PackedParser.pack(o);
    }
  }

  /**
   * A deep copy of {@code objects}, made by Java serialization, in which each of the maps
   * {@code lexicons} (by identity) is a {@link SharedLexicon}.
   */
  private static Object[] withSharedLexicon(Object[] objects, Set<Object> lexicons)
      throws IOException, ClassNotFoundException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes) {
      {
        enableReplaceObject(true);
      }

      @Override
      protected Object replaceObject(Object o) {
        return lexicons.contains(o) ? new SharedLexicon() : o;
      }
    }) {
      out.writeObject(objects);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return (Object[]) in.readObject();
    }
  }

  /** Whether the packed models are on the class path. */
  static boolean available() {
    return AVAILABLE.get();
  }

  private static boolean checkAvailable() {
    boolean all = resource(MANIFEST) != null && resource(TAGGER) != null && resource(NER) != null
        && resource(LEXICON) != null && resource(NER_WEIGHTS) != null
        && resource(PARSER) != null;
    if (!all) {
      LOG.info("Packed models not on the class path; loading CoreNLP's own (slower)");
    }
    return all;
  }

  /**
   * The part-of-speech tagger: the packed copy with its lexicon put back, or CoreNLP's model.
   *
   * @return the tagger
   * @throws VerbatimException if the packed copy cannot be completed
   */
  static MaxentTagger tagger() {
    if (!available()) {
      return new MaxentTagger(SOURCE_TAGGER);
    }
    MaxentTagger tagger = new MaxentTagger(TAGGER);
    try {
      Set<Distsim> distsims = distsims(tagger);
      if (distsims.isEmpty()) {
        throw new IllegalStateException("no distsim lexicon in the packed tagger");
      }
      for (Distsim d : distsims) {
        if (!(distsimLexicon(d) instanceof SharedLexicon)) {
          throw new IllegalStateException("the packed tagger holds a lexicon of its own");
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new VerbatimException("Could not complete the packed tagger: " + e, e);
    }
    return tagger;
  }

  /**
   * The NER model to give CoreNLP ({@code ner.model}): the packed copy, or CoreNLP's model. A
   * packed copy must get its lexicon back through {@link #completeNer} before it is used.
   *
   * @return a class-path resource
   */
  static String nerModel() {
    return available() ? NER : SOURCE_NER;
  }

  /**
   * Puts the lexicon back into a classifier loaded from the packed NER model. Classifiers loaded
   * from another model, and ones already completed, are left as they are.
   *
   * @param classifier a classifier of the NER
   * @throws VerbatimException if the classifier is a packed one and cannot be completed
   */
  static void completeNer(AbstractSequenceClassifier<?> classifier) {
    if (!(classifier instanceof CRFClassifier) || classifier.featureFactories == null) {
      return;
    }
    try {
      float[][] weights = (float[][]) Internals.get(CRFClassifier.class, "weights", classifier);
      if (weights != null && weights.length == 0) {
        CrfWeights packed = readWeights(NER_WEIGHTS);
        Internals.set(CRFClassifier.class, "featureIndex", classifier, packed.index());
        Internals.set(CRFClassifier.class, "weights", classifier, packed.weights());
      }
      for (FeatureFactory<?> f : classifier.featureFactories) {
        if (!(f instanceof NERFeatureFactory) || !classifier.flags.useDistSim) {
          continue;
        }
        NERFeatureFactory<?> factory = (NERFeatureFactory<?>) f;
        Map<String, String> lexicon = nerLexicon(factory);
        if (lexicon != null && lexicon.isEmpty()) {
          setNerLexicon(factory, SHARED_LEXICON.get());
        }
      }
    } catch (ReflectiveOperationException | IOException | RuntimeException e) {
      throw new VerbatimException("Could not complete the packed NER model: " + e, e);
    }
  }

  /**
   * The dependency parser from the packed copy, without its pre-computed contributions (see
   * {@link PackedParser}). Call only when {@link #available()}.
   *
   * @return a parser of its own, on the data shared by every packed parser of this JVM
   * @throws VerbatimException if the packed parser cannot be read or rebuilt
   */
  static edu.stanford.nlp.parser.nndep.DependencyParser parser() {
    try {
      return PackedParser.parser(PARSER_DATA.get());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new VerbatimException("Could not load the packed dependency parser: " + e, e);
    }
  }

  /**
   * What loading the packed parser relies on: CoreNLP's parser classes, and the models jar it
   * was packed from and the one loaded now. Call only when {@link #available()}.
   *
   * @return the fingerprint
   */
  static Fingerprint parserFingerprint() {
    Properties packed = manifest();
    return PackedParser.fingerprint()
        .layout("packed from", packed.getProperty("models") + " parser format "
            + packed.getProperty("parser.format"))
        .layout("loaded", modelsJar());
  }

  private static PackedParser.Data readParser(String resource) {
    URL url = Objects.requireNonNull(resource(resource), resource);
    try (InputStream in = new BufferedInputStream(url.openStream(), 1 << 16)) {
      return PackedParser.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }

  private static CrfWeights readWeights(String resource) throws IOException {
    URL url = Objects.requireNonNull(resource(resource), resource);
    try (InputStream in = new BufferedInputStream(url.openStream(), 1 << 16)) {
      return CrfWeights.read(in);
    }
  }

  private static CompactLexicon readLexicon(String resource) {
    URL url = Objects.requireNonNull(resource(resource), resource);
    try (InputStream in = new BufferedInputStream(url.openStream(), 1 << 16)) {
      return CompactLexicon.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }

  private static URL resource(String name) {
    return PackedModels.class.getClassLoader().getResource(name);
  }

  /** The distinct {@link Distsim} lexicons the tagger's feature extractors read. */
  static Set<Distsim> distsims(MaxentTagger tagger) throws ReflectiveOperationException {
    Set<Distsim> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (String name : List.of("extractors", "extractorsRare")) {
      Extractors extractors = (Extractors) Internals.field(MaxentTagger.class, name).get(tagger);
      for (Object extractor : (Object[]) Internals.get(Extractors.class, "v", extractors)) {
        for (Field f : Internals.allFields(extractor.getClass())) {
          if (f.getType() == Distsim.class) {
            f.setAccessible(true);
            Distsim d = (Distsim) f.get(extractor);
            if (d != null) {
              out.add(d);
            }
          }
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> distsimLexicon(Distsim d) throws ReflectiveOperationException {
    return (Map<String, String>) Internals.get(Distsim.class, "lexicon", d);
  }

  /** The NER factory of CoreNLP's class in a CRF classifier. */
  static NERFeatureFactory<?> nerFactory(CRFClassifier<?> classifier) {
    for (FeatureFactory<?> f : classifier.featureFactories) {
      if (f instanceof NERFeatureFactory) {
        return (NERFeatureFactory<?>) f;
      }
    }
    throw new IllegalStateException("The NER model has no NERFeatureFactory");
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> nerLexicon(NERFeatureFactory<?> factory)
      throws ReflectiveOperationException {
    return (Map<String, String>) Internals.get(NERFeatureFactory.class, "lexicon", factory);
  }

  private static void setNerLexicon(NERFeatureFactory<?> factory, Map<String, String> lexicon)
      throws ReflectiveOperationException {
    Internals.set(NERFeatureFactory.class, "lexicon", factory, lexicon);
  }

}

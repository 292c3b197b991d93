package dev.verbatim.nlp;

import com.google.common.collect.ImmutableList;
import dev.verbatim.Span;
import dev.verbatim.VerbatimException;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only class that talks to Stanford CoreNLP. It runs the tokenizer, sentence splitter,
 * part-of-speech tagger, lemmatizer, the 4-class CRF named-entity recognizer (without SUTime,
 * numeric classifiers or fine-grained classes, which cost several times more and add nothing
 * here) and, optionally, the neural dependency parser, and converts the result to {@link
 * AnalyzedText}. Models load once, in the constructor; {@link #analyze} is thread-safe.
 *
 * <p>Several components run faster code of this package's own with exactly CoreNLP's results
 * ({@link FastPath}); each is checked against the CoreNLP classes loaded and replaced by CoreNLP's
 * own code, with one warning, if it does not match or fails to load, and all are replaced when the
 * caller or {@code -Dverbatim.fastpaths=off} turns them off. The analyzer changes nothing that
 * other code in the JVM shares: it builds its own NER annotator rather than changing the one in
 * CoreNLP's pool, writes no final field, and leaves CoreNLP's logging as it is unless the caller
 * asks ({@link #routeLoggingToSlf4j()}).
 */
public final class CoreNlpAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnalyzer.class);
  /** Target chunk size in characters. */
  static final int CHUNK = 20_000;
  /**
   * Longest sentence, in tokens, given to the dependency parser. CoreNLP's depparse annotator has
   * no length limit of its own (it ignores {@code depparse.maxlen}), and on a 10,000-token
   * "sentence" (10,000 quotation marks in a row) its recursive graph code overflows the stack.
   */
  static final int MAX_PARSED_TOKENS = 150;
  /** Tokenizer and sentence splitter. */
  private final StanfordCoreNLP tokenizer;
  /** CoreNLP's lemmatizer, only if {@link #lemmatizer} is null. */
  private final StanfordCoreNLP lemmaAnnotator;
  /**
   * The NER: CoreNLP's annotator, built by this analyzer (never taken from CoreNLP's pool of
   * annotators, which other code in the JVM may share), so that its classifiers can be changed.
   */
  private final NERCombinerAnnotator ner;
  /** CoreNLP's tagger, run before {@link #ner}; null if {@link #posAnnotator} runs it. */
  private final FastTagger tagger;
  /** CoreNLP's own tagger annotator, only if {@link #tagger} is null. */
  private final POSTaggerAnnotator posAnnotator;
  /** CoreNLP's lemmatizer with a cache, run after {@link #ner}; null if unavailable. */
  private final CachedLemmatizer lemmatizer;
  /** The parser, fast or CoreNLP's own; null without parsing. */
  private final SentenceParser parser;
  private final ParseFilter filter;
  private final FastPaths paths;
  /** How many analyzers were built in this JVM (for tests: models load once per extractor). */
  private static final AtomicLong LOADS = new AtomicLong();
  /** Sentences the parser failed on (left unparsed). */
  private final AtomicLong parseFailures = new AtomicLong();

  /** Parses one tagged sentence into its basic dependencies. */
  @FunctionalInterface
  private interface SentenceParser {
    GrammaticalStructure predict(CoreMap sentence);
  }

  /**
   * Chooses the sentences worth a dependency parse, the most expensive step by far.
   */
  @FunctionalInterface
  public interface ParseFilter {
    /** Parses every sentence. */
    ParseFilter ALL = (words, lemmas) -> true;

    /**
     * Says whether a sentence needs a dependency parse.
     *
     * @param words the sentence's tokens as CoreNLP normalises them
     * @param lemmas their lower-case lemmas
     * @return true to parse it
     */
    boolean needsParse(List<String> words, List<String> lemmas);
  }

  /**
   * Sends CoreNLP's own log messages (Redwood) through SLF4J instead of standard error. This changes
   * CoreNLP's logging for the whole JVM, so the library never does it on its own; the command line
   * and the Spark job ask for it.
   */
  public static void routeLoggingToSlf4j() {
    RedwoodConfiguration.slf4j().apply();
  }

  /**
   * Loads the models, with the fast paths unless {@code -Dverbatim.fastpaths=off}.
   *
   * @param parse whether to run the dependency parser
   * @throws VerbatimException if a model cannot be loaded
   */
  public CoreNlpAnalyzer(boolean parse) {
    this(parse, ParseFilter.ALL, true);
  }

  /**
   * Loads the models, with the fast paths unless {@code -Dverbatim.fastpaths=off}.
   *
   * @param parse whether to run the dependency parser
   * @param filter which sentences to parse, when parsing
   * @throws VerbatimException if a model cannot be loaded
   */
  public CoreNlpAnalyzer(boolean parse, ParseFilter filter) {
    this(parse, filter, true);
  }

  /**
   * Loads the models.
   *
   * @param parse whether to run the dependency parser
   * @param filter which sentences to parse, when parsing
   * @param fastPaths false to run CoreNLP's own code and model files for every component (also
   *     forced by {@code -Dverbatim.fastpaths=off}); true to run each fast path whose check
   *     against the CoreNLP classes loaded passes
   * @throws VerbatimException if a model cannot be loaded
   * @throws IllegalArgumentException if {@code verbatim.fastpaths} is neither on nor off
   */
  public CoreNlpAnalyzer(boolean parse, ParseFilter filter, boolean fastPaths) {
    this(parse, filter, FastPaths.of(fastPaths));
  }

  /**
   * Loads the models, running the fast paths {@code paths} allows.
   *
   * @param parse whether to run the dependency parser
   * @param filter which sentences to parse, when parsing
   * @param paths decides and records which fast paths run
   */
  CoreNlpAnalyzer(boolean parse, ParseFilter filter, FastPaths paths) {
    this.filter = filter;
    this.paths = paths;
    LOADS.incrementAndGet();
    boolean packed = paths.enabled() && PackedModels.available()
        && paths.check(FastPath.PACKED_MODELS, PackedModels::fingerprint);
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // CoreNLP's english.conll.4class.distsim model, repacked at build time (see PackedModels).
    p.setProperty("ner.model", packed ? PackedModels.NER : PackedModels.SOURCE_NER);
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.statisticalOnly", "true");
    p.setProperty("pos.maxlen", "200");
    // The parser and the NER load on threads of their own while the tokenizer, the lemmatizer and
    // the tagger load on this one. With the packed parser model the three take similar times
    // (about 0.3 to 0.5 s each on a quiet machine), so on two cores the longest of them, not
    // their sum, sets the load time.
    FutureTask<SentenceParser> parserLoad =
        parse ? startLoading("verbatim-parser-load", () -> loadParser(paths)) : null;
    FutureTask<NERCombinerAnnotator> nerLoad =
        startLoading("verbatim-ner-load", () -> loadNer(p, packed, paths));
    try {
      this.tokenizer = pipeline(p, "tokenize,ssplit");
      // The NER does not read lemmas (the model's useLemmas option is off), so the lemmatizer
      // can run last, with its cache.
      boolean cached = paths.check(FastPath.LEMMATIZER, CachedLemmatizer::fingerprint);
      if (cached && !CachedLemmatizer.available()) {
        paths.fallBack(FastPath.LEMMATIZER, "CoreNLP's MorphaAnnotator.addLemma cannot be reached");
        cached = false;
      }
      this.lemmatizer = cached ? new CachedLemmatizer() : null;
      this.lemmaAnnotator = cached ? null : pipeline(p, "lemma");
      // The tagger is CoreNLP's model, run by FastTagger when it can be. It is loaded here, not
      // through a pipeline: CoreNLP's pool of annotators builds each one under one global lock,
      // so the NER loading on its own thread would make it wait (it did: the two loaded one
      // after the other).
      int maxLength = Integer.parseInt(p.getProperty("pos.maxlen"));
      MaxentTagger posModel =
          packed ? PackedModels.tagger() : new MaxentTagger(PackedModels.SOURCE_TAGGER);
      this.tagger = paths.check(FastPath.TAGGER, () -> FastTagger.fingerprint(posModel))
          ? FastTagger.of(posModel, maxLength, paths) : null;
      this.posAnnotator = tagger == null ? new POSTaggerAnnotator(posModel, maxLength, 1) : null;
      this.ner = nerLoad.get();
      this.parser = parserLoad == null ? null : parserLoad.get();
    } catch (RuntimeException e) {
      throw new VerbatimException("Could not load the CoreNLP models: " + e.getMessage(), e);
    } catch (ExecutionException e) {
      throw new VerbatimException("Could not load the CoreNLP models: " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VerbatimException("Interrupted while loading the CoreNLP models", e);
    }
  }

  /**
   * The fast paths that fell back to CoreNLP's own code, each with its reason (empty when the
   * fast paths were switched off, and when every one runs).
   *
   * @return a snapshot
   */
  Map<FastPath, String> fallbacks() {
    return paths.fallbacks();
  }

  /** How many analyzers this JVM has built (for tests). */
  static long loads() {
    return LOADS.get();
  }

  /**
   * Whether the fast paths were allowed at all (not switched off).
   *
   * @return false if {@code fastPaths(false)} or {@code -Dverbatim.fastpaths=off}
   */
  public boolean fastPathsEnabled() {
    return paths.enabled();
  }

  /**
   * How many sentences the dependency parser failed on since this analyzer was built. Those
   * sentences stay unparsed (their statements may still be found from the words); the first
   * failure is logged once as a warning, the others only counted here.
   *
   * @return the number of failed sentences
   */
  public long parseFailures() {
    return parseFailures.get();
  }

  /**
   * Builds the analyzer's own NER annotator (CoreNLP's, from the properties, as CoreNLP's
   * pipeline would, but not through its shared pool). With the packed model, completes its CRF
   * classifiers (see {@link PackedModels}); with the fast paths, replaces them by {@link FastCrf}
   * copies, which choose the same labels with a cheaper search, and gives them {@link
   * FastNerFeatures}, which gives the same features faster. The classifiers are private in
   * CoreNLP's NER annotator, so they are reached by reflection.
   */
  private static NERCombinerAnnotator loadNer(Properties p, boolean packed, FastPaths paths)
      throws IOException {
    NERCombinerAnnotator ner = new NERCombinerAnnotator(p);
    if (!packed && !paths.enabled()) {
      return ner;
    }
    List<AbstractSequenceClassifier<?>> classifiers;
    try {
      @SuppressWarnings("unchecked")
      List<AbstractSequenceClassifier<?>> base =
          (List<AbstractSequenceClassifier<?>>) Internals.get(ClassifierCombiner.class,
              "baseClassifiers", Internals.get(NERCombinerAnnotator.class, "ner", ner));
      classifiers = base;
    } catch (ReflectiveOperationException | RuntimeException e) {
      if (packed) {
        throw new VerbatimException("Could not reach the NER model to complete it: " + e, e);
      }
      paths.fallBack(FastPath.NER_SEARCH, "the NER's classifiers cannot be reached (" + e + ")");
      paths.fallBack(FastPath.NER_FEATURES, "the NER's classifiers cannot be reached");
      return ner;
    }
    if (packed) {
      classifiers.forEach(PackedModels::completeNer);
    }
    FastCrf.install(classifiers, paths);
    FastNerFeatures.install(classifiers, paths);
    return ner;
  }

  /** A pipeline of {@code annotators} only, which trusts its input to hold what they need. */
  private static StanfordCoreNLP pipeline(Properties base, String annotators) {
    Properties p = new Properties();
    p.putAll(base);
    p.setProperty("annotators", annotators);
    return new StanfordCoreNLP(p, false);
  }

  /**
   * Gives each straight double quotation mark the direction its spacing shows (opening before a
   * word, closing after one) before the tagger and the parser read it. The tokenizer guesses
   * from context and sometimes makes both marks of a pair opening ({@code had "barely moved"
   * since}), which derails the parse of the whole sentence.
   */
  static void orientStraightQuotes(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    for (CoreLabel l : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      String original = l.originalText();
      if (!"\"".equals(original)) {
        continue;
      }
      int b = l.beginPosition();
      int e = l.endPosition();
      boolean spaceBefore = b == 0 || Character.isWhitespace(text.charAt(b - 1)) || "([{".indexOf(text.charAt(b - 1)) >= 0;
      boolean spaceAfter = e >= text.length() || Character.isWhitespace(text.charAt(e))
          || ".,;:!?)]}".indexOf(text.charAt(e)) >= 0;
      String word = spaceBefore && !spaceAfter ? "``" : !spaceBefore && spaceAfter ? "''" : null;
      if (word != null) {
        l.setWord(word);
        l.setValue(word);
      }
    }
  }

  /** Runs {@code load} on a daemon thread of its own and returns its future result. */
  private static <T> FutureTask<T> startLoading(String threadName, Callable<T> load) {
    FutureTask<T> task = new FutureTask<>(load);
    Thread loader = new Thread(task, threadName);
    loader.setDaemon(true);
    loader.start();
    return task;
  }

  /**
   * Loads the neural dependency parser, from its packed copy when that fast path runs ({@link
   * PackedParser}), else from CoreNLP's model file, and, when its fingerprint matches, wraps it in
   * {@link FastDependencyParser}, which gives the same parses several times faster and keeps its
   * own cache of hidden-layer contributions; otherwise CoreNLP's own {@code predict} parses.
   */
  private static SentenceParser loadParser(FastPaths paths) {
    DependencyParser parser = null;
    if (paths.enabled() && PackedModels.available()
        && paths.check(FastPath.PACKED_PARSER, PackedModels::parserFingerprint)) {
      try {
        parser = PackedModels.parser();
      } catch (RuntimeException e) {
        paths.fallBack(FastPath.PACKED_PARSER, "it failed to load (" + e + ")");
      }
    }
    if (parser == null) {
      parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    }
    DependencyParser loaded = parser;
    if (paths.check(FastPath.PARSER, () -> FastDependencyParser.fingerprint(loaded))) {
      try {
        return new FastDependencyParser(parser)::predict;
      } catch (RuntimeException e) {
        paths.fallBack(FastPath.PARSER, "it failed to load (" + e + ")");
      }
    }
    // CoreNLP's own predict reads the pre-computed contributions a packed parser leaves out.
    try {
      PackedParser.preCompute(parser);
    } catch (ReflectiveOperationException e) {
      throw new VerbatimException("Could not complete the packed dependency parser: " + e, e);
    }
    return parser::predict;
  }

  /**
   * Analyses a text.
   *
   * @param original the caller's text, used for token text
   * @param cleaned the cleaned text, of the same length, that the models read
   * @param paragraphs the paragraph spans of {@code cleaned}
   * @return tokens, sentences and dependency trees with offsets into {@code original}
   */
  public AnalyzedText analyze(String original, String cleaned, ImmutableList<Span> paragraphs) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (Span chunk : chunks(cleaned, paragraphs)) {
      annotateChunk(original, cleaned, chunk, paragraphs, tokens, sentences);
    }
    return new AnalyzedText(original, tokens, sentences, paragraphs);
  }

  /**
   * Cuts the text into chunks of whole paragraphs of about {@link #CHUNK} characters (a longer
   * paragraph is cut at white space), so that memory stays bounded and cost stays linear however
   * long the document is.
   */
  static List<Span> chunks(String text, List<Span> paragraphs) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Span p : paragraphs) {
      if (start >= 0 && p.end() - start > CHUNK) {
        out.add(Span.of(start, end));
        start = -1;
      }
      if (start < 0) {
        start = p.start();
      }
      end = p.end();
      while (end - start > 2 * CHUNK) {
        int cut = text.lastIndexOf(' ', start + CHUNK);
        if (cut <= start) {
          cut = start + CHUNK;
        }
        out.add(Span.of(start, cut));
        start = cut;
      }
    }
    if (start >= 0) {
      out.add(Span.of(start, end));
    }
    return out;
  }

  private static List<String> words(List<CoreLabel> labels) {
    List<String> out = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      out.add(l.word());
    }
    return out;
  }

  private static List<String> lemmas(List<CoreLabel> labels) {
    List<String> out = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      out.add(l.lemma() == null ? l.word().toLowerCase(java.util.Locale.ROOT) : l.lemma().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /**
   * Parses one sentence with the neural dependency parser directly (its basic dependencies are
   * all Verbatim reads; CoreNLP's depparse annotator would also build enhanced graphs, about a
   * third more work), filling {@code heads} (sentence-relative, -1 for the root) and
   * {@code rels}. Sentences the filter rejects, or longer than {@link #MAX_PARSED_TOKENS}
   * tokens, stay unparsed.
   */
  private void parseSentence(CoreMap s, List<CoreLabel> labels, int[] heads, String[] rels) {
    if (labels.size() > MAX_PARSED_TOKENS || !filter.needsParse(words(labels), lemmas(labels))) {
      return;
    }
    GrammaticalStructure gs = parser.predict(s);
    for (TypedDependency td : gs.typedDependencies()) {
      int dep = td.dep().index() - 1;
      int gov = td.gov().index() - 1;
      if (dep < 0 || dep >= heads.length || gov >= heads.length) {
        continue;
      }
      heads[dep] = gov < 0 ? -1 : gov;
      rels[dep] = gov < 0 ? "root" : td.reln().toString();
    }
  }

  private void annotateChunk(String original, String cleaned, Span chunk, List<Span> paragraphs,
      List<Token> tokens, List<Sentence> sentences) {
    int offset = chunk.start();
    Annotation doc = new Annotation(cleaned.substring(chunk.start(), chunk.end()));
    try {
      tokenizer.annotate(doc);
      orientStraightQuotes(doc);
      if (tagger != null) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
          tagger.tag(s.get(CoreAnnotations.TokensAnnotation.class));
        }
      } else {
        posAnnotator.annotate(doc);
      }
      if (lemmaAnnotator != null) {
        lemmaAnnotator.annotate(doc);
      }
      ner.annotate(doc);
      if (lemmatizer != null) {
        lemmatizer.annotate(doc);
      }
    } catch (RuntimeException e) {
      throw new VerbatimException("CoreNLP failed: " + e.getMessage(), e);
    }
    int paragraph = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int first = tokens.size();
      int[] heads = new int[labels.size()];
      String[] rels = new String[labels.size()];
      Arrays.fill(heads, -2);
      Arrays.fill(rels, "dep");
      if (parser != null) {
        try {
          parseSentence(s, labels, heads, rels);
        } catch (RuntimeException | StackOverflowError e) {
          Arrays.fill(heads, -2);
          Arrays.fill(rels, "dep");
          if (parseFailures.getAndIncrement() == 0) {
            LOG.warn("The dependency parser failed on a sentence of {} tokens ({}); such "
                + "sentences stay unparsed. Later failures are only counted "
                + "(CoreNlpAnalyzer.parseFailures)", labels.size(), e.toString());
          }
        }
      }
      int sentenceIndex = sentences.size();
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        int b = l.beginPosition() + offset;
        int e = l.endPosition() + offset;
        String lemma = l.lemma() == null ? l.word().toLowerCase(java.util.Locale.ROOT) : l.lemma().toLowerCase(java.util.Locale.ROOT);
        String ner = l.ner() == null ? "O" : l.ner();
        int head = heads[i] >= 0 ? first + heads[i] : -1;
        String tag = l.tag() == null ? "X" : l.tag();
        tokens.add(new Token(first + i, b, e, original.substring(b, e), lemma, tag, ner,
            sentenceIndex, head, rels[i]));
      }
      int begin = tokens.get(first).begin();
      int end = tokens.get(tokens.size() - 1).end();
      while (paragraph + 1 < paragraphs.size() && paragraphs.get(paragraph).end() <= begin) {
        paragraph++;
      }
      sentences.add(new Sentence(sentenceIndex, first, tokens.size(), begin, end, paragraph));
    }
  }
}

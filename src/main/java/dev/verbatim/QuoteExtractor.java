package dev.verbatim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Throwables;
import dev.verbatim.html.ExtractedPage;
import dev.verbatim.html.HtmlExtractor;
import dev.verbatim.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds every reported statement in a news text and attributes it to its speaker. This is the
 * library's facade.
 *
 * <p>Build one extractor and reuse it: building loads the language models (a few seconds, several
 * hundred megabytes); {@link #extract(String)} then takes milliseconds per article. An extractor
 * is immutable and thread-safe: share it between threads.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.builder()   // every setting is optional
 *     .maxQuoteLength(5_000)
 *     .build();                                         // loads the models once
 * ExtractionResult result = extractor.extract(articleText);
 *
 * for (Citation c : result.citations()) {               // in document order
 *   System.out.printf("%s %s: %s %s (rule %s, confidence %.2f)%n",
 *       c.type(),                                       // DIRECT, INDIRECT or MIXED
 *       c.speaker().map(Speaker::name).orElse("?"),     // canonical name of the speaker entity
 *       c.text(),                                       // equals c.span().in(articleText)
 *       c.span(), c.rule(), c.confidence());
 *   c.cue().ifPresent(cue -> System.out.println("  cue: " + cue.text() + " / " + cue.lemma()));
 *   c.mention().ifPresent(m -> System.out.println("  rests on: " + m.kind() + " " + m.text()));
 * }
 * for (Speaker s : result.speakers()) {                 // s1, s2, ... in order of first mention
 *   System.out.println(s.id() + " " + s.name() + " " + s.kind() + " " + s.variants());
 * }
 * for (Diagnostic d : result.diagnostics()) {           // e.g. an unclosed quotation mark
 *   System.out.println(d.kind() + " at " + d.span() + ": " + d.message());
 * }
 *
 * List<ExtractionResult> batch = extractor.extractAll(List.of(first, second));  // in parallel
 * String json = new JsonCodec().write("article-1", result);  // dev.verbatim.json, one line
 * }</pre>
 *
 * <h2>Thread safety</h2>
 *
 * <p>Immutable and thread-safe once built; {@link Builder} is not thread-safe. The threads of the
 * batch methods start on first use and stop at {@link #close()}.
 */
public final class QuoteExtractor implements AutoCloseable {
  /** Default for {@link Builder#maxDocumentLength(int)}: 5 million UTF-16 units. */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 5_000_000;
  /** Default for {@link Builder#maxQuoteLength(int)}: 10,000 UTF-16 units. */
  public static final int DEFAULT_MAX_QUOTE_LENGTH = 10_000;

  private final int maxDocumentLength;
  private final Pipeline pipeline;
  private final int threads;
  private ExecutorService pool;
  private boolean closed;

  private QuoteExtractor(Builder b) {
    this.maxDocumentLength = b.maxDocumentLength < 0 ? DEFAULT_MAX_DOCUMENT_LENGTH : b.maxDocumentLength;
    int maxQuote = b.maxQuoteLength < 0 ? DEFAULT_MAX_QUOTE_LENGTH : b.maxQuoteLength;
    this.threads = b.threads > 0 ? b.threads : Runtime.getRuntime().availableProcessors();
    this.pipeline = new Pipeline(new Pipeline.Options(maxQuote, b.dependencyParsing, b.disabled, b.fastPaths));
  }

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends the language back end's log messages (CoreNLP's, which otherwise go to standard error)
   * through SLF4J, like Verbatim's own. This changes CoreNLP's logging for the whole JVM, so
   * Verbatim does it only when asked; the command line asks. Call it before building an extractor.
   */
  public static void routeBackEndLoggingToSlf4j() {
    dev.verbatim.nlp.CoreNlpAnalyzer.routeLoggingToSlf4j();
  }

  /**
   * Finds and attributes every statement in {@code text}.
   *
   * @param text the article, plain text; paragraphs separated by line breaks
   * @return the citations, speakers and diagnostics; empty for empty or blank text
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than the maximum document length
   * @throws VerbatimException if the language-processing back end fails
   */
  public ExtractionResult extract(String text) {
    checkNotNull(text, "text");
    checkArgument(text.length() <= maxDocumentLength,
        "text is %s characters long, over the maximum document length of %s", text.length(),
        maxDocumentLength);
    if (text.isBlank()) {
      return ExtractionResult.empty();
    }
    return pipeline.run(text);
  }

  /**
   * Extracts the article from a web page and finds and attributes every statement in it. The page's
   * main content (headline, standfirst, byline, body paragraphs) is kept and its boilerplate
   * (navigation, cookie banners, captions, comments, "most read" lists, ...) dropped, as {@link
   * HtmlExtractor} describes; offsets in the result index {@code page().text()}.
   *
   * <pre>{@code
   * PageExtraction p = extractor.extractHtml(html, "https://news.example/story");
   * String text = p.page().text();
   * for (Citation c : p.result().citations()) {
   *   System.out.println(c.text() + " " + text.substring(c.span().start(), c.span().end()));
   * }
   * }</pre>
   *
   * @param html the page's HTML
   * @param baseUri the page's address, against which its canonical link resolves; empty if unknown
   * @return the extracted page and what was found in its text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the extracted text is longer than the maximum document
   *     length
   * @throws VerbatimException if the language-processing back end fails
   * @since 0.2.0
   */
  public PageExtraction extractHtml(String html, String baseUri) {
    ExtractedPage page = HtmlExtractor.extract(html, baseUri);
    return new PageExtraction(page, extract(page.text()));
  }

  /**
   * Extracts citations from many documents, using {@link Builder#threads(int)} threads (by default
   * one per processor). Results come back in the order of the texts. Built on
   * {@link #extractEach(Iterable)}; use that to keep the results of good documents when one fails.
   *
   * @param texts the documents
   * @return one result per document, in order
   * @throws NullPointerException if {@code texts} or one of them is null
   * @throws IllegalArgumentException if a text is longer than the maximum document length
   * @throws VerbatimException if the language-processing back end fails
   */
  public List<ExtractionResult> extractAll(Iterable<String> texts) {
    checkNotNull(texts, "texts");
    List<ExtractionResult> out = new ArrayList<>();
    try (Stream<DocumentOutcome> outcomes = extractEach(texts)) {
      for (DocumentOutcome o : (Iterable<DocumentOutcome>) outcomes::iterator) {
        if (o.error().isPresent()) {
          RuntimeException e = o.error().get();
          if (e instanceof NullPointerException) {
            throw new NullPointerException("texts[" + o.index() + "]");
          }
          throw e;
        }
        out.add(o.result().get());
      }
    }
    return out;
  }

  /**
   * Extracts citations from many documents as a stream, in input order, on this extractor's
   * threads ({@link Builder#threads(int)}). Texts are read from {@code texts} only as the stream
   * is consumed, and at most twice the thread count are in flight, so memory stays bounded however
   * many documents there are. A document that fails (null, over the maximum length, a back-end
   * failure) gives an outcome with its error; the others are unaffected.
   *
   * @param texts the documents, read lazily
   * @return one outcome per document, in order; close it to stop early
   * @throws NullPointerException if {@code texts} is null
   * @throws IllegalStateException if the extractor is closed
   */
  public Stream<DocumentOutcome> extractEach(Iterable<String> texts) {
    checkNotNull(texts, "texts");
    if (threads == 1) {
      return extractEach(texts, Runnable::run, 1);
    }
    return extractEach(texts, pool(), threads);
  }

  /**
   * Like {@link #extractEach(Iterable)}, on the caller's executor.
   *
   * @param texts the documents, read lazily
   * @param executor runs one extraction per task
   * @param parallelism how many documents to have in flight at most is twice this, at least 1
   * @return one outcome per document, in order
   * @throws NullPointerException if {@code texts} or {@code executor} is null
   * @throws IllegalArgumentException if {@code parallelism} is less than 1
   */
  public Stream<DocumentOutcome> extractEach(Iterable<String> texts, Executor executor, int parallelism) {
    checkNotNull(texts, "texts");
    checkNotNull(executor, "executor");
    checkArgument(parallelism >= 1, "parallelism must be >= 1 but was %s", parallelism);
    Iterator<String> in = texts.iterator();
    int window = parallelism == 1 ? 1 : 2 * parallelism;
    Deque<CompletableFuture<DocumentOutcome>> inFlight = new ArrayDeque<>();
    Iterator<DocumentOutcome> out = new Iterator<>() {
      private int next;

      private void fill() {
        while (inFlight.size() < window && in.hasNext()) {
          String text = in.next();
          int index = next++;
          inFlight.add(CompletableFuture.supplyAsync(() -> outcome(index, text), executor));
        }
      }

      @Override
      public boolean hasNext() {
        fill();
        return !inFlight.isEmpty();
      }

      @Override
      public DocumentOutcome next() {
        fill();
        if (inFlight.isEmpty()) {
          throw new NoSuchElementException();
        }
        return await(inFlight.poll());
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(out, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(() -> inFlight.forEach(f -> f.cancel(false)));
  }

  private DocumentOutcome outcome(int index, String text) {
    try {
      return DocumentOutcome.of(index, extract(text));
    } catch (RuntimeException e) {
      return DocumentOutcome.failed(index, e);
    } catch (StackOverflowError e) {
      // A pathological parse spoils one document, not the batch.
      return DocumentOutcome.failed(index, new VerbatimException("extraction overflowed the stack", e));
    }
  }

  private static DocumentOutcome await(CompletableFuture<DocumentOutcome> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new VerbatimException("extraction failed: " + e.getCause(), e.getCause());
    }
  }

  private synchronized ExecutorService pool() {
    checkState(!closed, "the extractor is closed");
    if (pool == null) {
      pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "verbatim-extract");
        t.setDaemon(true);
        return t;
      });
    }
    return pool;
  }

  /**
   * Stops this extractor's threads for {@link #extractAll} and {@link #extractEach(Iterable)}.
   * {@link #extract(String)} still works; batch methods on its own threads then fail.
   */
  @Override
  public synchronized void close() {
    closed = true;
    if (pool != null) {
      pool.shutdownNow();
      pool = null;
    }
  }

  /** Configures a {@link QuoteExtractor}. Not thread-safe; each setting may be set once. */
  public static final class Builder {
    private int maxDocumentLength = -1;
    private int maxQuoteLength = -1;
    private boolean dependencyParsing = true;
    private boolean dependencyParsingSet;
    private int threads = -1;
    private boolean fastPaths = true;
    private boolean fastPathsSet;
    private final EnumSet<DetectionRule> disabled = EnumSet.noneOf(DetectionRule.class);

    private Builder() {}

    /**
     * Sets the longest text {@link QuoteExtractor#extract(String)} accepts.
     *
     * @param maxDocumentLength a length in UTF-16 units, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the value is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder maxDocumentLength(int maxDocumentLength) {
      checkState(this.maxDocumentLength < 0, "maxDocumentLength was already set to %s",
          this.maxDocumentLength);
      checkArgument(maxDocumentLength >= 1, "maxDocumentLength must be >= 1 but was %s",
          maxDocumentLength);
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /**
     * Sets the longest quotation reported as a statement; longer ones yield a diagnostic instead.
     *
     * @param maxQuoteLength a length in UTF-16 units, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the value is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder maxQuoteLength(int maxQuoteLength) {
      checkState(this.maxQuoteLength < 0, "maxQuoteLength was already set to %s",
          this.maxQuoteLength);
      checkArgument(maxQuoteLength >= 1, "maxQuoteLength must be >= 1 but was %s",
          maxQuoteLength);
      this.maxQuoteLength = maxQuoteLength;
      return this;
    }

    /**
     * Turns dependency parsing on (the default) or off. Off is faster and finds fewer indirect
     * statements.
     *
     * @param enabled whether to parse dependencies
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder dependencyParsing(boolean enabled) {
      checkState(!dependencyParsingSet, "dependencyParsing was already set to %s",
          dependencyParsing);
      this.dependencyParsing = enabled;
      this.dependencyParsingSet = true;
      return this;
    }

    /**
     * Allows (the default) or forbids Verbatim's faster versions of CoreNLP's code: the
     * part-of-speech tagger's search, the NER's features and search, the cached lemmatizer, the
     * dependency parser's forward pass and the packed model files. They give the same output as
     * CoreNLP's own code, several times faster. Each is checked when the extractor is built
     * against the CoreNLP classes actually loaded; one that does not match, or fails to load,
     * is replaced by CoreNLP's own code with one warning in the log (logger
     * {@code dev.verbatim.nlp.FastPaths}).
     *
     * <p>{@code false} runs CoreNLP's own code and model files for every component and logs once
     * that it does; so does the system property {@code -Dverbatim.fastpaths=off}, whatever this
     * option says. Loading then takes longer and extraction is slower (see
     * {@code docs/performance.md}); the output is the same.
     *
     * <pre>{@code
     * QuoteExtractor reference = QuoteExtractor.builder().fastPaths(false).build();
     * }</pre>
     *
     * @param enabled whether the fast paths may run
     * @return this builder
     * @throws IllegalStateException if it was already set
     * @since 0.2.0
     */
    public Builder fastPaths(boolean enabled) {
      checkState(!fastPathsSet, "fastPaths was already set to %s", fastPaths);
      this.fastPaths = enabled;
      this.fastPathsSet = true;
      return this;
    }

    /**
     * Sets how many threads {@link QuoteExtractor#extractAll(Iterable)} uses; by default one per
     * available processor.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if the value is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder threads(int threads) {
      checkState(this.threads < 0, "threads was already set to %s", this.threads);
      checkArgument(threads >= 1, "threads must be >= 1 but was %s", threads);
      this.threads = threads;
      return this;
    }

    /**
     * Switches detection rules off, as if they were not there: the statements they would find are
     * not made, and a quotation they would have claimed is left to the other rules. Calls add up;
     * by default every rule is on.
     *
     * @param rules the rules to switch off
     * @return this builder
     * @throws NullPointerException if {@code rules} or one of them is null
     */
    public Builder disable(DetectionRule... rules) {
      checkNotNull(rules, "rules");
      for (DetectionRule r : rules) {
        disabled.add(checkNotNull(r, "rules[]"));
      }
      return this;
    }

    /**
     * Builds the extractor, loading the language models.
     *
     * @return a thread-safe extractor
     * @throws VerbatimException if a model cannot be loaded
     * @throws IllegalArgumentException if the system property {@code verbatim.fastpaths} is set
     *     to something other than {@code on} or {@code off}
     */
    public QuoteExtractor build() {
      return new QuoteExtractor(this);
    }
  }
}

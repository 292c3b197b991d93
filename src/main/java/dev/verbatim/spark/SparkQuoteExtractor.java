package dev.verbatim.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static org.apache.spark.sql.functions.col;

import dev.verbatim.QuoteExtractor;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Extracts citations from a {@code Dataset<Row>} of documents on Apache Spark: the
 * {@link QuoteExtractor} of the plain library, run inside {@code mapPartitions}.
 *
 * <p>Each executor JVM builds one extractor, lazily, when its first task meets its first
 * document, and every later task and partition on that JVM reuses it; the extractor is never
 * serialised and the models never travel with tasks (each executor loads them from the models jar
 * on its class path). A document that fails gives a row in {@link SparkExtraction#errors()}, not
 * a failed job.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().parquet("archive/");     // columns url, body, ...
 * SparkExtraction extraction = SparkQuoteExtractor.builder()
 *     .idColumn("url")
 *     .textColumn("body")
 *     .build()
 *     .extract(articles)
 *     .persist();                       // citations() and speakers() then share one extraction
 * extraction.citations().write().parquet("out/citations");
 * extraction.speakers().write().parquet("out/speakers");
 * extraction.errors().write().json("out/errors");
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link Builder} is not thread-safe. What travels with the tasks
 * is a function that holds only the settings.
 *
 * @since 0.2.0
 */
public final class SparkQuoteExtractor {
  /** The default id column: {@code "id"}. */
  public static final String DEFAULT_ID_COLUMN = "id";
  /** The default text column: {@code "text"}. */
  public static final String DEFAULT_TEXT_COLUMN = "text";

  private final String idColumn;
  private final String textColumn;
  private final ExtractorSettings settings;

  private SparkQuoteExtractor(Builder b) {
    this.idColumn = b.idColumn == null ? DEFAULT_ID_COLUMN : b.idColumn;
    this.textColumn = b.textColumn == null ? DEFAULT_TEXT_COLUMN : b.textColumn;
    ExtractorSettings defaults = ExtractorSettings.defaults();
    this.settings = new ExtractorSettings(
        b.maxDocumentLength < 0 ? defaults.maxDocumentLength() : b.maxDocumentLength,
        b.maxQuoteLength < 0 ? defaults.maxQuoteLength() : b.maxQuoteLength,
        b.dependencyParsing == null ? defaults.dependencyParsing() : b.dependencyParsing);
  }

  /**
   * Returns a builder with the default settings: columns {@code id} and {@code text}, and the
   * extractor settings of {@link QuoteExtractor.Builder}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Plans the extraction over {@code documents}. Nothing runs until an action (a write, a count)
   * runs on one of the returned datasets.
   *
   * @param documents one row per document; the id column may be of any type (it is cast to a
   *     string), the text column must be a string; other columns are ignored
   * @return the extraction, whose datasets follow {@link CitationSchema}
   * @throws NullPointerException if {@code documents} is null
   * @throws IllegalArgumentException if a column is missing or the text column is not a string
   */
  public SparkExtraction extract(Dataset<Row> documents) {
    checkNotNull(documents, "documents");
    field(documents, idColumn, "id");
    StructField text = field(documents, textColumn, "text");
    checkArgument(text.dataType().equals(DataTypes.StringType),
        "the text column '%s' must be a string but is %s", textColumn,
        text.dataType().simpleString());
    Dataset<Row> results = documents
        .select(col(idColumn).cast(DataTypes.StringType), col(textColumn))
        .mapPartitions(new ExtractPartition(settings), Encoders.row(CitationSchema.DOCUMENTS));
    return new SparkExtraction(results);
  }

  private static StructField field(Dataset<Row> documents, String name, String role) {
    String[] names = documents.schema().fieldNames();
    checkArgument(Arrays.asList(names).contains(name),
        "the %s column '%s' is not in the dataset; its columns are %s", role, name,
        Arrays.toString(names));
    return documents.schema().apply(name);
  }

  /** Configures a {@link SparkQuoteExtractor}. Not thread-safe; each setting may be set once. */
  public static final class Builder {
    private String idColumn;
    private String textColumn;
    private int maxDocumentLength = -1;
    private int maxQuoteLength = -1;
    private Boolean dependencyParsing;

    private Builder() {}

    /**
     * Sets the column that holds the document id (default {@code "id"}).
     *
     * @param name a column name
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if it was already set
     */
    public Builder idColumn(String name) {
      checkState(idColumn == null, "idColumn was already set to %s", idColumn);
      this.idColumn = checkColumn(name);
      return this;
    }

    /**
     * Sets the column that holds the document text (default {@code "text"}).
     *
     * @param name a column name
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if it was already set
     */
    public Builder textColumn(String name) {
      checkState(textColumn == null, "textColumn was already set to %s", textColumn);
      this.textColumn = checkColumn(name);
      return this;
    }

    /**
     * Sets the longest document extracted from; longer ones give error rows. See
     * {@link QuoteExtractor.Builder#maxDocumentLength(int)}.
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
     * Sets the longest quotation reported. See {@link QuoteExtractor.Builder#maxQuoteLength(int)}.
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
     * Turns dependency parsing on (the default) or off. See
     * {@link QuoteExtractor.Builder#dependencyParsing(boolean)}.
     *
     * @param enabled whether to parse dependencies
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder dependencyParsing(boolean enabled) {
      checkState(dependencyParsing == null, "dependencyParsing was already set to %s",
          dependencyParsing);
      this.dependencyParsing = enabled;
      return this;
    }

    /**
     * Builds the Spark extractor. Loads no models: each executor loads them on first use.
     *
     * @return the extractor
     */
    public SparkQuoteExtractor build() {
      return new SparkQuoteExtractor(this);
    }

    private static String checkColumn(String name) {
      checkNotNull(name, "name");
      checkArgument(!name.isBlank(), "a column name must not be blank but was '%s'", name);
      return name;
    }
  }
}

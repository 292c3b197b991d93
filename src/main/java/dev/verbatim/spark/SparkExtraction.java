package dev.verbatim.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The planned extraction over a dataset of documents, seen three ways: {@link #citations()},
 * {@link #speakers()} and {@link #errors()}, each following {@link CitationSchema}.
 *
 * <p>Spark is lazy: each action on one of these datasets runs the extraction again unless the
 * extraction was {@link #persist() persisted} first. Persist when you use more than one of them.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class SparkExtraction {
  private final Dataset<Row> documents;

  SparkExtraction(Dataset<Row> documents) {
    this.documents = checkNotNull(documents, "documents");
  }

  /**
   * Returns the citations, one row per citation, following {@link CitationSchema#CITATIONS}. A
   * document without citations has no rows; one that failed is in {@link #errors()}.
   *
   * @return the citations
   */
  public Dataset<Row> citations() {
    return documents
        .select(explode(col("citations")).as("c"))
        .select(col("c.*"))
        .to(CitationSchema.CITATIONS);
  }

  /**
   * Returns the speaker entities, one row per speaker of a document, following
   * {@link CitationSchema#SPEAKERS}.
   *
   * @return the speakers
   */
  public Dataset<Row> speakers() {
    return documents
        .select(explode(col("speakers")).as("s"))
        .select(col("s.*"))
        .to(CitationSchema.SPEAKERS);
  }

  /**
   * Returns the documents that failed (a null id or text, a text over the maximum length, a
   * failure of the language-processing back end), following {@link CitationSchema#ERRORS}.
   *
   * @return the failed documents
   */
  public Dataset<Row> errors() {
    return documents
        .select(explode(col("errors")).as("e"))
        .select(col("e.*"))
        .to(CitationSchema.ERRORS);
  }

  /**
   * Keeps the extraction's results once computed (memory, spilling to disk), so that
   * {@link #citations()}, {@link #speakers()} and {@link #errors()} share one extraction.
   *
   * @return an extraction over the persisted results
   */
  public SparkExtraction persist() {
    return new SparkExtraction(documents.persist(StorageLevel.MEMORY_AND_DISK()));
  }

  /**
   * Releases what {@link #persist()} kept.
   */
  public void unpersist() {
    documents.unpersist();
  }
}

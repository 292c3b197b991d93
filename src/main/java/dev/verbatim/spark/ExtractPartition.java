package dev.verbatim.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteExtractor;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Extracts from the documents of one partition, lazily, one {@link CitationSchema#DOCUMENTS} row
 * per input row {@code (id, text)}. It holds only settings; the extractor comes from
 * {@link ExecutorExtractor} on the executor, on the first document. A document that fails gives
 * an error row; the task goes on.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final ExtractorSettings settings;

  ExtractPartition(ExtractorSettings settings) {
    this.settings = checkNotNull(settings, "settings");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> documents) {
    return new Iterator<>() {
      private QuoteExtractor extractor;

      @Override
      public boolean hasNext() {
        return documents.hasNext();
      }

      @Override
      public Row next() {
        Row document = documents.next();
        if (extractor == null) {
          extractor = ExecutorExtractor.get(settings);
        }
        return extract(extractor, document.getString(0), document.getString(1));
      }
    };
  }

  static Row extract(QuoteExtractor extractor, String id, String text) {
    if (id == null) {
      return ResultRows.failure(null, "the document id is null");
    }
    if (text == null) {
      return ResultRows.failure(id, "the document text is null");
    }
    ExtractionResult result;
    try {
      result = extractor.extract(text);
    } catch (RuntimeException | StackOverflowError e) {
      // A stack overflow (a pathological parse) spoils one document, not the job.
      return ResultRows.failure(id, ResultRows.describe(e));
    }
    return ResultRows.document(id, result);
  }
}

package dev.verbatim.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_replace;

import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/** Does the work of {@link SparkJob} with Spark's types. Stateless. */
final class SparkJobRunner {
  private SparkJobRunner() {}

  static int run(SparkJob job, PrintWriter err) {
    SparkSession.Builder builder = SparkSession.builder().appName("verbatim");
    if (job.master != null) {
      builder.master(job.master);
    } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    long started = System.nanoTime();
    SparkJob.InputFormat format = job.resolvedInputFormat();
    Dataset<Row> warc = null;
    Dataset<Row> documents;
    if (format == SparkJob.InputFormat.WARC) {
      List<String> files = WarcInput.files(spark, job.input);
      if (files.isEmpty()) {
        err.printf("verbatim spark: no .warc or .warc.gz file in %s%n", job.input);
        err.flush();
        return 1;
      }
      warc = WarcInput.entries(spark, files).persist();   // each file is read once
      documents = WarcInput.documents(warc);
    } else {
      documents = read(spark, job);
    }
    int partitions = job.partitions > 0 ? job.partitions
        : 3 * spark.sparkContext().defaultParallelism();
    // Read once for the summary's two uses (its order column must not be computed twice).
    Dataset<Row> facts = job.summary == null ? null : facts(documents, warc, job).persist();
    documents = documents.repartition(partitions);

    SparkQuoteExtractor.Builder extractor = SparkQuoteExtractor.builder();
    if (format != SparkJob.InputFormat.TEXT && format != SparkJob.InputFormat.WARC) {
      extractor.idColumn(job.idColumn).textColumn(job.textColumn);
    }
    if (job.maxQuoteLength > 0) {
      extractor.maxQuoteLength(job.maxQuoteLength);
    }
    SparkExtraction extraction = extractor.build().extract(documents).persist();
    Dataset<Row> failures = warc == null ? extraction.errors()
        : extraction.errors().union(WarcInput.errors(warc));
    try {
      write(extraction.citations(), job, "citations");
      write(failures, job, "errors");
      if (job.speakers) {
        write(extraction.speakers(), job, "speakers");
      }
      if (warc != null) {
        write(WarcInput.pages(warc), job, "pages");
      }
      long docs = documents.count();
      if (job.summary != null) {
        Dataset<Row> speakers = SparkSummary.speakers(extraction.citations(), facts).persist();
        Dataset<Row> table = SparkSummary.documents(facts, extraction.citations(),
            extraction.errors()).persist();
        try {
          write(speakers, job, job.summary, "speakers");
          write(table, job, job.summary, "documents");
          write(SparkSummary.sites(table), job, job.summary, "sites");
          write(SparkSummary.months(table), job, job.summary, "months");
          write(SparkSummary.total(table, speakers.count()).repartition(1), job, job.summary,
              "total");
        } finally {
          speakers.unpersist();
          table.unpersist();
        }
      }
      long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
      long citations = extraction.citations().count();
      long errors = failures.count();
      err.printf("verbatim spark: %d documents, %d citations, %d failed, in %d s; wrote %s%n",
          docs, citations, errors, seconds, job.output);
      err.flush();
      return errors == 0 ? 0 : 1;
    } finally {
      extraction.unpersist();
      if (facts != null) {
        facts.unpersist();
      }
      if (warc != null) {
        warc.unpersist();
      }
    }
  }

  /**
   * What the summary's document table needs of each input document, read apart from the
   * extraction: {@code document_id}, {@code url} and {@code published} (WARC input only; null
   * otherwise), and the input order as {@code order_file} (the file's path), {@code order_block}
   * (the split's offset in it) and {@code order_row} (increasing within a split). The command
   * line reads files sorted by path and each file in order.
   *
   * @param documents the documents as read, before they are spread over partitions
   * @param warc the entries of WARC input, or null
   */
  private static Dataset<Row> facts(Dataset<Row> documents, Dataset<Row> warc, SparkJob job) {
    Column none = lit(null).cast(DataTypes.StringType);
    return switch (job.resolvedInputFormat()) {
      // One partition per file, in path order, each in record order (WarcInput#entries).
      case WARC -> warc.where(col("error").isNull()).select(col("id").as("document_id"),
          col("url"), col("published"), lit("").as("order_file"), lit(0L).as("order_block"),
          monotonically_increasing_id().as("order_row"));
      case TEXT -> documents.select(col("id").as("document_id"), none.as("url"),
          none.as("published"), col("path").as("order_file"), lit(0L).as("order_block"),
          lit(0L).as("order_row"));
      default -> documents.select(col(job.idColumn).cast(DataTypes.StringType).as("document_id"),
          none.as("url"), none.as("published"), col("_metadata.file_path").as("order_file"),
          col("_metadata.file_block_start").as("order_block"),
          monotonically_increasing_id().as("order_row"));
    };
  }

  /**
   * Reads the documents as {@code (id, text, path)} for text files (the path orders them), or as
   * they are otherwise.
   */
  static Dataset<Row> read(SparkSession spark, SparkJob job) {
    switch (job.resolvedInputFormat()) {
      case JSONL:
        return spark.read().json(job.input);
      case PARQUET:
        return spark.read().parquet(job.input);
      case TEXT:
        // One row per file; the id is the file name without its extension, as the command
        // line's extract gives it, and a leading byte-order mark is dropped.
        return spark.read()
            .option("wholetext", "true")
            .option("recursiveFileLookup", "true")
            .option("pathGlobFilter", "*.txt")
            .text(job.input)
            .select(
                regexp_replace(col("_metadata.file_name"), "\\.[^.]*$", "").as("id"),
                regexp_replace(col("value"), "^\uFEFF", "").as("text"),
                col("_metadata.file_path").as("path"));
      default:
        throw new IllegalStateException("not read here: input format " + job.inputFormat);
    }
  }

  private static void write(Dataset<Row> rows, SparkJob job, String name) {
    write(rows, job, job.output, name);
  }

  private static void write(Dataset<Row> rows, SparkJob job, String folder, String name) {
    DataFrameWriter<Row> writer = rows.write()
        .mode(job.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    String path = folder.replaceAll("/+$", "") + "/" + name;
    if (job.outputFormat == SparkJob.OutputFormat.JSONL) {
      writer.json(path);
    } else {
      writer.parquet(path);
    }
  }
}

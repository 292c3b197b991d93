package dev.verbatim.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * WARC input for the job: the {@code .warc} and {@code .warc.gz} files under a path (at any
 * depth, listed on the driver), read one file per task ({@link ReadWarcFile}), as rows of
 * {@link CitationSchema#WARC_ENTRIES}, split into the documents to extract, the pages' facts and
 * the records that could not be read. Stateless.
 */
final class WarcInput {
  private WarcInput() {}

  /** The WARC files under {@code input}, sorted; hidden files ({@code .x}, {@code _x}) left out. */
  static List<String> files(SparkSession spark, String input) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<String> out = new ArrayList<>();
    try {
      Path root = new Path(input);
      FileSystem fs = root.getFileSystem(hadoop);
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
      while (files.hasNext()) {
        Path file = files.next().getPath();
        String name = file.getName().toLowerCase(Locale.ROOT);
        if (!name.startsWith(".") && !name.startsWith("_")
            && (name.endsWith(".warc") || name.endsWith(".warc.gz"))) {
          out.add(file.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
    }
    out.sort(null);
    return out;
  }

  /** The entries of the files, one partition (one task) per file. */
  static Dataset<Row> entries(SparkSession spark, List<String> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = jsc.parallelize(files, Math.max(1, files.size()))
        .flatMap(new ReadWarcFile(spark.sparkContext().hadoopConfiguration()));
    return spark.createDataFrame(rows, CitationSchema.WARC_ENTRIES);
  }

  /** The pages to extract from, as {@code (id, text)}. */
  static Dataset<Row> documents(Dataset<Row> entries) {
    return entries.where(col("error").isNull()).select(col("id"), col("text"));
  }

  /** The pages' facts, as rows of {@link CitationSchema#PAGES}. */
  static Dataset<Row> pages(Dataset<Row> entries) {
    return entries.where(col("error").isNull()).select(col("id").as("document_id"), col("url"),
        col("title"), col("byline"), col("published"), col("text"));
  }

  /** The records that could not be read, as rows of {@link CitationSchema#ERRORS}. */
  static Dataset<Row> errors(Dataset<Row> entries) {
    return entries.where(col("error").isNotNull())
        .select(col("id").as("document_id"), col("error").as("reason"));
  }
}

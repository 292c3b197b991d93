package dev.verbatim.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The runnable Spark job, {@code verbatim spark}: reads documents (JSON Lines, Parquet or a
 * folder of text files), extracts on the cluster and writes citations, errors and optionally
 * speakers (Parquet or JSON Lines) under the output folder. Run it with spark-submit, as its own
 * main class or through the command line's main class:
 *
 * <pre>{@code
 * spark-submit --class dev.verbatim.spark.SparkJob ... verbatim-0.1.0.jar archive.jsonl out/
 * spark-submit --class dev.verbatim.cli.Main ... verbatim-0.1.0.jar spark archive.jsonl out/
 * }</pre>
 *
 * <p>This class names no Spark type, so that {@code verbatim --help} works without Spark on the
 * class path; {@link SparkJobRunner} does the work. Not thread-safe (picocli fills its fields).
 *
 * @since 0.2.0
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = {
        "Extracts citations from a document archive on Apache Spark (run it with spark-submit).",
        "Writes OUTPUT/citations and OUTPUT/errors (and OUTPUT/speakers with --speakers, "
            + "OUTPUT/pages for WARC input, and with --summary DIR the tables of verbatim "
            + "summarize: DIR/speakers, DIR/documents, DIR/sites, DIR/months and DIR/total), one "
            + "row per citation, failed document, speaker or page; docs/spark.md gives the "
            + "columns."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every document was processed",
        "1:some documents failed (listed in OUTPUT/errors), or the job failed",
        "2:usage error"})
public final class SparkJob implements Callable<Integer> {
  /** The input formats. */
  public enum InputFormat {
    /** Guess from the input's name: {@code .jsonl}/{@code .json}, {@code .parquet}, else text. */
    AUTO,
    /** JSON Lines, one object a document. */
    JSONL,
    /** Parquet. */
    PARQUET,
    /** A folder of {@code .txt} files (searched at any depth), one document each. */
    TEXT,
    /**
     * A {@code .warc} or {@code .warc.gz} file, or a folder of them (at any depth): each HTML page
     * with status 200 is a document, its id the record's {@code WARC-Target-URI}; one file per
     * task.
     */
    WARC
  }

  /** The output formats. */
  public enum OutputFormat {
    /** Parquet (the default). */
    PARQUET,
    /** JSON Lines. */
    JSONL
  }

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A file or folder (any path Spark reads: local, hdfs://, s3a://, ...).")
  String input;

  @Parameters(index = "1", paramLabel = "OUTPUT", description = "The output folder.")
  String output;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto, jsonl, parquet, text or warc (default: ${DEFAULT-VALUE}: by the "
          + "input's extension; a folder without one is read as text files).")
  InputFormat inputFormat;

  @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "parquet",
      description = "parquet or jsonl (default: ${DEFAULT-VALUE}).")
  OutputFormat outputFormat;

  @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id",
      description = "The id column of JSON Lines or Parquet input (default: ${DEFAULT-VALUE}). "
          + "Text files: the file name without extension.")
  String idColumn;

  @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text",
      description = "The text column of JSON Lines or Parquet input (default: ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(names = "--speakers", description = "Also write OUTPUT/speakers.")
  boolean speakers;

  @Option(names = "--summary", paramLabel = "DIR",
      description = "Also write the corpus summary of verbatim summarize, in the output "
          + "format: DIR/speakers (one row per speaker entity), DIR/documents, DIR/sites (URL "
          + "host), DIR/months and DIR/total.")
  String summary;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Spread the documents over N partitions before extracting (default: three "
          + "per core of the cluster; 0 means that default).")
  int partitions;

  @Option(names = "--max-quote-length", paramLabel = "N", defaultValue = "0",
      description = "Longest quotation reported, in characters (default: the library's).")
  int maxQuoteLength;

  @Option(names = "--overwrite", description = "Replace OUTPUT's folders if they exist.")
  boolean overwrite;

  @Option(names = "--master", paramLabel = "URL",
      description = "The Spark master when not run by spark-submit (default: local[*]).")
  String master;

  /** Creates the command; picocli fills in the options. */
  public SparkJob() {}

  /**
   * Runs the job and exits with its status.
   *
   * @param args the arguments: {@code INPUT OUTPUT [options]}
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkJob()).setCaseInsensitiveEnumValuesAllowed(true)
        .execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (partitions < 0 || maxQuoteLength < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--partitions and --max-quote-length must be >= 0");
    }
    if (!sparkPresent()) {
      err.println("verbatim spark: Apache Spark is not on the class path; run the job with "
          + "spark-submit (see docs/spark.md)");
      err.flush();
      return 1;
    }
    return SparkJobRunner.run(this, err);
  }

  /** The input format to use: {@link #inputFormat}, or guessed from the input's name. */
  InputFormat resolvedInputFormat() {
    if (inputFormat != InputFormat.AUTO) {
      return inputFormat;
    }
    String name = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    if (name.endsWith(".jsonl") || name.endsWith(".json")) {
      return InputFormat.JSONL;
    }
    if (name.endsWith(".parquet")) {
      return InputFormat.PARQUET;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return InputFormat.WARC;
    }
    return InputFormat.TEXT;
  }

  private static boolean sparkPresent() {
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false, SparkJob.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}

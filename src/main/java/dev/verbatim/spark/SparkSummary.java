package dev.verbatim.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.verbatim.SpeakerKind;
import dev.verbatim.summary.CorpusSummary;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * The corpus summary of {@code verbatim summarize} ({@link CorpusSummary}) computed from the
 * citations dataset: the speaker table, one row per speaker entity with the same merge rule,
 * columns and order, and the total. Stateless.
 */
final class SparkSummary {
  /** {@link CorpusSummary#mergeKey}, on the executors. */
  private static final UserDefinedFunction MERGE_KEY = udf(
      (UDF3<String, String, String, String>) (kind, name, document) -> CorpusSummary.mergeKey(
          SpeakerKind.valueOf(kind.toUpperCase(Locale.ROOT)), name, document),
      DataTypes.StringType);
  /** {@link CorpusSummary#words}, on the executors. */
  private static final UserDefinedFunction WORDS = udf(
      (UDF1<String, Long>) text -> (long) CorpusSummary.words(text), DataTypes.LongType);

  private SparkSummary() {}

  /**
   * The speaker table: {@code speaker, kind, gender, documents, statements, direct, indirect,
   * mixed, words}, most statements first, as {@code summarize --table speakers} writes it.
   * Documents are told apart by their id.
   */
  static Dataset<Row> speakers(Dataset<Row> citations) {
    Dataset<Row> attributed = citations.filter(col("speaker_name").isNotNull())
        .withColumn("key", MERGE_KEY.apply(col("speaker_kind"), col("speaker_name"),
            col("document_id")))
        .withColumn("words", WORDS.apply(col("text")));
    // First per speaker and document: whether the document shows one gender only.
    Dataset<Row> perDocument = attributed.groupBy("key", "document_id").agg(
        min("speaker_name").as("speaker"), min("speaker_kind").as("kind"),
        count(lit(1)).as("statements"), ofType("direct"), ofType("indirect"), ofType("mixed"),
        sum("words").as("words"),
        max(when(col("speaker_gender").equalTo("female"), 1).otherwise(0)).as("f"),
        max(when(col("speaker_gender").equalTo("male"), 1).otherwise(0)).as("m"));
    Dataset<Row> rows = perDocument.groupBy("key").agg(
        min("speaker").as("speaker"), min("kind").as("kind"), count(lit(1)).as("documents"),
        sum("statements").as("statements"), sum("direct").as("direct"),
        sum("indirect").as("indirect"), sum("mixed").as("mixed"), sum("words").as("words"),
        sum(when(col("f").equalTo(1).and(col("m").equalTo(0)), 1).otherwise(0)).as("fd"),
        sum(when(col("m").equalTo(1).and(col("f").equalTo(0)), 1).otherwise(0)).as("md"));
    Column gender = when(col("kind").notEqual("person"), lit(null).cast(DataTypes.StringType))
        .when(col("fd").gt(col("md")), "female").when(col("md").gt(col("fd")), "male")
        .otherwise("unknown");
    return rows.withColumn("gender", gender)
        .select("speaker", "kind", "gender", "documents", "statements", "direct", "indirect",
            "mixed", "words")
        .repartition(1)
        .sortWithinPartitions(col("statements").desc(), col("documents").desc(),
            lower(col("speaker")), col("speaker"), col("kind"));
  }

  /**
   * The total: {@code documents, speakers, statements, direct, indirect, mixed, words, female,
   * male, unknown_gender, organization, media_outlet, anonymous, group, unattributed}.
   */
  static Dataset<Row> total(Dataset<Row> citations, long documents, long speakers) {
    Column person = col("speaker_kind").equalTo("person");
    return citations.withColumn("words", WORDS.apply(col("text"))).agg(
            lit(documents).as("documents"), lit(speakers).as("speakers"),
            count(lit(1)).as("statements"), ofType("direct"), ofType("indirect"), ofType("mixed"),
            sum("words").as("words"),
            counted(person.and(col("speaker_gender").equalTo("female")), "female"),
            counted(person.and(col("speaker_gender").equalTo("male")), "male"),
            counted(person.and(col("speaker_gender").equalTo("unknown")), "unknown_gender"),
            counted(col("speaker_kind").equalTo("organization"), "organization"),
            counted(col("speaker_kind").equalTo("media_outlet"), "media_outlet"),
            counted(col("speaker_kind").equalTo("anonymous"), "anonymous"),
            counted(col("speaker_kind").equalTo("group"), "group"),
            counted(col("speaker_kind").isNull(), "unattributed"))
        .na().fill(0L, new String[] {"words"});
  }

  private static Column ofType(String type) {
    return counted(col("type").equalTo(type), type);
  }

  private static Column counted(Column condition, String name) {
    return sum(when(condition, 1L).otherwise(0L)).as(name);
  }
}

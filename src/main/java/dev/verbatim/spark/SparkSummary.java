package dev.verbatim.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.verbatim.SpeakerKind;
import dev.verbatim.summary.CorpusSummary;
import dev.verbatim.summary.SummaryTable;
import java.util.ArrayList;
import java.util.List;
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
 * citations dataset: every table of {@link SummaryTable} (speakers, documents, sites, months,
 * total) with the same merge rules, columns and row order. Stateless.
 */
final class SparkSummary {
  /** {@link CorpusSummary#mergeKey}, on the executors. */
  private static final UserDefinedFunction MERGE_KEY = udf(
      (UDF3<String, String, String, String>) (kind, name, document) -> CorpusSummary.mergeKey(
          SpeakerKind.valueOf(kind.toUpperCase(Locale.ROOT)), name, document),
      DataTypes.StringType);
  /** {@link CorpusSummary#site}, on the executors; null for no URL or no host. */
  private static final UserDefinedFunction SITE = udf(
      (UDF1<String, String>) url -> url == null ? null : CorpusSummary.site(url).orElse(null),
      DataTypes.StringType);
  /** {@link CorpusSummary#month}, on the executors; null for no date or no month. */
  private static final UserDefinedFunction MONTH = udf(
      (UDF1<String, String>) published -> published == null ? null
          : CorpusSummary.month(published).orElse(null),
      DataTypes.StringType);
  /** {@link CorpusSummary#words}, on the executors. */
  private static final UserDefinedFunction WORDS = udf(
      (UDF1<String, Long>) text -> (long) CorpusSummary.words(text), DataTypes.LongType);

  private SparkSummary() {}

  /**
   * The speaker table: {@code speaker, kind, gender, documents, statements, direct, indirect,
   * mixed, words}, most statements first, as {@code summarize --table speakers} writes it.
   * Documents are told apart by their id. Rows equal in every sort key (two documents' "council")
   * come in the order of their first statement in the input, as the command line's do.
   *
   * @param citations the citations
   * @param facts the input documents and their order, as {@link #documents} takes them
   */
  static Dataset<Row> speakers(Dataset<Row> citations, Dataset<Row> facts) {
    Dataset<Row> order = facts.where(col("document_id").isNotNull()).groupBy("document_id")
        .agg(min(struct("order_file", "order_block", "order_row")).as("document_order"));
    Dataset<Row> attributed = citations.filter(col("speaker_name").isNotNull())
        .join(order, "document_id")
        .withColumn("key", MERGE_KEY.apply(col("speaker_kind"), col("speaker_name"),
            col("document_id")))
        .withColumn("words", WORDS.apply(col("text")))
        .withColumn("first", struct(col("document_order"), col("citation_index")));
    // First per speaker and document: whether the document shows one gender only.
    Dataset<Row> perDocument = attributed.groupBy("key", "document_id").agg(
        min("speaker_name").as("speaker"), min("speaker_kind").as("kind"),
        count(lit(1)).as("statements"), ofType("direct"), ofType("indirect"), ofType("mixed"),
        sum("words").as("words"), min("first").as("first"),
        max(when(col("speaker_gender").equalTo("female"), 1).otherwise(0)).as("f"),
        max(when(col("speaker_gender").equalTo("male"), 1).otherwise(0)).as("m"));
    Dataset<Row> rows = perDocument.groupBy("key").agg(
        min("speaker").as("speaker"), min("kind").as("kind"), count(lit(1)).as("documents"),
        sum("statements").as("statements"), sum("direct").as("direct"),
        sum("indirect").as("indirect"), sum("mixed").as("mixed"), sum("words").as("words"),
        min("first").as("first"),
        sum(when(col("f").equalTo(1).and(col("m").equalTo(0)), 1).otherwise(0)).as("fd"),
        sum(when(col("m").equalTo(1).and(col("f").equalTo(0)), 1).otherwise(0)).as("md"));
    Column gender = when(col("kind").notEqual("person"), lit(null).cast(DataTypes.StringType))
        .when(col("fd").gt(col("md")), "female").when(col("md").gt(col("fd")), "male")
        .otherwise("unknown");
    // SpeakerRow's kind sorts in the enum's order, not by name.
    Column kindOrder = lit(SpeakerKind.values().length);
    for (SpeakerKind k : SpeakerKind.values()) {
      kindOrder = when(col("kind").equalTo(k.name().toLowerCase(Locale.ROOT)), k.ordinal())
          .otherwise(kindOrder);
    }
    return rows.withColumn("gender", gender)
        .repartition(1)
        .sortWithinPartitions(col("statements").desc(), col("documents").desc(),
            lower(col("speaker")), col("speaker"), kindOrder, col("first"))
        .select("speaker", "kind", "gender", "documents", "statements", "direct", "indirect",
            "mixed", "words");
  }

  /**
   * The document table: {@code document, url, site, published, speakers} and the counts, one row
   * per document that did not fail, in input order, as {@code summarize --table documents}
   * writes it.
   *
   * @param facts one row per input document: {@code document_id}, {@code url} and
   *     {@code published} (null when unknown), and the input order as {@code order_file},
   *     {@code order_block}, {@code order_row}
   * @param citations the citations
   * @param errors the failed documents ({@link CitationSchema#ERRORS}); they have no row
   */
  static Dataset<Row> documents(Dataset<Row> facts, Dataset<Row> citations,
      Dataset<Row> errors) {
    Column person = col("speaker_kind").equalTo("person");
    Column female = person.and(col("speaker_gender").equalTo("female"));
    Column male = person.and(col("speaker_gender").equalTo("male"));
    Dataset<Row> counts = citations.withColumn("words", WORDS.apply(col("text")))
        .groupBy("document_id").agg(
            countDistinct("speaker_id").as("speakers"),
            count(lit(1)).as("statements"), ofType("direct"), ofType("indirect"), ofType("mixed"),
            sum("words").as("words"),
            counted(female, "female"),
            counted(male, "male"),
            counted(person.and(not(coalesce(col("speaker_gender"), lit("unknown"))
                .isin("female", "male"))), "unknown_gender"),
            counted(col("speaker_kind").equalTo("organization"), "organization"),
            counted(col("speaker_kind").equalTo("media_outlet"), "media_outlet"),
            counted(col("speaker_kind").equalTo("anonymous"), "anonymous"),
            counted(col("speaker_kind").equalTo("group"), "group"),
            counted(col("speaker_kind").isNull(), "unattributed"));
    Dataset<Row> failed = errors.where(col("document_id").isNotNull()).select("document_id");
    // CorpusSummary.Builder#add: a document id that is a web address is the URL when none is known.
    Column id = col("document_id");
    Column url = coalesce(col("url"), when(id.startsWith("http://").or(id.startsWith("https://")),
        id));
    List<String> zeros = new ArrayList<>(SummaryTable.COUNT_COLUMNS);
    zeros.add("speakers");
    List<Column> columns = new ArrayList<>(List.of(col("document_id").as("document"), col("url"),
        col("site"), col("published"), col("speakers")));
    SummaryTable.COUNT_COLUMNS.forEach(c -> columns.add(col(c)));
    return facts.where(id.isNotNull())
        .join(failed, "document_id", "left_anti")
        .withColumn("url", url)
        .withColumn("site", SITE.apply(col("url")))
        .join(counts, "document_id", "left")
        .na().fill(0L, zeros.toArray(new String[0]))
        .repartition(1)
        .sortWithinPartitions("order_file", "order_block", "order_row")
        .select(columns.toArray(new Column[0]));
  }

  /**
   * The site table: {@code site, documents} and the counts, one row per URL host, most statements
   * first (then by site), as {@code summarize --table sites} writes it.
   *
   * @param documents the {@link #documents document table}
   */
  static Dataset<Row> sites(Dataset<Row> documents) {
    return grouped(documents.where(col("site").isNotNull()), col("site").as("site"))
        .repartition(1)
        .sortWithinPartitions(col("statements").desc(), col("site"));
  }

  /**
   * The month table: {@code month, documents} and the counts, one row per month of publication,
   * oldest first, as {@code summarize --table months} writes it.
   *
   * @param documents the {@link #documents document table}
   */
  static Dataset<Row> months(Dataset<Row> documents) {
    Dataset<Row> dated = documents.withColumn("month", MONTH.apply(col("published")))
        .where(col("month").isNotNull());
    return grouped(dated, col("month").as("month")).repartition(1).sortWithinPartitions("month");
  }

  /**
   * The total, one row: {@code documents, speakers} and the counts.
   *
   * @param documents the {@link #documents document table}
   * @param speakers the number of rows of the {@link #speakers speaker table}
   */
  static Dataset<Row> total(Dataset<Row> documents, long speakers) {
    List<Column> sums = new ArrayList<>();
    SummaryTable.COUNT_COLUMNS.forEach(c -> sums.add(sum(c).as(c)));
    Dataset<Row> total = documents.agg(count(lit(1)).as("documents"),
        sums.toArray(new Column[0]));
    List<Column> columns = new ArrayList<>(List.of(col("documents"), lit(speakers).as("speakers")));
    SummaryTable.COUNT_COLUMNS.forEach(c -> columns.add(col(c)));
    // With no documents the sums are null; the command line says 0.
    return total.na().fill(0L, SummaryTable.COUNT_COLUMNS.toArray(new String[0]))
        .select(columns.toArray(new Column[0]));
  }

  /** Documents and count sums per key. */
  private static Dataset<Row> grouped(Dataset<Row> documents, Column key) {
    List<Column> aggregates = new ArrayList<>();
    SummaryTable.COUNT_COLUMNS.forEach(c -> aggregates.add(sum(c).as(c)));
    return documents.groupBy(key).agg(count(lit(1)).as("documents"),
        aggregates.toArray(new Column[0]));
  }

  private static Column ofType(String type) {
    return counted(col("type").equalTo(type), type);
  }

  private static Column counted(Column condition, String name) {
    return sum(when(condition, 1L).otherwise(0L)).as(name);
  }
}

package dev.verbatim.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the datasets {@link SparkExtraction} returns. They are stable: a column is never
 * removed, renamed or given another meaning without a new {@link #VERSION}; new columns may be
 * added at the end. Enum values are lower case, as in the JSON ({@code "direct"},
 * {@code "media_outlet"}); offsets are UTF-16 indices into the document's text, end exclusive.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class CitationSchema {
  /** The schema version, 1, shared with the JSON output. */
  public static final int VERSION = 1;

  /**
   * One row per citation: {@code document_id}, {@code citation_index} (0, 1, ... in document
   * order), {@code type}, {@code text}, {@code start}, {@code end}, {@code speaker_id},
   * {@code speaker_name}, {@code speaker_kind}, {@code mention_text}, {@code mention_start},
   * {@code mention_end}, {@code mention_kind}, {@code cue_text}, {@code cue_lemma},
   * {@code cue_start}, {@code cue_end}, {@code confidence}, {@code rule}, {@code detection} (the
   * detection rule's id), {@code source_note}, {@code speaker_gender} (female, male or unknown for
   * a person; null for other kinds, since 0.2.0). The speaker, mention and cue columns are null when
   * the citation has none.
   */
  public static final StructType CITATIONS = createStructType(List.of(
      field("document_id", StringType, false),
      field("citation_index", IntegerType, false),
      field("type", StringType, false),
      field("text", StringType, false),
      field("start", IntegerType, false),
      field("end", IntegerType, false),
      field("speaker_id", StringType, true),
      field("speaker_name", StringType, true),
      field("speaker_kind", StringType, true),
      field("mention_text", StringType, true),
      field("mention_start", IntegerType, true),
      field("mention_end", IntegerType, true),
      field("mention_kind", StringType, true),
      field("cue_text", StringType, true),
      field("cue_lemma", StringType, true),
      field("cue_start", IntegerType, true),
      field("cue_end", IntegerType, true),
      field("confidence", DoubleType, false),
      field("rule", StringType, false),
      field("detection", StringType, true),
      field("source_note", StringType, true),
      field("speaker_gender", StringType, true)));

  /** A speaker's mention: {@code text}, {@code start}, {@code end}, {@code kind}. */
  public static final StructType MENTION = createStructType(List.of(
      field("text", StringType, false),
      field("start", IntegerType, false),
      field("end", IntegerType, false),
      field("kind", StringType, false)));

  /**
   * One row per speaker entity: {@code document_id}, {@code speaker_id} ("s1", "s2", ... in order
   * of first mention), {@code name}, {@code kind}, {@code variants}, {@code roles},
   * {@code affiliations} (arrays of strings), {@code mentions} (an array of {@link #MENTION}) and
   * {@code gender} (female, male or unknown for a person; null for other kinds, since 0.2.0).
   */
  public static final StructType SPEAKERS = createStructType(List.of(
      field("document_id", StringType, false),
      field("speaker_id", StringType, false),
      field("name", StringType, false),
      field("kind", StringType, false),
      field("variants", strings(), false),
      field("roles", strings(), false),
      field("affiliations", strings(), false),
      field("mentions", createArrayType(MENTION, false), false),
      field("gender", StringType, true)));

  /**
   * One row per document that failed: {@code document_id} (null when the id itself was null) and
   * {@code reason}, the exception's class and message.
   */
  public static final StructType ERRORS = createStructType(List.of(
      field("document_id", StringType, true),
      field("reason", StringType, false)));

  /**
   * One row per web page read from WARC input: {@code document_id} (the record's
   * {@code WARC-Target-URI}), {@code url} (the canonical URL, else the record's), {@code title},
   * {@code byline}, {@code published} (null when the page gives none) and {@code text}, the
   * extracted article that citation offsets index.
   *
   * @since 0.2.0
   */
  public static final StructType PAGES = createStructType(List.of(
      field("document_id", StringType, false),
      field("url", StringType, true),
      field("title", StringType, true),
      field("byline", StringType, true),
      field("published", StringType, true),
      field("text", StringType, false)));

  /**
   * What reading WARC files gives, one row per page or unreadable record: {@code id}, and the
   * page's {@code text}, {@code url}, {@code title}, {@code byline}, {@code published}, or, for a
   * record that could not be read, {@code error} (then {@code id} is the file).
   */
  static final StructType WARC_ENTRIES = createStructType(List.of(
      field("id", StringType, false),
      field("text", StringType, true),
      field("url", StringType, true),
      field("title", StringType, true),
      field("byline", StringType, true),
      field("published", StringType, true),
      field("error", StringType, true)));

  /**
   * The per-document rows the extraction makes before they are split into the above: the
   * document's citations, speakers and errors (none or one), each a whole row of its schema.
   */
  static final StructType DOCUMENTS = createStructType(List.of(
      field("document_id", StringType, true),
      field("citations", createArrayType(CITATIONS, false), false),
      field("speakers", createArrayType(SPEAKERS, false), false),
      field("errors", createArrayType(ERRORS, false), false)));

  private CitationSchema() {}

  private static StructField field(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }

  private static DataType strings() {
    return createArrayType(StringType, false);
  }
}

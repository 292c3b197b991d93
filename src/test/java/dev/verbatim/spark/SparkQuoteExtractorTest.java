package dev.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.Citation;
import dev.verbatim.DetectionRule;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Speaker;
import dev.verbatim.testing.Corpus;
import dev.verbatim.testing.Extractors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the Spark extraction in local mode (local[2], the one shared session) on the fixture
 * corpus and checks it against the plain library, document by document.
 */
class SparkQuoteExtractorTest {
  private static final StructType INPUT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true)));

  private static Map<String, String> articles;
  private static Map<String, ExtractionResult> expected;
  private static List<Row> citations;
  private static List<Row> speakers;
  private static List<Row> errors;

  @BeforeAll
  static void extractCorpusOnSpark() throws IOException {
    articles = readArticles(Corpus.DEV);
    expected = new LinkedHashMap<>();
    articles.forEach((id, text) -> expected.put(id, Extractors.shared().extract(text)));
    SparkExtraction extraction = SparkQuoteExtractor.builder().build()
        .extract(documents(articles)).persist();
    citations = extraction.citations().collectAsList();
    speakers = extraction.speakers().collectAsList();
    errors = extraction.errors().collectAsList();
    extraction.unpersist();
  }

  @Test
  void citationsEqualThoseOfThePlainLibraryDocumentByDocument() {
    Map<String, List<Row>> byDocument = group(citations, "citation_index");
    assertThat(errors).isEmpty();
    assertThat(byDocument).isNotEmpty();
    for (Map.Entry<String, String> article : articles.entrySet()) {
      List<List<Object>> actual = byDocument.getOrDefault(article.getKey(), List.of()).stream()
          .map(SparkQuoteExtractorTest::values).toList();
      List<List<Object>> want = new ArrayList<>();
      for (Citation c : expected.get(article.getKey()).citations()) {
        want.add(expectedValues(article.getKey(), want.size(), c));
      }
      assertThat(actual).as("citations of %s", article.getKey()).isEqualTo(want);
    }
  }

  @Test
  void speakersEqualThoseOfThePlainLibraryDocumentByDocument() {
    Map<String, List<Row>> byDocument = group(speakers, "speaker_id");
    for (Map.Entry<String, String> article : articles.entrySet()) {
      List<Speaker> want = expected.get(article.getKey()).speakers();
      List<Row> actual = byDocument.getOrDefault(article.getKey(), List.of());
      assertThat(actual).as("speakers of %s", article.getKey()).hasSameSizeAs(want);
      for (int i = 0; i < want.size(); i++) {
        Speaker s = want.get(i);
        Row r = actual.get(i);
        assertThat(List.<Object>of(r.getString(1), r.getString(2), r.getString(3),
            r.getList(r.fieldIndex("variants")), r.getList(r.fieldIndex("roles")),
            r.getList(r.fieldIndex("affiliations")),
            r.<Row>getList(r.fieldIndex("mentions")).stream()
                .map(m -> m.getString(0) + "@" + m.getInt(1) + "-" + m.getInt(2) + ":"
                    + m.getString(3)).toList(),
            String.valueOf(r.<String>getAs("gender"))))
            .isEqualTo(List.<Object>of(s.id(), s.name(), lower(s.kind()), s.variants(), s.roles(),
                s.affiliations(), s.mentions().stream()
                    .map(m -> m.text() + "@" + m.span().start() + "-" + m.span().end() + ":"
                        + lower(m.kind())).toList(),
                String.valueOf(s.gender().map(SparkQuoteExtractorTest::lower).orElse(null))));
      }
    }
  }

  @Test
  void eachJvmBuildsOneExtractorForAllTasksAndPartitions() {
    Map<String, String> four = new LinkedHashMap<>();
    articles.entrySet().stream().limit(4).forEach(e -> four.put(e.getKey(), e.getValue()));
    Dataset<Row> again = documents(four).repartition(4);
    long count = SparkQuoteExtractor.builder().build().extract(again).citations().count();

    assertThat(count).isEqualTo(four.keySet().stream()
        .mapToInt(id -> expected.get(id).citations().size()).sum());
    assertThat(ExecutorExtractor.builds()).isEqualTo(1);
  }

  @Test
  void failedDocumentsBecomeErrorRowsAndTheOthersGoOn() {
    List<Row> rows = List.of(
        RowFactory.create("ok", "\"We listened,\" Helen Okafor said."),
        RowFactory.create("no-text", null),
        RowFactory.create(null, "\"Nobody knows me,\" she said."),
        RowFactory.create("too-long", "x".repeat(5_000_001)));
    SparkExtraction extraction = SparkQuoteExtractor.builder().build()
        .extract(spark().createDataFrame(rows, INPUT)).persist();

    assertThat(extraction.errors().collectAsList().stream()
        .map(r -> r.getString(0) + " | " + r.getString(1)).sorted().toList())
        .containsExactly(
            "no-text | the document text is null",
            "null | the document id is null",
            "too-long | IllegalArgumentException: text is 5000001 characters long, over the "
                + "maximum document length of 5000000");
    assertThat(extraction.citations().collectAsList())
        .extracting(r -> r.getString(0) + ": " + r.getAs("text") + " / " + r.getAs("speaker_name"))
        .containsExactly("ok: We listened, / Helen Okafor");
    extraction.unpersist();
  }

  @Test
  void outputSchemasAreTheDocumentedOnes() {
    SparkExtraction extraction = SparkQuoteExtractor.builder().build()
        .extract(spark().createDataFrame(List.of(), INPUT));

    assertThat(extraction.citations().schema()).isEqualTo(CitationSchema.CITATIONS);
    assertThat(extraction.speakers().schema()).isEqualTo(CitationSchema.SPEAKERS);
    assertThat(extraction.errors().schema()).isEqualTo(CitationSchema.ERRORS);
  }

  @Test
  void idColumnOfAnyTypeAndConfiguredNamesAreAccepted() {
    StructType numbered = DataTypes.createStructType(List.of(
        DataTypes.createStructField("body", DataTypes.StringType, true),
        DataTypes.createStructField("n", DataTypes.LongType, true)));
    Dataset<Row> docs = spark().createDataFrame(
        List.of(RowFactory.create("\"Yes,\" Ann Lee said.", 42L)), numbered);

    List<Row> rows = SparkQuoteExtractor.builder().idColumn("n").textColumn("body").build()
        .extract(docs).citations().collectAsList();

    assertThat(rows).extracting(r -> r.getString(0)).containsExactly("42");
  }

  @Test
  void missingOrNonStringColumnsAreRejectedAtOnceWithTheirNames() {
    Dataset<Row> docs = spark().createDataFrame(List.of(), INPUT);
    assertThatThrownBy(() -> SparkQuoteExtractor.builder().textColumn("body").build().extract(docs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text column 'body' is not in the dataset; its columns are [id, text]");
    assertThatThrownBy(() -> SparkQuoteExtractor.builder().textColumn("id").idColumn("text")
        .build().extract(spark().range(1).toDF("id").withColumn("text",
            org.apache.spark.sql.functions.lit("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text column 'id' must be a string but is bigint");
  }

  static Dataset<Row> documents(Map<String, String> texts) {
    List<Row> rows = texts.entrySet().stream()
        .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList();
    return spark().createDataFrame(rows, INPUT).repartition(2);
  }

  static Map<String, String> readArticles(Path folder) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        out.put(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static SparkSession spark() {
    return SharedSpark.session();
  }

  private static Map<String, List<Row>> group(List<Row> rows, String orderColumn) {
    return rows.stream()
        .sorted(Comparator.comparing(r -> String.valueOf(r.<Object>getAs(orderColumn)),
            Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder())))
        .collect(Collectors.groupingBy(r -> r.getString(0), LinkedHashMap::new,
            Collectors.toList()));
  }

  private static List<Object> values(Row row) {
    List<Object> out = new ArrayList<>(row.length());
    for (int i = 0; i < row.length(); i++) {
      out.add(row.get(i));
    }
    return out;
  }

  /** The row the documented schema asks for, written from the accessors independently. */
  private static List<Object> expectedValues(String id, int index, Citation c) {
    return Arrays.asList(id, index, lower(c.type()), c.text(), c.span().start(), c.span().end(),
        c.speaker().map(Speaker::id).orElse(null),
        c.speaker().map(Speaker::name).orElse(null),
        c.speaker().map(s -> lower(s.kind())).orElse(null),
        c.mention().map(m -> m.text()).orElse(null),
        c.mention().map(m -> m.span().start()).orElse(null),
        c.mention().map(m -> m.span().end()).orElse(null),
        c.mention().map(m -> lower(m.kind())).orElse(null),
        c.cue().map(k -> k.text()).orElse(null),
        c.cue().map(k -> k.lemma()).orElse(null),
        c.cue().map(k -> k.span().start()).orElse(null),
        c.cue().map(k -> k.span().end()).orElse(null),
        c.confidence(), c.rule(), c.detection().map(DetectionRule::id).orElse(null),
        c.sourceNote().orElse(null),
        c.speaker().flatMap(Speaker::gender).map(g -> lower(g)).orElse(null));
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}

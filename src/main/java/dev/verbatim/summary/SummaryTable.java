package dev.verbatim.summary;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables of a {@link CorpusSummary}, with their columns: what {@link SummaryCsv} writes as a
 * CSV file and {@link SummaryJsonLines} as JSON objects. The statement counts' columns are
 * {@link #COUNT_COLUMNS}.
 *
 * @since 0.2.0
 */
public enum SummaryTable {
  /** One row per speaker entity: {@code speaker, kind, gender, documents, statements, direct, indirect, mixed, words}. */
  SPEAKERS("speaker", List.of("speaker", "kind", "gender", "documents", "statements", "direct",
      "indirect", "mixed", "words")),
  /** One row per document: {@code document, url, site, published, speakers} and the counts. */
  DOCUMENTS("document", columns("document", "url", "site", "published", "speakers")),
  /** One row per site (URL host): {@code site, documents} and the counts. */
  SITES("site", columns("site", "documents")),
  /** One row per month of publication: {@code month, documents} and the counts. */
  MONTHS("month", columns("month", "documents")),
  /** One row, the whole corpus: {@code documents, speakers} and the counts. */
  TOTAL("total", columns("documents", "speakers"));

  /**
   * The columns of {@link Counts}, in order: {@code statements, direct, indirect, mixed, words,
   * female, male, unknown_gender, organization, media_outlet, anonymous, group, unattributed}.
   */
  public static final List<String> COUNT_COLUMNS = List.of("statements", "direct", "indirect",
      "mixed", "words", "female", "male", "unknown_gender", "organization", "media_outlet",
      "anonymous", "group", "unattributed");

  private final String rowName;
  private final ImmutableList<String> header;

  SummaryTable(String rowName, List<String> header) {
    this.rowName = rowName;
    this.header = ImmutableList.copyOf(header);
  }

  private static List<String> columns(String... first) {
    List<String> out = new ArrayList<>(Arrays.asList(first));
    out.addAll(List.of("statements", "direct", "indirect", "mixed", "words", "female", "male",
        "unknown_gender", "organization", "media_outlet", "anonymous", "group", "unattributed"));
    return out;
  }

  /**
   * Returns the name of one row of this table ({@code "speaker"}, {@code "document"},
   * {@code "site"}, {@code "month"}, {@code "total"}), the {@code "table"} field of
   * {@link SummaryJsonLines}.
   *
   * @return the row name
   */
  public String rowName() {
    return rowName;
  }

  /**
   * Returns the column names, in order.
   *
   * @return the header
   */
  public List<String> header() {
    return header;
  }

  /**
   * Returns the table's rows: per row, one value per column (a {@code String}, an {@code Integer}
   * or {@code Long}, or null when a document has no URL, site or date, or a speaker that is not a
   * person has no gender). Enum values are lower case, as in the JSON output.
   *
   * @param summary the summary
   * @return the rows
   */
  public List<List<Object>> rows(CorpusSummary summary) {
    List<List<Object>> out = new ArrayList<>();
    switch (this) {
      case SPEAKERS -> summary.speakers().forEach(r -> out.add(Arrays.asList(r.speaker(),
          lower(r.kind()), r.gender().map(SummaryTable::lower).orElse(null), r.documents(),
          r.statements(), r.direct(), r.indirect(), r.mixed(), r.words())));
      case DOCUMENTS -> summary.documents().forEach(d -> out.add(with(d.counts(), d.document(),
          orNull(d.url()), orNull(d.site()), orNull(d.published()), d.speakers())));
      case SITES -> summary.sites().forEach(g -> out.add(with(g.counts(), g.key(), g.documents())));
      case MONTHS -> summary.months().forEach(g -> out.add(with(g.counts(), g.key(), g.documents())));
      case TOTAL -> out.add(with(summary.total(), summary.documents().size(),
          summary.speakers().size()));
      default -> throw new IllegalStateException("unhandled table " + this);
    }
    return out;
  }

  private static List<Object> with(Counts c, Object... first) {
    List<Object> row = new ArrayList<>(Arrays.asList(first));
    row.addAll(Arrays.asList(c.statements(), c.direct(), c.indirect(), c.mixed(), c.words(),
        c.female(), c.male(), c.unknownGender(), c.organization(), c.mediaOutlet(),
        c.anonymous(), c.group(), c.unattributed()));
    return row;
  }

  private static String orNull(Optional<String> value) {
    return value.orElse(null);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}

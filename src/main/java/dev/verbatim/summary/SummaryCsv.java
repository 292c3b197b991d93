package dev.verbatim.summary;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes one table of a {@link CorpusSummary} as CSV: a header row, then one row per entry.
 * Fields holding a comma, quotation mark or line break are quoted as RFC 4180 says; an absent
 * value is an empty field; rows end in {@code \n}.
 *
 * <p>Stateless and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * SummaryCsv.write(summary, SummaryTable.SPEAKERS, writer);
 * }</pre>
 *
 * @since 0.2.0
 */
public final class SummaryCsv {
  private SummaryCsv() {}

  /**
   * Writes a table.
   *
   * @param summary the summary
   * @param table which table
   * @param out where to write; not closed or flushed
   * @throws IOException if writing fails
   */
  public static void write(CorpusSummary summary, SummaryTable table, Writer out)
      throws IOException {
    checkNotNull(summary, "summary");
    checkNotNull(out, "out");
    StringBuilder s = new StringBuilder();
    row(s, List.copyOf(table.header()));
    for (List<Object> r : table.rows(summary)) {
      row(s, r);
    }
    out.write(s.toString());
  }

  private static void row(StringBuilder s, List<?> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(field(fields.get(i) == null ? "" : fields.get(i).toString()));
    }
    s.append('\n');
  }

  static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}

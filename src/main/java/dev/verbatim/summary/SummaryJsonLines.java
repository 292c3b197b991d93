package dev.verbatim.summary;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes every table of a {@link CorpusSummary} as JSON Lines: one object per row, whose
 * {@code "table"} field names its table ({@code "total"}, then each {@code "speaker"},
 * {@code "document"}, {@code "site"} and {@code "month"}) and whose other fields are the table's
 * columns ({@link SummaryTable#header()}); an absent value is {@code null}.
 *
 * <p>Stateless and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * SummaryJsonLines.write(summary, writer);
 * // {"table":"total","documents":2,"speakers":3,"statements":7,...}
 * // {"table":"speaker","speaker":"Helen Okafor","kind":"person","gender":"female",...}
 * }</pre>
 *
 * @since 0.2.0
 */
public final class SummaryJsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<SummaryTable> ORDER = List.of(SummaryTable.TOTAL,
      SummaryTable.SPEAKERS, SummaryTable.DOCUMENTS, SummaryTable.SITES, SummaryTable.MONTHS);

  private SummaryJsonLines() {}

  /**
   * Writes the summary.
   *
   * @param summary the summary
   * @param out where to write; not closed or flushed
   * @throws IOException if writing fails
   */
  public static void write(CorpusSummary summary, Writer out) throws IOException {
    checkNotNull(summary, "summary");
    checkNotNull(out, "out");
    for (SummaryTable table : ORDER) {
      List<String> header = table.header();
      for (List<Object> row : table.rows(summary)) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("table", table.rowName());
        for (int i = 0; i < header.size(); i++) {
          o.set(header.get(i), MAPPER.valueToTree(row.get(i)));
        }
        try {
          out.write(MAPPER.writeValueAsString(o));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot serialise a summary row", e);
        }
        out.write('\n');
      }
    }
  }
}

package dev.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.cli.Main;
import dev.verbatim.summary.SummaryTable;
import dev.verbatim.testing.Extractors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of a corpus summary as rows of strings in each table's column order (null for an
 * absent value): those {@code verbatim spark --summary DIR} wrote as JSON Lines, and those
 * {@code verbatim summarize --format jsonl} writes on the same input.
 */
final class SummaryTables {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SummaryTables() {}

  /** The tables the Spark job wrote under {@code dir} with {@code --output-format jsonl}. */
  static Map<SummaryTable, List<List<String>>> spark(Path dir) throws IOException {
    Map<SummaryTable, List<List<String>>> out = new EnumMap<>(SummaryTable.class);
    for (SummaryTable table : SummaryTable.values()) {
      out.put(table, sparkRows(dir.resolve(table.name().toLowerCase(java.util.Locale.ROOT)),
          table));
    }
    return out;
  }

  /**
   * The tables of {@code verbatim summarize --format jsonl INPUT...}, run in-process with the
   * shared extractor.
   *
   * @param status the exit status the command must end with
   */
  static Map<SummaryTable, List<List<String>>> commandLine(int status, String... inputs)
      throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("summarize", "--format", "jsonl"));
    args.addAll(List.of(inputs));
    int actual = new Main(Extractors.shared()::extract, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out), new PrintWriter(err)).execute(args.toArray(new String[0]));
    assertThat(actual).as(err.toString()).isEqualTo(status);
    Map<SummaryTable, List<List<String>>> tables = new EnumMap<>(SummaryTable.class);
    for (SummaryTable table : SummaryTable.values()) {
      tables.put(table, new ArrayList<>());
    }
    for (String line : out.toString().lines().toList()) {
      JsonNode node = JSON.readTree(line);
      SummaryTable table = java.util.Arrays.stream(SummaryTable.values())
          .filter(t -> t.rowName().equals(node.get("table").asText())).findFirst().orElseThrow();
      tables.get(table).add(row(node, table));
    }
    return tables;
  }

  /** The rows of a one-partition JSON Lines output (none when Spark wrote no part file). */
  private static List<List<String>> sparkRows(Path folder, SummaryTable table) throws IOException {
    assertThat(folder).as("the Spark job's " + table + " table").isDirectory();
    List<Path> parts;
    try (var files = Files.list(folder)) {
      parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    assertThat(parts).as("one partition").hasSizeLessThanOrEqualTo(1);
    List<List<String>> out = new ArrayList<>();
    for (Path part : parts) {
      for (String line : Files.readAllLines(part)) {
        out.add(row(JSON.readTree(line), table));
      }
    }
    return out;
  }

  private static List<String> row(JsonNode node, SummaryTable table) {
    return table.header().stream()
        .map(c -> node.hasNonNull(c) ? node.get(c).asText() : null).toList();
  }
}

package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteType;
import dev.verbatim.testing.SampleResults;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableWriterTest {
  @Test
  void writesAHeaderARowPerCitationAndTheDiagnostics() throws Exception {
    StringWriter out = new StringWriter();

    new TableWriter(out).write("sample", SampleResults.full());

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).isEqualTo("sample: 6 statements, 2 speakers");
    assertThat(lines.get(1)).matches(" +# +TYPE +SPEAKER +CUE +SPAN +STATEMENT");
    assertThat(lines.get(5)).startsWith("    4  indirect  the club              According to  "
        + "[125, 145)      tickets had sold out");
    assertThat(lines.get(7)).startsWith("    6  direct    ?                     -");
    assertThat(lines.get(8)).isEqualTo("  ! unclosed_quote [0, 1): no closing mark");
    assertThat(lines.subList(1, 8)).extracting(line -> line.indexOf("STATEMENT") >= 0
        ? line.indexOf("STATEMENT") : line.indexOf(" [") < 0 ? -1 : 0).doesNotContain(-1);
  }

  @Test
  void cutsLongStatementsAndJoinsTheirLines() {
    String cut = TableWriter.cut("a\nb  " + "x".repeat(100), 20);

    assertThat(cut).hasSize(20).startsWith("a b xxx").endsWith("…");
    assertThat(TableWriter.cut("short", 20)).isEqualTo("short");
  }

  @Test
  void separatesDocumentsAndSaysWhenNothingWasFound() throws Exception {
    StringWriter out = new StringWriter();
    TableWriter writer = new TableWriter(out);
    String text = "\"Quoted,\" he said.";

    writer.write("one", ExtractionResult.empty());
    writer.write("two", new ExtractionResult(List.of(SampleResults.citation(text, "Quoted,",
        QuoteType.DIRECT, null, null, null, 0.5, "none", null)), List.of(), List.of()));

    assertThat(out.toString().lines().toList()).startsWith(
        "one: 0 statements, 0 speakers", "", "two: 1 statement, 0 speakers");
  }
}

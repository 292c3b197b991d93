package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.testing.SampleResults;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  @Test
  void quotesFieldsWithCommasQuotesAndLineBreaks() {
    assertThat(CsvWriter.field("plain text")).isEqualTo("plain text");
    assertThat(CsvWriter.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvWriter.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvWriter.field("cr\r")).isEqualTo("\"cr\r\"");
  }

  @Test
  void writesTheHeaderOnceAndOneRowPerCitation() throws Exception {
    StringWriter out = new StringWriter();
    CsvWriter writer = new CsvWriter(out);

    writer.write("a", SampleResults.full());
    writer.write("b", ExtractionResult.empty());
    writer.write("c", SampleResults.full());

    assertThat(out.toString().lines().toList()).hasSize(1 + 6 + 6)
        .first().isEqualTo(String.join(",", CsvWriter.HEADER));
    assertThat(out.toString().lines().toList().get(4)).isEqualTo(
        "a,indirect,125,145,the club,,the club,According to,0.6,according-to,according-to,"
            + "club statement,tickets had sold out");
    assertThat(out.toString().lines().toList().get(1)).startsWith("a,direct,1,16,Maria López,female,");
  }
}

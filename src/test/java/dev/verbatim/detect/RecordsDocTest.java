package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/records.md gives every deciding rule's base confidence as the one table in the code,
 * {@link AttributionRule}, has it: the same rules, the same values, in the same order.
 */
class RecordsDocTest {
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| ([0-9.]+) \\|");

  @Test
  void ruleTableMatchesTheCode() throws IOException {
    String doc = Files.readString(Path.of("docs/records.md"));
    String rules = doc.substring(doc.indexOf("### Rule ids"), doc.indexOf("### Detection rules"));
    Map<String, Double> documented = new LinkedHashMap<>();
    Matcher m = ROW.matcher(rules);
    while (m.find()) {
      assertThat(documented.put(m.group(1), Double.parseDouble(m.group(2))))
          .as("rule %s documented once", m.group(1)).isNull();
    }
    assertThat(documented).containsExactlyEntriesOf(AttributionRule.baseConfidences());
  }
}

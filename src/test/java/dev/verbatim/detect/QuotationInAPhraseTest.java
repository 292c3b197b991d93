package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Citation;
import dev.verbatim.QuoteType;
import dev.verbatim.testing.Extractors;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short quotations inside a noun phrase are names, nicknames or scare quotes, not speech (original text). */
class QuotationInAPhraseTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ciaran Lott, who has ridden more than 300 winners and is known in the weighing room as “the Ghost” for his late challenges, said he would appeal.|the Ghost",
      "Not everyone agrees. Aidan Tolley, director of the tour company “Lakeside-Treks”, which runs three guest houses in the village, said trade had halved.|Lakeside-Treks",
      "His “retirement” was announced with some ceremony at the 2015 regatta. It lasted a month, his daughter said.|retirement"})
  void isNotADirectStatement(String text, String quoted) {
    List<Citation> direct = Extractors.shared().extract(text).citations().stream()
        .filter(c -> c.type() == QuoteType.DIRECT).toList();
    assertThat(direct).extracting(Citation::text).doesNotContain(quoted);
  }
}

package dev.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.testing.Generated;
import dev.verbatim.testing.MessyText;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of {@link TextCleaner} over 1,000 generated messy texts each. */
class TextCleanerPropertiesTest {
  private static final int TRIES = 1000;

  /** Half messy pieces, half arbitrary UTF-16 units. */
  private static String messy(SplittableRandom r) {
    return r.nextBoolean() ? MessyText.text(r, 200) : MessyText.anyChars(r, r.nextInt(300));
  }

  @Test
  void keepsTheLengthSoEveryOffsetPointsIntoTheOriginal() {
    Generated.check(TRIES, TextCleanerPropertiesTest::messy,
        text -> assertThat(TextCleaner.clean(text)).hasSameSizeAs(text));
  }

  @Test
  void leavesNoControlFormatOrLoneSurrogateCharacters() {
    Generated.check(TRIES, TextCleanerPropertiesTest::messy, text -> {
      String cleaned = TextCleaner.clean(text);
      for (int i = 0; i < cleaned.length(); i++) {
        char c = cleaned.charAt(i);
        assertThat(c == '\n' || !Character.isISOControl(c)).as("control U+%04X at %s", (int) c, i)
            .isTrue();
        assertThat(c != '\uFEFF' && c != '\u200B' && c != '\r').as("U+%04X at %s", (int) c, i)
            .isTrue();
        if (Character.isHighSurrogate(c)) {
          assertThat(i + 1 < cleaned.length() && Character.isLowSurrogate(cleaned.charAt(i + 1)))
              .as("lone high surrogate at %s", i).isTrue();
          i++;
        } else {
          assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %s", i).isFalse();
        }
      }
    });
  }

  @Test
  void keepsEveryLineBreakOfTheOriginal() {
    Generated.check(TRIES, TextCleanerPropertiesTest::messy, text -> {
      String cleaned = TextCleaner.clean(text);
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        assertThat(cleaned.charAt(i)).as("line break at %s", i).isEqualTo('\n');
      }
    });
  }

  @Test
  void sameTextIsCleanedTheSameWay() {
    Generated.check(TRIES, TextCleanerPropertiesTest::messy,
        text -> assertThat(TextCleaner.clean(text)).isEqualTo(TextCleaner.clean(new String(text))));
  }
}

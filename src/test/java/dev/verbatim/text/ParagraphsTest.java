package dev.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

  @Test
  void splitsParagraphsSeparatedByBlankLines() {
    assertThat(texts("First one.\n\nSecond one.\n\n\nThird one."))
        .containsExactly("First one.", "Second one.", "Third one.");
  }

  @Test
  void splitsParagraphsSeparatedBySingleNewlines() {
    assertThat(texts("First one.\nSecond one.\nThird one."))
        .containsExactly("First one.", "Second one.", "Third one.");
  }

  @Test
  void trimsWhiteSpaceAroundEachParagraph() {
    assertThat(texts("   First one.  \n\t Second one. \n")).containsExactly("First one.", "Second one.");
  }

  @Test
  void skipsLinesThatAreOnlyWhiteSpace() {
    assertThat(texts("First.\n   \n \t \nSecond.")).containsExactly("First.", "Second.");
  }

  @Test
  void returnsSpansIntoTheGivenText() {
    assertThat(Paragraphs.split("  One.\n\nTwo.  ")).containsExactly(Span.of(2, 6), Span.of(8, 12));
  }

  @Test
  void returnsNothingForEmptyOrBlankText() {
    assertThat(Paragraphs.split("")).isEmpty();
    assertThat(Paragraphs.split("\n\n \n\t")).isEmpty();
  }

  @Test
  void handlesTextWithoutAnyNewline() {
    assertThat(Paragraphs.split("Just one.")).containsExactly(Span.of(0, 9));
  }

  @Test
  void handlesLeadingAndTrailingNewlines() {
    assertThat(texts("\n\nOnly.\n\n")).containsExactly("Only.");
  }

  @Test
  void keepsInnerWhiteSpaceOfAParagraph() {
    assertThat(texts("A  long   line.")).containsExactly("A  long   line.");
  }

  private static List<String> texts(String text) {
    return Paragraphs.split(text).stream().map(s -> s.in(text)).toList();
  }
}

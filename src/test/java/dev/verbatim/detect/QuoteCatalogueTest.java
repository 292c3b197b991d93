package dev.verbatim.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.text.Paragraphs;
import dev.verbatim.text.TextCleaner;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kinds of quotation-mark cases CoreNLP's quote-annotator integration test checks (unicode,
 * ASCII and LaTeX marks, dashes, bad unicode marks, apostrophes, unclosed and embedded quotes),
 * restated in Verbatim's conventions: a quotation is the content inside its outermost marks, and a
 * quotation nested inside another is part of it. Cases where Verbatim deliberately differs are
 * marked and explained.
 */
class QuoteCatalogueTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("curly marks, nested same kind",
            "\u201CHello,\u201D he said, \u201Chow \u201Care\u201D you doing?\u201D",
            List.of("Hello,", "how \u201Care\u201D you doing?")),
        Arguments.of("LaTeX single and double marks",
            "`Hello,' he said, ``how are you doing?''", List.of("Hello,", "how are you doing?")),
        Arguments.of("a backtick used as an apostrophe",
            "John`s he said, ``how are you doing?''", List.of("how are you doing?")),
        Arguments.of("double dash after the quotation",
            "\"Hello\"--said Mr. Cornwallaby", List.of("Hello")),
        Arguments.of("em dash after a curly quotation with inner hyphens",
            "\u201C-Wish- you success!\u201D\u2014In what", List.of("-Wish- you success!")),
        Arguments.of("straight double marks",
            "\"Hello,\" he said, \"how are you doing?\"", List.of("Hello,", "how are you doing?")),
        Arguments.of("single marks around a word between two quotations (a quotation of its own here)",
            "\u201CHello,\u201D he 'said', \u201Chow are you doing?\u201D", List.of("Hello,", "said", "how are you doing?")),
        Arguments.of("stray low and left single marks inside a quotation",
            "\u201CHello,\u201D he said, \u201Chow\u201A are\u2018 you doing?\u201D",
            List.of("Hello,", "how\u201A are\u2018 you doing?")),
        Arguments.of("a left single mark used as an apostrophe",
            "\u201CHello,\u201D he said, \u201Cwhere is the dog\u2018s ball today?\u201D",
            List.of("Hello,", "where is the dog\u2018s ball today?")),
        Arguments.of("a stray double mark before a single-quoted quotation",
            "Hello,   \" he said, 'how are you doing?'", List.of("how are you doing?")),
        Arguments.of("double quotations inside a single one are part of it",
            "'\"Hello,\" he said, \"how are you doing?\"'", List.of("\"Hello,\" he said, \"how are you doing?\"")),
        Arguments.of("single quotations inside a double one are part of it",
            "\"'Hello,' he said, 'how are you doing?'\"", List.of("'Hello,' he said, 'how are you doing?'")),
        Arguments.of("single marks as primary marks, with contractions and an inner double quotation",
            "It was all very well to say 'Drink me,' but Alice was not going to do that in a hurry. "
                + "'No, I'll \"look\" first,' she said, 'and see whether it's marked \"poison\" or not';",
            List.of("Drink me,", "No, I'll \"look\" first,", "and see whether it's marked \"poison\" or not")),
        Arguments.of("three kinds of marks nested",
            "\u201CHel \u00ABlo \u201Chow\u201D are you\u00BB doing?\u201D",
            List.of("Hel \u00ABlo \u201Chow\u201D are you\u00BB doing?")),
        Arguments.of("a plural possessive inside a single-quoted quotation",
            "'It's our members' jobs at stake,' she said.", List.of("It's our members' jobs at stake,")),
        // Deliberate difference: an unclosed quotation runs to the end of its paragraph (news often
        // opens a quotation that continues in the next paragraph), with an UNCLOSED_QUOTE diagnostic.
        Arguments.of("DIFFERENCE: an unclosed last quotation is kept, to the end of its paragraph",
            "\"Hello,\" he said, \"how are you doing?", List.of("Hello,", "how are you doing?")),
        // Deliberate difference: a single line break ends a paragraph (scraped news has no hard
        // wraps inside paragraphs), so a quotation hard-wrapped over two lines is cut at the break.
        Arguments.of("DIFFERENCE: a hard-wrapped quotation is cut at the line break",
            "\"Impossible, Mr. Bennet, impossible, when I am not acquainted with him\n"
                + " myself; how can you be so teasing?\"",
            List.of("Impossible, Mr. Bennet, impossible, when I am not acquainted with him")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTheOutermostQuotations(String name, String text, List<String> expected) {
    String cleaned = TextCleaner.clean(text);
    QuoteScanner.Result r = QuoteScanner.scan(cleaned, Paragraphs.split(cleaned));
    List<String> outer = r.quotes().stream().filter(q -> q.depth() == 0).map(q -> q.content().in(text)).toList();
    assertThat(outer).isEqualTo(expected);
  }

  /**
   * No speaker is invented: in these texts the only people are pronouns and, in one, a name outside
   * the marks; a speaker must be named outside every quotation ("Hello" inside one, tagged as a
   * person, is not a speaker).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void inventsNoSpeaker(String name, String text, List<String> expected) {
    dev.verbatim.ExtractionResult r = dev.verbatim.testing.Extractors.shared().extract(text);
    String cleaned = TextCleaner.clean(text);
    QuoteScanner.Result scanned = QuoteScanner.scan(cleaned, Paragraphs.split(cleaned));
    StringBuilder outside = new StringBuilder(text);
    for (var q : scanned.quotes()) {
      for (int i = q.content().start(); i < q.content().end(); i++) {
        outside.setCharAt(i, ' ');
      }
    }
    for (dev.verbatim.Citation c : r.citations()) {
      c.speaker().ifPresent(sp -> assertThat(outside.toString()).as("speaker %s", sp.name())
          .contains(sp.name().split(" ")[sp.name().split(" ").length - 1]));
    }
  }
}

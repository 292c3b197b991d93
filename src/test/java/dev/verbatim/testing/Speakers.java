package dev.verbatim.testing;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Speaker;
import java.util.List;

/** Looks up who a result says said what, for attribution tests. */
public final class Speakers {
  private Speakers() {}

  /**
   * @param r a result
   * @param statementStart how the statement's text starts
   * @return the canonical name of its speaker, or "?" when it has none
   * @throws AssertionError if no statement starts so
   */
  public static String speakerOf(ExtractionResult r, String statementStart) {
    for (Citation c : r.citations()) {
      if (c.text().startsWith(statementStart)) {
        return name(c);
      }
    }
    throw new AssertionError("no statement starting " + statementStart + " in " + r.citations());
  }

  /**
   * @param r a result
   * @return the speaker's name of each citation, in order ("?" when it has none)
   */
  public static List<String> speakersOf(ExtractionResult r) {
    return r.citations().stream().map(Speakers::name).toList();
  }

  private static String name(Citation c) {
    return c.speaker().map(Speaker::name).orElse("?");
  }
}

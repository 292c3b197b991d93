package dev.verbatim.pipeline;

import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source notes that some outlets put after a paragraph's statements: "(Citation: ministry
 * briefing.)", "(Source: Reuters)". A note applies to the statements of its paragraph.
 */
final class SourceNotes {
  private static final Pattern NOTE = Pattern.compile(
      "\\((?:Citation|Source|Sources|Via|Quoted in|From)\\s*:\\s*([^()\\n]{1,300}?)\\.?\\s*\\)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private final AnalyzedText doc;

  SourceNotes(AnalyzedText doc) {
    this.doc = doc;
  }

  /** The note closing the paragraph of {@code span}, or null. */
  String noteAfter(Span span) {
    int p = doc.paragraphAtOrAfter(span.start());
    if (p >= doc.paragraphs().size()) {
      return null;
    }
    Span para = doc.paragraphs().get(p);
    if (para.end() < span.end()) {
      return null;
    }
    Matcher m = NOTE.matcher(doc.text().substring(span.end(), para.end()));
    return m.find() ? m.group(1).trim() : null;
  }
}

package dev.verbatim.cli;

import dev.verbatim.Citation;
import dev.verbatim.Cue;
import dev.verbatim.DetectionRule;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Mention;
import dev.verbatim.Speaker;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes one CSV row per citation, after a header row: document, type, start, end, speaker,
 * speaker gender (female, male or unknown for a person; empty otherwise), mention, cue, confidence, rule, detection rule, source note and text. Fields holding a comma, quotation mark or
 * line break are quoted as RFC 4180 says; rows end in {@code \n}. Not thread-safe.
 */
final class CsvWriter implements ResultWriter {
  static final List<String> HEADER = List.of("document", "type", "start", "end", "speaker",
      "speaker_gender", "mention", "cue", "confidence", "rule", "detection", "source_note", "text");

  private final Writer out;
  private boolean headerWritten;

  CsvWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(String documentId, ExtractionResult result) throws IOException {
    StringBuilder s = new StringBuilder();
    if (!headerWritten) {
      row(s, HEADER);
      headerWritten = true;
    }
    for (Citation c : result.citations()) {
      row(s, List.of(documentId, c.type().name().toLowerCase(Locale.ROOT),
          String.valueOf(c.span().start()), String.valueOf(c.span().end()),
          c.speaker().map(Speaker::name).orElse(""),
          c.speaker().flatMap(Speaker::gender).map(g -> g.name().toLowerCase(Locale.ROOT)).orElse(""),
          c.mention().map(Mention::text).orElse(""),
          c.cue().map(Cue::text).orElse(""), String.valueOf(c.confidence()), c.rule(),
          c.detection().map(DetectionRule::id).orElse(""), c.sourceNote().orElse(""), c.text()));
    }
    out.write(s.toString());
    out.flush();
  }

  private static void row(StringBuilder s, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(field(fields.get(i)));
    }
    s.append('\n');
  }

  static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}

package dev.verbatim.cli;

import dev.verbatim.Citation;
import dev.verbatim.Cue;
import dev.verbatim.Diagnostic;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Speaker;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes each document as a fixed-width table: number, type, speaker, cue, span and the statement
 * (on one line, cut to fit), then the diagnostics. Not thread-safe.
 *
 * <pre>
 * example: 3 statements, 2 speakers
 *    #  TYPE      SPEAKER               CUE           SPAN            STATEMENT
 *    1  direct    Maria López           said          [1, 16)         We played well,
 * </pre>
 */
final class TableWriter implements ResultWriter {
  private static final String ROW = "  %3s  %-8s  %-20s  %-12s  %-14s  %s%n";
  private static final int STATEMENT_WIDTH = 70;

  private final Writer out;
  private boolean first = true;

  TableWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(String documentId, ExtractionResult result) throws IOException {
    StringBuilder s = new StringBuilder();
    if (!first) {
      s.append(System.lineSeparator());
    }
    first = false;
    s.append(oneLine(documentId)).append(": ").append(count(result.citations().size(), "statement"))
        .append(", ").append(count(result.speakers().size(), "speaker"))
        .append(System.lineSeparator());
    if (!result.citations().isEmpty()) {
      s.append(String.format(Locale.ROOT, ROW, "#", "TYPE", "SPEAKER", "CUE", "SPAN",
          "STATEMENT"));
    }
    int n = 0;
    for (Citation c : result.citations()) {
      s.append(String.format(Locale.ROOT, ROW, ++n, c.type().name().toLowerCase(Locale.ROOT),
          cut(c.speaker().map(Speaker::name).orElse("?"), 20),
          cut(c.cue().map(Cue::text).orElse("-"), 12), c.span(),
          cut(c.text(), STATEMENT_WIDTH)));
    }
    for (Diagnostic d : result.diagnostics()) {
      s.append("  ! ").append(d.kind().name().toLowerCase(Locale.ROOT)).append(' ')
          .append(d.span()).append(": ").append(oneLine(d.message()))
          .append(System.lineSeparator());
    }
    out.write(s.toString());
    out.flush();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The text on one line, cut to {@code width} characters with an ellipsis. */
  static String cut(String text, int width) {
    String line = oneLine(text);
    return line.length() <= width ? line : line.substring(0, width - 1).stripTrailing() + "…";
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}

package dev.verbatim.summary;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.Gender;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Writes a {@link CorpusSummary} as one self-contained HTML page: inline CSS and SVG charts, no
 * script, no external resource. Charts: the share of statements by gender and by kind of speaker,
 * the same by site and by month when the documents have URLs and dates, and the speakers quoted
 * most; then the tables of speakers, sites, months and documents (the long ones cut at
 * {@link #TABLE_ROWS} rows, with a note of how many were left out).
 *
 * <p>Stateless and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("summary.html"))) {
 *   SummaryHtml.write(summary, out);
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class SummaryHtml {
  /** The most rows a table of the page shows; the CSV and JSON Lines formats have them all. */
  public static final int TABLE_ROWS = 500;
  /** How many speakers the top-speakers chart shows. */
  static final int TOP_SPEAKERS = 20;
  /** How many sites the by-site chart shows. */
  static final int CHART_SITES = 25;

  /** A share of the statements: its name, colour and how to count it. */
  private record Part(String name, String colour, ToIntFunction<Counts> count) {}

  private static final List<Part> BY_GENDER = List.of(
      new Part("women", "#c2410c", Counts::female),
      new Part("men", "#0f766e", Counts::male),
      new Part("persons, gender unknown", "#7c3aed", Counts::unknownGender),
      new Part("organisations, outlets, groups, anonymous", "#a3a3a3",
          c -> c.organization() + c.mediaOutlet() + c.group() + c.anonymous()),
      new Part("no speaker", "#e5e5e5", Counts::unattributed));
  private static final List<Part> BY_KIND = List.of(
      new Part("persons", "#0f766e", Counts::persons),
      new Part("organisations", "#2563eb", Counts::organization),
      new Part("media outlets", "#0891b2", Counts::mediaOutlet),
      new Part("anonymous sources", "#ca8a04", Counts::anonymous),
      new Part("groups", "#9333ea", Counts::group),
      new Part("no speaker", "#e5e5e5", Counts::unattributed));

  /** Colours light enough for dark text. */
  private static final List<String> LIGHT = List.of("#a3a3a3", "#e5e5e5", "#ca8a04");

  private static final String STYLE = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;\
      max-width:1100px;margin:2em auto;padding:0 1em}
      h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;\
      border-bottom:1px solid #e5e7eb;padding-bottom:.2em}
      .lead{color:#4b5563;margin-top:0}.note{color:#6b7280;font-size:.9em}
      svg{display:block;width:100%;height:auto}svg text{font:12px system-ui,sans-serif;fill:#1f2937}
      .legend{display:flex;flex-wrap:wrap;gap:.3em 1.2em;margin:.4em 0;font-size:.9em}
      .swatch{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em;\
      border-radius:2px}
      table{border-collapse:collapse;font-size:.88em;margin-top:.6em}
      th,td{padding:.2em .6em;border-bottom:1px solid #f0f0f0;text-align:right}
      th{background:#f9fafb;position:sticky;top:0}td.t,th.t{text-align:left}
      """;

  private SummaryHtml() {}

  /**
   * Writes the page.
   *
   * @param summary the summary
   * @param out where to write; not closed or flushed
   * @throws IOException if writing fails
   */
  public static void write(CorpusSummary summary, Writer out) throws IOException {
    checkNotNull(summary, "summary");
    checkNotNull(out, "out");
    StringBuilder h = new StringBuilder(16_384);
    Counts t = summary.total();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Who is quoted: ").append(summary.documents().size())
        .append(" documents</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>Who is quoted</h1>\n<p class=\"lead\">")
        .append(String.format(Locale.ROOT, "%,d documents · %,d statements (%,d direct, %,d indirect,"
                + " %,d mixed) · %,d words quoted or reported · %,d speakers",
            summary.documents().size(), t.statements(), t.direct(), t.indirect(), t.mixed(),
            t.words(), summary.speakers().size()))
        .append("</p>\n");
    shares(h, summary);
    groups(h, "Statements by site", "site", summary.sites(), CHART_SITES);
    groups(h, "Statements by month", "month", summary.months(), Integer.MAX_VALUE);
    topSpeakers(h, summary);
    tables(h, summary);
    h.append("<p class=\"note\">Made by Verbatim. A statement is one citation of <code>verbatim "
        + "extract</code>. Gender is what each article shows (pronouns, titles, first names), not "
        + "a fact about the person; speakers merge across documents only when their kind and "
        + "canonical name are the same.</p>\n</body>\n</html>\n");
    out.write(h.toString());
  }

  private static void shares(StringBuilder h, CorpusSummary summary) {
    Counts t = summary.total();
    h.append("<h2>Statements by gender</h2>\n");
    stackedBar(h, t, BY_GENDER);
    legend(h, t, BY_GENDER);
    int known = t.female() + t.male();
    if (known > 0) {
      h.append(String.format(Locale.ROOT, "<p class=\"note\">Of the %,d statements by persons whose"
          + " gender the articles show, %.1f%% are by women.</p>\n", known,
          100.0 * t.female() / known));
    }
    h.append("<h2>Statements by kind of speaker</h2>\n");
    stackedBar(h, t, BY_KIND);
    legend(h, t, BY_KIND);
  }

  /** One bar, 1000 units wide, split into the parts' shares, each with a tooltip. */
  private static void stackedBar(StringBuilder h, Counts c, List<Part> parts) {
    h.append("<svg viewBox=\"0 0 1000 34\" role=\"img\" aria-label=\"shares of statements\">");
    appendBar(h, c, parts, 0, 0, 1000, 34);
    h.append("</svg>\n");
  }

  private static void appendBar(StringBuilder h, Counts c, List<Part> parts, double x0, int y,
      double width, int height) {
    int total = c.statements();
    if (total == 0) {
      h.append(rect(x0, y, width, height, "#f5f5f5", "no statements"));
      return;
    }
    double x = x0;
    for (Part p : parts) {
      int n = p.count().applyAsInt(c);
      if (n == 0) {
        continue;
      }
      double w = width * n / total;
      h.append(rect(x, y, w, height, p.colour(), String.format(Locale.ROOT, "%s: %,d (%.1f%%)",
          p.name(), n, 100.0 * n / total)));
      if (w >= 44 && height >= 18) {
        h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\"%s>%.0f%%</text>", x + 4,
            y + height / 2 + 4, LIGHT.contains(p.colour()) ? "" : " style=\"fill:#fff\"",
            100.0 * n / total));
      }
      x += w;
    }
  }

  private static String rect(double x, int y, double w, int height, String colour, String title) {
    return String.format(Locale.ROOT,
        "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
        x, y, w, height, colour, escape(title));
  }

  private static void legend(StringBuilder h, Counts c, List<Part> parts) {
    h.append("<div class=\"legend\">");
    for (Part p : parts) {
      int n = p.count().applyAsInt(c);
      h.append("<span><span class=\"swatch\" style=\"background:").append(p.colour())
          .append("\"></span>").append(escape(p.name())).append(String.format(Locale.ROOT,
              ": %,d (%.1f%%)", n, c.statements() == 0 ? 0.0 : 100.0 * n / c.statements()))
          .append("</span>");
    }
    h.append("</div>\n");
  }

  /** One labelled bar per site or month, each split by gender. */
  private static void groups(StringBuilder h, String title, String what, List<GroupRow> rows,
      int limit) {
    if (rows.isEmpty()) {
      return;
    }
    List<GroupRow> shown = rows.subList(0, Math.min(limit, rows.size()));
    h.append("<h2>").append(title).append("</h2>\n");
    int rowHeight = 24;
    h.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 1000 %d\" role=\"img\" "
        + "aria-label=\"%s\">", shown.size() * rowHeight, escape(title)));
    for (int i = 0; i < shown.size(); i++) {
      GroupRow g = shown.get(i);
      int y = i * rowHeight;
      h.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 16,
          escape(shorten(g.key(), 34))));
      appendBar(h, g.counts(), BY_GENDER, 250, y + 2, 640, rowHeight - 6);
      h.append(String.format(Locale.ROOT, "<text x=\"900\" y=\"%d\">%,d in %,d doc.</text>",
          y + 16, g.counts().statements(), g.documents()));
    }
    h.append("</svg>\n");
    legend(h, sum(shown), BY_GENDER);
    if (shown.size() < rows.size()) {
      h.append(String.format(Locale.ROOT, "<p class=\"note\">The %,d %ss with the most statements;"
          + " %,d more in the table below.</p>\n", shown.size(), what, rows.size() - shown.size()));
    }
  }

  private static Counts sum(List<GroupRow> rows) {
    Counts c = Counts.NONE;
    for (GroupRow g : rows) {
      c = c.plus(g.counts());
    }
    return c;
  }

  private static void topSpeakers(StringBuilder h, CorpusSummary summary) {
    List<SpeakerRow> top = summary.speakers().subList(0,
        Math.min(TOP_SPEAKERS, summary.speakers().size()));
    if (top.isEmpty()) {
      return;
    }
    h.append("<h2>Speakers quoted most</h2>\n");
    int rowHeight = 22;
    int max = top.get(0).statements();
    h.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 1000 %d\" role=\"img\" "
        + "aria-label=\"speakers quoted most\">", top.size() * rowHeight));
    for (int i = 0; i < top.size(); i++) {
      SpeakerRow r = top.get(i);
      int y = i * rowHeight;
      double w = 600.0 * r.statements() / Math.max(1, max);
      h.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 15,
          escape(shorten(r.speaker(), 40))));
      h.append(rect(300, y + 3, w, rowHeight - 6, colour(r), String.format(Locale.ROOT,
          "%s (%s): %,d statements in %,d documents", r.speaker(), describe(r), r.statements(),
          r.documents())));
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%,d</text>", 306 + w, y + 15,
          r.statements()));
    }
    h.append("</svg>\n<div class=\"legend\">");
    for (Part p : BY_GENDER.subList(0, 4)) {
      h.append("<span><span class=\"swatch\" style=\"background:").append(p.colour())
          .append("\"></span>").append(escape(p.name())).append("</span>");
    }
    h.append("</div>\n");
  }

  private static String colour(SpeakerRow r) {
    Gender g = r.gender().orElse(null);
    if (g == null) {
      return BY_GENDER.get(3).colour();
    }
    return switch (g) {
      case FEMALE -> BY_GENDER.get(0).colour();
      case MALE -> BY_GENDER.get(1).colour();
      case UNKNOWN -> BY_GENDER.get(2).colour();
    };
  }

  private static String describe(SpeakerRow r) {
    String kind = r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return r.gender().map(g -> kind + ", " + g.name().toLowerCase(Locale.ROOT)).orElse(kind);
  }

  private static void tables(StringBuilder h, CorpusSummary summary) {
    table(h, "Speakers", SummaryTable.SPEAKERS, summary);
    table(h, "Sites", SummaryTable.SITES, summary);
    table(h, "Months", SummaryTable.MONTHS, summary);
    table(h, "Documents", SummaryTable.DOCUMENTS, summary);
  }

  /** A table of the summary; text columns are aligned left, numbers right. */
  private static void table(StringBuilder h, String title, SummaryTable table,
      CorpusSummary summary) {
    List<List<Object>> rows = table.rows(summary);
    if (rows.isEmpty()) {
      return;
    }
    h.append("<h2>").append(title).append("</h2>\n<table>\n<thead><tr>");
    List<String> header = table.header();
    for (int i = 0; i < header.size(); i++) {
      h.append(rows.get(0).get(i) instanceof Number ? "<th>" : "<th class=\"t\">")
          .append(escape(header.get(i).replace('_', ' '))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : rows.subList(0, Math.min(TABLE_ROWS, rows.size()))) {
      h.append("<tr>");
      for (Object v : row) {
        boolean text = !(v instanceof Number);
        h.append(text ? "<td class=\"t\">" : "<td>")
            .append(v == null ? "" : escape(v instanceof Number n
                ? String.format(Locale.ROOT, "%,d", n.longValue()) : v.toString()))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    if (rows.size() > TABLE_ROWS) {
      h.append(String.format(Locale.ROOT, "<p class=\"note\">%,d of %,d rows; "
          + "<code>--format csv</code> or <code>jsonl</code> gives them all.</p>\n", TABLE_ROWS,
          rows.size()));
    }
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Escapes text for HTML and SVG content and attribute values. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

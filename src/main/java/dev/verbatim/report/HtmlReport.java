package dev.verbatim.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import dev.verbatim.Citation;
import dev.verbatim.Cue;
import dev.verbatim.DetectionRule;
import dev.verbatim.Diagnostic;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Mention;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.json.JsonCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one article and its {@link ExtractionResult} as a self-contained HTML page: the article
 * with every statement highlighted in its speaker's colour, the speaker mention and the cue of
 * each statement marked, a side list of the speakers with their statements, and a panel that
 * shows the record of the statement under the pointer (its JSON, as {@link JsonCodec} writes it).
 *
 * <p>The page loads nothing from the network: its style sheet and its few lines of script are
 * inline. All text from the article and the result is HTML-escaped. Spans that do not fit the
 * text are left unmarked rather than failing.
 *
 * <p>The page's structure, for tools that read it: the article is {@code <div id="article">},
 * whose text content is exactly the article; each statement is one or more
 * {@code <span class="statement">} elements sharing a {@code data-cite} number (1-based, in the
 * order of {@link ExtractionResult#citations()}), the first with {@code id="cN"} and the record in
 * {@code data-record}; mentions are {@code <mark class="mention">}, cues
 * {@code <mark class="cue">}; the side list is {@code <aside id="speakers">} with one
 * {@code <section class="speaker" data-speaker="ID">} per speaker.
 *
 * <p>Stateless and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * ExtractionResult result = extractor.extract(text);
 * Files.writeString(Path.of("report.html"), HtmlReport.render("Ferry vote", text, result));
 * }</pre>
 */
public final class HtmlReport {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final JsonCodec CODEC = new JsonCodec();
  private static final int LIST_TEXT_WIDTH = 140;

  private HtmlReport() {}

  /**
   * Renders the page.
   *
   * @param title the page title, usually the document id
   * @param text the article, exactly as it was passed to the extractor
   * @param result what the extractor found in {@code text}
   * @return a complete HTML document
   * @throws NullPointerException if an argument is null
   */
  public static String render(String title, String text, ExtractionResult result) {
    checkNotNull(title, "title");
    checkNotNull(text, "text");
    checkNotNull(result, "result");
    Map<String, Integer> colourOf = new HashMap<>();
    for (Speaker s : result.speakers()) {
      colourOf.putIfAbsent(s.id(), colourOf.size());
    }
    StringBuilder h = new StringBuilder(text.length() * 3 + 8_192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Verbatim report: ").append(HTML.escape(title)).append("</title>\n")
        .append("<style>\n").append(ReportStyle.CSS).append(speakerColours(result.speakers()))
        .append("</style>\n</head>\n<body>\n");
    header(h, title, result);
    h.append("<main>\n<div id=\"article\">");
    new ArticleMarkup(text, result, colourOf).appendTo(h);
    h.append("</div>\n<div id=\"side\">\n");
    h.append("<section id=\"record-panel\"><h2>Record</h2><pre id=\"record\">")
        .append("Point at a statement to see its record.</pre></section>\n");
    speakers(h, result, colourOf);
    diagnostics(h, result.diagnostics());
    h.append("</div>\n</main>\n<script>\n").append(ReportStyle.SCRIPT).append("</script>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  private static void header(StringBuilder h, String title, ExtractionResult result) {
    h.append("<header>\n<h1>").append(HTML.escape(title)).append("</h1>\n<p class=\"summary\">")
        .append(count(result.citations().size(), "statement")).append(", ")
        .append(count(result.speakers().size(), "speaker"));
    if (!result.diagnostics().isEmpty()) {
      h.append(", ").append(count(result.diagnostics().size(), "diagnostic"));
    }
    h.append("</p>\n<p class=\"legend\"><span class=\"statement sp-none\">statement</span> "
        + "(coloured by speaker) &middot; <mark class=\"mention\">speaker mention</mark> "
        + "&middot; <mark class=\"cue\">cue</mark></p>\n</header>\n");
  }

  /** One CSS class per speaker: a background and an accent colour, hues spread evenly. */
  private static String speakerColours(List<Speaker> speakers) {
    StringBuilder css = new StringBuilder();
    for (int k = 0; k < speakers.size(); k++) {
      css.append(String.format(Locale.ROOT, ".sp-%d { --bg: %s; --fg: %s; }%n", k,
          background(k), accent(k)));
    }
    return css.toString();
  }

  /**
   * Returns the background colour of the {@code k}th speaker: hues a golden angle apart, so that
   * neighbours in the list differ most.
   *
   * @param k the speaker's index in {@link ExtractionResult#speakers()}
   * @return a CSS colour
   */
  static String background(int k) {
    return String.format(Locale.ROOT, "hsl(%.1f, %d%%, 84%%)", hue(k), k / 12 % 2 == 0 ? 80 : 55);
  }

  private static String accent(int k) {
    return String.format(Locale.ROOT, "hsl(%.1f, 70%%, 32%%)", hue(k));
  }

  private static double hue(int k) {
    return (20 + k * 137.508) % 360;
  }

  private static void speakers(StringBuilder h, ExtractionResult result,
      Map<String, Integer> colourOf) {
    h.append("<aside id=\"speakers\">\n<h2>Speakers</h2>\n");
    for (Speaker s : result.speakers()) {
      h.append("<section class=\"speaker sp-").append(colourOf.get(s.id()))
          .append("\" data-speaker=\"").append(HTML.escape(s.id())).append("\">\n<h3>")
          .append("<span class=\"swatch\"></span>").append(HTML.escape(s.name())).append("</h3>\n")
          .append("<p class=\"about\">").append(s.kind().name().toLowerCase(Locale.ROOT)
              .replace('_', ' '));
      List<String> about = new ArrayList<>(s.roles());
      about.addAll(s.affiliations());
      for (String a : about) {
        h.append(" &middot; ").append(HTML.escape(a));
      }
      if (s.variants().size() > 1) {
        h.append("<br>also written: ").append(HTML.escape(
            String.join(", ", s.variants().subList(1, s.variants().size()))));
      }
      h.append("</p>\n");
      statementList(h, result.citations(), Optional.of(s.id()));
      h.append("</section>\n");
    }
    if (result.citations().stream().anyMatch(c -> c.speaker().isEmpty())) {
      h.append("<section class=\"speaker sp-none\" data-speaker=\"\">\n<h3>")
          .append("<span class=\"swatch\"></span>No speaker found</h3>\n");
      statementList(h, result.citations(), Optional.empty());
      h.append("</section>\n");
    }
    h.append("</aside>\n");
  }

  private static void statementList(StringBuilder h, List<Citation> citations,
      Optional<String> speakerId) {
    h.append("<ol>\n");
    for (int n = 1; n <= citations.size(); n++) {
      Citation c = citations.get(n - 1);
      if (!c.speaker().map(Speaker::id).equals(speakerId)) {
        continue;
      }
      h.append("<li><a href=\"#c").append(n).append("\" data-cite=\"").append(n).append("\">")
          .append("<span class=\"type\">").append(c.type().name().toLowerCase(Locale.ROOT))
          .append("</span> ").append(HTML.escape(cut(c.text()))).append("</a></li>\n");
    }
    h.append("</ol>\n");
  }

  private static void diagnostics(StringBuilder h, List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return;
    }
    h.append("<section id=\"diagnostics\">\n<h2>Diagnostics</h2>\n<ul>\n");
    for (Diagnostic d : diagnostics) {
      h.append("<li><code>").append(d.kind().name().toLowerCase(Locale.ROOT)).append("</code> at ")
          .append(d.span()).append(": ").append(HTML.escape(d.message())).append("</li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  /**
   * Returns the one-line summary shown as a statement's tooltip.
   *
   * @param c the citation
   * @return type, speaker, cue, confidence, rule and detection rule
   */
  static String summary(Citation c) {
    return String.format(Locale.ROOT, "%s · %s · cue: %s · confidence %.2f · rule %s · found by %s",
        c.type().name().toLowerCase(Locale.ROOT),
        c.speaker().map(Speaker::name).orElse("no speaker"),
        c.cue().map(Cue::text).orElse("none"), c.confidence(), c.rule(),
        c.detection().map(DetectionRule::id).orElse("unknown"));
  }

  /**
   * Returns the record shown when the pointer is on a statement.
   *
   * @param c the citation
   * @return its JSON, one line
   */
  static String record(Citation c) {
    return CODEC.writeCitation(c);
  }

  private static String cut(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= LIST_TEXT_WIDTH ? line
        : line.substring(0, LIST_TEXT_WIDTH - 1).stripTrailing() + "…";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Whether a span can be marked in a text of the given length. */
  static boolean fits(Span span, int length) {
    return span.end() <= length && !span.isEmpty();
  }

  /** The mention of a citation, if it can be marked. */
  static Optional<Mention> markableMention(Citation c, int length) {
    return c.mention().filter(m -> fits(m.span(), length));
  }
}

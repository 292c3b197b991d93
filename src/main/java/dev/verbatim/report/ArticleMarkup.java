package dev.verbatim.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import dev.verbatim.Citation;
import dev.verbatim.Cue;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Mention;
import dev.verbatim.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The article as HTML with its marks: statements (outer), speaker mentions and cues (inner).
 * Marks that cross each other are split into fragments so that the HTML stays properly nested;
 * fragments of one statement share its {@code data-cite} number and only the first carries the
 * id and the record. Confined to one rendering.
 */
final class ArticleMarkup {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /** A range to wrap in an element; {@code layer} 0 nests outside layer 1. */
  private record Mark(int start, int end, int layer, String tag, String classes,
      String firstAttributes, String attributes) {}

  private final String text;
  private final List<Mark> marks = new ArrayList<>();

  ArticleMarkup(String text, ExtractionResult result, Map<String, Integer> colourOf) {
    this.text = text;
    Set<String> seen = new HashSet<>();
    List<Citation> citations = result.citations();
    for (int n = 1; n <= citations.size(); n++) {
      Citation c = citations.get(n - 1);
      String colour = c.speaker().map(s -> "sp-" + colourOf.get(s.id())).orElse("sp-none");
      if (HtmlReport.fits(c.span(), text.length())) {
        marks.add(new Mark(c.span().start(), c.span().end(), 0, "span", "statement " + colour,
            " id=\"c" + n + "\" data-record=\"" + HTML.escape(HtmlReport.record(c)) + "\"",
            " data-cite=\"" + n + "\" data-speaker=\""
                + HTML.escape(c.speaker().map(Speaker::id).orElse("")) + "\" title=\""
                + HTML.escape(HtmlReport.summary(c)) + "\""));
      }
      for (Mention m : HtmlReport.markableMention(c, text.length()).stream().toList()) {
        if (seen.add("m" + m.span())) {
          marks.add(new Mark(m.span().start(), m.span().end(), 1, "mark", "mention " + colour, "",
              " title=\"" + HTML.escape(m.kind().name().toLowerCase(Locale.ROOT)
                  + ": " + c.speaker().map(Speaker::name).orElse("")) + "\""));
        }
      }
      for (Cue q : c.cue().stream().toList()) {
        if (HtmlReport.fits(q.span(), text.length()) && seen.add("q" + q.span())) {
          marks.add(new Mark(q.span().start(), q.span().end(), 1, "mark", "cue", "",
              " title=\"cue: " + HTML.escape(q.lemma()) + "\""));
        }
      }
    }
    marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::layer)
        .thenComparing(Comparator.comparingInt(Mark::end).reversed()));
  }

  /** Appends the marked-up article (without a surrounding element). */
  void appendTo(StringBuilder h) {
    TreeSet<Integer> boundaries = new TreeSet<>();
    boundaries.add(0);
    boundaries.add(text.length());
    for (Mark m : marks) {
      boundaries.add(m.start());
      boundaries.add(m.end());
    }
    List<Mark> open = new ArrayList<>();
    Set<Mark> started = new HashSet<>();
    int next = 0;
    int previous = 0;
    for (int p : boundaries) {
      h.append(HTML.escape(text.substring(previous, p)));
      // Close every open mark ending here, with those nested inside it; reopen the survivors.
      int firstEnding = -1;
      for (int i = 0; i < open.size(); i++) {
        if (open.get(i).end() == p) {
          firstEnding = i;
          break;
        }
      }
      if (firstEnding >= 0) {
        for (int i = open.size() - 1; i >= firstEnding; i--) {
          h.append("</").append(open.get(i).tag()).append('>');
        }
        List<Mark> survivors = new ArrayList<>();
        for (Mark m : open.subList(firstEnding, open.size())) {
          if (m.end() > p) {
            survivors.add(m);
          }
        }
        open.subList(firstEnding, open.size()).clear();
        for (Mark m : survivors) {
          openTag(h, m, started);
          open.add(m);
        }
      }
      while (next < marks.size() && marks.get(next).start() == p) {
        Mark m = marks.get(next++);
        openTag(h, m, started);
        open.add(m);
      }
      previous = p;
    }
    for (int i = open.size() - 1; i >= 0; i--) {
      h.append("</").append(open.get(i).tag()).append('>');
    }
  }

  private static void openTag(StringBuilder h, Mark m, Set<Mark> started) {
    h.append('<').append(m.tag()).append(" class=\"").append(m.classes()).append('"');
    if (started.add(m)) {
      h.append(m.firstAttributes());
    }
    h.append(m.attributes()).append('>');
  }
}

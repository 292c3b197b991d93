package dev.verbatim.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article's paragraphs in a page already stripped of boilerplate,
 * by scoring containers on the prose under them, in the manner of Arc90's Readability.
 *
 * <p>Each paragraph of at least 25 characters (a {@code <p>} or {@code <pre>}, or a run of text
 * directly inside a {@code <div>}, {@code <td>} or the like, runs being split at {@code <br><br>})
 * scores 1, plus one per comma, plus one per 100 characters up to three. The score goes to the
 * paragraph's container in full, to the container's parent halved and to its grandparent divided
 * by six, so that a {@code <div>} of many paragraphs beats each paragraph's own wrapper. A
 * container's names add or take away ({@link ClassNames#weight}), and its score is scaled down by
 * its link density. The best container wins; then:
 *
 * <ul>
 *   <li>if it is one of several entries of the same kind under one parent (the posts of a live
 *       blog), that parent is taken instead;
 *   <li>its siblings that score at least a fifth as much, and sibling paragraphs of prose, join it.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class ContentFinder {
  private static final int MIN_PARAGRAPH = 25;
  private static final double[] LEVEL_DIVIDER = {1, 2, 6};

  private ContentFinder() {}

  /**
   * Returns the elements that hold the article, in document order: the best container and the
   * siblings that join it, or {@code body} itself when nothing scores.
   *
   * @param body the page's body, stripped of boilerplate
   * @return one or more elements
   */
  static List<Element> find(Element body) {
    Map<Element, Double> scores = score(body);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - LinkDensity.of(e.getKey()));
      e.setValue(s);
      if (s > best) {
        best = s;
        top = e.getKey();
      }
    }
    if (top == null) {
      return List.of(body);
    }
    Element entries = repeatedEntriesParent(top, body);
    if (entries != null) {
      return List.of(entries);
    }
    return withSiblings(top, scores, best);
  }

  private static Map<Element, Double> score(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("p") || tag.equals("pre")) {
        addParagraph(e.text(), e.parent(), body, scores);
      } else if (TextRenderer.isBlock(e) && !tag.equals("li") && !tag.startsWith("h")) {
        for (String run : directRuns(e)) {
          addParagraph(run, e, body, scores);
        }
      }
    }
    return scores;
  }

  private static void addParagraph(String text, Element container, Element body,
      Map<Element, Double> scores) {
    String t = text.strip();
    if (t.length() < MIN_PARAGRAPH || container == null) {
      return;
    }
    double score = 1 + count(t, ',') + Math.min(t.length() / 100, 3);
    Element e = container;
    for (int level = 0; level < LEVEL_DIVIDER.length && e != null; level++) {
      scores.computeIfAbsent(e, ContentFinder::initialScore);
      scores.merge(e, score / LEVEL_DIVIDER[level], Double::sum);
      if (e == body) {
        break;
      }
      e = e.parent();
    }
  }

  private static double initialScore(Element e) {
    double s = 25 * ClassNames.weight(ClassNames.of(e));
    switch (e.normalName()) {
      case "div", "article", "section", "main" -> s += 5;
      case "td", "blockquote", "pre" -> s += 3;
      case "ul", "ol", "dl", "dd", "dt", "li", "form", "address" -> s -= 3;
      case "th", "h1", "h2", "h3", "h4", "h5", "h6" -> s -= 5;
      default -> { }
    }
    if (e.attr("itemprop").equals("articleBody")) {
      s += 50;
    }
    return s;
  }

  /**
   * Returns the runs of text directly inside a block element (in its text nodes and inline
   * elements, not in nested blocks), split where a nested block or two {@code <br>} come.
   */
  static List<String> directRuns(Element block) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int breaks = 0;
    for (Node n : block.childNodes()) {
      if (n instanceof Element e && e.normalName().equals("br")) {
        breaks++;
        continue;
      }
      if (n instanceof Element e && TextRenderer.isBlock(e)) {
        endRun(run, runs);
        breaks = 0;
        continue;
      }
      String text = n instanceof TextNode t ? t.text()
          : n instanceof Element e ? e.text() : "";
      if (text.isBlank()) {
        continue;
      }
      if (breaks >= 2) {
        endRun(run, runs);
      }
      breaks = 0;
      run.append(text).append(' ');
    }
    endRun(run, runs);
    return runs;
  }

  private static void endRun(StringBuilder run, List<String> runs) {
    if (!run.toString().isBlank()) {
      runs.add(run.toString().strip());
    }
    run.setLength(0);
  }

  /**
   * If {@code top} lies (within three levels) in one of at least three elements of the same tag
   * and names under one parent that each hold prose, returns that parent: the posts of a live blog
   * or the sections of a long read.
   */
  private static Element repeatedEntriesParent(Element top, Element body) {
    Element entry = top;
    for (int level = 0; level < 4 && entry != null && entry != body; level++) {
      Element parent = entry.parent();
      if (parent == null) {
        return null;
      }
      int alike = 0;
      for (Element sibling : parent.children()) {
        if (sibling.normalName().equals(entry.normalName())
            && sibling.className().equals(entry.className()) && holdsProse(sibling)) {
          alike++;
        }
      }
      if (alike >= 3 && !entry.normalName().equals("p") && LinkDensity.of(parent) < 0.25) {
        return parent;
      }
      entry = parent;
    }
    return null;
  }

  private static boolean holdsProse(Element e) {
    for (Element p : e.getElementsByTag("p")) {
      if (p.text().length() >= MIN_PARAGRAPH) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> withSiblings(Element top, Map<Element, Double> scores, double best) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top || joins(sibling, scores, threshold)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static boolean joins(Element sibling, Map<Element, Double> scores, double threshold) {
    Double score = scores.get(sibling);
    if (score != null && score >= threshold) {
      return true;
    }
    if (!sibling.normalName().equals("p")) {
      return false;
    }
    String text = sibling.text();
    double links = LinkDensity.of(sibling);
    return (text.length() >= 80 && links < 0.25)
        || (text.length() > 0 && links == 0 && text.matches("(?s).*\\.( .*|$)"));
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}

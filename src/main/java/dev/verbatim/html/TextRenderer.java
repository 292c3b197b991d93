package dev.verbatim.html;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns elements into paragraphs of plain text as a browser lays them out: white space collapses
 * to single spaces, each block element ({@code <p>}, {@code <div>}, {@code <li>}, {@code <h2>},
 * {@code <td>}, ...) is a paragraph of its own, two or more {@code <br>} in a row end a
 * paragraph while a single one is a space, {@code <q>} gets its quotation marks, and soft hyphens
 * and zero-width characters go. Elements in the skip set are left out, and so is a date, time or
 * "meta" block that holds nothing but a date ({@code <p><time>14 March</time></p>}), though a
 * {@code <time>} inside a sentence stays. Not thread-safe: one instance renders one page.
 */
final class TextRenderer {
  static final Set<String> BLOCK_TAGS = ImmutableSet.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
      "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
      "thead", "tr", "ul", "caption", "frameset", "frame", "noscript", "option", "optgroup");

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

  private final Set<Element> skip;
  private final boolean dropLinkParagraphs;
  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int pendingBreaks;
  private int quoteDepth;
  private int preDepth;
  private int linkDepth;
  private int linkChars;

  private TextRenderer(Set<Element> skip, boolean dropLinkParagraphs) {
    this.skip = skip;
    this.dropLinkParagraphs = dropLinkParagraphs;
  }

  /**
   * Renders {@code roots}, in order, as paragraphs, leaving out paragraphs that are mostly link
   * text (more than half): lists of other stories, "Back to News | Home".
   *
   * @param roots the elements holding the article
   * @param skip elements to leave out
   * @return the non-blank paragraphs, stripped
   */
  static List<String> paragraphs(List<Element> roots, Set<Element> skip) {
    return render(roots, skip, true);
  }

  private static List<String> render(List<Element> roots, Set<Element> skip, boolean dropLinks) {
    TextRenderer r = new TextRenderer(skip, dropLinks);
    for (Element root : roots) {
      r.element(root);
      r.flush();
    }
    return r.paragraphs;
  }

  /**
   * Renders one element's text on one line, links and all; its paragraphs are joined by a comma
   * ({@code "By Jane Roe, Political Editor"}) unless one already ends in punctuation.
   */
  static String inline(Element e, Set<Element> skip) {
    StringBuilder out = new StringBuilder();
    for (String p : render(List.of(e), skip, false)) {
      if (out.length() > 0) {
        char last = out.charAt(out.length() - 1);
        out.append(Character.isLetterOrDigit(last) ? ", " : " ");
      }
      out.append(p);
    }
    return out.toString();
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  private void node(Node n) {
    if (n instanceof TextNode t) {
      text(t.getWholeText());
    } else if (n instanceof Element e) {
      element(e);
    }
  }

  private void element(Element e) {
    if (skip.contains(e) || isDateOnly(e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      pendingBreaks++;
      return;
    }
    boolean block = isBlock(e);
    if (block) {
      flush();
    }
    if (tag.equals("pre")) {
      preDepth++;
    }
    boolean link = tag.equals("a");
    if (link) {
      linkDepth++;
    }
    boolean quote = tag.equals("q");
    if (quote) {
      append(quoteDepth % 2 == 0 ? "\u201C" : "\u2018");
      quoteDepth++;
    }
    for (Node child : e.childNodes()) {
      node(child);
    }
    if (quote) {
      quoteDepth--;
      append(quoteDepth % 2 == 0 ? "\u201D" : "\u2019");
    }
    if (tag.equals("pre")) {
      preDepth--;
    }
    if (link) {
      linkDepth--;
    }
    if (block) {
      flush();
    }
  }

  private void text(String raw) {
    String text = INVISIBLE.matcher(raw).replaceAll("");
    if (preDepth > 0) {
      String[] lines = text.split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          flush();
        }
        append(lines[i]);
      }
      return;
    }
    append(text);
  }

  private void append(String raw) {
    String text = SPACE.matcher(raw).replaceAll(" ");
    if (text.isBlank()) {
      if (!text.isEmpty() && current.length() > 0) {
        spaceIfNeeded();
      }
      return;
    }
    if (pendingBreaks >= 2) {
      flush();
    } else if (pendingBreaks == 1 && current.length() > 0) {
      spaceIfNeeded();
    }
    pendingBreaks = 0;
    if (text.charAt(0) == ' ') {
      spaceIfNeeded();
      text = text.substring(1);
    }
    current.append(text);
    if (linkDepth > 0) {
      linkChars += text.length();
    }
  }

  private void spaceIfNeeded() {
    if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
      current.append(' ');
    }
  }

  private void flush() {
    pendingBreaks = 0;
    String p = current.toString().strip();
    boolean links = dropLinkParagraphs && linkChars * 2 > p.length();
    current.setLength(0);
    linkChars = 0;
    if (!p.isEmpty() && !links) {
      paragraphs.add(p);
    }
  }

  /**
   * Whether {@code e} is a {@code <time>} or a date-named element that is all the text of its
   * block: a date line, not a date in a sentence.
   */
  private static boolean isDateOnly(Element e) {
    boolean date = e.normalName().equals("time") || ClassNames.isDate(ClassNames.of(e));
    if (!date) {
      return false;
    }
    String own = e.text().strip();
    if (own.length() > 150 || own.contains("\u201C") || own.contains("\"")) {
      return false;
    }
    if (isBlock(e)) {
      return true;
    }
    Element block = e.parent();
    while (block != null && !isBlock(block)) {
      block = block.parent();
    }
    return block == null || block.text().strip().equals(own);
  }
}

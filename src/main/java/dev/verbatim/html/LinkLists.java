package dev.verbatim.html;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes, inside the article's container, the blocks that are mostly links: lists of other
 * stories, tag lists, "Read more: ..." lines, jump links. Their text (often a headline with a
 * quotation in it) belongs to other pages. Stateless and thread-safe.
 */
final class LinkLists {
  private static final Set<String> BLOCKS = ImmutableSet.of(
      "ul", "ol", "dl", "table", "div", "section", "p", "li", "h2", "h3", "h4", "h5", "h6",
      "blockquote");

  private LinkLists() {}

  /** Removes the link blocks under {@code root} (not {@code root} itself). */
  static void remove(Element root) {
    List<Element> doomed = new ArrayList<>();
    collect(root, doomed);
    doomed.forEach(Element::remove);
  }

  private static void collect(Element e, List<Element> doomed) {
    for (Element child : e.children()) {
      if ((BLOCKS.contains(child.normalName()) || TextRenderer.isBlock(child))
          && !child.text().isBlank()
          && LinkDensity.of(child) > 0.5) {
        doomed.add(child);
      } else {
        collect(child, doomed);
      }
    }
  }
}

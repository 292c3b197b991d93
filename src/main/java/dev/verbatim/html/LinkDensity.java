package dev.verbatim.html;

import org.jsoup.nodes.Element;

/** The share of an element's text that is link text. Stateless and thread-safe. */
final class LinkDensity {
  private LinkDensity() {}

  /**
   * Returns the link text's share of {@code e}'s text, in [0, 1]; 0 for an element without text.
   * A link to a place on the same page ({@code href="#..."}) counts a third, as Readability does.
   */
  static double of(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    double links = 0;
    for (Element a : e.getElementsByTag("a")) {
      double weight = a.attr("href").startsWith("#") ? 0.3 : 1;
      links += a.text().length() * weight;
    }
    return Math.min(1, links / total);
  }
}

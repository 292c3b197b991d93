package dev.verbatim.html;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes what is never the article from a parsed page, in place: scripts, styles and JSON-LD,
 * hidden elements, navigation, asides, footers, figures with their captions and credits, forms and
 * embedded media; elements whose ARIA role is navigation, banner, complementary, contentinfo,
 * search or a dialog; and elements whose names ({@link ClassNames}) mark cookie and consent
 * banners, share bars, comments, "most read" and related lists, newsletter prompts, advertising,
 * captions and credits. An element that holds the headline or the marked article body is never
 * removed for its names (a site that calls its article container {@code "content--comment"} keeps
 * its article). Stateless and thread-safe.
 */
final class Boilerplate {
  /** Elements never part of the article's text. */
  private static final Set<String> DROPPED_TAGS = ImmutableSet.of(
      "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
      "video", "audio", "picture", "img", "source", "track", "map", "button", "input", "select",
      "option", "textarea", "label", "nav", "aside", "footer", "figure", "figcaption", "dialog",
      "menu", "link", "meta", "head", "title", "base");

  /** Elements dropped unless they hold article paragraphs (some sites wrap a page in a form). */
  private static final Set<String> DROPPED_UNLESS_ARTICLE = ImmutableSet.of("form", "header");

  private static final Set<String> DROPPED_ROLES = ImmutableSet.of(
      "navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alertdialog",
      "menu", "menubar", "toolbar", "tablist", "alert", "marquee");

  private static final Pattern HIDDEN_STYLE = Pattern.compile(
      "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

  private Boilerplate() {}

  /**
   * Removes boilerplate under {@code root}.
   *
   * @param root the page's body
   * @param keep elements never to remove for their names (the headline, the marked body)
   */
  static void strip(Element root, Set<Element> keep) {
    removeComments(root);
    List<Element> doomed = new ArrayList<>();
    Prose prose = new Prose(prose(root));
    collect(root, keep, prose, doomed);
    for (Element e : doomed) {
      e.remove();
    }
  }

  /** The page's prose: the characters of its paragraphs of at least 80 characters. */
  private record Prose(int total) {
    /** Whether {@code e} holds most of the page's prose (and the page has some). */
    boolean mostIn(Element e) {
      return total >= 400 && prose(e) * 2 >= total;
    }
  }

  private static void collect(Element e, Set<Element> keep, Prose prose, List<Element> doomed) {
    for (Element child : e.children()) {
      if (isBoilerplate(child, keep, prose)) {
        doomed.add(child);
      } else {
        collect(child, keep, prose, doomed);
      }
    }
  }

  /**
   * Whether {@code e} (and all it holds) is boilerplate. An element marked so by its names that
   * holds most of the page's prose is kept unless its names mark comments: a wrapper named after
   * the page's layout or a script hook must not take the article with it.
   */
  private static boolean isBoilerplate(Element e, Set<Element> keep, Prose prose) {
    String tag = e.normalName();
    if (DROPPED_TAGS.contains(tag)) {
      return true;
    }
    if (DROPPED_UNLESS_ARTICLE.contains(tag)) {
      return !holdsArticleParagraphs(e);
    }
    if (!isMarked(e) || holdsAny(e, keep)) {
      return false;
    }
    if (isHidden(e) || ClassNames.isComments(ClassNames.of(e))) {
      return true;
    }
    return !prose.mostIn(e);
  }

  private static int prose(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      int length = p.text().length();
      if (length >= 80) {
        n += length;
      }
    }
    return n;
  }

  /**
   * Whether {@code e} or an ancestor is boilerplate by its tag, role, names or hiding; a page
   * header counts as part of the article here, since the headline and byline live in it.
   */
  static boolean isInBoilerplate(Element e) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (DROPPED_TAGS.contains(a.normalName()) || isMarked(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} or an ancestor is dropped for its tag or is hidden. */
  static boolean isInDroppedTag(Element e) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (DROPPED_TAGS.contains(a.normalName()) || isHidden(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} is dropped for its tag, or hidden, or marked by its role or names. */
  static boolean isDropped(Element e) {
    return DROPPED_TAGS.contains(e.normalName()) || isMarked(e);
  }

  /** Whether {@code e} is hidden, or its role or names mark it as boilerplate. */
  private static boolean isMarked(Element e) {
    if (isHidden(e)) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
    return DROPPED_ROLES.contains(role) || ClassNames.isBoilerplate(ClassNames.of(e));
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  /** Whether {@code e} is or contains one of {@code targets}. */
  static boolean holdsAny(Element e, Set<Element> targets) {
    for (Element t : targets) {
      for (Element a = t; a != null; a = a.parent()) {
        if (a == e) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code e} holds at least two paragraphs of ordinary prose. */
  private static boolean holdsArticleParagraphs(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      if (p.text().length() >= 80 && ++n >= 2) {
        return true;
      }
    }
    return false;
  }

  private static void removeComments(Node node) {
    List<Node> comments = new ArrayList<>();
    node.forEachNode(n -> {
      if (n instanceof Comment) {
        comments.add(n);
      }
    });
    comments.forEach(Node::remove);
  }
}

package dev.verbatim.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What a page says about its article, read from the whole page before boilerplate is removed: the
 * visible headline, standfirst and byline elements, and the headline, byline, publication date and
 * canonical URL, from the visible page first and then from JSON-LD and {@code <meta>} tags. Not
 * thread-safe (it holds elements of one page).
 */
final class PageFacts {
  private static final Pattern BY = Pattern.compile("^(?:by|words by|written by|from)\\s*:?\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\u2013\u2014:\u00B7\u2022]|-|::)\\s+");
  private static final Pattern LOGO = Pattern.compile("(?<![a-z])(?:logo|brand|site-?title|site-?name|masthead)");
  /** A paragraph this long is body text: a standfirst or byline comes before the second one. */
  private static final int BODY_PARAGRAPH = 150;

  final Element headline;
  final Element standfirst;
  final Element byline;
  final String title;
  final String bylineName;
  final String published;
  final String url;

  private PageFacts(Document page, String baseUri) {
    JsonLd ld = JsonLd.read(page);
    String metaTitle = first(ld.headline(), meta(page, "og:title"), meta(page, "twitter:title"),
        siteless(page.title()));
    List<Element> order = page.body().getAllElements();
    this.headline = findHeadline(page, metaTitle);
    this.standfirst = headline == null ? null : findStandfirst(order, headline);
    this.byline = findByline(order, headline);
    this.title = first(headline == null ? null : line(headline, false), metaTitle);
    String visibleByline = byline == null ? null : BY.matcher(bylineLine()).replaceFirst("");
    this.bylineName = first(visibleByline, ld.authors().isEmpty() ? null
        : String.join(", ", ld.authors()), meta(page, "author"), meta(page, "article:author"));
    this.published = first(ld.published(), meta(page, "article:published_time"),
        meta(page, "og:published_time"), meta(page, "datePublished"), meta(page, "date"),
        meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "dc.date"),
        meta(page, "dc.date.issued"), meta(page, "parsely-pub-date"), visibleDate(page));
    // Without a base URI, an absolute og:url is the base a relative canonical link resolves on.
    String ogUrl = meta(page, "og:url");
    String base = !baseUri.isEmpty() || ogUrl == null || !ogUrl.matches("(?i)https?://.*")
        ? baseUri : ogUrl;
    this.url = first(resolve(attr(page.selectFirst("link[rel=canonical]"), "href"), base),
        resolve(ogUrl, base), resolve(ld.url(), base), baseUri);
  }

  /**
   * Reads the facts of a page.
   *
   * @param page the parsed page, intact
   * @param baseUri the page's address, or empty
   * @return its facts
   */
  static PageFacts read(Document page, String baseUri) {
    return new PageFacts(page, baseUri);
  }

  /** The visible lines that come before the body, in page order: headline, standfirst, byline. */
  List<Element> headerElements() {
    List<Element> out = new ArrayList<>();
    for (Element e : new Element[] {headline, standfirst, byline}) {
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** The byline as the page shows it, without the dates written beside it. */
  String bylineLine() {
    return byline == null ? "" : line(byline, true);
  }

  /**
   * Renders a headline, standfirst or byline element on one line, without its hidden parts and
   * boilerplate (read from the page before that is removed), and without dates when asked.
   */
  static String line(Element e, boolean withoutDates) {
    Set<Element> skip = HtmlExtractor.identitySet();
    for (Element d : e.getAllElements()) {
      if (d != e && (Boilerplate.isDropped(d) || withoutDates && (d.normalName().equals("time")
          || ClassNames.isDate(ClassNames.of(d))))) {
        skip.add(d);
      }
    }
    return TextRenderer.inline(e, skip);
  }

  // ---- headline ----

  private static Element findHeadline(Document page, String metaTitle) {
    List<Element> candidates = new ArrayList<>();
    for (Element h1 : page.body().getElementsByTag("h1")) {
      if (h1.text().strip().length() >= 3 && !Boilerplate.isInBoilerplate(h1) && !isLogo(h1)) {
        candidates.add(h1);
      }
    }
    if (candidates.isEmpty()) {
      // A site may give its article container a name that reads as boilerplate
      // ("content--type-comment"); its headline still counts, unless a tag or hiding rules it out.
      for (Element h1 : page.body().getElementsByTag("h1")) {
        if (h1.text().strip().length() >= 3 && !Boilerplate.isInDroppedTag(h1) && !isLogo(h1)) {
          candidates.add(h1);
        }
      }
    }
    if (candidates.isEmpty()) {
      for (Element e : page.body().select("[itemprop=headline], .headline, .entry-title, "
          + ".article-title, .story-title, .post-title")) {
        if (e.text().strip().length() >= 3 && !Boilerplate.isInBoilerplate(e)) {
          candidates.add(e);
          break;
        }
      }
    }
    if (metaTitle != null) {
      String wanted = fold(metaTitle);
      for (Element c : candidates) {
        String text = fold(c.text());
        if (!text.isEmpty() && (wanted.contains(text) || text.contains(wanted))) {
          return c;
        }
      }
    }
    for (Element c : candidates) {
      if (!c.parents().select("article, main, [role=main]").isEmpty()) {
        return c;
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  private static boolean isLogo(Element e) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      if (LOGO.matcher(ClassNames.of(a)).find()) {
        return true;
      }
    }
    return false;
  }

  // ---- standfirst and byline ----

  private static Element findStandfirst(List<Element> order, Element headline) {
    int start = order.indexOf(headline);
    for (int i = start + 1; i < order.size(); i++) {
      Element e = order.get(i);
      if (e.normalName().equals("p") && e.text().length() >= BODY_PARAGRAPH) {
        return null;
      }
      if (ClassNames.isStandfirst(ClassNames.of(e)) && fitsStandfirst(e)) {
        return e;
      }
    }
    return null;
  }

  private static boolean fitsStandfirst(Element e) {
    int length = e.text().strip().length();
    return length >= 20 && length <= 500 && !Boilerplate.isInBoilerplate(e)
        && e.getElementsByTag("p").size() <= 1 && e.getElementsByTag("h1").isEmpty();
  }

  private static Element findByline(List<Element> order, Element headline) {
    int start = headline == null ? 0 : order.indexOf(headline);
    Element before = null;
    for (int i = 0; i < start; i++) {
      if (before != null && Boilerplate.holdsAny(before, Set.of(order.get(i)))) {
        continue;   // inside the byline found: the outer element is the line
      }
      Element e = bylineAt(order.get(i));
      if (e != null) {
        before = e;
      }
    }
    int longParagraphs = 0;
    for (int i = start; i < order.size(); i++) {
      Element e = order.get(i);
      if (e.normalName().equals("p") && e.text().length() >= BODY_PARAGRAPH
          && ++longParagraphs >= 2) {
        break;
      }
      Element b = bylineAt(e);
      if (b != null) {
        return b;
      }
    }
    return before;
  }

  /** The byline line that {@code e} marks, if it marks one. */
  private static Element bylineAt(Element e) {
    boolean marked = ClassNames.isByline(ClassNames.of(e)) || e.attr("rel").equals("author")
        || e.attr("itemprop").equals("author");
    if (!marked || Boilerplate.isInBoilerplate(e)) {
      return null;
    }
    Element line = e;
    while (!TextRenderer.isBlock(line) && line.parent() != null
        && line.parent().text().length() <= 150 && !line.parent().normalName().equals("body")
        && !holdsDate(line.parent())) {
      line = line.parent();
    }
    int length = line(line, true).length();
    return length >= 3 && length <= 150 && line.getElementsByTag("h1").isEmpty() ? line : null;
  }

  /** Whether {@code e} is or holds a date: the line around a byline may be the date line. */
  private static boolean holdsDate(Element e) {
    for (Element d : e.getAllElements()) {
      if (d.normalName().equals("time") || ClassNames.isDate(ClassNames.of(d))) {
        return true;
      }
    }
    return false;
  }

  // ---- dates, URLs, meta tags ----

  private static String visibleDate(Document page) {
    for (Element time : page.body().select("time[datetime], [itemprop=datePublished]")) {
      if (Boilerplate.isInBoilerplate(time)) {
        continue;
      }
      String value = first(time.attr("datetime"), time.attr("content"), time.text());
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String meta(Document page, String name) {
    Elements found = page.select("meta[property=\"" + name + "\"], meta[name=\"" + name
        + "\"], meta[itemprop=\"" + name + "\"]");
    for (Element m : found) {
      String content = m.attr("content").strip();
      if (!content.isEmpty()) {
        return content.replaceAll("\\s+", " ");
      }
    }
    return null;
  }

  private static String attr(Element e, String attribute) {
    return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
  }

  /** {@code url} resolved against {@code base}; as it is when either is missing or malformed. */
  private static String resolve(String url, String base) {
    if (url == null || base.isEmpty()) {
      return url;
    }
    try {
      return java.net.URI.create(base).resolve(url).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** The {@code <title>} without the site name: its longest part between separators. */
  private static String siteless(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String best = "";
    for (String part : TITLE_SEPARATOR.split(title.strip())) {
      if (part.strip().length() > best.length()) {
        best = part.strip();
      }
    }
    return best;
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}

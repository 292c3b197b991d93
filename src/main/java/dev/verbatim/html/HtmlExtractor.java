package dev.verbatim.html;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from a news web page: its headline, standfirst, byline and body paragraphs
 * as plain text, and its headline, byline, publication date and canonical URL as metadata.
 *
 * <p>What is kept: the visible headline ({@code <h1>}), a standfirst marked as such, the byline
 * line, and the paragraphs of the element that holds the most prose ({@link ContentFinder}), with
 * paragraph breaks from block elements and from two or more {@code <br>} in a row. What is
 * dropped ({@link Boilerplate}): scripts, styles and JSON-LD, navigation, cookie and consent
 * banners, share bars, related and "most read" lists, newsletter prompts, advertising, figures
 * with their captions and photo credits, comment sections, footers, hidden elements; inside the
 * article, lists and blocks that are mostly links ("Read more: ..."), date lines and lines such
 * as "Advertisement". JSON-LD and {@code <meta>} tags may still supply the headline, byline, date
 * and URL.
 *
 * <p>The text is one paragraph a line with a blank line between paragraphs, the layout Verbatim's
 * pipeline reads (a line break ends a paragraph).
 *
 * <p>Stateless and thread-safe. Messy HTML never throws: jsoup parses it as a browser would.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * ExtractedPage page = HtmlExtractor.extract(html, "https://news.example/2026/03/story");
 * System.out.println(page.title().orElse("(no headline)"));
 * ExtractionResult result = extractor.extract(page.text());   // offsets index page.text()
 * }</pre>
 *
 * @since 0.2.0
 */
public final class HtmlExtractor {
  private static final Pattern FURNITURE_LINE = Pattern.compile(
      "(?i)(?:advertisement|advert|sponsored(?: content)?|share(?: this(?: article| story| page)?)?"
          + "|copy link|listen to (?:this )?(?:article|story)|continue reading|read more"
          + "|story continues below(?: advertisement)?|skip advert(?:isement)?"
          + "|scroll to continue(?: with content)?|image|photograph|video|getty images)\\W*");

  private HtmlExtractor() {}

  /**
   * Extracts the article from an HTML page.
   *
   * @param html the page's HTML
   * @param baseUri the page's address, against which relative links resolve; empty if unknown
   * @return the article text and facts
   * @throws NullPointerException if an argument is null
   */
  public static ExtractedPage extract(String html, String baseUri) {
    checkNotNull(html, "html");
    checkNotNull(baseUri, "baseUri");
    return extract(Jsoup.parse(html, baseUri));
  }

  /**
   * Extracts the article from HTML bytes, decoded with {@code charset} or, when that is null, by
   * the page's byte-order mark or {@code <meta charset>}, else as UTF-8.
   *
   * @param in the page's bytes; read to the end, not closed
   * @param charset the character set (from an HTTP {@code Content-Type}), or null to detect it
   * @param baseUri the page's address, or empty
   * @return the article text and facts
   * @throws IOException if reading fails
   * @throws NullPointerException if {@code in} or {@code baseUri} is null
   */
  public static ExtractedPage extract(InputStream in, String charset, String baseUri)
      throws IOException {
    checkNotNull(in, "in");
    checkNotNull(baseUri, "baseUri");
    return extract(Jsoup.parse(in, charset, baseUri));
  }

  /**
   * Extracts the article from a parsed page. The document is modified (boilerplate is removed).
   *
   * @param page the page; its base URI resolves relative links
   * @return the article text and facts
   */
  public static ExtractedPage extract(Document page) {
    checkNotNull(page, "page");
    PageFacts facts = PageFacts.read(page, page.location());
    Set<Element> keep = identitySet();
    if (facts.headline != null) {
      keep.add(facts.headline);
    }
    keep.addAll(page.body().select("[itemprop=articleBody]"));
    List<String> header = headerLines(facts);
    Boilerplate.strip(page.body(), keep);

    List<Element> roots = ContentFinder.find(page.body());
    roots.forEach(LinkLists::remove);
    Set<Element> skip = identitySet();
    skip.addAll(facts.headerElements());
    skip.addAll(page.body().getElementsByTag("header"));

    List<String> lines = new ArrayList<>(header);
    for (String p : TextRenderer.paragraphs(roots, skip)) {
      if (!FURNITURE_LINE.matcher(p).matches() && !lines.contains(p)) {
        lines.add(p);
      }
    }
    return ExtractedPage.of(String.join("\n\n", lines), facts.title, facts.bylineName,
        facts.published, facts.url);
  }

  /** The headline, standfirst and byline lines, in page order; the headline always first. */
  private static List<String> headerLines(PageFacts facts) {
    List<String> out = new ArrayList<>();
    if (facts.title != null) {
      out.add(facts.title);
    }
    for (Element e : facts.headerElements()) {
      if (e != facts.headline) {
        String line = e == facts.byline ? facts.bylineLine() : PageFacts.line(e, false);
        if (!line.isEmpty() && !out.contains(line)) {
          out.add(line);
        }
      }
    }
    return out;
  }

  /** A set of elements by identity (the page's elements, not equal-looking ones). */
  static Set<Element> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}

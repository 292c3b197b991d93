package dev.verbatim.html;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * The article of a web page as {@link HtmlExtractor} extracts it: its text (one paragraph a line,
 * paragraphs separated by a blank line; the headline, standfirst and byline first) and what the
 * page says about it.
 *
 * <p>Offsets of citations found in a page are UTF-16 indices into {@link #text()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * ExtractedPage page = HtmlExtractor.extract(html, "https://news.example/story");
 * page.title().ifPresent(t -> System.out.println("headline: " + t));
 * ExtractionResult result = extractor.extract(page.text());
 * }</pre>
 *
 * @since 0.2.0
 */
public final class ExtractedPage {
  private final String text;
  private final String title;
  private final String byline;
  private final String published;
  private final String url;

  private ExtractedPage(String text, String title, String byline, String published, String url) {
    this.text = checkNotNull(text, "text");
    this.title = blankToNull(title);
    this.byline = blankToNull(byline);
    this.published = blankToNull(published);
    this.url = blankToNull(url);
  }

  /**
   * Returns a page; blank optional fields count as absent.
   *
   * @param text the article text
   * @param title the headline, or null
   * @param byline the byline as written, without a leading "By", or null
   * @param published the publication date as the page gives it (ISO 8601 when it has one), or null
   * @param url the canonical URL, or null
   * @return the page
   * @throws NullPointerException if {@code text} is null
   */
  public static ExtractedPage of(
      String text, String title, String byline, String published, String url) {
    return new ExtractedPage(text, title, byline, published, url);
  }

  /**
   * Returns the article text: headline, standfirst, byline and body paragraphs, one a line, with a
   * blank line between them.
   *
   * @return the text, possibly empty
   */
  public String text() {
    return text;
  }

  /**
   * Returns the headline: the page's visible {@code <h1>}, else its JSON-LD or Open Graph headline,
   * else its {@code <title>} without the site name.
   *
   * @return the headline, if the page has one
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns the byline as the page shows it, without a leading "By" ({@code "Jane Roe, Political
   * Editor"}), else the authors its metadata names.
   *
   * @return the byline, if the page has one
   */
  public Optional<String> byline() {
    return Optional.ofNullable(byline);
  }

  /**
   * Returns the publication date as the page's metadata gives it, usually ISO 8601
   * ({@code "2026-03-14T09:30:00Z"}); else the text of a visible date.
   *
   * @return the date, if the page has one
   */
  public Optional<String> published() {
    return Optional.ofNullable(published);
  }

  /**
   * Returns the canonical URL ({@code <link rel="canonical">}, else {@code og:url} or JSON-LD),
   * resolved against the base URI; else the base URI itself when one was given.
   *
   * @return the URL, if known
   */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtractedPage p && text.equals(p.text) && Objects.equals(title, p.title)
        && Objects.equals(byline, p.byline) && Objects.equals(published, p.published)
        && Objects.equals(url, p.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, title, byline, published, url);
  }

  @Override
  public String toString() {
    return "ExtractedPage[title=" + title + ", byline=" + byline + ", published=" + published
        + ", url=" + url + ", text=" + text.length() + " chars]";
  }
}

package dev.verbatim.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's names say about it: its {@code class}, {@code id}, {@code itemprop} and the
 * {@code data-component}/{@code data-testid} attributes that many news sites use instead of
 * classes. Names are compared in lower case, with camelCase split at its humps
 * ({@code "articleShare"} reads as {@code "article-share"}), and a word must start at a name's
 * start or after a separator ({@code "nav"} matches {@code "site-nav"} and {@code "navbar"}, not
 * {@code "unavailable"}). Tokens that describe a layout rather than the element
 * ({@code "has-sidebar"}, {@code "no-comments"}) are ignored. Stateless and thread-safe.
 */
final class ClassNames {
  private static final String START = "(?<![a-z0-9])";

  /**
   * Boilerplate that is dropped wherever it is: consent and cookie banners, sharing tools,
   * comments, lists of other stories, newsletter and subscription prompts, advertising, captions
   * and credits, embedded social posts.
   */
  private static final Pattern ALWAYS_BOILERPLATE = Pattern.compile(START + "(?:"
      + "cookie|consent|gdpr|onetrust|cmp(?![a-z])|didomi|trustarc|truste(?![a-z])|usercentrics"
      + "|sp-message|privacy-(?:banner|notice|message|manager)"
      + "|share|sharing|social|sociable|follow-us|addthis"
      + "|comment(?!ary)|disqus|discussion|coral|respond|replies|reader-(?:comments|views)"
      + "|most-?(?:read|popular|viewed|shared|commented|watched)|popular|trending|top-stories"
      + "|related|recommend|read-?(?:more|next|also)|also-read|more-(?:stories|news|from|on|like|in)"
      + "|outbrain|taboola|recirc|you-may-like|dont-miss|editors-picks"
      + "|newsletter|subscribe|subscription|sign-?up|paywall|piano|promo"
      + "|advert|ads?(?![a-z])|adslot|dfp|sponsor"
      + "|caption|credit|photo-?credit|copyright|pull-?quote|quote-?(?:box|callout|card)"
      + "|key-?events|live-?(?:nav|filter)"
      + "|twitter-tweet|instagram-media|tiktok-embed|embed-social"
      + "|breadcrumb|skip-?link|sr-only|visually-hidden|screen-?reader"
      + "|modal|popup|overlay|toast|print-only"
      + ")");

  /**
   * Page furniture that is dropped unless the same element's names also say it is the article
   * ({@code "content-sidebar"} is kept, {@code "sidebar"} is not).
   */
  private static final Pattern LAYOUT_BOILERPLATE = Pattern.compile(START + "(?:"
      + "nav|menu|masthead|site-header|header-(?:bar|nav|top)|footer|sidebar|side-bar|rail"
      + "|widget|tags?(?![a-z])|tag-list|topics|keywords|author-?bio|about-the-author|bio-box"
      + "|pagination|pager|toolbar|banner|links-block|linkbox|teaser|card-list|more"
      + ")");

  /** Names of the article's container. */
  private static final Pattern CONTENT = Pattern.compile(START + "(?:"
      + "article|body|content|entry|hentry|main|post|text|story|blog|prose|paragraph|rich-?text"
      + ")");

  /** Names of a byline. */
  private static final Pattern BYLINE = Pattern.compile(START + "(?:"
      + "byline|by-line|author|writer|contributor|reporter"
      + ")");

  /** Names of a standfirst (the summary under the headline). */
  private static final Pattern STANDFIRST = Pattern.compile(START + "(?:"
      + "standfirst|dek|deck|sub-?headline|subtitle|strap(?:line)?|article-summary|lede|intro"
      + "|summary"
      + ")");

  /** Names of a block that holds the date or other facts about the article, not its text. */
  private static final Pattern DATE = Pattern.compile(START + "(?:"
      + "date|time|timestamp|published|updated|posted|meta(?![a-z])|article-meta|post-meta"
      + "|entry-meta|dateline"
      + ")");

  /**
   * Tokens that describe the page's layout or a script's hook or state, not the element that
   * carries them: {@code has-sidebar}, {@code js-share-enabled}, {@code sidebar-layout}.
   */
  private static final Pattern LAYOUT_TOKEN = Pattern.compile(
      "^(?:has|no|with|without|show|js|layout|template|page-template|single)-"
          + "|-(?:enabled|disabled|active|inactive|loaded|ready|layout|template)$");

  /** Names of a comment section. */
  private static final Pattern COMMENTS = Pattern.compile(START
      + "(?:comment(?!ary)|disqus|discussion|coral|respond|replies|reader-comments)");

  private ClassNames() {}

  /** Returns the element's names as one lower-case string of tokens separated by spaces. */
  static String of(Element e) {
    StringBuilder out = new StringBuilder();
    append(out, e.className());
    append(out, e.id());
    append(out, e.attr("itemprop"));
    append(out, e.attr("data-component"));
    append(out, e.attr("data-testid"));
    return out.toString();
  }

  private static void append(StringBuilder out, String names) {
    if (names.isEmpty()) {
      return;
    }
    for (String token : names.split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      String word = token.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-')
          .toLowerCase(Locale.ROOT);
      if (!LAYOUT_TOKEN.matcher(word).find()) {
        out.append(word).append(' ');
      }
    }
  }

  /**
   * Whether the names mark boilerplate to drop. Each token is read by its last word that says
   * something ({@code "article-share"} is a share bar, {@code "sidebar-content"} content); an
   * element is boilerplate when a token says so and, for page furniture such as sidebars and
   * tag lists, no other token says it is the article.
   */
  static boolean isBoilerplate(String names) {
    if (names.isEmpty()) {
      return false;
    }
    boolean always = false;
    boolean layout = false;
    boolean content = false;
    for (String token : names.split(" ")) {
      int a = lastMatch(ALWAYS_BOILERPLATE, token);
      int l = lastMatch(LAYOUT_BOILERPLATE, token);
      int c = lastMatch(CONTENT, token);
      if (a >= 0 && a >= c) {
        always = true;
      } else if (l >= 0 && l >= c) {
        layout = true;
      } else if (c >= 0) {
        content = true;
      }
    }
    return always || (layout && !content);
  }

  /** Whether the names say the element holds the article: +1, boilerplate: -1, else 0. */
  static int weight(String names) {
    if (names.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (CONTENT.matcher(names).find()) {
      w++;
    }
    if (ALWAYS_BOILERPLATE.matcher(names).find() || LAYOUT_BOILERPLATE.matcher(names).find()) {
      w--;
    }
    return w;
  }

  private static int lastMatch(Pattern pattern, String token) {
    Matcher m = pattern.matcher(token);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  /** Whether the names mark a comment section or a comment. */
  static boolean isComments(String names) {
    return COMMENTS.matcher(names).find();
  }

  static boolean isByline(String names) {
    return BYLINE.matcher(names).find() && !names.contains("author-bio")
        && !names.contains("about-the-author");
  }

  static boolean isStandfirst(String names) {
    return STANDFIRST.matcher(names).find();
  }

  static boolean isDate(String names) {
    return DATE.matcher(names).find();
  }
}

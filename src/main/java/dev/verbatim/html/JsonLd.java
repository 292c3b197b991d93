package dev.verbatim.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article facts a page states in JSON-LD ({@code <script type="application/ld+json">}): the
 * first object, at any depth (arrays, {@code @graph}), whose {@code @type} is an article type
 * ({@code NewsArticle}, {@code Article}, {@code BlogPosting}, {@code LiveBlogPosting}, ...).
 * Malformed JSON is skipped. Immutable.
 *
 * @param headline {@code headline} (or {@code name}), or null
 * @param published {@code datePublished} (or {@code dateCreated}), or null
 * @param authors the names in {@code author}, people and organisations
 * @param url {@code url}, or the {@code @id} of {@code mainEntityOfPage}, or null
 */
record JsonLd(String headline, String published, List<String> authors, String url) {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonParser.Feature.IGNORE_UNDEFINED)
      .build();

  private static final Set<String> ARTICLE_TYPES = ImmutableSet.of(
      "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle",
      "blogposting", "liveblogposting", "socialmediaposting", "report", "techarticle",
      "scholarlyarticle");

  static final JsonLd NONE = new JsonLd(null, null, List.of(), null);

  JsonLd {
    authors = List.copyOf(authors);
  }

  /** Reads the first article object in the page's JSON-LD, or {@link #NONE}. */
  static JsonLd read(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = MAPPER.readTree(script.data());
      } catch (Exception e) {   // any malformed JSON-LD is skipped, whatever Jackson throws
        continue;
      }
      JsonNode article = findArticle(root, 0);
      if (article != null) {
        return of(article);
      }
    }
    return NONE;
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 6) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticle(node.get("@type"))) {
      return node;
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(java.util.Locale.ROOT));
  }

  private static JsonLd of(JsonNode article) {
    String headline = text(article.get("headline"));
    if (headline == null) {
      headline = text(article.get("name"));
    }
    String published = text(article.get("datePublished"));
    if (published == null) {
      published = text(article.get("dateCreated"));
    }
    List<String> authors = new ArrayList<>();
    addNames(article.get("author"), authors);
    String url = text(article.get("url"));
    if (url == null) {
      JsonNode page = article.get("mainEntityOfPage");
      url = page != null && page.isObject() ? text(page.get("@id")) : text(page);
    }
    return new JsonLd(headline, published, authors, url);
  }

  private static void addNames(JsonNode author, List<String> out) {
    if (author == null) {
      return;
    }
    if (author.isArray()) {
      author.forEach(a -> addNames(a, out));
    } else if (author.isObject()) {
      String name = text(author.get("name"));
      if (name != null && !out.contains(name)) {
        out.add(name);
      }
    } else {
      String name = text(author);
      if (name != null && !name.startsWith("http") && !out.contains(name)) {
        out.add(name);
      }
    }
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return null;
    }
    String s = node.asText().strip().replaceAll("\\s+", " ");
    return s.isEmpty() ? null : s;
  }
}

package dev.verbatim.summary;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Gender;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who is quoted across a corpus: statement counts per speaker entity, per document, per site (the
 * URL's host) and per month, from the documents' {@link ExtractionResult}s.
 *
 * <p><b>Which speakers merge.</b> The speakers of different documents are one row when they have
 * the same kind and the same canonical name (compared after Unicode normalisation, with runs of
 * white space made one space and curly apostrophes straight; case counts). Nothing looser merges:
 * a surname alone ("Okafor") or a spelling variant in one article may be someone else in another,
 * and within an article the extractor has already merged what the article shows to be one person.
 * Anonymous sources and groups, and speakers whose name is a description rather than a name (it
 * begins with a lower-case letter: "the club", "a senior official"), never merge across documents:
 * "a senior official" in two articles is not one person. A merged row shows the alphabetically
 * first of its spellings; a merged person's gender is the one most of its documents show (a
 * document shows a gender when its speakers under the row show that one only), unknown on a tie.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * CorpusSummary.Builder b = CorpusSummary.builder();
 * b.add("a1", "https://example.com/news/1", "2025-03-02", extractor.extract(text1));
 * b.add("a2", extractor.extract(text2));
 * CorpusSummary summary = b.build();
 * for (SpeakerRow row : summary.speakers()) {
 *   System.out.println(row.speaker() + " " + row.statements());
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class CorpusSummary {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final ImmutableList<SpeakerRow> speakers;
  private final ImmutableList<DocumentRow> documents;
  private final ImmutableList<GroupRow> sites;
  private final ImmutableList<GroupRow> months;
  private final Counts total;

  private CorpusSummary(List<SpeakerRow> speakers, List<DocumentRow> documents,
      List<GroupRow> sites, List<GroupRow> months, Counts total) {
    this.speakers = ImmutableList.copyOf(speakers);
    this.documents = ImmutableList.copyOf(documents);
    this.sites = ImmutableList.copyOf(sites);
    this.months = ImmutableList.copyOf(months);
    this.total = total;
  }

  /**
   * Returns a builder with no documents.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns one row per speaker entity, most statements first (then most documents, then by name).
   * Statements without a speaker are in no row.
   *
   * @return the speaker rows
   */
  public List<SpeakerRow> speakers() {
    return speakers;
  }

  /**
   * Returns one row per document, in the order they were added.
   *
   * @return the document rows
   */
  public List<DocumentRow> documents() {
    return documents;
  }

  /**
   * Returns one row per site (the host of the documents' URLs, without {@code www.}), most
   * statements first. Documents without a URL are in no row.
   *
   * @return the site rows
   */
  public List<GroupRow> sites() {
    return sites;
  }

  /**
   * Returns one row per month ({@code 2025-03}) of the documents' publication dates, oldest first.
   * Documents without a date that begins with year and month are in no row.
   *
   * @return the month rows
   */
  public List<GroupRow> months() {
    return months;
  }

  /**
   * Returns the counts of the whole corpus.
   *
   * @return the sum of the document rows' counts
   */
  public Counts total() {
    return total;
  }

  /**
   * Returns the number of words in a text, as {@link Counts#words()} counts them.
   *
   * @param text a statement's text
   * @return the number of words
   */
  public static int words(String text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * Returns the site of a URL: its host in lower case without a leading {@code www.}.
   *
   * @param url a URL
   * @return the site, or empty when the URL has no host
   */
  public static Optional<String> site(String url) {
    try {
      String host = URI.create(url.trim()).getHost();
      if (host == null || host.isEmpty()) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the month of a publication date: its year and month ({@code 2025-03}) when the date
   * begins with them ({@code 2025-03-02}, {@code 2025-03-02T07:45:00Z}).
   *
   * @param published a publication date as given
   * @return the month, or empty when the date does not begin with year and month
   * @since 0.2.0
   */
  public static Optional<String> month(String published) {
    Matcher m = MONTH.matcher(published);
    return m.find() ? Optional.of(m.group(1) + "-" + m.group(2)) : Optional.empty();
  }

  /**
   * Collects documents one at a time. Not thread-safe.
   */
  public static final class Builder {
    private final Map<List<Object>, SpeakerTally> speakers = new LinkedHashMap<>();
    private final List<DocumentRow> documents = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a document without a URL or date.
     *
     * @param id the document id
     * @param result what was extracted from it
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder add(String id, ExtractionResult result) {
      return add(id, null, null, result);
    }

    /**
     * Adds a document.
     *
     * @param id the document id
     * @param url the page's URL, or null; when null and the id is an {@code http} or
     *     {@code https} URL (as WARC records' ids are), the id
     * @param published the publication date as given (ISO 8601 gives the month), or null
     * @param result what was extracted from it
     * @return this builder
     * @throws NullPointerException if the id or the result is null
     */
    public Builder add(String id, String url, String published, ExtractionResult result) {
      checkNotNull(id, "id");
      checkNotNull(result, "result");
      if (url == null && (id.startsWith("http://") || id.startsWith("https://"))) {
        url = id;
      }
      int index = documents.size();
      Tally counts = new Tally();
      Set<String> speakerIds = new HashSet<>();
      for (Citation c : result.citations()) {
        counts.add(c);
        c.speaker().ifPresent(s -> {
          speakerIds.add(s.id());
          speakers.computeIfAbsent(key(s, index), k -> new SpeakerTally(s)).add(c, index);
        });
      }
      documents.add(new DocumentRow(id, Optional.ofNullable(url),
          url == null ? Optional.empty() : site(url), Optional.ofNullable(published),
          speakerIds.size(), counts.build()));
      return this;
    }

    /**
     * Returns the summary of the documents added so far.
     *
     * @return the summary
     */
    public CorpusSummary build() {
      List<SpeakerRow> rows = new ArrayList<>();
      speakers.values().forEach(t -> rows.add(t.row()));
      rows.sort(Comparator.comparingInt(SpeakerRow::statements).reversed()
          .thenComparing(Comparator.comparingInt(SpeakerRow::documents).reversed())
          .thenComparing(r -> r.speaker().toLowerCase(Locale.ROOT))
          .thenComparing(SpeakerRow::speaker).thenComparing(SpeakerRow::kind));
      Map<String, GroupRow> sites = new TreeMap<>();
      Map<String, GroupRow> months = new TreeMap<>();
      Counts total = Counts.NONE;
      for (DocumentRow d : documents) {
        total = total.plus(d.counts());
        d.site().ifPresent(s -> sites.merge(s, new GroupRow(s, 1, d.counts()), Builder::sum));
        d.published().flatMap(CorpusSummary::month).ifPresent(month ->
            months.merge(month, new GroupRow(month, 1, d.counts()), Builder::sum));
      }
      List<GroupRow> siteRows = new ArrayList<>(sites.values());
      siteRows.sort(Comparator.comparingInt((GroupRow g) -> g.counts().statements()).reversed());
      return new CorpusSummary(rows, documents, siteRows, new ArrayList<>(months.values()), total);
    }

    private static GroupRow sum(GroupRow a, GroupRow b) {
      return new GroupRow(a.key(), a.documents() + b.documents(), a.counts().plus(b.counts()));
    }

    /** The merge key: kind and name, and the document too for speakers that never merge. */
    private static List<Object> key(Speaker s, int document) {
      return List.of(mergeKey(s.kind(), s.name(), String.valueOf(document)));
    }
  }

  /**
   * Returns the key under which a speaker's statements are counted: speakers of different
   * documents with equal keys are one row. The key holds the kind and the normalised name, and
   * for speakers that never merge across documents (anonymous sources, groups, names that begin
   * with a lower-case letter) the document too.
   *
   * @param kind the speaker's kind
   * @param name the speaker's canonical name
   * @param document the document's id, or any string unique to the document
   * @return the key
   */
  public static String mergeKey(SpeakerKind kind, String name, String document) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFC).replace('’', '\'');
    n = SPACES.matcher(n.strip()).replaceAll(" ");
    boolean merges = kind != SpeakerKind.ANONYMOUS && kind != SpeakerKind.GROUP
        && !startsLowerCase(n);
    return kind.name() + '\u0000' + n + (merges ? "" : '\u0000' + document);
  }

  private static boolean startsLowerCase(String name) {
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (Character.isLetter(ch)) {
        return Character.isLowerCase(ch);
      }
    }
    return false;
  }

  /** Counts of one document while they are added up. */
  private static final class Tally {
    private final int[] byType = new int[3];
    private final int[] bySource = new int[8];
    private long words;

    void add(Citation c) {
      byType[c.type().ordinal()]++;
      words += words(c.text());
      bySource[source(c.speaker().orElse(null))]++;
    }

    /** 0 female, 1 male, 2 unknown, 3 organisation, 4 outlet, 5 anonymous, 6 group, 7 none. */
    private static int source(Speaker s) {
      if (s == null) {
        return 7;
      }
      return switch (s.kind()) {
        case PERSON -> switch (s.gender().orElse(Gender.UNKNOWN)) {
          case FEMALE -> 0;
          case MALE -> 1;
          case UNKNOWN -> 2;
        };
        case ORGANIZATION -> 3;
        case MEDIA_OUTLET -> 4;
        case ANONYMOUS -> 5;
        case GROUP -> 6;
      };
    }

    Counts build() {
      return new Counts(byType[0] + byType[1] + byType[2], byType[0], byType[1], byType[2], words,
          bySource[0], bySource[1], bySource[2], bySource[3], bySource[4], bySource[5],
          bySource[6], bySource[7]);
    }
  }

  /** One speaker entity across documents while it is added up. */
  private static final class SpeakerTally {
    private final SpeakerKind kind;
    private String name;
    private final int[] byType = new int[3];
    private long words;
    private int documents;
    private int femaleDocuments;
    private int maleDocuments;
    private int lastDocument = -1;
    /** The known genders of this document's speakers under this key. */
    private boolean female;
    private boolean male;

    SpeakerTally(Speaker first) {
      this.name = first.name();
      this.kind = first.kind();
    }

    void add(Citation c, int document) {
      if (document != lastDocument) {
        closeDocument();
        lastDocument = document;
        documents++;
      }
      byType[c.type().ordinal()]++;
      words += words(c.text());
      Speaker s = c.speaker().orElseThrow();
      if (s.name().compareTo(name) < 0) {
        name = s.name();   // the same spelling whatever the order of the documents
      }
      Gender g = s.gender().orElse(Gender.UNKNOWN);
      female |= g == Gender.FEMALE;
      male |= g == Gender.MALE;
    }

    /**
     * Counts the last document's vote: a document votes for a gender when its speakers under this
     * key show that one only.
     */
    private void closeDocument() {
      femaleDocuments += female && !male ? 1 : 0;
      maleDocuments += male && !female ? 1 : 0;
      female = false;
      male = false;
    }

    SpeakerRow row() {
      int f = femaleDocuments + (female && !male ? 1 : 0);   // the document still open
      int m = maleDocuments + (male && !female ? 1 : 0);
      Optional<Gender> gender = kind != SpeakerKind.PERSON ? Optional.empty()
          : Optional.of(f > m ? Gender.FEMALE : m > f ? Gender.MALE : Gender.UNKNOWN);
      return new SpeakerRow(name, kind, gender, documents, byType[0] + byType[1] + byType[2],
          byType[0], byType[1], byType[2], words);
    }
  }
}

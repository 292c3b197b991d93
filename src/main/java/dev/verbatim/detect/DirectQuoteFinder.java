package dev.verbatim.detect;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which quotations are statements and finds the cue beside each one. Each quotation that
 * reported speech did not claim is offered to the quotation rules in order, and the first to find
 * a statement wins: a reporting verb after it ({@link CueAfterRule}: "“...,” said Lopez", "“...”
 * Lopez said."), a speaker label before it ({@link SpeakerLabelRule}: "Lopez: “...”"), a reporting
 * verb before it ({@link CueBeforeRule}: "Lopez said: “...”"), else its reading like speech
 * ({@link UncuedQuotationRule}). Scare quotes, titles and nicknames are dropped. Rules switched
 * off are skipped. Stateless; thread-safe.
 */
public final class DirectQuoteFinder {
  /** Runs of white space. */
  static final Pattern SPACES = Pattern.compile("\\s+");
  /** A word that ends in a full stop, question or exclamation mark, or comma. */
  private static final Pattern ENDS_IN_PUNCTUATION = Pattern.compile(".*[.!?,]$");
  static final ImmutableSet<String> TITLE_CUES = ImmutableSet.of(
      "so-called", "dubbed", "titled", "entitled", "nicknamed", "called", "named", "known", "film",
      "book", "novel", "album", "song", "report", "series", "show", "play", "documentary", "headline",
      "slogan", "motto", "hashtag", "term", "word", "phrase", "label", "exhibition", "opera", "poem",
      "programme", "program", "campaign", "initiative", "operation", "brand", "line", "lines", "verse",
      "lyric", "lyrics", "caption", "inscription", "banner", "placard", "sticker", "title", "chant");

  /** Short words left in lower case inside titles. */
  private static final ImmutableSet<String> TITLE_SMALL_WORDS = ImmutableSet.of(
      "and", "of", "the", "a", "an", "in", "on", "at", "for", "to", "with", "or", "from", "by");

  private final ImmutableList<QuotationRule> rules;

  /**
   * Creates a finder with every rule on; it holds no per-document state.
   *
   * @param mentions builds speaker mentions
   */
  public DirectQuoteFinder(MentionBuilder mentions) {
    this(mentions, Set.of());
  }

  /**
   * Creates a finder; it holds no per-document state.
   *
   * @param mentions builds speaker mentions
   * @param disabled detection rules switched off: they are not tried
   */
  public DirectQuoteFinder(MentionBuilder mentions, Set<DetectionRule> disabled) {
    List<QuotationRule> all = List.of(new CueAfterRule(mentions), new SpeakerLabelRule(mentions),
        new CueBeforeRule(mentions), new UncuedQuotationRule());
    this.rules = all.stream().filter(r -> !disabled.contains(r.id())).collect(ImmutableList.toImmutableList());
  }

  /**
   * @param doc the analysed text
   * @param quotes the outermost quotations
   * @param known direct statements already found by reported-speech detection, per quotation
   * @param absorbed quotations that are part of mixed statements
   * @param maxQuoteLength longest quotation reported
   * @return the direct statements with the speakers read beside them, in document order
   */
  public List<Detected> find(AnalyzedText doc, DocumentQuotes quotes, Detected[] known,
      boolean[] absorbed, int maxQuoteLength) {
    List<Detected> out = new ArrayList<>();
    for (int q = 0; q < quotes.outer().size(); q++) {
      QuotedSpan quote = quotes.outer().get(q);
      if (absorbed[q] || quote.content().isEmpty() || quote.content().length() > maxQuoteLength) {
        continue;
      }
      if (isNameInAPhrase(doc, quote)) {
        continue;
      }
      if (known[q] != null) {
        out.add(known[q]);
        continue;
      }
      if (isNickname(doc, quote)) {
        continue;
      }
      for (QuotationRule rule : rules) {
        Detected st = rule.find(doc, quotes, q);
        if (st != null) {
          out.add(st);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether the tokens [first, colon] are a topic label before a quotation, as in a list of
   * answers: "On Coyle: “...”", "On his future: “...”" (a preposition, at most five words, no
   * verb, then the colon). The quotation's speaker is whoever gives the answers, not the topic.
   *
   * @param doc the document
   * @param first the label's first token
   * @param colon the colon's token
   * @return true for a topic label
   */
  public static boolean isTopicLabel(AnalyzedText doc, int first, int colon) {
    if (colon <= first || colon - first > 6 || !doc.token(colon).text().equals(":")) {
      return false;
    }
    String pos = doc.token(first).pos();
    if (!pos.equals("IN") && !pos.equals("TO")) {
      return false;
    }
    for (int i = first; i < colon; i++) {
      if (doc.token(i).isVerb()) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of naming, in any form ("call", "calling", "called"), whose quoted object is a name. */
  private static final ImmutableSet<String> NAMING_LEMMAS = ImmutableSet.of("call", "name", "dub", "title", "nickname", "label");

  /**
   * "a £7 “Fast Lane” security service", "their 2021 debut, “Tidewrack”, was", "ran on the slogan
   * “Not One More Year,”", "started calling “Lockout Saturday.”": up to five words in title case
   * (a comma or full stop at the end aside) inside a sentence, after a word that makes them part
   * of a noun phrase (a determiner, adjective, number, possessive, a word such as "slogan", a verb
   * of naming) or in apposition between commas after a noun, are a name, not speech.
   */
  static boolean isNameInAPhrase(AnalyzedText doc, QuotedSpan quote) {
    String content = quote.content().in(doc.text()).trim();
    String stripped = content.endsWith(",") || content.endsWith(".") ? content.substring(0, content.length() - 1).trim() : content;
    if (stripped.isEmpty() || !quote.closed()) {
      return false;
    }
    String[] words = SPACES.split(stripped);
    if (words.length > 5 || !titleCase(words)) {
      return false;
    }
    int open = doc.tokenAtOrAfter(quote.open());
    int before = open - 1;
    if (before < 0 || open >= doc.tokens().size() || doc.token(before).sentence() != doc.token(open).sentence()) {
      return false;   // "“Glamping,” she says": a quotation opening its sentence may be speech
    }
    Token b = doc.token(before);
    String w = b.text().toLowerCase(java.util.Locale.ROOT);
    if (w.equals(",")) {
      int after = doc.tokenAtOrAfter(quote.outer().end());
      return before >= 1 && doc.token(before - 1).isNoun() && !doc.token(before - 1).ner().equals("PERSON")
          && after < doc.tokens().size() && doc.token(after).sentence() == b.sentence()
          && doc.token(after).text().equals(",");
    }
    String pos = b.pos();
    return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("POS") || pos.equals("PRP$")
        || TITLE_CUES.contains(w) || b.isVerb() && NAMING_LEMMAS.contains(b.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** "Kenny “Bulldog” Blunt": a quotation between two parts of a name is a nickname. */
  private static boolean isNickname(AnalyzedText doc, QuotedSpan quote) {
    int before = doc.tokenAtOrAfter(quote.open()) - 1;
    int after = doc.tokenAtOrAfter(quote.outer().end());
    return before >= 0 && after < doc.tokens().size() && quote.closed()
        && doc.token(before).isProperNoun() && doc.token(after).isProperNoun()
        && doc.token(before).sentence() == doc.token(after).sentence()
        && quote.content().length() <= 30;
  }

  /**
   * Up to six words, capitalised but for at most one (the short words of titles, "and", "of",
   * "the", ..., not counted), without end punctuation: "Curlews and Cotton Grass".
   */
  static boolean titleCase(String[] words) {
    int capital = 0;
    int counted = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0 && TITLE_SMALL_WORDS.contains(w)) {
        continue;
      }
      counted++;
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        capital++;
      }
    }
    return words.length <= 6 && capital >= counted - 1 && capital * 10 >= counted * 7
        && !ENDS_IN_PUNCTUATION.matcher(words[words.length - 1]).matches();
  }
}

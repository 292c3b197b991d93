package dev.verbatim.detect;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which quotations are statements and finds the cue beside each one: a reporting verb in
 * the words around the quotation in its own sentence ("“...,” said Lopez", "Lopez said: “...”",
 * "“...,” she said, “...”"), or in a short attribution sentence right after it ("“...” Lopez
 * said."). Quotations without a cue are statements only when they read like speech (a sentence
 * or more); scare quotes, titles and nicknames are dropped. Stateless; thread-safe.
 */
public final class DirectQuoteFinder {
  /** Runs of white space. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** A word that ends in a full stop, question or exclamation mark, or comma. */
  private static final Pattern ENDS_IN_PUNCTUATION = Pattern.compile(".*[.!?,]$");
  private static final ImmutableSet<String> TITLE_CUES = ImmutableSet.of(
      "so-called", "dubbed", "titled", "entitled", "nicknamed", "called", "named", "known", "film",
      "book", "novel", "album", "song", "report", "series", "show", "play", "documentary", "headline",
      "slogan", "motto", "hashtag", "term", "word", "phrase", "label", "exhibition", "opera", "poem",
      "programme", "program", "campaign", "initiative", "operation", "brand", "line", "lines", "verse",
      "lyric", "lyrics", "caption", "inscription", "banner", "placard", "sticker", "title", "chant");

  /** Short words left in lower case inside titles. */
  private static final ImmutableSet<String> TITLE_SMALL_WORDS = ImmutableSet.of(
      "and", "of", "the", "a", "an", "in", "on", "at", "for", "to", "with", "or", "from", "by");

  private final MentionBuilder mentions;

  /**
   * Creates a finder; it holds no per-document state.
   *
   * @param mentions builds speaker mentions
   */
  public DirectQuoteFinder(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  /**
   * @param doc the analysed text
   * @param quotes the outermost quotations
   * @param known direct statements already found by reported-speech detection, per quotation
   * @param absorbed quotations that are part of mixed statements
   * @param maxQuoteLength longest quotation reported
   * @return the direct statements, in document order
   */
  public List<Statement> find(AnalyzedText doc, DocumentQuotes quotes, Statement[] known,
      boolean[] absorbed, int maxQuoteLength) {
    List<Statement> out = new ArrayList<>();
    for (int q = 0; q < quotes.outer().size(); q++) {
      QuotedSpan quote = quotes.outer().get(q);
      if (absorbed[q] || quote.content().isEmpty() || quote.content().length() > maxQuoteLength) {
        continue;
      }
      if (known[q] != null) {
        out.add(known[q]);
        continue;
      }
      if (isNickname(doc, quote)) {
        continue;
      }
      Statement st = new Statement(quote.content(), QuoteType.DIRECT, quote);
      boolean cued = findAdjacentCue(doc, quotes, q, st);
      if (cued || readsLikeSpeech(doc, quote)) {
        out.add(st);
      }
    }
    return out;
  }

  private boolean findAdjacentCue(AnalyzedText doc, DocumentQuotes quotes, int q, Statement st) {
    QuotedSpan quote = quotes.outer().get(q);
    int afterClose = doc.tokenAtOrAfter(quote.outer().end());
    // Words after the closing mark, in the same sentence, up to the next quotation.
    if (afterClose < doc.tokens().size() && quote.closed()) {
      Sentence s = doc.sentenceOf(doc.token(Math.max(0, afterClose - 1)));
      if (doc.token(afterClose).sentence() == s.index()) {
        if (cueIn(doc, quotes, afterClose, s.endToken(), st, "adjacent-cue-after")) {
          return true;
        }
      } else if (doc.token(afterClose).sentence() == s.index() + 1) {
        Sentence next = doc.sentences().get(s.index() + 1);
        if (next.paragraph() == s.paragraph() && next.size() <= 14
            && cueIn(doc, quotes, next.firstToken(), next.endToken(), st, "adjacent-cue-after")) {
          return true;
        }
      }
    }
    // Words before the opening mark, in the same sentence, back to the previous quotation.
    int openToken = doc.tokenAtOrAfter(quote.open());
    if (speakerLabel(doc, quotes, openToken, st)) {
      return true;
    }
    if (openToken < doc.tokens().size()) {
      Sentence s = doc.sentenceOf(doc.token(openToken));
      int from = s.firstToken();
      for (int i = openToken - 1; i >= s.firstToken(); i--) {
        if (quotes.inQuote(i)) {
          from = i + 1;
          break;
        }
      }
      if (from < openToken && !insidePhrase(doc, openToken - 1) && !titleAfterVerb(doc, quote, openToken)
          && cueIn(doc, quotes, from, openToken, st, "adjacent-cue-before")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Finance minister: ‘We will not raise taxes’", "Lopez: “I am staying”": a headline or label of at
   * most five words, no verb among them, naming the speaker before a colon that opens its sentence
   * (not a topic: "On Coyle: “...”").
   */
  private boolean speakerLabel(AnalyzedText doc, DocumentQuotes quotes, int openToken, Statement st) {
    int colon = openToken - 1;
    if (colon < 1 || openToken >= doc.tokens().size() || !doc.token(colon).text().equals(":")) {
      return false;
    }
    int first = doc.sentenceOf(doc.token(colon)).firstToken();
    if (colon - first < 1 || colon - first > 5) {
      return false;
    }
    for (int i = first; i < colon; i++) {
      Token t = doc.token(i);
      if (quotes.inQuote(i) || t.isVerb() || t.isPunctuation() && !t.text().equals("'s")) {
        return false;
      }
    }
    if (isTopicLabel(doc, first, colon)) {
      return false;
    }
    if (mentions.build(doc, colon - 1) == null || !doc.token(colon - 1).isNoun()) {
      return false;
    }
    st.cueToken = colon;
    st.cueLemma = ":";
    st.attribute(colon - 1, "speaker-label", 0.8);
    return true;
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

  /**
   * "wrote a natural history of the moor, “Curlews and Cotton Grass”, in 2009": a quotation of
   * two to six words in title case, without end punctuation, after words other than a colon, is
   * the title of a work, not the verb's words.
   */
  private static boolean titleAfterVerb(AnalyzedText doc, QuotedSpan quote, int openToken) {
    String[] words = SPACES.split(quote.content().in(doc.text()).trim());
    return words.length >= 2 && titleCase(words) && openToken > 0
        && !doc.token(openToken - 1).text().equals(":");
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
   * Whether the word before an opening mark makes the quotation part of a phrase rather than the
   * cue's words: "in so-called “administration fees”", "the “fiscal anchor”", "dubbed “...”".
   */
  private static boolean insidePhrase(AnalyzedText doc, int before) {
    Token t = doc.token(before);
    String w = t.text().toLowerCase(Locale.ROOT);
    if (w.equals("that") || w.equals(":") || w.equals(",")) {
      return false;
    }
    return TITLE_CUES.contains(w) || t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS")
        || t.pos().startsWith("JJ") || w.equals("as") || w.equals("of") || w.equals("in");
  }

  /** Looks for a reporting verb with a speaker among the tokens [from, to) outside quotations. */
  private boolean cueIn(AnalyzedText doc, DocumentQuotes quotes, int from, int to, Statement st, String rule) {
    for (int i = from; i < to; i++) {
      if (quotes.inQuote(i)) {
        break;
      }
      Token t = doc.token(i);
      boolean question = CueLexicon.QUESTION_CUES.contains(t.lemma())
          && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"));
      if (!t.isVerb() || !CueLexicon.isReportingVerb(t.lemma()) && !question) {
        continue;
      }
      if (hasOwnComplement(doc, quotes, i)) {
        continue;
      }
      int subject = ReportedSpeechFinder.subjectOf(doc, i);
      if (subject < 0 || quotes.inQuote(subject) || mentions.build(doc, subject) == null) {
        subject = nearbySpeaker(doc, quotes, i, from, to);
      }
      if (subject < 0 && i - from > 4) {
        continue;   // a verb far from the quotation with no speaker of its own is not its cue
      }
      st.cueToken = i;
      st.cueLemma = t.lemma();
      if (subject >= 0) {
        st.attribute(subject, rule, 0.95);
      }
      return true;
    }
    return false;
  }

  /** A name, pronoun or role next to the cue verb, after it first ("said Lopez"), then before. */
  private int nearbySpeaker(AnalyzedText doc, DocumentQuotes quotes, int verb, int from, int to) {
    // "“...,” Lopez told reporters": the name between the quotation and the verb comes first.
    for (int i = verb - 1; i >= Math.max(from, verb - 6); i--) {
      if (quotes.inQuote(i)) {
        break;
      }
      if (isNominal(doc.token(i)) && mentions.build(doc, headOf(doc, i)) != null) {
        return headOf(doc, i);
      }
    }
    // "“...,” said Lopez": the name after the verb, when the verb comes right after the quotation.
    for (int i = from; i < verb; i++) {
      if (!doc.token(i).isPunctuation()) {
        return -1;
      }
    }
    for (int i = verb + 1; i < Math.min(to, verb + 6); i++) {
      if (quotes.inQuote(i) || doc.token(i).relation().equals("mark")) {
        break;
      }
      if (isNominal(doc.token(i)) && mentions.build(doc, headOf(doc, i)) != null) {
        return headOf(doc, i);
      }
    }
    return -1;
  }

  /** Whether the verb reports a clause of its own outside the quotation ("and warned that ..."). */
  private static boolean hasOwnComplement(AnalyzedText doc, DocumentQuotes quotes, int verb) {
    for (int c : doc.children(verb)) {
      if (doc.token(c).relationIs("ccomp") && !quotes.inQuote(c)) {
        int[] r = doc.subtreeRange(c);
        return r[1] - r[0] >= 2;
      }
    }
    return false;
  }

  private static int headOf(AnalyzedText doc, int i) {
    Token t = doc.token(i);
    int h = i;
    while (t.head() >= 0 && (t.relationIs("compound") || t.relationIs("flat"))) {
      h = t.head();
      t = doc.token(h);
    }
    return h;
  }

  private static boolean isNominal(Token t) {
    return t.isNoun() || t.pos().equals("PRP");
  }

  /**
   * Whether an uncued quotation reads like speech: a sentence or more (ends with sentence
   * punctuation, or stands at the start of its sentence with several words), and is not a title,
   * nickname or scare quote.
   */
  static boolean readsLikeSpeech(AnalyzedText doc, QuotedSpan quote) {
    String content = quote.content().in(doc.text());
    String[] words = SPACES.split(content.trim());
    int before = doc.tokenAtOrAfter(quote.open()) - 1;
    int word = before >= 1 && doc.token(before).text().equals(",") ? before - 1 : before;
    if (word >= 0 && doc.token(word).sentence() == doc.token(before + 1).sentence()
        && TITLE_CUES.contains(doc.token(word).text().toLowerCase(Locale.ROOT))) {
      return false;   // "its opening line, “...”", "the slogan “...”"
    }
    char last = content.charAt(content.length() - 1);
    boolean startsSentence = before < 0 || doc.token(before).sentence() != doc.token(before + 1).sentence()
        || doc.token(before).text().equals(":");
    if (words.length < 3) {
      // "“It's ridiculous.”", "“No!”": a short sentence of its own, capitalised and ended.
      return startsSentence && Character.isUpperCase(content.codePointAt(0))
          && (last == '.' || last == '!' || last == '?' || last == '…') && !content.endsWith("..");
    }
    if (titleCase(words)) {
      return false;
    }
    boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '…' || last == ','
        || last == ':' || last == ';' || last == '-' || last == '—';
    return (sentenceEnd && (startsSentence || words.length >= 5)) || (startsSentence && words.length >= 6 && !quote.closed());
  }

  /**
   * Up to six words, capitalised but for at most one (the short words of titles, "and", "of",
   * "the", ..., not counted), without end punctuation: "Curlews and Cotton Grass".
   */
  private static boolean titleCase(String[] words) {
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

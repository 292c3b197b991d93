package dev.verbatim.detect;

import static dev.verbatim.detect.Clauses.largerSide;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.mention.Words;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "According to X, ...": the statement is the larger side of the sentence around the phrase; X is
 * the person or organisation the phrase names, a document's author ("according to figures
 * published by the health board"), or for a document an organisation issues with no author named
 * ("according to a filing"), the organisation the story is about. Stateless; thread-safe.
 */
final class AccordingToRule implements SpeechRule {
  /** Documents an organisation issues itself, which speak for it ("according to a filing"). */
  private static final ImmutableSet<String> ISSUED_DOCUMENTS = ImmutableSet.of(
      "filing", "statement", "release", "announcement", "post", "letter", "memo", "website", "notice");

  static final DetectionRule ID = DetectionRule.ACCORDING_TO;

  /** Conjunctions that open a clause of its own before "according to". */
  private static final ImmutableSet<String> CLAUSE_JOINERS = ImmutableSet.of(
      "but", "and", "yet", "while", "although", "though");

  private final MentionBuilder mentions;

  AccordingToRule(MentionBuilder mentions) {
    this.mentions = mentions;
  }

  @Override
  public boolean triggers(AnalyzedText doc, Sentence s, Token t) {
    return t.lemma().equals("accord") && t.index() + 1 < s.endToken()
        && doc.token(t.index() + 1).text().equalsIgnoreCase("to");
  }

  @Override
  public Detected find(AnalyzedText doc, Sentence s, Token according, DocumentQuotes quotes) {
    int x = according.head();
    int speaker = x < 0 || !according.relationIs("case") ? -1 : speakerOfNominal(doc, x);
    int[] xr;
    if (speaker >= 0 && doc.subtreeRange(x)[1] - x < 12) {
      xr = doc.subtreeRange(x);
      xr[0] = Math.min(xr[0], according.index());
    } else {
      // The parse is unusable: read "according to X[, Name]," off the surface.
      xr = surfaceAccordingPhrase(doc, s, according.index());
      if (xr == null) {
        return null;
      }
      speaker = xr[2];
    }
    // "According to the ferry operator, Northsound Lines, passenger numbers fell": the name in
    // apposition belongs to the phrase, whatever the parser made of it.
    int comma = xr[1] + 1;
    if (comma + 2 < s.endToken() && doc.token(comma).text().equals(",")) {
      String ner = doc.token(comma + 1).ner();
      int end = comma + 1;
      while (end + 1 < s.endToken() && !ner.equals("O") && doc.token(end + 1).ner().equals(ner)) {
        end++;
      }
      if ((ner.equals("ORGANIZATION") || ner.equals("PERSON")) && end + 2 < s.endToken()
          && doc.token(end + 1).text().equals(",")) {
        xr[1] = end + 1;
        if (!doc.token(speaker).isProperNoun() && mentions.build(doc, end) != null) {
          speaker = end;
        }
      }
    }
    Token to = doc.token(according.index() + 1);
    Span span;
    if (xr[0] - 1 > s.firstToken() && CLAUSE_JOINERS.contains(doc.token(xr[0] - 1).text().toLowerCase(java.util.Locale.ROOT))) {
      // "The rules were meant to share readings, but according to X the link has failed": the
      // phrase speaks for the clause it opens, after the conjunction.
      span = Clauses.trim(doc, xr[1] + 1, s.endToken() - 1);
    } else {
      span = largerSide(doc, s, xr);
    }
    if (span == null || attributedOnItsOwn(doc, span, quotes)) {
      return null;
    }
    Statement st = new Statement(span, QuoteType.INDIRECT, null, ID, according.index(),
        Span.of(according.begin(), to.end()), "according to");
    return Detected.attributed(st, speaker, AttributionRule.ACCORDING_TO);
  }

  /**
   * "“...,” Drenkov said in a televised speech, according to a translation provided by his
   * office": a quotation with its own verb of saying and speaker right after it, which the phrase
   * only sources.
   */
  private static boolean attributedOnItsOwn(AnalyzedText doc, Span span, DocumentQuotes quotes) {
    int from = doc.tokenAtOrAfter(span.start());
    for (int i = from; i < doc.tokens().size() && doc.token(i).begin() < span.end(); i++) {
      Token t = doc.token(i);
      if (!quotes.inQuote(i) && t.isVerb() && CueLexicon.isReportingVerb(t.lemma())
          && Trees.hasChildRelation(doc, i, "nsubj") && afterQuotation(doc, quotes, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb follows, within five words, a quotation whose words end in a comma, a question
   * or an exclamation mark: the form of a quotation and its attribution ("“...,” Drenkov said").
   */
  private static boolean afterQuotation(AnalyzedText doc, DocumentQuotes quotes, int verb) {
    for (int k = verb - 1; k >= Math.max(0, verb - 6); k--) {
      if (quotes.inQuote(k)) {
        String words = quotes.outer().get(quotes.quoteOf(k)).content().in(doc.text());
        char last = words.isEmpty() ? ' ' : words.charAt(words.length() - 1);
        return last == ',' || last == '?' || last == '!';
      }
    }
    return false;
  }

  /**
   * The tokens of "according to X" up to its closing comma (or the sentence end), taking in an
   * apposition that names the speaker ("according to the medical director, Dr Jane Doe,"), and the
   * speaker's head token: {first, last, head}; null when no speaker is named.
   */
  private int[] surfaceAccordingPhrase(AnalyzedText doc, Sentence s, int according) {
    int end = s.endToken() - 1;
    int comma = -1;
    for (int i = according + 2; i <= end; i++) {
      if (doc.token(i).text().equals(",")) {
        comma = i;
        break;
      }
    }
    int last = comma < 0 ? end : comma - 1;
    int head = lastNominal(doc, according + 2, last);
    if (comma > 0) {
      int next = -1;
      for (int i = comma + 1; i <= Math.min(end, comma + 6); i++) {
        if (doc.token(i).text().equals(",")) {
          next = i;
          break;
        }
      }
      if (next > 0) {
        int name = lastNominal(doc, comma + 1, next - 1);
        if (name >= 0 && !doc.token(name).ner().equals("O")) {
          head = name;
          last = next - 1;
        }
      }
    }
    if (head < 0) {
      return null;
    }
    return new int[] {according, last, head};
  }

  private static boolean isTimeWord(Token t) {
    return Words.isTimeWord(t.lemma());
  }

  private int lastNominal(AnalyzedText doc, int from, int to) {
    for (int i = to; i >= from; i--) {
      Token t = doc.token(i);
      if (t.isVerb()) {
        return -1;
      }
      if ((t.isNoun() || t.pos().equals("PRP")) && !isTimeWord(t)
          && mentions.build(doc, i) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The person or organisation an "according to" phrase names; for documents, their author. */
  private int speakerOfNominal(AnalyzedText doc, int x) {
    Token xt = doc.token(x);
    if (!xt.isProperNoun() && mentions.build(doc, x) == null) {
      // "calculations by the Institute", "the news site The Stack Report": a name inside.
      int[] r = doc.subtreeRange(x);
      for (int i = r[1]; i >= r[0]; i--) {
        Token ti = doc.token(i);
        if ((ti.ner().equals("ORGANIZATION") || ti.ner().equals("PERSON") || ti.isProperNoun())
            && !ti.relationIs("compound") && !isTimeWord(ti) && !addressee(doc, x, i)
            && mentions.build(doc, i) != null) {
          return i;
        }
      }
    }
    if (!xt.isProperNoun() && (CueLexicon.VIEW_NOUNS.contains(xt.text().toLowerCase(Locale.ROOT))
        || Words.DOCUMENT_NOUNS.contains(xt.lemma()))) {
      for (int c : doc.children(x)) {
        Token ct = doc.token(c);
        if (ct.relationIs("nmod:poss") || ct.relationIs("nmod") && doc.hasCaseChild(c, "by", "from", "of")) {
          if (mentions.build(doc, c) != null) {
            return c;
          }
        }
        if (ct.relationIs("acl")) {
          // "figures published by the health board": the agent of the participle.
          for (int g : doc.children(c)) {
            if ((doc.token(g).relationIs("obl") || doc.token(g).relationIs("nmod")) && doc.hasCaseChild(g, "by")
                && mentions.build(doc, g) != null) {
              return g;
            }
          }
        }
      }
      // "according to a filing with the stock exchange": a document an organisation issues, with
      // no author named, is the organisation the story is about.
      return ISSUED_DOCUMENTS.contains(xt.lemma()) && !namesSomeone(doc, x) ? storysOrganization(doc, x) : -1;
    }
    return mentions.build(doc, x) != null ? x : -1;
  }

  /** Whether a document's phrase holds a name other than where it was sent ("the website OutageMap"). */
  private static boolean namesSomeone(AnalyzedText doc, int document) {
    int[] r = doc.subtreeRange(document);
    for (int i = r[0]; i <= r[1]; i++) {
      if (doc.token(i).isProperNoun() && !addressee(doc, document, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation named most often before {@code before} (the first named, on a tie): its last
   * mention there, or -1.
   */
  private int storysOrganization(AnalyzedText doc, int before) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> last = new HashMap<>();
    String best = null;
    int first = -1;
    for (int i = 0; i < before; i++) {
      Token t = doc.token(i);
      boolean starts = t.ner().equals("ORGANIZATION") && (i == 0 || !doc.token(i - 1).ner().equals("ORGANIZATION"));
      if (starts) {
        first = i;   // "Halvora AG" and "Halvora" count as one, by the first word
      }
      if (t.ner().equals("ORGANIZATION") && (i + 1 >= before || !doc.token(i + 1).ner().equals("ORGANIZATION"))) {
        String key = doc.token(first).text();
        int c = counts.merge(key, 1, Integer::sum);
        last.put(key, i);
        if (best == null || c > counts.get(best)) {
          best = key;
        }
      }
    }
    return best != null && mentions.build(doc, last.get(best)) != null ? last.get(best) : -1;
  }

  /**
   * "a filing with the Frankfurt Stock Exchange", "a letter to the minister": a name a document
   * was sent to or lodged with, not its author.
   */
  private static boolean addressee(AnalyzedText doc, int document, int name) {
    if (!Words.DOCUMENT_NOUNS.contains(doc.token(document).lemma())) {
      return false;
    }
    int h = name;
    while (h >= 0 && h != document) {
      if (doc.hasCaseChild(h, "with", "to", "at", "in", "on", "before")) {
        return true;
      }
      h = doc.token(h).head();
    }
    return false;
  }
}

package dev.verbatim.mention;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * Where a noun phrase starts and ends around its head: from the dependency parse where there is
 * one, from the parts of speech written before the noun where the parser skipped the sentence.
 * Stateless.
 */
final class PhraseEdges {
  /** Relations of the words before a noun that belong to its phrase. */
  static final ImmutableSet<String> PREMODIFIERS = ImmutableSet.of(
      "compound", "amod", "nmod:poss", "flat", "nummod", "det", "nmod:npmod", "compound:prt", "case");

  private PhraseEdges() {}

  /**
   * The first token of an age epithet written as separate tokens ("the 54 - year - old"): its
   * article or possessive if it has one, else its number.
   */
  static int ageEpithetStart(AnalyzedText doc, int old) {
    int i = old - 1;
    if (i >= 0 && doc.token(i).text().equals("-")) {
      i--;
    }
    if (i < 0 || !doc.token(i).lemma().equals("year")) {
      return -1;
    }
    i--;
    if (i >= 0 && doc.token(i).text().equals("-")) {
      i--;
    }
    if (i < 0 || !doc.token(i).pos().equals("CD")) {
      return -1;
    }
    int start = i;
    if (i > 0 && doc.token(i - 1).sentence() == doc.token(old).sentence()) {
      Token before = doc.token(i - 1);
      String w = before.text().toLowerCase(Locale.ROOT);
      if (w.equals("the") || w.equals("a") || w.equals("an") || before.pos().equals("PRP$")) {
        start = i - 1;
      }
    }
    return start;
  }


  /**
   * In a sentence the parser skipped, the first token of the noun phrase headed by {@code h}: the
   * adjectives, nouns and numbers before it and an article or possessive determiner; -1 when the
   * sentence has a parse.
   */
  static int unparsedLeft(AnalyzedText doc, int h) {
    Token t = doc.token(h);
    if (t.head() >= 0 || t.relation().equals("root") || doc.parsed(t.sentence())) {
      return -1;
    }
    int first = doc.sentences().get(t.sentence()).firstToken();
    int left = h;
    while (left - 1 >= first) {
      String pos = doc.token(left - 1).pos();
      if (pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD") || pos.equals("HYPH") || pos.equals("VBN")) {
        left--;
      } else {
        break;
      }
    }
    if (left - 1 >= first && (doc.token(left - 1).pos().equals("DT") || doc.token(left - 1).pos().equals("PRP$"))) {
      left--;
    }
    return left;
  }


  /** The leftmost token of the head's pre-modifiers; articles included only when asked. */
  static int leftEdge(AnalyzedText doc, int h, boolean withArticle) {
    int unparsed = unparsedLeft(doc, h);
    if (unparsed >= 0) {
      // No parse ("The chief executive rejected that figure."): the modifiers written before the
      // noun, and its article or possessive.
      return !withArticle && (doc.token(unparsed).pos().equals("DT") || doc.token(unparsed).pos().equals("PRP$"))
          ? unparsed + 1 : unparsed;
    }
    int left = h;
    for (int c : doc.children(h)) {
      Token ct = doc.token(c);
      if (c < h && PREMODIFIERS.contains(ct.relation()) && !ct.relation().equals("case")) {
        if (ct.relation().equals("det") && !withArticle) {
          continue;
        }
        left = Math.min(left, doc.subtreeRange(c)[0]);
      }
    }
    // A misparse can hang a whole quotation on the name ("‘... record-keeper,’ Mr Oduya said"):
    // a noun phrase's modifiers never hold a finite verb or the end of a quoted sentence (a
    // nickname's marks, as in Margaret “Peg” Whitcombe, stay).
    for (int i = h - 1; i >= left; i--) {
      Token t = doc.token(i);
      boolean quoteEnd = (t.pos().equals("''") || t.text().equals("\u2019") || t.text().equals("\u201D"))
          && i > 0 && ",.?!".contains(doc.token(i - 1).text());
      if (quoteEnd || t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
        left = i + 1;
        break;
      }
    }
    while (left < h && (doc.token(left).isPunctuation())) {
      left++;
    }
    return left;
  }


  /** The last token of the head's "of/for" complement, for roles ("the head of the planning department"). */
  static int rightEdge(AnalyzedText doc, int h) {
    int right = h;
    for (int c : doc.children(h)) {
      Token ct = doc.token(c);
      if (c > h && ct.relationIs("nmod") && doc.hasCaseChild(c, "of", "for", "at", "from", "in")) {
        right = Math.max(right, doc.subtreeRange(c)[1]);
      } else if (c > h && (ct.relationIs("compound") || ct.relationIs("flat"))) {
        right = Math.max(right, c);
      } else if (c == h + 1 && ct.relationIs("amod") && (ct.lemma().equals("familiar") || ct.lemma().equals("close"))) {
        // "people familiar with the matter", "a source close to the talks"
        right = Math.max(right, doc.subtreeRange(c)[1]);
      }
    }
    while (right > h && doc.token(right).isPunctuation()) {
      right--;
    }
    return right;
  }
}

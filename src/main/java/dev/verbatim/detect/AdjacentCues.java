package dev.verbatim.detect;

import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import java.util.Set;

/**
 * A reporting verb beside a quotation, with its speaker: what {@link CueAfterRule} and
 * {@link CueBeforeRule} share. Stateless.
 */
final class AdjacentCues {
  private AdjacentCues() {}

  /**
   * Looks for a reporting verb with a speaker among the tokens [from, to) outside quotations: the
   * quotation's statement with that cue (and speaker, when one is found), or null.
   */
  static Detected cueIn(AnalyzedText doc, DocumentQuotes quotes, MentionBuilder mentions, QuotedSpan quote,
      int from, int to, AttributionRule rule, DetectionRule detection) {
    for (int i = from; i < to; i++) {
      if (quotes.inQuote(i)) {
        break;
      }
      Token t = doc.token(i);
      boolean question = CueLexicon.QUESTION_CUES.contains(t.lemma())
          && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"));
      // "“That is simply not true—” Wrenfield began.": a turn cut off is begun, not finished
      boolean begun = CUT_OFF_VERBS.contains(t.lemma()) && t.pos().equals("VBD") && i - from <= 3
          && cutOff(quote.content().in(doc.text()));
      // ("“For now,” Mrs Kettle cut in."; before a quotation, "cut in:" is a colon's intro)
      boolean breaksIn = rule == AttributionRule.ADJACENT_CUE_AFTER && CueLexicon.BREAKING_IN.contains(t.lemma()) && i + 1 < to
          && doc.token(i + 1).text().equalsIgnoreCase("in");
      // ("“So the cut is going ahead?” the Clarion pressed."; not "pressed the minister on ...")
      boolean followsUp = rule == AttributionRule.ADJACENT_CUE_AFTER && CueLexicon.FOLLOW_UP.contains(t.lemma())
          && t.pos().equals("VBD") && i - from <= 4 && (i + 1 >= doc.tokens().size() || doc.token(i + 1).isPunctuation());
      if (!t.isVerb() || !CueLexicon.isReportingVerb(t.lemma()) && !question && !begun && !breaksIn && !followsUp) {
        continue;
      }
      if (hasOwnComplement(doc, quotes, i)) {
        continue;
      }
      int subject = Trees.subjectOf(doc, i);
      if (subject < 0 || quotes.inQuote(subject) || mentions.build(doc, subject) == null) {
        subject = nearbySpeaker(doc, quotes, mentions, i, from, to);
      }
      if (subject < 0 && i - from > 4) {
        continue;   // a verb far from the quotation with no speaker of its own is not its cue
      }
      Statement st = new Statement(quote.content(), QuoteType.DIRECT, quote, detection, i, null, t.lemma());
      return subject >= 0 ? Detected.attributed(st, subject, rule) : Detected.unattributed(st);
    }
    return null;
  }

  /** Verbs that report a turn someone started and did not finish. */
  private static final Set<String> CUT_OFF_VERBS = Set.of("begin", "start");

  /** Whether a quotation breaks off with a dash ("... not true—"). */
  private static boolean cutOff(String content) {
    String c = content.strip();
    while (!c.isEmpty() && "\"'\u201D\u2019".indexOf(c.charAt(c.length() - 1)) >= 0) {
      c = c.substring(0, c.length() - 1);
    }
    return c.endsWith("\u2014") || c.endsWith("\u2013") || c.endsWith("--");
  }

  /** A name, pronoun or role next to the cue verb, after it first ("said Lopez"), then before. */
  private static int nearbySpeaker(AnalyzedText doc, DocumentQuotes quotes, MentionBuilder mentions, int verb,
      int from, int to) {
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
      if (doc.token(c).relationIs("ccomp") && !quotes.inQuote(c) && !adverbialClause(doc, c) && !bareParticiple(doc, c)) {
        int[] r = doc.subtreeRange(c);
        return r[1] - r[0] >= 2;
      }
    }
    return false;
  }

  /**
   * "“...,” said Mrs Arkwright, 63, in an office already half packed into crates": a participle
   * with no auxiliary, parsed as the verb's complement, is a description, not what was said.
   */
  private static boolean bareParticiple(AnalyzedText doc, int head) {
    String pos = doc.token(head).pos();
    if (!pos.equals("VBN") && !pos.equals("VBG")) {
      return false;
    }
    for (int c : doc.children(head)) {
      if (doc.token(c).relationIs("aux") || doc.token(c).relationIs("aux:pass") || doc.token(c).relationIs("mark")) {
        return false;
      }
    }
    return true;
  }

  /** Subordinators of a clause of time or reason, never of what was said. */
  private static final java.util.Set<String> ADVERBIAL_MARKS = java.util.Set.of(
      "as", "when", "while", "after", "before", "because", "since", "until", "although", "though", "once");

  /** "“...,” said Tudge, as the hall emptied": a clause of when, parsed as the verb's complement. */
  private static boolean adverbialClause(AnalyzedText doc, int head) {
    for (int c : doc.children(head)) {
      if (doc.token(c).relationIs("mark") && ADVERBIAL_MARKS.contains(doc.token(c).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
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
}

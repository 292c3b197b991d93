package dev.verbatim.attribute;

import dev.verbatim.detect.AttributionRule;
import dev.verbatim.detect.CueLexicon;
import dev.verbatim.detect.Statement;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * A quotation followed by a sentence naming whose words they were: "So said Marcus Quarrie, ...",
 * "These remarks were delivered
 * by the club's chairman", "That was the verdict of Jane Doe", "The words came from ...", "The
 * words belong to ...", "The comparison came from ...". The agent of the statement noun is the
 * speaker. A story that opens on a quotation alone in its paragraph takes the first person the
 * next paragraph names.
 */
public final class RemarkAgentSieve implements AttributionSieve {
  @Override
  public String id() {
    return AttributionRule.REMARK_AGENT.id();
  }

  @Override
  public void resolve(AttributionContext cx) {
    AnalyzedText doc = cx.doc();
    Attributions attributions = cx.attributions();
    for (int k = 0; k < attributions.size(); k++) {
      Statement st = attributions.statement(k);
      if (attributions.get(k).attributed() || st.quote() == null) {
        continue;
      }
      int next = doc.sentenceAtOrAfter(st.quote().outer().end());
      if (next < doc.sentences().size() && doc.sentences().get(next).begin() < st.quote().outer().end()) {
        next++;
      }
      if (next >= doc.sentences().size()) {
        continue;
      }
      Sentence s = doc.sentences().get(next);
      if (s.paragraph() - doc.paragraphAtOrAfter(st.quote().outer().end() - 1) > 1) {
        continue;
      }
      int soSaid = soSaid(doc, s);
      if (soSaid >= 0) {
        int speaker = speakerAfter(cx, s, soSaid);
        if (speaker >= 0) {
          decide(attributions, k, speaker, soSaid, doc.token(soSaid).lemma());
          continue;
        }
      }
      int how = howClause(doc, s);
      if (how >= 0) {
        int subject = -1;
        for (int c : doc.children(how)) {
          if (doc.token(c).relationIs("nsubj") && cx.mentions().build(doc, c) != null) {
            subject = c;
          }
        }
        if (subject < 0) {
          // Unparsed or misparsed: the speaker phrase between "how" and its verb.
          for (int i = s.firstToken() + 3; i < how; i++) {
            Token t = doc.token(i);
            if ((t.isNoun() || t.pos().startsWith("PRP")) && cx.mentions().build(doc, i) != null) {
              subject = i;
            }
          }
        }
        if (subject >= 0) {
          decide(attributions, k, subject, how, doc.token(how).lemma());
          continue;
        }
      }
      boolean decided = false;
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Token t = doc.token(i);
        if (!t.isNoun() || !CueLexicon.STATEMENT_NOUNS.contains(t.text().toLowerCase(Locale.ROOT))
            || !startsWithDemonstrative(doc, s, i)) {
          continue;
        }
        if (i - s.firstToken() > OPENING_WORDS) {
          break;   // "The case for which she will be remembered ... the appeal of X": not about the words before
        }
        int agent = agentOf(cx, i);
        if (agent < 0 && t.head() >= 0 && !REACTION_VERBS.contains(doc.token(t.head()).lemma())) {
          // ("The last remark drew jeers from the gallery": those who reacted, not who spoke)
          agent = agentOf(cx, t.head());
        }
        if (agent >= 0) {
          int cue = t.head() >= 0 && doc.token(t.head()).isVerb() ? t.head() : i;
          decide(attributions, k, agent, cue, doc.token(cue).lemma());
          decided = true;
          break;
        }
      }
      int named = decided ? -1 : openingQuotationSpeaker(cx, k, s);
      if (named >= 0) {
        attributions.set(k, attributions.get(k).withSpeaker(named, AttributionRule.REMARK_AGENT));
      }
    }
  }

  /**
   * A story that opens on a quotation standing alone in its paragraph names who said it in the
   * first sentence of the next: "“I found out from a text message.”¶Rosa Delgado, 52, had worked
   * on the line for 19 years ...". Returns the first person named in that sentence, when the
   * quotation is the story's first statement, in its lede or the paragraph after, and no person is
   * named before it below the headline; -1 otherwise.
   */
  private static int openingQuotationSpeaker(AttributionContext cx, int k, Sentence next) {
    AnalyzedText doc = cx.doc();
    Statement st = cx.attributions().statement(k);
    if (k > 0 || !cx.opensParagraph(st)) {
      return -1;
    }
    int p = doc.paragraphAtOrAfter(st.quote().outer().start());
    if (p > doc.ledeParagraph() + 1 || p >= doc.paragraphs().size()
        || st.quote().outer().end() > doc.paragraphs().get(p).end()
        || !doc.text().substring(st.quote().outer().end(), doc.paragraphs().get(p).end()).isBlank()
        || next.paragraph() != p + 1 || next.firstToken() != doc.tokenAtOrAfter(doc.paragraphs().get(p + 1).start())) {
      return -1;
    }
    for (int i = 0; i < doc.tokens().size() && doc.token(i).begin() < st.quote().outer().start(); i++) {
      if (doc.token(i).ner().equals("PERSON") && !cx.quotes().inQuote(i)
          && doc.sentences().get(doc.token(i).sentence()).paragraph() >= doc.ledeParagraph()) {
        return -1;   // "Marguerite Olsen spent eleven years on the bench ...¶“I was wrong twice.”": she is named first
      }
    }
    for (int i = next.firstToken(); i < next.endToken(); i++) {
      if (doc.token(i).ner().equals("PERSON") && !cx.quotes().inQuote(i)) {
        int end = i;
        while (end + 1 < next.endToken() && doc.token(end + 1).ner().equals("PERSON")) {
          end++;
        }
        return cx.mentions().build(doc, end) != null ? end : -1;
      }
    }
    return -1;
  }

  /**
   * Records the speaker and, in place of the statement, a copy with the cue word the sentence gives
   * it (a span of cue words the statement already had is kept, as it always was).
   */
  private static void decide(Attributions attributions, int k, int speaker, int cue, String lemma) {
    Statement st = attributions.statement(k);
    attributions.set(k, attributions.get(k).withSpeaker(speaker, AttributionRule.REMARK_AGENT));
    attributions.replace(k, st.withCue(cue, st.cueSpan(), lemma));
  }

  /**
   * "So said Marcus Quarrie, the manager, ...", "Thus spoke the minister": a sentence opening with
   * "so" or "thus" and a reporting verb before its subject; returns the verb, or -1.
   */
  private static int soSaid(AnalyzedText doc, Sentence s) {
    if (s.size() < 3) {
      return -1;
    }
    String w0 = doc.token(s.firstToken()).text().toLowerCase(Locale.ROOT);
    Token verb = doc.token(s.firstToken() + 1);
    return (w0.equals("so") || w0.equals("thus")) && verb.isVerb() && CueLexicon.isReportingVerb(verb.lemma())
        ? verb.index() : -1;
  }

  /** The speaker named right after an inverted verb: the last word of a name, or a noun with a mention; -1 if none. */
  private static int speakerAfter(AttributionContext cx, Sentence s, int verb) {
    AnalyzedText doc = cx.doc();
    for (int i = verb + 1; i < s.endToken() && i <= verb + 4; i++) {
      Token t = doc.token(i);
      if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
        int end = i;
        while (end + 1 < s.endToken() && doc.token(end + 1).ner().equals(t.ner())) {
          end++;
        }
        return cx.mentions().build(doc, end) != null ? end : -1;
      }
      if (t.isNoun() && !t.isProperNoun() && cx.mentions().build(doc, i) != null) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "That was how Ambani summed it up": a sentence opening with a demonstrative, a form of "be"
   * and "how"; returns the verb after "how", or -1.
   */
  private static int howClause(AnalyzedText doc, Sentence s) {
    if (s.size() < 5) {
      return -1;
    }
    String w0 = doc.token(s.firstToken()).text().toLowerCase(Locale.ROOT);
    String w1 = doc.token(s.firstToken() + 1).lemma();
    String w2 = doc.token(s.firstToken() + 2).text().toLowerCase(Locale.ROOT);
    if (!(w0.equals("that") || w0.equals("this") || w0.equals("so")) || !w1.equals("be") || !w2.equals("how")) {
      return -1;
    }
    for (int i = s.firstToken() + 3; i < s.endToken(); i++) {
      if (doc.token(i).isVerb() && !doc.token(i).pos().equals("MD")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * How far into its sentence the noun for the words may stand: it opens the sentence ("These
   * remarks were made by", "The comparison came from") or follows a demonstrative and a form of
   * "be" ("That was the verdict of", "Those were the words of").
   */
  private static final int OPENING_WORDS = 4;

  /** Verbs whose "from" phrase names those who reacted to the words: "drew jeers from", "prompted a reply from". */
  private static final java.util.Set<String> REACTION_VERBS = java.util.Set.of(
      "draw", "prompt", "provoke", "spark", "attract", "earn", "trigger", "elicit", "bring", "meet", "win", "receive");

  private static boolean startsWithDemonstrative(AnalyzedText doc, Sentence s, int noun) {
    for (int i = s.firstToken(); i < Math.min(noun, s.firstToken() + 4); i++) {
      String w = doc.token(i).text().toLowerCase(Locale.ROOT);
      if (w.equals("these") || w.equals("those") || w.equals("that") || w.equals("this")
          || w.equals("the") || w.equals("such") || w.equals("it")) {
        return true;
      }
    }
    return false;
  }

  /** A dependent of {@code h} introduced by "by", "from" or "of" (or "to" after "belong") that can speak. */
  private static int agentOf(AttributionContext cx, int h) {
    AnalyzedText doc = cx.doc();
    for (int c : doc.children(h)) {
      Token ct = doc.token(c);
      if (!(ct.relationIs("obl") || ct.relationIs("nmod"))) {
        continue;
      }
      for (int g : doc.children(c)) {
        Token gt = doc.token(g);
        String w = gt.text().toLowerCase(Locale.ROOT);
        boolean belongs = w.equals("to") && doc.token(h).lemma().equals("belong");   // "The words belong to X"
        if (gt.relation().equals("case") && (w.equals("by") || w.equals("from") || w.equals("of") || belongs)
            && cx.mentions().build(doc, c) != null) {
          return c;
        }
      }
    }
    return -1;
  }
}

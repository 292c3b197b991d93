package dev.verbatim.detect;

import dev.verbatim.DetectionRule;
import dev.verbatim.mention.Words;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * A reporting verb whose subject the parse missed: the speaker is the nearest name, pronoun or
 * person noun before the verb in its clause ("Voicing a view, X, chairman of ..., stated that
 * ..."), or the subject of the verb it is coordinated with ("X called A “B” and said C"). Part of
 * {@link ReportingVerbRule}; {@link StanceRule} reads a missing subject the same way.
 */
final class SurfaceSubject {
  static final DetectionRule ID = DetectionRule.SURFACE_SUBJECT;

  private SurfaceSubject() {}

  static int nearestNameBefore(AnalyzedText doc, Sentence s, int verb, DocumentQuotes quotes) {
    boolean skipped = false;
    // "X, a fire investigator instructed by the insurer, Y Mutual, who said": "who" is a person,
    // so the names of organisations between it and the person are passed over.
    boolean who = verb - 1 >= s.firstToken() && doc.token(verb - 1).text().equalsIgnoreCase("who");
    for (int i = verb - 1; i >= s.firstToken(); i--) {
      Token t = doc.token(i);
      if (quotes.inQuote(i)) {
        return -1;
      }
      if (t.text().equals(",") && !skipped && i == verb - 1) {
        // Skip one parenthetical before the verb (", who asked not to be named,").
        int j = i - 1;
        while (j > s.firstToken() && !doc.token(j).text().equals(",")) {
          j--;
        }
        if (j > s.firstToken() && doc.token(j).text().equals(",")) {
          if (allPerson(doc, j + 1, i - 1)) {
            return i - 1;   // "The head of the chamber, Lauri Salo, is confident": the name in apposition
          }
          i = j;
          skipped = true;
          continue;
        }
      }
      if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
        return -1;
      }
      String ner = t.ner();
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
        int h = i;
        while (h + 1 < verb && doc.token(h + 1).ner().equals(ner)) {
          h++;
        }
        int start = i;
        while (start - 1 >= s.firstToken() && doc.token(start - 1).ner().equals(ner)) {
          start--;
        }
        // (", and the Western Rivers Authority says": a clause joined by "and" or "but" opens there too)
        boolean clauseInitial = start == s.firstToken() || h == verb - 1 && (doc.token(start - 1).text().equals(",")
            || doc.token(start - 1).pos().equals("CC")
            || doc.token(start - 1).pos().equals("DT") && (start - 1 == s.firstToken()
                || doc.token(start - 2).text().equals(",") || doc.token(start - 2).pos().equals("CC")));
        if (ner.equals("PERSON") || clauseInitial && !who) {
          return h;
        }
        i = start;
        continue;
      }
      if (t.pos().equals("PRP") && Words.isSpeakerPronoun(t.text())) {
        return i;
      }
      if (Words.isAgeEpithet(doc, i)) {
        return i;
      }
      if (t.isNoun() && (Words.isPersonNoun(t.lemma()) || !who && Words.isOrganizationNoun(t.lemma()))
          && !(i + 1 < verb && doc.token(i + 1).isNoun())) {
        int named = Words.isPersonNoun(t.lemma()) ? nameBeforeApposition(doc, s, i) : -1;
        if (named >= 0) {
          return named;   // "Sandra Pike, a regional organiser ..., said": the name the noun describes
        }
        int h = i;
        while (doc.token(h).relationIs("nmod") && doc.token(h).head() >= 0 && doc.token(h).head() < h
            && doc.token(doc.token(h).head()).isNoun()) {
          h = doc.token(h).head();
        }
        return h;
      }
    }
    return -1;
  }

  /**
   * "X called the position “hostile” and said Moscow would ...", parsed without a subject for
   * "said": the subject of the verb the coordination joins it to, the last verb before it with a
   * subject of its own.
   */
  static int coordinatedSubject(AnalyzedText doc, Sentence s, int verb, DocumentQuotes quotes) {
    if (verb - 1 < s.firstToken() || !doc.token(verb - 1).relation().equals("cc")) {
      return -1;
    }
    for (int i = verb - 2; i >= s.firstToken(); i--) {
      Token t = doc.token(i);
      if (quotes.inQuote(i) || !(t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
        continue;
      }
      for (int c : doc.children(i)) {
        if (c < i && doc.token(c).relation().equals("nsubj") && !quotes.inQuote(c)) {
          return c;
        }
      }
      return -1;
    }
    return -1;
  }

  /**
   * "Dr Grace Ntim-Mensah, a climate and health researcher at ..., who ..., said": a subject noun
   * the parser took from inside the apposition that describes a name. The name's last token when
   * the noun's phrase starts right after "Name," with only determiners, adjectives and nouns; else
   * -1.
   */
  /**
   * "Pennock, whose side slip to fourth, two points off the top, said ...", "The 52-year-old, who
   * was booked in the first half, admitted A and said B": the sentence opens with the speaker and a
   * relative clause on it, closed by a comma before the verb (and the parse took a word inside the
   * relative clause for the subject, or found none). The last token of the opening mention, or -1.
   */
  static int openingBeforeRelative(AnalyzedText doc, Sentence s, int verb, DocumentQuotes quotes,
      dev.verbatim.mention.MentionBuilder mentions) {
    int comma = -1;
    for (int i = s.firstToken(); i < verb && i < s.firstToken() + 10; i++) {
      if (doc.token(i).text().equals(",")) {
        comma = i;
        String next = i + 1 < verb ? doc.token(i + 1).text().toLowerCase(Locale.ROOT) : "";
        if (next.equals("who") || next.equals("whose")) {
          break;   // "Asked about her remarks, Mukashev, whose name ..., said": the comma before the relative
        }
      }
    }
    if (comma <= s.firstToken() || comma + 1 >= verb || quotes.inQuote(comma - 1)) {
      return -1;
    }
    String rel = doc.token(comma + 1).text().toLowerCase(Locale.ROOT);
    if (!rel.equals("who") && !rel.equals("whose")) {
      return -1;
    }
    int before = verb - 1;
    while (before > comma + 1 && doc.token(before).pos().startsWith("RB")) {
      before--;
    }
    String w = doc.token(before).text().toLowerCase(Locale.ROOT);
    if (before > comma + 1 && (w.equals("who") || w.equals("which"))) {
      return -1;   // "..., then turned to the pathologist, Dr Anil Sethi, who told the court ...": the verb's own relative
    }
    boolean closed = false;
    for (int i = comma + 2; i < verb; i++) {
      if (quotes.inQuote(i)) {
        return -1;
      }
      closed |= doc.token(i).text().equals(",");
    }
    if (!closed) {
      return -1;
    }
    dev.verbatim.mention.SpeakerMention m = mentions.build(doc, comma - 1);
    return m == null || m.plural() ? -1 : comma - 1;
  }

  /**
   * The antecedent of "which" right before the verb, after a comma ("..., according to the Port
   * Authority, which said"): the noun right before the comma; -1 when the verb has no such
   * relative pronoun.
   */
  static int relativeAntecedent(AnalyzedText doc, Sentence s, int verb, DocumentQuotes quotes) {
    if (verb - 2 <= s.firstToken()) {
      return -1;
    }
    int w = verb - 1;
    while (w > s.firstToken() && doc.token(w).pos().startsWith("RB")) {
      w--;
    }
    String word = doc.token(w).text().toLowerCase(Locale.ROOT);
    int comma = w - 1;
    if (!word.equals("which") || comma <= s.firstToken()
        || !doc.token(comma).text().equals(",") || quotes.inQuote(comma - 1)) {
      return -1;
    }
    return doc.token(comma - 1).isNoun() ? comma - 1 : -1;
  }

  /**
   * The last token of a person's name standing right before the verb after a comma ("...,
   * Mrs Marlowe said"), or -1.
   */
  static int nameAfterComma(AnalyzedText doc, Sentence s, int verb) {
    int i = verb - 1;
    if (i <= s.firstToken() || !doc.token(i).ner().equals("PERSON") || !doc.token(i).isProperNoun()) {
      return -1;
    }
    int j = i;
    while (j > s.firstToken() && (doc.token(j - 1).ner().equals("PERSON")
        || Words.HONORIFICS.contains(doc.token(j - 1).text().toLowerCase(Locale.ROOT).replace(".", "")))) {
      j--;
    }
    return j > s.firstToken() && doc.token(j - 1).text().equals(",") ? i : -1;
  }

  /**
   * The name before an indefinite description the parse took for a verb's subject ("Siobhan
   * Pryce, a GP and city councillor from Lowbury, said"): the description opens with "a" or "an"
   * right after the comma that follows the name, and the name is no preposition's object
   * ("Speaking to Ann Bell, a spokesman said" is the spokesman's), and the verb is not in a
   * relative clause of the description ("Jamie, a friend who said"). -1 when not so.
   */
  static int indefiniteApposition(AnalyzedText doc, Sentence s, int noun, int verb) {
    int named = nameBeforeApposition(doc, s, noun);
    if (named < 0 || named + 2 >= noun) {
      return -1;
    }
    String article = doc.token(named + 2).text().toLowerCase(Locale.ROOT);
    if (!(article.equals("a") || article.equals("an")) || objectOfPreposition(doc, s, named)) {
      return -1;
    }
    for (int i = named + 3; i < verb; i++) {
      String w = doc.token(i).text().toLowerCase(Locale.ROOT);
      if (AnalyzedText.RELATIVES.contains(w) || w.equals("that")) {
        return -1;   // "Jamie, a friend who said ...": the verb is the description's own
      }
    }
    return named;
  }

  static int nameBeforeApposition(AnalyzedText doc, Sentence s, int noun) {
    for (int i = noun - 1; i > s.firstToken() && i >= noun - 6; i--) {
      Token t = doc.token(i);
      if (t.text().equals(",")) {
        Token before = doc.token(i - 1);
        return before.ner().equals("PERSON") && before.isProperNoun() ? i - 1 : -1;
      }
      String pos = t.pos();
      if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CC")
          || pos.equals("HYPH"))) {
        return -1;
      }
    }
    return -1;
  }
  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of(
      "for", "of", "at", "from", "with", "by", "in", "on", "to", "about", "against", "within");

  /**
   * A subject the parse gave a reporting verb that is the object of a preposition in the words
   * ("X, a regional organiser for the Y Union, of which ..., said"): the parse went wrong, and the
   * speaker is read from the words instead.
   */
  static boolean objectOfPreposition(AnalyzedText doc, Sentence s, int subject) {
    int i = subject - 1;
    String ner = doc.token(subject).ner();
    while (i >= s.firstToken() && !ner.equals("O") && doc.token(i).ner().equals(ner)) {
      i--;
    }
    while (i >= s.firstToken() && (doc.token(i).pos().equals("DT") || doc.token(i).pos().startsWith("JJ"))) {
      i--;
    }
    return i >= s.firstToken() && doc.token(i).pos().equals("IN") && doc.token(i).ner().equals("O")
        && PREPOSITIONS.contains(doc.token(i).text());
  }

  private static boolean allPerson(AnalyzedText doc, int from, int to) {
    // "Dr Anjali Brightwater": an honorific the tagger left outside the name is part of it
    while (from < to && Words.HONORIFICS.contains(
        doc.token(from).text().toLowerCase(Locale.ROOT).replace(".", ""))) {
      from++;
    }
    for (int k = from; k <= to; k++) {
      if (!doc.token(k).ner().equals("PERSON")) {
        return false;
      }
    }
    return from <= to;
  }
}

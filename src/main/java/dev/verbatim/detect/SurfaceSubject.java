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
        boolean clauseInitial = start == s.firstToken() || h == verb - 1 && (doc.token(start - 1).text().equals(",")
            || doc.token(start - 1).pos().equals("DT") && (start - 1 == s.firstToken()
                || doc.token(start - 2).text().equals(",")));
        if (ner.equals("PERSON") || clauseInitial) {
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
      if (t.isNoun() && (Words.isPersonNoun(t.lemma()) || Words.isOrganizationNoun(t.lemma()))
          && !(i + 1 < verb && doc.token(i + 1).isNoun())) {
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

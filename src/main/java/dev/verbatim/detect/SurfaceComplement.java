package dev.verbatim.detect;

import static dev.verbatim.detect.Trees.finiteVerbIn;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.DetectionRule;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * When the parser leaves the complement unattached ("said the money would go ..." parsed as an
 * object with a relative clause), the statement is read from the words after the verb. Part of
 * {@link ReportingVerbRule}, which tries {@link InvertedCue} first.
 */
final class SurfaceComplement {
  /** Parts of speech a clause's subject can start with ("the money", "he", "there", "Smith"). */
  private static final ImmutableSet<String> SUBJECT_START = ImmutableSet.of(
      "PRP", "PRP$", "DT", "NN", "NNS", "NNP", "NNPS", "CD", "EX", "JJ", "JJS", "JJR", "PDT");

  private static final ImmutableSet<String> SUBORDINATORS = ImmutableSet.of(
      "as", "because", "when", "while", "after", "before", "if", "since", "until", "although",
      "though", "whereas", "once", "unless", "whether", "who", "which");

  static final DetectionRule ID = DetectionRule.SURFACE_COMPLEMENT;

  private static final ImmutableSet<String> NUMBER_ONE = ImmutableSet.of("one", "1");

  /** Subordinators that are prepositions before a number ("since 2016", "until 2030"). */
  private static final ImmutableSet<String> TIME_PREPOSITIONS = ImmutableSet.of("since", "until", "before", "after");

  private SurfaceComplement() {}

  /**
   * Whether the verb can take a complement read from the words: a finite or progressive reporting
   * verb, or a perfect participle ("has said").
   */
  static boolean applies(AnalyzedText doc, Sentence s, Token verb) {
    boolean perfect = verb.pos().equals("VBN") && verb.index() > s.firstToken()
        && (doc.token(verb.index() - 1).lemma().equals("have")
            || verb.index() - 2 >= s.firstToken() && doc.token(verb.index() - 2).lemma().equals("have"));
    return (verb.pos().equals("VBD") || verb.pos().equals("VBZ") || verb.pos().equals("VBP")
        || verb.pos().equals("VBG") || perfect) && CueLexicon.isReportingVerb(verb.lemma());
  }

  /**
   * The words after the verb: after "that" when it comes within a few words, else from right after
   * the verb (or the person told) when a finite verb follows before the sentence ends; null when
   * there is no such clause.
   */
  static int[] clauseAfter(AnalyzedText doc, Sentence s, Token verb, DocumentQuotes quotes) {
    int end = s.endToken() - 1;
    int first = verb.index() + 1;
    // "She cautions, however, that ...": step over an interjection between commas.
    if (first + 2 <= end && doc.token(first).text().equals(",")) {
      int j = first + 1;
      while (j <= end && j <= first + 3 && doc.token(j).pos().startsWith("RB")) {
        j++;
      }
      if (j > first + 1 && j <= end && doc.token(j).text().equals(",")) {
        first = j + 1;
      }
    }
    if (first > end || quotes.inQuote(first) || doc.token(first).isPunctuation()) {
      return null;
    }
    for (int c : doc.children(verb.index())) {
      if (doc.token(c).relationIs("xcomp") && !doc.token(c).text().equalsIgnoreCase("that")) {
        return null;   // an infinitive ("pledged not to ..."), not a reported clause
      }
    }
    for (int i = first; i <= Math.min(end, first + 10); i++) {
      Token t = doc.token(i);
      if (t.text().equalsIgnoreCase("that") && (t.pos().equals("IN") || i + 1 <= end
          && (doc.token(i + 1).pos().startsWith("PRP") || doc.token(i + 1).pos().equals("DT")
              || doc.token(i + 1).isProperNoun())
          || i == verb.index() + 1 && finiteVerbIn(doc, i + 2, end))) {
        // ("warned that price growth had ...": right after the cue, "that" opens the clause
        // even when the tagger read it as a determiner)
        return i + 1 <= end ? new int[] {i + 1, end} : null;
      }
      if (t.isPunctuation() && !t.text().equals(",") || quotes.inQuote(i)) {
        break;
      }
    }
    if (ReportingVerbRule.INDIRECT_OBJECT_VERBS.contains(verb.lemma())) {
      // "told the Courier he had ...": the clause after the person told.
      int obj = -1;
      for (int c : doc.children(verb.index())) {
        if (doc.token(c).relationIs("obj") || doc.token(c).relationIs("iobj")) {
          obj = Math.max(obj, doc.subtreeRange(c)[1]);
        }
      }
      if (obj < 0 || obj >= end) {
        return null;
      }
      first = obj + 1;
    }
    if (CueLexicon.DOCUMENT_VERBS.contains(verb.lemma()) || !SUBJECT_START.contains(doc.token(first).pos())) {
      return null;
    }
    for (int i = first + 1; i <= Math.min(end, first + 15); i++) {
      Token t = doc.token(i);
      if (quotes.inQuote(i) && !quotes.inQuote(i - 1)) {
        // 'said Whitcombe "has never met a farmer ..."': a quoted predicate after the subject.
        for (int k = i; k <= Math.min(end, i + 2) && quotes.inQuote(k); k++) {
          String pos = doc.token(k).pos();
          if (pos.equals("MD") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
            return new int[] {first, end};
          }
        }
        break;
      }
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (TIME_PREPOSITIONS.contains(lower) && i + 1 <= end && doc.token(i + 1).pos().equals("CD")) {
        i++;   // "... among its drivers since 2016 spoke for itself": a date, not a clause
        continue;
      }
      if (quotes.inQuote(i) || SUBORDINATORS.contains(lower)) {
        break;
      }
      if (t.pos().equals("VBZ") && doc.token(i - 1).pos().equals("CD")
          && !NUMBER_ONE.contains(doc.token(i - 1).text().toLowerCase(Locale.ROOT))) {
        continue;   // "added 14 points and nine rebounds": a number above one takes no "-s" verb, so a noun
      }
      if (t.pos().equals("MD") || t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP")) {
        if (doc.token(i - 1).pos().equals("CC")) {
          return null;   // "signals readiness, but sets conditions": a second verb of the same subject
        }
        if (CueLexicon.isReportingVerb(t.lemma()) && i + 1 <= end
            && (doc.token(i + 1).text().equals(":") || quotes.inQuote(i + 1))) {
          return null;   // "conceded 14 - Tukino said: \"...\"": another attribution, of a quote
        }
        return new int[] {first, end};
      }
    }
    return null;
  }
}

package dev.verbatim.detect;

import com.google.common.collect.ImmutableSet;

/**
 * Words that introduce reported speech. Lemmas, lower case. Immutable; built once per class load.
 */
public final class CueLexicon {
  /** Verbs of saying, arguing and believing whose subject is the speaker and complement the statement. */
  public static final ImmutableSet<String> REPORTING_VERBS = ImmutableSet.of(
      "say", "state", "argue", "warn", "note", "add", "suggest", "believe", "insist", "claim",
      "deny", "caution", "stress", "emphasize", "emphasise", "tell", "write", "tweet", "post",
      "concede", "predict", "acknowledge", "admit", "announce", "explain", "assert", "maintain",
      "contend", "declare", "reveal", "confirm", "indicate", "complain", "estimate", "think",
      "fear", "reply", "respond", "answer", "observe", "remark", "comment", "mention", "conclude",
      "recall", "agree", "allege", "charge", "testify", "report", "promise", "vow", "threaten",
      "propose", "recommend", "joke", "quip", "muse", "continue", "reiterate", "underline",
      "underscore", "highlight", "counter", "retort", "protest", "lament", "boast", "disclose",
      "forecast", "guarantee", "assure", "reassure", "demand", "feel", "suspect",
      "doubt", "reckon", "inform", "brief", "advise", "signal", "hint", "imply", "speculate",
      "posit", "reason", "opine", "concur", "dispute", "recount", "repeat", "blog", "email",
      "text", "whisper", "shout", "cry", "exclaim", "murmur", "sigh", "scoff", "snap", "hope",
      "expect", "worry", "point", "accept", "stipulate", "specify", "pledge", "urge", "insist",
      "contend", "assess", "calculate", "project", "find", "show", "remind", "fume", "rage", "enthuse",
      "gush", "rant", "grumble", "moan", "thunder", "bristle", "sneer", "object", "clarify", "hit", "fire",
      "shoot", "interject");

  /**
   * Verbs that, with "in" right after them, report someone taking the floor beside a quotation
   * ("“For now,” Mrs Kettle cut in."): cues of direct quotations only.
   */
  public static final ImmutableSet<String> BREAKING_IN = ImmutableSet.of("cut", "chip", "chime", "break", "butt");

  /**
   * Verbs that, right after a quotation and with nothing after them, report a follow-up turn
   * ("“So the cut is going ahead?” the Clarion pressed."): cues of direct quotations only.
   */
  public static final ImmutableSet<String> FOLLOW_UP = ImmutableSet.of("press", "persist", "interrupt", "probe");

  /**
   * Reporting verbs that report only with their particle ("pointed out that", "hit back that",
   * "fired back that"); without it they are other verbs.
   */
  public static final com.google.common.collect.ImmutableMap<String, String> PARTICLE_CUES =
      com.google.common.collect.ImmutableMap.of("point", "out", "hit", "back", "fire", "back", "shoot", "back");

  /**
   * Verbs that introduce a quoted question but not reported speech ("“When?” she asked"; "she asked
   * whether ..." is a question, not a statement): cues of direct quotations only, when finite.
   */
  public static final ImmutableSet<String> QUESTION_CUES = ImmutableSet.of("ask", "wonder", "inquire", "enquire");

  /** "is convinced that ...", "is confident that ...": adjectives of a stance, by word. */
  public static final ImmutableSet<String> STANCE_ADJECTIVES = ImmutableSet.of(
      "convinced", "confident", "sure", "certain", "adamant", "optimistic", "hopeful", "pessimistic",
      "persuaded", "skeptical", "sceptical");

  /** Verbs whose direct object, not only a clause, can be the statement ("emphasized rethinking ..."). */
  public static final ImmutableSet<String> OBJECT_REPORTING_VERBS = ImmutableSet.of(
      "emphasize", "emphasise", "stress", "suggest", "propose", "recommend", "urge", "deny",
      "acknowledge", "predict", "announce", "call", "describe", "label", "brand", "praise",
      "criticize", "criticise", "condemn", "defend", "welcome", "accuse", "dismiss");

  /** Verbs of forecasting, whose object is a statement when it holds a figure ("forecast sales of $2 billion"). */
  public static final ImmutableSet<String> FORECAST_VERBS = ImmutableSet.of(
      "expect", "forecast", "predict", "project", "anticipate", "estimate");

  /** Verbs whose statement must contain a quoted fragment to count ("called the plan “a disgrace”"). */
  public static final ImmutableSet<String> NEEDS_QUOTED_OBJECT = ImmutableSet.of(
      "call", "describe", "label", "brand", "praise", "criticize", "criticise", "condemn",
      "defend", "welcome", "deny", "acknowledge", "announce", "predict", "urge", "recommend",
      "propose", "accuse", "dismiss");

  /** Verbs that report only when the subject is a person or organisation, never a document. */
  public static final ImmutableSet<String> DOCUMENT_VERBS = ImmutableSet.of(
      "show", "find", "indicate", "suggest", "state", "conclude", "estimate", "report", "reveal",
      "project", "calculate", "stipulate", "specify");

  /** Nouns of view that with a possessor introduce a statement ("from X's perspective", "in her view"). */
  public static final ImmutableSet<String> VIEW_NOUNS = ImmutableSet.of(
      "perspective", "view", "opinion", "viewpoint", "estimate", "estimation", "assessment",
      "words", "account", "reckoning", "mind", "judgment", "judgement", "analysis", "telling",
      "understanding", "calculation", "estimates", "sources");

  /** Nouns that name what someone said ("These remarks were made by ..."). */
  public static final ImmutableSet<String> STATEMENT_NOUNS = ImmutableSet.of(
      "remark", "remarks", "word", "words", "comment", "comments", "statement", "statements",
      "quote", "verdict", "warning", "message", "claim", "claims", "admission", "assessment",
      "view", "views", "observation", "plea", "appeal", "argument", "answer", "reply", "response",
      "prediction", "promise", "pledge", "criticism", "rebuke", "message", "line", "lines",
      "speech", "testimony", "declaration", "announcement", "tribute", "confession", "comparison",
      "quip", "description", "assurance", "advice");

  private CueLexicon() {}

  /**
   * Whether a sentence can hold or attribute a statement, and so needs a dependency parse: it has
   * a reporting verb, "according to", a view or statement noun, a stance adjective before
   * "that" ("is convinced that"), a quotation mark or a colon. Other
   * sentences are left unparsed, which saves most of the parser's cost. (Parsing sentences with a
   * name followed by a comma too, for titles in appositions, changed no figure on the fixture
   * corpus and cost a tenth of the throughput.)
   *
   * @param words the sentence's tokens
   * @param lemmas their lower-case lemmas
   * @return whether to parse it
   */
  public static boolean worthParsing(java.util.List<String> words, java.util.List<String> lemmas) {
    for (int i = 0; i < lemmas.size(); i++) {
      String l = lemmas.get(i);
      String w = words.get(i);
      if (REPORTING_VERBS.contains(l) || OBJECT_REPORTING_VERBS.contains(l) || l.equals("accord") || l.equals("hear")
          || VIEW_NOUNS.contains(l) || STATEMENT_NOUNS.contains(l) || w.equals(":")
          || w.equals("``") || w.equals("''") || w.equals("`") || w.equals("'")
          || w.indexOf('"') >= 0 || w.indexOf('\u201C') >= 0 || w.indexOf('\u201D') >= 0
          || w.indexOf('\u00AB') >= 0 || w.indexOf('\u00BB') >= 0 || w.indexOf('\u201E') >= 0
          || w.indexOf('\u2018') >= 0) {
        return true;
      }
      if (l.equals("know") && i >= 2 && words.get(i - 1).equals("to")
          && ReportedQuestionRule.WANTING.contains(lemmas.get(i - 2)) && i + 1 < words.size()
          && ReportedQuestionRule.INTERROGATIVES.contains(words.get(i + 1).toLowerCase(java.util.Locale.ROOT))) {
        return true;   // "wanted to know whether ...": a reported question
      }
      if (l.equals("put") && i + 2 < words.size() && words.get(i + 1).equals("it") && words.get(i + 2).equals("to")) {
        return true;   // "put it to her that ...": counsel's question as a statement
      }
      if (ReportedQuestionRule.VERBS.contains(l) && i + 1 < words.size()) {
        boolean agent = i > 0;   // "Asked whether ..., she said" names no asker: not worth a parse
        for (int j = i + 1; j < Math.min(words.size(), i + 12); j++) {
          String wj = words.get(j).toLowerCase(java.util.Locale.ROOT);
          agent |= wj.equals("by");
          if (ReportedQuestionRule.INTERROGATIVES.contains(wj)) {
            if (agent) {
              return true;   // "asked Mr Baird whether ...", "Asked by Mr Okonjo how ...": a reported question
            }
            break;
          }
        }
      }
      if (i + 1 < words.size() && words.get(i + 1).equalsIgnoreCase("that")
          && STANCE_ADJECTIVES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return true;   // "is convinced that": the tree gives its subject
      }

    }
    return false;
  }

  /**
   * @param lemma a lower-case lemma
   * @return whether it is a reporting verb
   */
  public static boolean isReportingVerb(String lemma) {
    return REPORTING_VERBS.contains(lemma);
  }
}

package dev.verbatim.detect;

import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An interview printed without labels, as scraped web copy prints one whose questions were in
 * bold: one-paragraph questions alternating with answer paragraphs, each answer a direct statement
 * by the person the article names most often ({@link DetectionRule#INTERVIEW_TURN}). Stateless.
 */
final class InterviewTurns {
  static final DetectionRule ID = DetectionRule.INTERVIEW_TURN;

  /** Words that announce an interview before its first question. */
  private static final Pattern INTERVIEW_FRAME = Pattern.compile(
      "(?i)\\binterview|\\bQ\\s?&\\s?A\\b|\\bspoke (?:to|with)\\b|\\btalked (?:to|with)\\b|\\bconversation\\b"
          + "|\\bedited for (?:length|clarity)|\\bcondensed\\b");

  private InterviewTurns() {}

  /**
   * An interview printed without labels, as scraped web copy prints one whose questions were in
   * bold: paragraphs that are a single question alternate with answer paragraphs. Read only when
   * an interview is announced before the first question ("interview", "spoke to", "edited for
   * length", …) and at least three questions each have an answer; each answer, its paragraphs up
   * to the next question, is a direct statement by the person the article names most often.
   */
  static List<Detected> find(AnalyzedText doc) {
    List<Span> paragraphs = doc.paragraphs();
    String text = doc.text();
    int firstQuestion = -1;
    int answered = 0;
    List<Span> answers = new ArrayList<>();
    boolean afterQuestion = false;
    boolean continuing = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      String para = paragraphs.get(p).in(text).strip();
      if (isBareQuestion(para)) {
        continuing = false;
        if (afterQuestion) {
          return List.of(); // two questions in a row: not an interview's alternation
        }
        firstQuestion = firstQuestion < 0 ? p : firstQuestion;
        afterQuestion = true;
      } else if (firstQuestion >= 0) {
        if (!isAnswer(para)) {
          afterQuestion = false;
          continuing = false;
          continue;
        }
        answered += afterQuestion ? 1 : 0;
        Span a = trimmed(paragraphs.get(p), text);
        if (continuing && !afterQuestion) {
          // An answer over several paragraphs is one statement, as a quotation over several is.
          a = Span.of(answers.remove(answers.size() - 1).start(), a.end());
        }
        answers.add(a);
        afterQuestion = false;
        continuing = true;
      }
    }
    if (answered < 3 || !INTERVIEW_FRAME.matcher(
        text.substring(0, paragraphs.get(firstQuestion).start())).find()) {
      return List.of();
    }
    int interviewee = InterviewFinder.mostNamedPerson(doc);
    List<Detected> out = new ArrayList<>();
    for (Span a : answers) {
      Statement st = new Statement(a, QuoteType.DIRECT, null, ID);
      out.add(interviewee >= 0 ? Detected.attributed(st, interviewee, AttributionRule.INTERVIEW_TURN)
          : Detected.unattributed(st));
    }
    return out;
  }

  private static Span trimmed(Span s, String text) {
    int a = s.start();
    int b = s.end();
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return Span.of(a, b);
  }

  /** A paragraph that is one short question, not in quotation marks: an interviewer's turn. */
  private static boolean isBareQuestion(String para) {
    return para.endsWith("?") && para.length() <= 400 && !QuoteMarks.isQuoteChar(para.charAt(0))
        && para.indexOf('\n') < 0;
  }

  /** A paragraph that can be an answer: prose of its own, not a quotation or a caption. */
  private static boolean isAnswer(String para) {
    return para.length() >= 2 && !QuoteMarks.isQuoteChar(para.charAt(0))
        && ".!?…\"”’)".indexOf(para.charAt(para.length() - 1)) >= 0;
  }
}

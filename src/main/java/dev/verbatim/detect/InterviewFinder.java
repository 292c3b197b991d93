package dev.verbatim.detect;

import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Question-and-answer interviews: paragraphs that open with a speaker label ("A:", "Answer:",
 * or a person's surname followed by a colon). Each answer is a direct statement by the labelled
 * person; "A:" answers belong to the person the article names most often. Questions ("Q:") are
 * not reported. Only documents with at least two labelled paragraphs are read as interviews;
 * interviews printed without labels are read from the alternation of question and answer
 * paragraphs.
 * Stateless; thread-safe.
 */
public final class InterviewFinder {
  /** Any character but a capital letter. */
  private static final Pattern NOT_UPPER = Pattern.compile("[^\\p{Lu}]");
  private static final Pattern LABEL = Pattern.compile(
      "^([\\p{Lu}][\\p{L}’'\\-]{0,30}|Q|A|\\p{Lu}\\.\\s?\\p{Lu}\\.)\\s*:\\s+");
  /** A label of initials ("SK:", "S.K.:"). */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,3}|\\p{Lu}\\.\\s?\\p{Lu}\\.");

  /**
   * @param doc the analysed text
   * @return the answers as direct statements, attributed where the label names someone
   */
  public List<Statement> find(AnalyzedText doc) {
    List<Span> paragraphs = doc.paragraphs();
    List<int[]> labelled = new ArrayList<>();
    int questions = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      Matcher m = LABEL.matcher(paragraphs.get(p).in(doc.text()));
      if (m.find()) {
        String label = m.group(1);
        if (label.equals("Q") || label.equalsIgnoreCase("Question")) {
          questions++;
        } else {
          labelled.add(new int[] {p, m.end(), m.end(1)});
        }
      }
    }
    List<Statement> out = new ArrayList<>();
    if (labelled.isEmpty() && questions == 0) {
      return unlabelled(doc);
    }
    if (questions == 0) {
      // Initials on both sides ("MD:" asks, "SK:" answers): the label whose turns end in "?" asks.
      String asker = questionLabel(doc, labelled);
      if (asker == null) {
        return out;
      }
      List<int[]> answers = new ArrayList<>();
      for (int[] l : labelled) {
        String label = doc.text().substring(paragraphs.get(l[0]).start(), paragraphs.get(l[0]).start() + l[2]);
        if (!label.equals(asker) && INITIALS.matcher(label).matches()) {
          answers.add(l);
        }
      }
      labelled = answers;
    }
    if (labelled.size() < 2) {
      return out;
    }
    int interviewee = mostNamedPerson(doc);
    for (int[] l : labelled) {
      Span para = paragraphs.get(l[0]);
      Span content = Span.of(para.start() + l[1], para.end());
      if (content.length() < 2) {
        continue;
      }
      int labelToken = doc.tokenAtOrAfter(para.start());
      Token lt = doc.token(labelToken);
      String label = doc.text().substring(para.start(), para.start() + l[2]);
      int speaker = INITIALS.matcher(label).matches() ? personWithInitials(doc, label)
          : lt.ner().equals("PERSON") ? labelToken
          : lt.text().length() <= 6 && lt.text().toLowerCase(Locale.ROOT).startsWith("a") ? interviewee
          : personNamed(doc, lt.text());
      Statement st = new Statement(content, QuoteType.DIRECT, null);
      if (speaker >= 0) {
        st.attribute(speaker, "interview-label", 0.85);
      }
      out.add(st);
    }
    return out;
  }

  /**
   * An interview printed without labels, as scraped web copy prints one whose questions were in
   * bold: paragraphs that are a single question alternate with answer paragraphs. Read only when
   * an interview is announced before the first question ("interview", "spoke to", "edited for
   * length", …) and at least three questions each have an answer; each answer, its paragraphs up
   * to the next question, is a direct statement by the person the article names most often.
   */
  private static List<Statement> unlabelled(AnalyzedText doc) {
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
    int interviewee = mostNamedPerson(doc);
    List<Statement> out = new ArrayList<>();
    for (Span a : answers) {
      Statement st = new Statement(a, QuoteType.DIRECT, null);
      if (interviewee >= 0) {
        st.attribute(interviewee, "interview-turn", 0.8);
      }
      out.add(st);
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

  /** Words that announce an interview before its first question. */
  private static final Pattern INTERVIEW_FRAME = Pattern.compile(
      "(?i)\\binterview|\\bQ\\s?&\\s?A\\b|\\bspoke (?:to|with)\\b|\\btalked (?:to|with)\\b|\\bconversation\\b"
          + "|\\bedited for (?:length|clarity)|\\bcondensed\\b");

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

  /**
   * Among labels of initials, the one whose turns mostly end with a question mark; null when the
   * labels are not initials or no label asks.
   */
  private static String questionLabel(AnalyzedText doc, List<int[]> labelled) {
    Map<String, int[]> stats = new HashMap<>();
    for (int[] l : labelled) {
      Span para = doc.paragraphs().get(l[0]);
      String label = doc.text().substring(para.start(), para.start() + l[2]);
      if (!INITIALS.matcher(label).matches()) {
        continue;
      }
      int[] st = stats.computeIfAbsent(label, k -> new int[2]);
      st[0]++;
      st[1] += para.in(doc.text()).strip().endsWith("?") ? 1 : 0;
    }
    if (stats.size() < 2) {
      return null;
    }
    for (Map.Entry<String, int[]> e : stats.entrySet()) {
      if (e.getValue()[1] * 2 > e.getValue()[0]) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The first token of a person's name whose words start with the label's letters, or -1. */
  private static int personWithInitials(AnalyzedText doc, String label) {
    String letters = NOT_UPPER.matcher(label).replaceAll("");
    int n = doc.tokens().size();
    for (int i = 0; i < n; i++) {
      if (!doc.token(i).isProperNoun()
          || i > 0 && doc.token(i - 1).isProperNoun() && doc.token(i - 1).sentence() == doc.token(i).sentence()) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      int j = i;
      while (j < n && doc.token(j).isProperNoun() && doc.token(j).sentence() == doc.token(i).sentence()) {
        initials.append(doc.token(j).text().charAt(0));
        j++;
      }
      if (initials.toString().equals(letters)) {
        return j - 1;
      }
    }
    return -1;
  }

  private static int mostNamedPerson(AnalyzedText doc) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    String best = null;
    for (Token t : doc.tokens()) {
      if (t.ner().equals("PERSON") && (t.index() + 1 >= doc.tokens().size()
          || !doc.token(t.index() + 1).ner().equals("PERSON"))) {
        int c = counts.merge(t.text(), 1, Integer::sum);
        first.putIfAbsent(t.text(), t.index());
        if (best == null || c > counts.get(best)) {
          best = t.text();
        }
      }
    }
    return best == null ? -1 : first.get(best);
  }

  private static int personNamed(AnalyzedText doc, String word) {
    for (Token t : doc.tokens()) {
      if (t.ner().equals("PERSON") && t.text().equals(word)) {
        return t.index();
      }
    }
    return -1;
  }
}

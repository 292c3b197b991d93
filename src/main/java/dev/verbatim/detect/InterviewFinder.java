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
 * not reported. Only documents with at least two labelled paragraphs are read as interviews.
 * Stateless; thread-safe.
 */
public final class InterviewFinder {
  private static final Pattern LABEL = Pattern.compile("^([\\p{Lu}][\\p{L}’'\\-]{0,30}|Q|A)\\s*:\\s+");

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
    if (labelled.size() < 2 || questions == 0) {
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
      int speaker = lt.ner().equals("PERSON") ? labelToken
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

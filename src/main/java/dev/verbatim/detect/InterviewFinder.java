package dev.verbatim.detect;

import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Question-and-answer interviews: paragraphs that open with a speaker label ("A:", "Answer:",
 * or a person's surname followed by a colon). Each answer is a direct statement by the labelled
 * person ({@link DetectionRule#INTERVIEW_LABEL}); "A:" answers belong to the person the article
 * names most often. Questions are statements of the label that asks when it names someone
 * ("Strata:", "MD:"); unnamed questions ("Q:") are not reported. Only documents with at least two labelled
 * paragraphs are read as interviews; a document without labels goes to {@link InterviewTurns}.
 * Stateless; thread-safe.
 */
public final class InterviewFinder {
  /** Any character but a capital letter. */
  private static final Pattern NOT_UPPER = Pattern.compile("[^\\p{Lu}]");
  private static final Pattern LABEL = Pattern.compile(
      "^([\\p{Lu}][\\p{L}’'\\-]{0,30}|Q|A|\\p{Lu}\\.\\s?\\p{Lu}\\.)\\s*:\\s+");
  /** A label of initials ("SK:", "S.K.:"). */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,3}|\\p{Lu}\\.\\s?\\p{Lu}\\.");

  private final boolean labels;
  private final boolean turns;

  /** Creates a finder with both rules on. */
  public InterviewFinder() {
    this(Set.of());
  }

  /**
   * Creates a finder.
   *
   * @param disabled detection rules switched off ({@link DetectionRule#INTERVIEW_LABEL},
   *     {@link DetectionRule#INTERVIEW_TURN}): their statements are not made
   */
  public InterviewFinder(Set<DetectionRule> disabled) {
    this.labels = !disabled.contains(DetectionRule.INTERVIEW_LABEL);
    this.turns = !disabled.contains(InterviewTurns.ID);
  }

  /**
   * @param doc the analysed text
   * @return the answers as direct statements, attributed where the label names someone
   */
  public List<Detected> find(AnalyzedText doc) {
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
    List<Detected> out = new ArrayList<>();
    if (labelled.isEmpty() && questions == 0) {
      return turns ? InterviewTurns.find(doc) : out;
    }
    if (!labels) {
      return out;
    }
    List<int[]> asked = new ArrayList<>();
    if (questions == 0) {
      // A label on both sides ("MD:" asks, "SK:" answers; "Strata:" asks, "Ruakere:" answers): the
      // label whose turns mostly end in "?" asks.
      String asker = questionLabel(doc, labelled);
      if (asker == null) {
        return out;
      }
      List<int[]> answers = new ArrayList<>();
      for (int[] l : labelled) {
        String label = doc.text().substring(paragraphs.get(l[0]).start(), paragraphs.get(l[0]).start() + l[2]);
        if (label.equals(asker)) {
          asked.add(l);
        } else if (INITIALS.matcher(label).matches() == INITIALS.matcher(asker).matches()) {
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
      Statement st = new Statement(content, QuoteType.DIRECT, null, DetectionRule.INTERVIEW_LABEL);
      out.add(speaker >= 0 ? Detected.attributed(st, speaker, AttributionRule.INTERVIEW_LABEL)
          : Detected.unattributed(st));
    }
    // The questions too, when the label names the one who asks ("Strata:", "MD:"): every turn of
    // the exchange is a statement; unnamed askers ("Q:") are left out.
    for (int[] l : asked) {
      Span para = paragraphs.get(l[0]);
      Span content = Span.of(para.start() + l[1], para.end());
      String label = doc.text().substring(para.start(), para.start() + l[2]);
      int speaker = INITIALS.matcher(label).matches() ? personWithInitials(doc, label) : namedElsewhere(doc, label, para);
      if (content.length() < 2 || speaker < 0) {
        continue;
      }
      Statement st = new Statement(content, QuoteType.DIRECT, null, DetectionRule.INTERVIEW_LABEL);
      out.add(Detected.attributed(st, speaker, AttributionRule.INTERVIEW_LABEL));
    }
    out.sort(java.util.Comparator.comparing(d -> d.statement().span()));
    return out;
  }

  /** The last token of the first name or organisation outside the labels written as the label, or -1. */
  private static int namedElsewhere(AnalyzedText doc, String label, Span labelParagraph) {
    for (Token t : doc.tokens()) {
      if (t.text().equals(label) && (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION") || t.isProperNoun())
          && doc.paragraphAtOrAfter(t.begin()) != doc.paragraphAtOrAfter(labelParagraph.start())
          && !(t.index() + 1 < doc.tokens().size() && doc.token(t.index() + 1).text().equals(":")
              && doc.token(t.index()).begin() == doc.paragraphs().get(doc.paragraphAtOrAfter(t.begin())).start())) {
        return t.index();
      }
    }
    return -1;
  }





  /**
   * Among the labels, the one whose turns mostly end with a question mark; null when there are
   * fewer than two labels or no label asks.
   */
  private static String questionLabel(AnalyzedText doc, List<int[]> labelled) {
    Map<String, int[]> stats = new HashMap<>();
    for (int[] l : labelled) {
      Span para = doc.paragraphs().get(l[0]);
      String label = doc.text().substring(para.start(), para.start() + l[2]);
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

  /** The first mention of the person the article names most often (the first named, on a tie), or -1. */
  static int mostNamedPerson(AnalyzedText doc) {
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

package dev.verbatim.detect;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.verbatim.DetectionRule;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds reported speech: each word outside quotations is offered to the rules of reported speech,
 * in order, and the first that takes it reads it: a statement about the thing a relative clause
 * describes ({@link RelativeGapRule}: "a rule the agency says could prevent ..."), a reporting verb
 * with its speaker and statement ({@link ReportingVerbRule}: "X argued that ...", "..., X said",
 * "X quoted Y as saying ..."),
 * "according to X, ..." ({@link AccordingToRule}), a view noun ({@link ViewNounRule}: "from X's
 * perspective, ..."), "X's position is that ..." ({@link PositionIsThatRule}), "the court heard
 * that ..." ({@link CourtHeardRule}) and a stance ({@link StanceRule}: "expressed concern that
 * ..."). A complement containing a quoted fragment makes a mixed statement; a complement that is
 * exactly one quotation makes that quotation a direct statement with this cue and speaker
 * ({@link DetectionRule#QUOTED_COMPLEMENT}). A statement whose detection rule is switched off is
 * dropped before it claims any quotation.
 * Stateless; thread-safe.
 */
public final class ReportedSpeechFinder {
  /** Participles that open a sentence with the question put to its speaker ("Asked whether ..., "). */
  private static final ImmutableSet<String> QUESTION_OPENERS =
      ImmutableSet.of("asked", "questioned", "pressed", "challenged", "quizzed");

  private final SpeechRule questions = new ReportedQuestionRule();
  private final ImmutableList<SpeechRule> rules;
  private final ImmutableSet<DetectionRule> enabled;

  /**
   * Creates a finder with every rule on; it holds no per-document state.
   *
   * @param mentions builds speaker mentions from subject heads
   */
  public ReportedSpeechFinder(MentionBuilder mentions) {
    this(mentions, Set.of());
  }

  /**
   * Creates a finder; it holds no per-document state.
   *
   * @param mentions builds speaker mentions from subject heads
   * @param disabled detection rules switched off: their statements are not made
   */
  public ReportedSpeechFinder(MentionBuilder mentions, Set<DetectionRule> disabled) {
    checkNotNull(mentions, "mentions");
    // In the order they are offered a word; the first that takes it is the only one to read it.
    this.rules = ImmutableList.of(questions, new RelativeGapRule(mentions), new ReportingVerbRule(mentions),
        new AccordingToRule(mentions),
        new ViewNounRule(mentions), new PositionIsThatRule(mentions), new CourtHeardRule(),
        new StanceRule(mentions));
    this.enabled = Sets.immutableEnumSet(Sets.difference(Set.of(DetectionRule.values()), disabled));
  }

  /**
   * @param doc the analysed text
   * @param quotes its outermost quotations
   * @param directCue receives, per outer quotation index, a direct statement found here (its cue
   *     and speaker), or keeps null
   * @param absorbed receives true for quotations that became part of a mixed statement
   * @return indirect and mixed statements with the speakers read beside them, in no particular order
   */
  public List<Detected> find(AnalyzedText doc, DocumentQuotes quotes, Detected[] directCue, boolean[] absorbed) {
    List<Detected> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int from = questionClauseEnd(doc, s, quotes);
      if (from > s.firstToken()) {
        // "Asked by Senator Voss whether ..., she said ...": the question is the asker's; nothing
        // else in its clause is reported speech.
        Token opener = doc.token(s.firstToken());
        if (questions.triggers(doc, s, opener)) {
          Detected st = questions.find(doc, s, opener, quotes);
          if (st != null) {
            classify(doc, st, quotes, out, directCue, absorbed);
          }
        }
      }
      for (int i = from; i < s.endToken(); i++) {
        if (quotes.inQuote(i)) {
          continue;
        }
        Token t = doc.token(i);
        for (SpeechRule rule : rules) {
          if (rule.triggers(doc, s, t)) {
            Detected st = rule.find(doc, s, t, quotes);
            if (st != null) {
              classify(doc, st, quotes, out, directCue, absorbed);
              if (st.statement().alsoReported() != null) {
                classify(doc, alsoReported(st), quotes, out, directCue, absorbed);
              }
            } else if (!rule.exclusive()) {
              continue;
            }
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * Where the sentence's main clause starts after an opening question put to the speaker ("Asked
   * what she would say to households, Fairbairn acknowledged that ...", "Asked if he thought it
   * was a penalty, Ferreira smiled"): the verbs of the question are the reporter's words, not a
   * statement. The sentence's first token when it opens with no such question.
   */
  private static int questionClauseEnd(AnalyzedText doc, Sentence s, DocumentQuotes quotes) {
    int first = s.firstToken();
    Token t = doc.token(first);
    if (!QUESTION_OPENERS.contains(t.text().toLowerCase(Locale.ROOT)) || !t.pos().startsWith("VB")) {
      return first;
    }
    for (int i = first + 1; i < s.endToken() && !quotes.inQuote(i); i++) {
      if (doc.token(i).text().equals(",")) {
        return i + 1;
      }
    }
    return first;
  }

  /**
   * Files a statement a rule found: reported speech that is a quotation, or lies inside one, makes
   * that quotation a direct statement ({@link DetectionRule#QUOTED_COMPLEMENT}); one holding
   * quotations is mixed and absorbs them; the rest is indirect. A statement whose rule is switched
   * off claims nothing.
   */
  private void classify(AnalyzedText doc, Detected found, DocumentQuotes quotes, List<Detected> out,
      Detected[] directCue, boolean[] absorbed) {
    Statement st = found.statement();
    int host = hostQuote(doc, st.span(), quotes);
    if (host >= 0) {
      // Reported speech found inside a quotation is the quotation's own cue ("X said: “A. B.”").
      if (directCue[host] == null && !quotes.inQuote(st.cueToken()) && enabled.contains(DetectionRule.QUOTED_COMPLEMENT)) {
        directCue[host] = quotation(found, quotes.outer().get(host));
      }
      return;
    }
    List<Integer> inside = quotes.quotesWithin(st.span());
    if (inside.size() == 1) {
      QuotedSpan q = quotes.outer().get(inside.get(0));
      Span rest = st.span();
      int outside = rest.length() - q.outer().length();
      if (outside <= 2 || (q.outer().start() <= rest.start() + 1 && q.outer().end() >= rest.end() - 1)) {
        if (directCue[inside.get(0)] == null && enabled.contains(DetectionRule.QUOTED_COMPLEMENT)) {
          directCue[inside.get(0)] = quotation(found, q);
        }
        return;
      }
    }
    if (!enabled.contains(st.detection())) {
      return;
    }
    if (!inside.isEmpty()) {
      found = found.withStatement(st.withType(QuoteType.MIXED));
      for (int q : inside) {
        absorbed[q] = true;
      }
    } else if (st.cueLemma() != null && CueLexicon.NEEDS_QUOTED_OBJECT.contains(st.cueLemma())
        && found.rule() == AttributionRule.CUE_OBJECT && !CueLexicon.FORECAST_VERBS.contains(st.cueLemma())
        && !accusationOfAnAct(doc, st)) {
      return;
    }
    out.add(found);
  }

  /**
   * "accused the executive of letting the building rot": an accusation of doing something is a
   * claim about what someone did, reported speech with or without quotation marks ("accused of
   * fraud", a noun, is not read here).
   */
  private static boolean accusationOfAnAct(AnalyzedText doc, Statement st) {
    if (!"accuse".equals(st.cueLemma())) {
      return false;
    }
    int first = doc.tokenAtOrAfter(st.span().start());
    for (int i = first; i + 1 < doc.tokens().size() && doc.token(i).end() <= st.span().end(); i++) {
      if (doc.token(i).text().equalsIgnoreCase("of") && doc.token(i + 1).pos().equals("VBG")) {
        return true;
      }
    }
    return false;
  }

  /** The second statement of a cue that reports two ("A, he said, and B"), with its cue and speaker. */
  private static Detected alsoReported(Detected found) {
    Statement st = found.statement();
    Statement second = new Statement(st.alsoReported(), QuoteType.INDIRECT, null, st.detection(), st.cueToken(),
        st.cueSpan(), st.cueLemma());
    return Detected.attributed(second, found.speakerHead(), found.rule());
  }

  /** The quotation as a direct statement with the cue and speaker of the reported speech {@code found}. */
  private static Detected quotation(Detected found, QuotedSpan q) {
    Statement st = found.statement();
    Statement d = new Statement(q.content(), QuoteType.DIRECT, q, DetectionRule.QUOTED_COMPLEMENT, st.cueToken(),
        st.cueSpan(), st.cueLemma());
    return Detected.attributed(d, found.speakerHead(), AttributionRule.CUE_SUBJECT);
  }


  /** The quotation holding at least half of {@code span}, or -1. */
  private static int hostQuote(AnalyzedText doc, Span span, DocumentQuotes quotes) {
    int first = doc.tokenAtOrAfter(span.start());
    int last = doc.tokenAtOrAfter(Math.max(span.start(), span.end() - 1));
    for (int t : new int[] {first, last}) {
      if (t < doc.tokens().size() && quotes.inQuote(t)) {
        QuotedSpan q = quotes.outer().get(quotes.quoteOf(t));
        int overlap = Math.min(q.content().end(), span.end()) - Math.max(q.content().start(), span.start());
        if (overlap * 2 >= span.length() && !span.contains(q.outer())) {
          return quotes.quoteOf(t);
        }
      }
    }
    return -1;
  }
}

package dev.verbatim.entity;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.verbatim.Mention;
import dev.verbatim.detect.AttributionRule;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.rank.DecisionKind;
import dev.verbatim.rank.Feature;
import dev.verbatim.rank.RankingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ranks the candidate speakers of a quotation with no attribution in its own sentence, once every
 * statement has an entity: the previous speaker, the other side of an exchange, the next speaker,
 * and the people the reporter names after the previous statement. Records each choice for
 * training; lets the ranking model decide when it has weights for {@link DecisionKind#QUOTATION}.
 */
public final class QuotationRanker {
  /** The rules whose statements are uncued quotations. */
  private static final ImmutableSet<AttributionRule> UNCUED = Sets.immutableEnumSet(AttributionRule.SAME_PARAGRAPH,
      AttributionRule.PREVIOUS_PARAGRAPH, AttributionRule.NEXT_STATEMENT, AttributionRule.DIALOGUE_TURN,
      AttributionRule.EXCHANGE_TURN, AttributionRule.ADDRESSED_BY_NAME, AttributionRule.QUESTIONER,
      AttributionRule.INTRO_SENTENCE);
  /** How far back, in paragraphs, a previous speaker or a named person counts. */
  private static final int REACH = 3;
  /** How far back, in the reporter's sentences, a person named in the narrative counts. */
  private static final int RECENT_SENTENCES = 6;
  /** A quotation that speaks to someone. */
  private static final Pattern SECOND_PERSON =
      Pattern.compile("\\b(?:you|your|yours|yourself)\\b", Pattern.CASE_INSENSITIVE);

  private QuotationRanker() {}

  /** One candidate, with where it came from. */
  private static final class Candidate {
    final Entity entity;
    ExchangeTurns.Turn turn;
    int namedToken = -1;
    final double[] x = new double[Feature.ALL.size()];

    Candidate(Entity entity) {
      this.entity = entity;
    }
  }

  /**
   * Ranks the uncued quotations' speakers in document order.
   *
   * @param doc the analysed text
   * @param turns one per statement, in document order, as revised so far
   * @param paragraphs the paragraph each statement starts in
   * @param resolver the resolver, for the reporter's mentions
   * @param model the model, or null for the rules' choices
   * @param record where to record choices among several candidates, or null
   */
  public static void rank(AnalyzedText doc, List<ExchangeTurns.Turn> turns, int[] paragraphs, EntityResolver resolver,
      RankingModel model, List<RankedChoice> record) {
    boolean decide = model != null && model.decides(DecisionKind.QUOTATION);
    if (!decide && record == null) {
      return;
    }
    for (int i = 0; i < turns.size(); i++) {
      ExchangeTurns.Turn t = turns.get(i);
      if (t.statement.quote() == null || !UNCUED.contains(t.rule)) {
        continue;
      }
      Map<Entity, Candidate> cands = candidates(doc, turns, paragraphs, resolver, i);
      if (cands.size() < 2) {
        continue;
      }
      List<Entity> es = new ArrayList<>();
      List<double[]> xs = new ArrayList<>();
      List<Double> rs = new ArrayList<>();
      for (Candidate c : cands.values()) {
        es.add(c.entity);
        xs.add(c.x.clone());
        rs.add(c.x[Feature.RULE_CHOICE.ordinal()]);
      }
      int site = doc.tokenAtOrAfter(t.statement.span().start());
      if (record != null) {
        record.add(new RankedChoice(site, DecisionKind.QUOTATION, es, xs, rs));
      }
      if (!decide) {
        continue;
      }
      double[] p = model.probabilities(DecisionKind.QUOTATION, xs);
      int best = 0;
      for (int k = 1; k < p.length; k++) {
        if (p[k] > p[best]) {
          best = k;
        }
      }
      Candidate chosen = new ArrayList<>(cands.values()).get(best);
      if (chosen.entity == t.entity) {
        continue;
      }
      t.entity = chosen.entity;
      t.rule = AttributionRule.QUOTATION_RANKER;
      if (chosen.turn != null) {
        t.source = chosen.turn.source;
        t.mention = chosen.turn.hasRevisedMention() ? chosen.turn.revisedMention() : resolver.mentionOf(chosen.turn.source);
      } else {
        t.mention = resolver.mentionAt(chosen.namedToken);
      }
      t.mentionSet = true;
    }
  }

  private static Map<Entity, Candidate> candidates(AnalyzedText doc, List<ExchangeTurns.Turn> turns, int[] paragraphs,
      EntityResolver resolver, int i) {
    ExchangeTurns.Turn t = turns.get(i);
    Map<Entity, Candidate> out = new LinkedHashMap<>();
    String content = t.statement.quote().content().in(doc.text());
    Set<String> addressed = ExchangeTurns.addressedSurnames(content);
    ExchangeTurns.Turn prev = null;
    for (int j = i - 1; j >= 0 && paragraphs[i] - paragraphs[j] <= REACH; j--) {
      if (turns.get(j).entity != null) {
        prev = turns.get(j);
        break;
      }
    }
    int prevIndex = prev == null ? -1 : turns.indexOf(prev);
    if (prev != null) {
      Candidate c = out.computeIfAbsent(prev.entity, Candidate::new);
      c.turn = prev;
      c.x[Feature.PREVIOUS_SPEAKER.ordinal()] = 1;
      c.x[Feature.PARAGRAPHS.ordinal()] = Math.min(3, paragraphs[i] - paragraphs[prevIndex]);
      for (int j = prevIndex - 1; j >= 0 && paragraphs[prevIndex] - paragraphs[j] <= REACH; j--) {
        ExchangeTurns.Turn other = turns.get(j);
        if (other.entity != null && other.entity != prev.entity) {
          Candidate o = out.computeIfAbsent(other.entity, Candidate::new);
          if (o.turn == null) {
            o.turn = other;
            o.x[Feature.PARAGRAPHS.ordinal()] = Math.min(3, paragraphs[i] - paragraphs[j]);
          }
          o.x[Feature.OTHER_SIDE.ordinal()] = 1;
          boolean question = ExchangeTurns.isQuestion(doc, t);
          if (question != ExchangeTurns.isQuestion(doc, prev)) {
            o.x[Feature.QUESTION_TURN.ordinal()] = 1;
          }
          break;
        }
      }
    }
    if (i + 1 < turns.size() && paragraphs[i + 1] - paragraphs[i] <= 1) {
      ExchangeTurns.Turn next = turns.get(i + 1);
      if (next.entity != null && !UNCUED.contains(next.rule)) {
        Candidate c = out.computeIfAbsent(next.entity, Candidate::new);
        if (c.turn == null) {
          c.turn = next;
          c.x[Feature.PARAGRAPHS.ordinal()] = Math.min(3, Math.abs(paragraphs[i + 1] - paragraphs[i]));
        }
        c.x[Feature.NEXT_SPEAKER.ordinal()] = 1;
      }
    }
    int from = prev == null ? Math.max(0, doc.tokenAtOrAfter(t.statement.span().start()) - 200)
        : doc.tokenAtOrAfter(prev.statement.span().end());
    int to = doc.tokenAtOrAfter(t.statement.quote().open());
    int quoteSentence = to < doc.tokens().size() ? doc.token(to).sentence() : -1;
    int named = 0;
    for (EntityResolver.NarrativeMention m : resolver.mentionsBetween(from, to)) {
      if (named++ >= 2) {
        break;
      }
      Candidate c = out.computeIfAbsent(m.entity(), Candidate::new);
      if (c.turn == null && c.namedToken < 0) {
        c.namedToken = m.token();
      }
      c.x[Feature.NAMED_SINCE.ordinal()] = 1;
      int s = doc.token(m.token()).sentence();
      if (m.subject() && (s == quoteSentence || s == quoteSentence - 1)) {
        c.x[Feature.NARRATIVE_SUBJECT.ordinal()] = 1;
      }
    }
    for (EntityResolver.NarrativeMention m : resolver.personsBefore(to, RECENT_SENTENCES, 3)) {
      Candidate c = out.computeIfAbsent(m.entity(), Candidate::new);
      if (c.turn == null && c.namedToken < 0) {
        c.namedToken = m.token();
      }
      c.x[Feature.NAMED_RECENTLY.ordinal()] = 1;
      if (resolver.questioner(m.token())) {
        c.x[Feature.QUESTIONER.ordinal()] = 1;
      }
      if (resolver.questioned(m.token())) {
        c.x[Feature.QUESTIONED.ordinal()] = 1;
      }
    }
    if (t.entity != null) {
      Candidate c = out.computeIfAbsent(t.entity, Candidate::new);
      if (c.turn == null && c.namedToken < 0) {
        c.turn = t;
      }
      c.x[Feature.RULE_CHOICE.ordinal()] = 1;
    }
    boolean question = ExchangeTurns.isQuestion(doc, t);
    boolean prevQuestion = prev != null && ExchangeTurns.isQuestion(doc, prev);
    Set<String> addressedBefore = prev == null || prev.statement.quote() == null ? Set.of()
        : ExchangeTurns.addressedSurnames(prev.statement.quote().content().in(doc.text()));
    boolean you = SECOND_PERSON.matcher(content).find();
    for (Candidate c : out.values()) {
      c.x[Feature.HAS_SPOKEN.ordinal()] = c.entity.speakerCount > 0 ? 1 : 0;
      c.x[Feature.ADDRESSED.ordinal()] = ExchangeTurns.addressed(c.entity, addressed) ? 1 : 0;
      c.x[Feature.ADDRESSED_BEFORE.ordinal()] = ExchangeTurns.addressed(c.entity, addressedBefore) ? 1 : 0;
      if (prev != null && c.entity != prev.entity) {
        c.x[Feature.ANSWERS_QUESTION.ordinal()] = prevQuestion && !question ? 1 : 0;
        c.x[Feature.ASKS_BACK.ordinal()] = question && !prevQuestion && prev.statement.quote() != null ? 1 : 0;
      }
      if (prev != null && c.entity == prev.entity && you) {
        c.x[Feature.YOU_TO_PREVIOUS.ordinal()] = 1;
      }
    }
    // A candidate with no way to give a mention cannot be chosen.
    out.values().removeIf(c -> c.turn == null && c.namedToken < 0);
    return out;
  }
}

package dev.verbatim.entity;

import dev.verbatim.mention.Gender;
import dev.verbatim.rank.DecisionKind;
import dev.verbatim.rank.RankingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a pronoun or a role has several candidate antecedents: records each choice (when asked
 * to, for training), lets the ranking model choose the kinds of choice it has weights for, and
 * notes the close calls, by the rules' score margin or the model's probability. One instance per
 * document; not thread-safe.
 */
final class CandidateRanking {
  /** Score difference under which a rival antecedent makes a resolution a close call. */
  private static final double CLOSE_CALL = 1.0;
  /** A model's probability under which its choice is a close call. */
  private static final double CLOSE_CALL_PROBABILITY = 0.75;

  private final RankingModel model;
  private final List<RankedChoice> choices;
  /** The speakers resolved so far, by statement site: a feature of the candidates. */
  private final List<Candidates.Turn> turns = new ArrayList<>();
  private final Map<Integer, Double> probability = new HashMap<>();
  private final Set<Integer> closeCalls = new HashSet<>();

  /**
   * Makes the ranking of one document.
   *
   * @param model decides the kinds of choice it has weights for; null for the hand rules alone
   * @param record whether to record each choice among several candidates
   */
  CandidateRanking(RankingModel model, boolean record) {
    this.model = model;
    this.choices = record ? new ArrayList<>() : null;
  }

  /** The choices among several candidates made so far; empty when not recording. */
  List<RankedChoice> choices() {
    return choices == null ? List.of() : List.copyOf(choices);
  }

  /** The model's probability for the candidate it chose at a site, or null if it did not choose there. */
  Double probability(int site) {
    return probability.get(site);
  }

  /** Whether the resolution at a site was a close call. */
  boolean closeCall(int site) {
    return closeCalls.contains(site);
  }

  /** Notes that a statement's speaker mention at a site was resolved to an entity. */
  void addTurn(Candidates.Turn turn) {
    turns.add(turn);
  }

  /**
   * Where candidates compete, records the choice (when recording) and lets the ranking model
   * choose (when it decides this kind); otherwise keeps the rule's choice.
   */
  Entity rank(DecisionKind kind, int site, Gender gender, Candidates cands, Entity ruleChoice) {
    if (cands.size() < 2 || (choices == null && (model == null || !model.decides(kind)))) {
      return ruleChoice;
    }
    List<Candidates.Candidate> list = cands.list();
    List<double[]> xs = new ArrayList<>();
    List<Entity> es = new ArrayList<>();
    List<Double> rs = new ArrayList<>();
    for (Candidates.Candidate c : list) {
      xs.add(Candidates.features(c, gender, turns));
      es.add(c.entity);
      rs.add(c.ruleScore);
    }
    if (choices != null) {
      choices.add(new RankedChoice(site, kind, es, xs, rs));
    }
    if (model == null || !model.decides(kind)) {
      return ruleChoice;
    }
    double[] p = model.probabilities(kind, xs);
    int bestIndex = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[bestIndex]) {
        bestIndex = i;
      }
    }
    probability.put(site, p[bestIndex]);
    if (p[bestIndex] < CLOSE_CALL_PROBABILITY) {
      closeCalls.add(site);
    } else {
      closeCalls.remove(site);
    }
    return es.get(bestIndex);
  }

  /** Marks a site whose resolution was a close call: a rival candidate scored within {@link #CLOSE_CALL}. */
  void noteMargin(int site, Entity best, double bestScore, Map<Entity, Double> scoreOf) {
    for (Map.Entry<Entity, Double> e : scoreOf.entrySet()) {
      if (e.getKey() != best && bestScore - e.getValue() < CLOSE_CALL) {
        closeCalls.add(site);
        return;
      }
    }
  }
}

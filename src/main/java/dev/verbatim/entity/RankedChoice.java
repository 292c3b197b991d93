package dev.verbatim.entity;

import com.google.common.collect.ImmutableList;
import dev.verbatim.rank.DecisionKind;
import java.util.List;

/**
 * A speaker choice the resolver made among several candidates, recorded for training and
 * evaluation of the ranking model: the candidates, their features and the hand rule's scores.
 *
 * @param site the token index of the pronoun or role
 * @param kind what was resolved
 * @param candidates the candidate entities, most recently mentioned first
 * @param features each candidate's features, in {@link dev.verbatim.rank.Feature#ALL} order
 * @param ruleScores each candidate's score under the hand rule
 */
public record RankedChoice(int site, DecisionKind kind, List<Entity> candidates, List<double[]> features,
    List<Double> ruleScores) {
  /**
   * Copies the lists.
   *
   * @param site the token index
   * @param kind what was resolved
   * @param candidates the candidates
   * @param features their features
   * @param ruleScores their rule scores
   */
  public RankedChoice {
    candidates = ImmutableList.copyOf(candidates);
    features = ImmutableList.copyOf(features);
    ruleScores = ImmutableList.copyOf(ruleScores);
  }
}

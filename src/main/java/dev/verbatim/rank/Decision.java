package dev.verbatim.rank;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One speaker choice: its candidates with their features, the hand rule's score of each, and (in
 * training data) which candidates are right.
 *
 * @param document the document's id
 * @param site the token index of the pronoun or role
 * @param kind what is resolved
 * @param candidates the candidates in the order the rule met them (most recent first)
 */
public record Decision(String document, int site, DecisionKind kind, List<Candidate> candidates) {
  /**
   * One candidate speaker.
   *
   * @param features the feature vector, in {@link Feature#ALL} order
   * @param ruleScore the hand rule's score; the rule takes the first candidate with the highest
   * @param right whether the candidate is the gold speaker (false outside training data)
   */
  public record Candidate(double[] features, double ruleScore, boolean right) {
    /**
     * Checks the vector's length.
     *
     * @param features the feature vector
     * @param ruleScore the hand rule's score
     * @param right whether the candidate is right
     */
    public Candidate {
      if (features.length != Feature.ALL.size()) {
        throw new IllegalArgumentException("expected " + Feature.ALL.size() + " features, got " + features.length);
      }
      features = features.clone();
    }

    /**
     * Returns a copy of the feature vector.
     *
     * @return the features, in {@link Feature#ALL} order
     */
    @Override
    public double[] features() {
      return features.clone();
    }

    double feature(int i) {
      return features[i];
    }
  }

  /**
   * Copies the candidate list.
   *
   * @param document the document's id
   * @param site the token index
   * @param kind what is resolved
   * @param candidates the candidates
   */
  public Decision {
    candidates = ImmutableList.copyOf(candidates);
  }

  /**
   * Returns the index of the candidate the hand rule chooses (the first with the highest score).
   *
   * @return the rule's choice, or -1 without candidates
   */
  public int ruleChoice() {
    int best = -1;
    for (int i = 0; i < candidates.size(); i++) {
      if (best < 0 || candidates.get(i).ruleScore() > candidates.get(best).ruleScore()) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Returns whether some candidate is right.
   *
   * @return whether some candidate is right
   */
  public boolean answerable() {
    return candidates.stream().anyMatch(Candidate::right);
  }
}

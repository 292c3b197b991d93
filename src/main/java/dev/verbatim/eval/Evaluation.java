package dev.verbatim.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring predictions against gold: the figures {@code score.py} reports, plus
 * precision per deciding rule, per detection rule and the error list.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scores the scores keyed {@code all}, {@code direct}, {@code indirect}, {@code mixed}, in
 *     that order
 * @param rules precision per deciding rule ({@link dev.verbatim.Citation#rule()}), most frequent
 *     rule first
 * @param detections how many statements each detection rule found
 *     ({@link dev.verbatim.Citation#detection()}, {@code "unknown"} for citations without one) and
 *     how many matched gold, most frequent rule first
 * @param errors the mistakes, in {@code score.py}'s order (per document: missed and wrong-speaker
 *     in gold order, then spurious in prediction order)
 */
public record Evaluation(
    Map<String, TypeScores> scores, List<RuleScores> rules, List<RuleScores> detections,
    List<ScoringError> errors) {
  /** The keys of {@link #scores()}, in order. */
  public static final List<String> KEYS = List.of("all", "direct", "indirect", "mixed");

  /**
   * Checks the components and makes them immutable.
   *
   * @param scores the scores keyed {@code all}, {@code direct}, {@code indirect}, {@code mixed}, in
   *     that order
   * @param rules precision per deciding rule, most frequent rule first
   * @param detections precision per detection rule, most frequent rule first
   * @param errors the mistakes, in {@code score.py}'s order (per document: missed and wrong-speaker
   *     in gold order, then spurious in prediction order)
   * @throws NullPointerException if a component or element is null
   * @throws IllegalArgumentException if the score keys are not {@link #KEYS}
   */
  public Evaluation {
    scores = ImmutableMap.copyOf(checkNotNull(scores, "scores"));
    checkArgument(List.copyOf(scores.keySet()).equals(KEYS), "score keys must be %s but were %s",
        KEYS, scores.keySet());
    rules = ImmutableList.copyOf(rules);
    detections = ImmutableList.copyOf(detections);
    errors = ImmutableList.copyOf(errors);
  }

  /**
   * An evaluation without figures per detection rule.
   *
   * @param scores the scores keyed {@code all}, {@code direct}, {@code indirect}, {@code mixed}, in
   *     that order
   * @param rules precision per deciding rule, most frequent rule first
   * @param errors the mistakes, in {@code score.py}'s order
   * @throws NullPointerException if a component or element is null
   * @throws IllegalArgumentException if the score keys are not {@link #KEYS}
   */
  public Evaluation(Map<String, TypeScores> scores, List<RuleScores> rules, List<ScoringError> errors) {
    this(scores, rules, List.of(), errors);
  }

  /**
   * Returns the scores over all types.
   *
   * @return the overall scores
   */
  public TypeScores overall() {
    return scores.get("all");
  }
}

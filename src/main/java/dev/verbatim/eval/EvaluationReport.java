package dev.verbatim.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an {@link Evaluation} for people (a fixed-width table) or programs (JSON).
 *
 * <p>The JSON has four members: {@code "scores"}, exactly what {@code score.py --json --by-type}
 * prints; {@code "rules"}, precision per deciding rule; {@code "detections"}, how many statements
 * each detection rule found and how many of them matched gold; and {@code "errors"} with
 * {@code "error_count"}, the first errors and how many there are in all.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationReport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EvaluationReport() {}

  /**
   * Returns the evaluation as a table: scores per type, precision per deciding rule, statements found
   * and matched per detection rule, then the first errors.
   *
   * @param evaluation the evaluation
   * @param maxErrors how many errors to list, at least 0
   * @return the table, lines ending in {@code \n}
   */
  public static String table(Evaluation evaluation, int maxErrors) {
    checkNotNull(evaluation, "evaluation");
    checkArgument(maxErrors >= 0, "maxErrors must be >= 0 but was %s", maxErrors);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-9s %5s %5s   %-20s   %-20s   %s%n", "type", "gold",
        "pred", "span P / R / F1", "end-to-end P / R / F1", "attribution"));
    for (Map.Entry<String, TypeScores> e : evaluation.scores().entrySet()) {
      TypeScores s = e.getValue();
      out.append(String.format(Locale.ROOT, "%-9s %5d %5d   %-20s   %-20s   %.4f%n", e.getKey(),
          s.gold(), s.predicted(), prf(s.span()), prf(s.endToEnd()), s.attributionAccuracy()));
    }
    if (!evaluation.rules().isEmpty()) {
      out.append(String.format(Locale.ROOT, "%n%-24s %5s %8s %12s%n", "rule", "pred", "span P",
          "end-to-end P"));
      for (RuleScores r : evaluation.rules()) {
        out.append(String.format(Locale.ROOT, "%-24s %5d %8.4f %12.4f%n", r.rule(),
            r.predictions(), r.spanPrecision(), r.endToEndPrecision()));
      }
    }
    if (!evaluation.detections().isEmpty()) {
      out.append(String.format(Locale.ROOT, "%n%-24s %5s %7s %8s %12s%n", "detection rule", "found",
          "matched", "span P", "end-to-end P"));
      for (RuleScores r : evaluation.detections()) {
        out.append(String.format(Locale.ROOT, "%-24s %5d %7d %8.4f %12.4f%n", r.rule(),
            r.predictions(), r.spanCorrect(), r.spanPrecision(), r.endToEndPrecision()));
      }
    }
    int shown = Math.min(maxErrors, evaluation.errors().size());
    if (shown > 0) {
      out.append(String.format(Locale.ROOT, "%nerrors (%d of %d):%n", shown,
          evaluation.errors().size()));
      evaluation.errors().stream().limit(shown)
          .forEach(e -> out.append("  ").append(e).append('\n'));
    }
    return out.toString();
  }

  private static void rules(ObjectNode node, Iterable<RuleScores> rules) {
    for (RuleScores r : rules) {
      node.putObject(r.rule())
          .put("predictions", r.predictions())
          .put("span_correct", r.spanCorrect())
          .put("end_to_end_correct", r.endToEndCorrect())
          .put("span_precision", r.spanPrecision())
          .put("end_to_end_precision", r.endToEndPrecision());
    }
  }

  private static String prf(Prf p) {
    return String.format(Locale.ROOT, "%.4f %.4f %.4f", p.precision(), p.recall(), p.f1());
  }

  /**
   * Returns the evaluation as JSON.
   *
   * @param evaluation the evaluation
   * @param maxErrors how many errors to include, at least 0
   * @return the JSON object
   */
  public static ObjectNode json(Evaluation evaluation, int maxErrors) {
    checkNotNull(evaluation, "evaluation");
    checkArgument(maxErrors >= 0, "maxErrors must be >= 0 but was %s", maxErrors);
    ObjectNode root = NODES.objectNode();
    root.set("scores", scores(evaluation));
    rules(root.putObject("rules"), evaluation.rules());
    rules(root.putObject("detections"), evaluation.detections());
    root.put("error_count", evaluation.errors().size());
    ArrayNode errors = root.putArray("errors");
    evaluation.errors().stream().limit(maxErrors).forEach(e -> errors.addObject()
        .put("document", e.documentId())
        .put("kind", e.kind().name().toLowerCase(Locale.ROOT))
        .put("type", e.type())
        .put("gold_speaker", e.goldSpeaker())
        .put("predicted_speaker", e.predictedSpeaker())
        .put("start", e.span().start())
        .put("end", e.span().end())
        .put("text", e.text()));
    return root;
  }

  /**
   * Returns the scores in the shape {@code score.py --json --by-type} prints: per key
   * {@code {"gold", "pred", "span": [P, R, F1], "end_to_end": [P, R, F1],
   * "attribution_accuracy"}}.
   *
   * @param evaluation the evaluation
   * @return the JSON object
   */
  public static ObjectNode scores(Evaluation evaluation) {
    ObjectNode scores = NODES.objectNode();
    evaluation.scores().forEach((key, s) -> {
      ObjectNode node = scores.putObject(key).put("gold", s.gold()).put("pred", s.predicted());
      node.putArray("span").add(s.span().precision()).add(s.span().recall()).add(s.span().f1());
      node.putArray("end_to_end").add(s.endToEnd().precision()).add(s.endToEnd().recall())
          .add(s.endToEnd().f1());
      node.put("attribution_accuracy", s.attributionAccuracy());
    });
    return scores;
  }
}

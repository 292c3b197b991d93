package dev.verbatim.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores predictions against gold exactly as the reference scorer {@code score.py} does, and adds
 * precision per deciding rule and per detection rule.
 *
 * <p>Per document, gold statements and predictions are paired by {@link SpanMatcher}. Optional
 * gold statements are neither counted nor penalised: predictions paired with them are dropped. For
 * each type, recall counts the gold statements of that type and precision the predictions of that
 * type. A speaker is right when the names agree ({@link NameMatcher}), when the gold has a speaker
 * span that the predicted mention overlaps, or when the gold names no speaker. Gold documents
 * without a prediction count as predicted empty.
 *
 * <p>Stateless and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * Map<String, ExtractionResult> predictions = new HashMap<>();
 * for (GoldDocument doc : gold) {
 *   predictions.put(doc.id(), extractor.extract(doc.text()));
 * }
 * Evaluation evaluation = Scorer.score(gold, predictions, false);
 * System.out.println(EvaluationReport.table(evaluation, 20));
 * }</pre>
 */
public final class Scorer {
  private Scorer() {}

  /**
   * Scores the predictions.
   *
   * @param gold the gold documents, ids distinct
   * @param predictions the results by document id; ids not in the gold are ignored
   * @param onlyPredictedIds score only the gold documents that have a prediction (score.py's
   *     {@code --only-ids})
   * @return the scores, rule precisions (deciding and detection rules) and errors
   */
  public static Evaluation score(
      List<GoldDocument> gold, Map<String, ExtractionResult> predictions,
      boolean onlyPredictedIds) {
    checkNotNull(gold, "gold");
    checkNotNull(predictions, "predictions");
    Tally tally = new Tally();
    for (GoldDocument document : gold) {
      ExtractionResult result = predictions.get(document.id());
      if (onlyPredictedIds && result == null) {
        continue;
      }
      List<Prediction> predicted = new ArrayList<>();
      if (result != null) {
        for (Citation c : result.citations()) {
          predicted.add(Prediction.of(c));
        }
      }
      tally.document(document, predicted);
    }
    return tally.evaluation();
  }

  /** Whether the predicted speaker is right for the gold statement, as score.py's speaker_ok. */
  static boolean speakerOk(GoldQuote gold, Prediction predicted) {
    if (!gold.hasSpeaker()) {
      return true;
    }
    if (predicted.speaker() != null && !predicted.speaker().isEmpty()
        && NameMatcher.sameName(gold.speaker(), predicted.speaker())) {
      return true;
    }
    Span g = gold.speakerSpan();
    Span m = predicted.mention();
    return g != null && m != null
        && SpanMatcher.overlap(g.start(), g.end(), m.start(), m.end()) > 0;
  }

  /** Mutable counts of one scoring run. */
  private static final class Tally {
    private final Map<String, Counts> byType = new LinkedHashMap<>();
    private final Map<String, int[]> byRule = new LinkedHashMap<>();
    private final Map<String, int[]> byDetection = new LinkedHashMap<>();
    private final List<ScoringError> errors = new ArrayList<>();

    Tally() {
      Evaluation.KEYS.forEach(k -> byType.put(k, new Counts()));
    }

    void document(GoldDocument document, List<Prediction> predicted) {
      List<GoldQuote> gold = document.quotes();
      SpanMatcher.Matching matching = SpanMatcher.match(gold, predicted);
      for (int i = 0; i < gold.size(); i++) {
        GoldQuote a = gold.get(i);
        if (!a.optional()) {
          int j = matching.goldToPrediction()[i];
          gold(document.id(), a, j < 0 ? null : predicted.get(j));
        }
      }
      for (int j = 0; j < predicted.size(); j++) {
        int i = matching.predictionToGold()[j];
        if (i < 0 || !gold.get(i).optional()) {
          predicted(document.id(), predicted.get(j), i < 0 ? null : gold.get(i));
        }
      }
    }

    private void gold(String documentId, GoldQuote a, Prediction b) {
      boolean hit = b != null;
      boolean ok = hit && speakerOk(a, b);
      String type = a.type().name().toLowerCase(Locale.ROOT);
      for (String key : List.of("all", type)) {
        Counts c = byType.get(key);
        c.gold++;
        c.spanRecall += hit ? 1 : 0;
        c.fullRecall += ok ? 1 : 0;
        if (hit && a.hasSpeaker()) {
          c.attributed++;
          c.attributedOk += ok ? 1 : 0;
        }
      }
      if (!hit) {
        errors.add(new ScoringError(ScoringError.Kind.MISSED, documentId, type, a.speaker(), null,
            a.text(), a.span()));
      } else if (!ok) {
        errors.add(new ScoringError(ScoringError.Kind.WRONG_SPEAKER, documentId, type,
            a.speaker(), b.speaker(), a.text(), a.span()));
      }
    }

    private void predicted(String documentId, Prediction b, GoldQuote a) {
      boolean hit = a != null;
      boolean ok = hit && speakerOk(a, b);
      for (String key : List.of("all", b.type())) {
        Counts c = byType.get(key);
        c.predicted++;
        c.spanPrecision += hit ? 1 : 0;
        c.fullPrecision += ok ? 1 : 0;
      }
      for (int[] rule : List.of(byRule.computeIfAbsent(b.rule(), r -> new int[3]),
          byDetection.computeIfAbsent(b.detection(), r -> new int[3]))) {
        rule[0]++;
        rule[1] += hit ? 1 : 0;
        rule[2] += ok ? 1 : 0;
      }
      if (!hit) {
        errors.add(new ScoringError(ScoringError.Kind.SPURIOUS, documentId, b.type(), null,
            b.speaker(), b.text(), Span.of(b.start(), b.end())));
      }
    }

    Evaluation evaluation() {
      Map<String, TypeScores> scores = new LinkedHashMap<>();
      byType.forEach((key, c) -> scores.put(key, c.scores()));
      return new Evaluation(scores, ruleScores(byRule), ruleScores(byDetection), errors);
    }

    /** The counts per rule, most frequent rule first (by id on a tie). */
    private static List<RuleScores> ruleScores(Map<String, int[]> counts) {
      List<RuleScores> rules = new ArrayList<>();
      counts.forEach((rule, n) -> rules.add(new RuleScores(rule, n[0], n[1], n[2])));
      rules.sort(Comparator.comparingInt(RuleScores::predictions).reversed()
          .thenComparing(RuleScores::rule));
      return rules;
    }
  }

  /** The counters score.py keeps per key. */
  private static final class Counts {
    int gold;
    int predicted;
    int spanRecall;
    int spanPrecision;
    int fullRecall;
    int fullPrecision;
    int attributedOk;
    int attributed;

    TypeScores scores() {
      return new TypeScores(gold, predicted, Prf.of(spanPrecision, predicted, spanRecall, gold),
          Prf.of(fullPrecision, predicted, fullRecall, gold),
          attributed == 0 ? 0.0 : Prf.round4((double) attributedOk / attributed));
    }
  }
}

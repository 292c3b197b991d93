package dev.verbatim.eval;

import dev.verbatim.Span;
import dev.verbatim.pipeline.Pipeline;
import dev.verbatim.rank.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Makes the ranking model's training data from gold-annotated documents: runs the pipeline with
 * the hand rules, takes each speaker choice made among several candidates for a statement that
 * matches a gold statement (spans overlapping by half of each, as the scorer pairs them), and
 * marks the candidates whose name matches the gold speaker's as the scorer would.
 */
public final class RankerData {
  private RankerData() {}

  /**
   * Collects labelled decisions.
   *
   * @param pipeline the pipeline (its own model is not used: choices are the rules')
   * @param documents gold documents
   * @param done called with each document's id when it is done
   * @return the decisions, in document order; a choice whose statements match no gold statement
   *     with a speaker is left out
   */
  public static List<Decision> collect(Pipeline pipeline, List<GoldDocument> documents, Consumer<String> done) {
    List<Decision> out = new ArrayList<>();
    for (GoldDocument doc : documents) {
      Pipeline.Traced traced = pipeline.trace(doc.text());
      for (Pipeline.TracedChoice c : traced.choices()) {
        GoldQuote gold = goldFor(doc, c.statements());
        if (gold == null) {
          continue;
        }
        List<Decision.Candidate> cands = new ArrayList<>();
        for (int i = 0; i < c.candidateNames().size(); i++) {
          String name = c.candidateNames().get(i);
          boolean right = name != null && NameMatcher.sameName(gold.speaker(), name);
          cands.add(new Decision.Candidate(c.features().get(i), c.ruleScores().get(i), right));
        }
        out.add(new Decision(doc.id(), c.site(), c.kind(), cands));
      }
      done.accept(doc.id());
    }
    return out;
  }

  private static GoldQuote goldFor(GoldDocument doc, List<Span> statements) {
    for (Span s : statements) {
      for (GoldQuote q : doc.quotes()) {
        int o = SpanMatcher.overlap(q.span().start(), q.span().end(), s.start(), s.end());
        if (q.hasSpeaker() && o > 0 && 2L * o >= q.span().length() && 2L * o >= s.length()) {
          return q;
        }
      }
    }
    return null;
  }
}

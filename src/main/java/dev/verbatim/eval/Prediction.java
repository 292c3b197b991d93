package dev.verbatim.eval;

import dev.verbatim.Citation;
import dev.verbatim.DetectionRule;
import dev.verbatim.Mention;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import java.util.Locale;

/**
 * What the scorer reads of one citation, as {@code score.py}'s {@code pred_quotes} reads it.
 *
 * @param speaker the speaker's name, or null
 * @param mention the span of the mention the attribution rests on, or null
 * @param detection the id of the detection rule that found the statement, or {@code "unknown"}
 */
record Prediction(
    int start, int end, String text, String type, String speaker, Span mention,
    String rule, String detection) {

  static Prediction of(Citation c) {
    return new Prediction(c.span().start(), c.span().end(), c.text(),
        c.type().name().toLowerCase(Locale.ROOT), c.speaker().map(Speaker::name).orElse(null),
        c.speaker().isPresent() ? c.mention().map(Mention::span).orElse(null) : null, c.rule(),
        c.detection().map(DetectionRule::id).orElse("unknown"));
  }
}

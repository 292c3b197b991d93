/**
 * Verbatim's public API: the {@link dev.verbatim.QuoteExtractor} facade and the immutable records
 * it returns ({@link dev.verbatim.Citation}, {@link dev.verbatim.Speaker}, {@link
 * dev.verbatim.Span}, ...). Everything else is the pipeline behind the facade, in one package per
 * stage: text, nlp, mention, detect, attribute, entity, pipeline.
 *
 * <p>Beside the pipeline: {@code json} (JSON Lines), {@code eval} (scoring), {@code report} (the
 * HTML report) and {@code cli} (the command line). The guides in the project's {@code docs/}
 * folder describe the records, the stages and the configuration.
 */
package dev.verbatim;

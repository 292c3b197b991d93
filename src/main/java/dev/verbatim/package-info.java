/**
 * Verbatim's public API: the {@link dev.verbatim.QuoteExtractor} facade and the immutable records it returns ({@link dev.verbatim.Citation}, {@link dev.verbatim.Speaker}, {@link dev.verbatim.Span}, ...). Everything else is the pipeline behind the facade, in one package per stage: text, nlp, mention, detect, attribute, entity, pipeline.
 */
package dev.verbatim;

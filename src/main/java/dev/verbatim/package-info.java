/**
 * Verbatim's public API: the {@link dev.verbatim.QuoteExtractor} facade and the immutable records
 * it returns ({@link dev.verbatim.Citation}, {@link dev.verbatim.Speaker}, {@link
 * dev.verbatim.Span}, ...).
 *
 * <p>The API is this package and five beside it, which use only the facade and each other:
 * <ul>
 *   <li>{@code dev.verbatim.json}: results written as JSON Lines and read back ({@link
 *       dev.verbatim.json.JsonCodec}), input documents read;
 *   <li>{@code dev.verbatim.html}: the article of a web page as text ({@link
 *       dev.verbatim.html.HtmlExtractor});
 *   <li>{@code dev.verbatim.warc}: the HTML pages of a web archive ({@link
 *       dev.verbatim.warc.WarcPages});
 *   <li>{@code dev.verbatim.summary}: who is quoted across many documents ({@link
 *       dev.verbatim.summary.CorpusSummary});
 *   <li>{@code dev.verbatim.spark}: extraction on Apache Spark ({@link
 *       dev.verbatim.spark.SparkQuoteExtractor}).
 * </ul>
 *
 * <p>Every other package is internal and may change in any release without notice: the pipeline
 * behind the facade, one package per stage (text, nlp, mention, detect, attribute, entity, rank,
 * pipeline), and the tools built on the API (cli, server, report, eval, bench). The published
 * Javadoc leaves them out, and the build compares the API packages with the last release's
 * (japicmp) so that a binary-incompatible change does not go out unnoticed. The guides in the
 * project's {@code docs/} folder describe the records, the stages and the configuration.
 */
package dev.verbatim;

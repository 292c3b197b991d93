/**
 * Corpus summaries: who is quoted, how often and how, across many documents. Beside the pipeline,
 * like {@code json} and {@code report}: it reads {@link dev.verbatim.ExtractionResult}s and never
 * runs the extractor itself.
 *
 * <p>{@link dev.verbatim.summary.CorpusSummary} counts statements per speaker entity (entities of
 * the same canonical name and kind merged across documents), per document, per site (URL host) and
 * per month; {@link dev.verbatim.summary.SummaryCsv}, {@link dev.verbatim.summary.SummaryJsonLines}
 * and {@link dev.verbatim.summary.SummaryHtml} write it. {@code verbatim summarize} and the Spark
 * job's {@code --summary} are built on it.
 */
package dev.verbatim.summary;

/**
 * Extraction at scale on Apache Spark: {@link dev.verbatim.spark.SparkQuoteExtractor} runs the
 * library's extractor over a {@code Dataset<Row>} of documents and returns citations, speakers and
 * errors as datasets whose columns {@link dev.verbatim.spark.CitationSchema} fixes;
 * {@link dev.verbatim.spark.SparkJob} is the runnable job ({@code spark-submit} or
 * {@code verbatim spark}).
 *
 * <p>Beside the pipeline, like {@code dev.verbatim.json}: it uses only the facade and the public
 * records, and nothing else imports it except the command line. Spark is a {@code provided}
 * dependency: programs that do not use this package need not have it. Each executor JVM builds
 * one extractor, on first use, and shares it between its tasks; tasks carry only settings.
 */
package dev.verbatim.spark;

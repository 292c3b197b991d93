/**
 * The command-line front end ({@code java -jar verbatim.jar}): {@code extract} runs the extractor
 * over files, folders or standard input and writes JSON Lines, a table or CSV; {@code evaluate}
 * scores it against gold annotations; {@code report} writes one article as an HTML page
 * ({@code dev.verbatim.report}); {@code serve} answers extraction requests over HTTP
 * ({@code dev.verbatim.server}); {@code spark} is {@link dev.verbatim.spark.SparkJob}, the Spark
 * job, for spark-submit; with no arguments it shows its work on a bundled example article.
 *
 * <p>The top of the dependency graph: it uses the facade, {@code dev.verbatim.json},
 * {@code dev.verbatim.eval}, {@code dev.verbatim.report}, {@code dev.verbatim.server} and
 * {@code dev.verbatim.spark}; nothing
 * imports it.
 * {@link dev.verbatim.cli.Main} builds the {@link dev.verbatim.QuoteExtractor} at most once per
 * run, and only when a document needs it. Messages go through SLF4J (slf4j-simple, set up before
 * anything logs); CoreNLP's start-up messages show only with {@code --verbose}.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.cli;

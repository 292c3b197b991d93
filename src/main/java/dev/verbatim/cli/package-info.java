/**
 * The command-line front end ({@code java -jar verbatim.jar}): {@code extract} runs the extractor
 * over files, folders or standard input and writes JSON Lines, a table or CSV; {@code evaluate}
 * scores it against gold annotations; with no arguments it shows its work on a bundled example
 * article.
 *
 * <p>The top of the dependency graph: it uses the facade, {@code dev.verbatim.json} and
 * {@code dev.verbatim.eval}; nothing imports it. {@link dev.verbatim.cli.Main} builds the
 * {@link dev.verbatim.QuoteExtractor} at most once per run, and only when a document needs it.
 */
package dev.verbatim.cli;

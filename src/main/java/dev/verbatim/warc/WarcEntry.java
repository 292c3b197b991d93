package dev.verbatim.warc;

/**
 * What reading a WARC file yields, record by record: a page, or a record that could not be read.
 *
 * @since 0.2.0
 */
public sealed interface WarcEntry permits ArchivedPage, WarcProblem {}

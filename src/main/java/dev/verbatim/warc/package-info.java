/**
 * Web archives in: the HTML pages of a WARC file ({@code .warc} or {@code .warc.gz}), read with
 * jwarc record by record, each 200 HTML {@code response} a page; other records are counted and
 * skipped, and a corrupt or truncated record is reported with its byte offset while reading goes
 * on at the next record.
 *
 * <p>Sits before the pipeline, beside {@code dev.verbatim.html}, which turns each page into text.
 * {@link dev.verbatim.warc.WarcPages} is its entry point.
 */
package dev.verbatim.warc;

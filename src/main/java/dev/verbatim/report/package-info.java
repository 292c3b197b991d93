/**
 * The HTML report: one article with its statements highlighted by speaker, their mentions and cues
 * marked, a side list of speakers and the record of each statement on hover.
 *
 * <p>Beside the pipeline, after it: it reads an {@link dev.verbatim.ExtractionResult} and the text
 * it came from, and uses {@link dev.verbatim.json.JsonCodec} for the records it shows; nothing in
 * the pipeline imports it. The command line's {@code verbatim report} is its front end.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.report;

/**
 * Evaluation against gold annotations: the gold JSON Lines reader, a scorer that computes exactly
 * what the project's reference scorer {@code score.py} computes (span and end-to-end precision,
 * recall and F1, attribution accuracy, overall and per type), precision per deciding rule, the
 * error list, and their rendering as a table or JSON.
 *
 * <p>Sits on top of the library: it reads {@link dev.verbatim.ExtractionResult}s and never runs
 * the pipeline itself. The gold format and matching rules are described in the project's
 * {@code EVALUATION.md}.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.eval;

/**
 * Stage 2: the only package that talks to Stanford CoreNLP; converts its tokens, tags, named
 * entities and dependency trees into Verbatim's own {@link dev.verbatim.nlp.AnalyzedText}.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.nlp;

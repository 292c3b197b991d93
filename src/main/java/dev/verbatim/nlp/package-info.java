/**
 * Stage 2: the only package that talks to Stanford CoreNLP; converts its tokens, tags, named
 * entities and dependency trees into Verbatim's own {@link dev.verbatim.nlp.AnalyzedText}.
 */
package dev.verbatim.nlp;

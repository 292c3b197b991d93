/**
 * Stage 5: attribution sieves for statements whose own sentence names no speaker, ordered by
 * precision; each records its id on what it decides.
 */
package dev.verbatim.attribute;

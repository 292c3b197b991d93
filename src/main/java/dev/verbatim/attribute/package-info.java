/**
 * Stage 5: attribution sieves for statements whose own sentence names no speaker, ordered by
 * precision; each records its id on what it decides.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.attribute;

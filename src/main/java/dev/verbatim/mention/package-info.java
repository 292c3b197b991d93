/**
 * Stage 3 (used by detection and entities): noun phrases and pronouns that can name a speaker,
 * built from the parse, with the word lists that tell who can speak.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.mention;

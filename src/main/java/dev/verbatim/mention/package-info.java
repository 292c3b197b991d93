/**
 * Stage 3 (used by detection and entities): noun phrases and pronouns that can name a speaker,
 * built from the parse, with the word lists that tell who can speak.
 */
package dev.verbatim.mention;

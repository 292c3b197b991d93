/**
 * Stage 6: speaker entities: names grouped across spelling variants and transliterations, pronouns,
 * roles and organisation nouns resolved to them.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.entity;

/**
 * Stage 6: speaker entities: names grouped across spelling variants and transliterations, pronouns,
 * roles and organisation nouns resolved to them.
 */
package dev.verbatim.entity;

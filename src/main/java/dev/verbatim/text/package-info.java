/**
 * Stage 1: text preparation without moving characters (cleaning scraped text, paragraphs), so every
 * offset found later is an offset into the caller's string.
 */
package dev.verbatim.text;

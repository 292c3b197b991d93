/**
 * Stage 1: text preparation without moving characters (cleaning scraped text, paragraphs), so every
 * offset found later is an offset into the caller's string.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.text;

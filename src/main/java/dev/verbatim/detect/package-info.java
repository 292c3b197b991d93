/**
 * Stage 4: finding statements: quotation marks, reported speech from the dependency parse,
 * interviews, and which quotations are statements rather than scare quotes or titles.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.detect;

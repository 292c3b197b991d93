/**
 * Stage 4: finding statements: quotation marks, reported speech from the dependency parse,
 * interviews, and which quotations are statements rather than scare quotes or titles.
 */
package dev.verbatim.detect;

/**
 * JSON Lines reading and writing: extraction results out (one object a document, readable as-is
 * by the project's scorer) and back in, and input documents in ({@code .txt} files and
 * {@code {"id", "text"}} JSON Lines).
 *
 * <p>Sits beside the pipeline, not in it: it depends on the public value types of
 * {@code dev.verbatim} and on Jackson, and nothing in the pipeline imports it. Messy input never
 * stops a batch: bad lines become {@link dev.verbatim.json.InputError}s with a file and line.
 */
package dev.verbatim.json;

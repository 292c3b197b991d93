/**
 * A local HTTP server for the extractor ({@code verbatim serve}), on the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}): {@code POST /extract} with a JSON {@code {"id", "text"}} body,
 * plain text or JSON Lines, {@code GET /health}. {@link dev.verbatim.server.VerbatimServer} is the
 * entry point, {@link dev.verbatim.server.ServerSettings} its settings.
 *
 * <p>Beside the pipeline, like the command line: it uses the facade's result types and
 * {@code dev.verbatim.json} (the records are written by {@link dev.verbatim.json.JsonCodec},
 * exactly as {@code extract --format jsonl} writes them, and bodies are read by
 * {@link dev.verbatim.json.DocumentReader}); only {@code dev.verbatim.cli} imports it. The
 * extractor is built once by the caller and shared by a fixed number of threads behind a bounded
 * queue: a full queue is answered 429, a request over its time limit 503, a malformed body 400, a
 * body over the limit 413, so the server stays up whatever it is sent.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.server;

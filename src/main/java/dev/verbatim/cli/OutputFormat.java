package dev.verbatim.cli;

import dev.verbatim.json.JsonCodec;
import java.io.Writer;
import java.util.function.Function;

/** The output formats of {@code extract}. */
enum OutputFormat {
  /** One JSON object a document, as {@link JsonCodec} writes it; what {@code score.py} reads. */
  JSONL(out -> {
    JsonCodec codec = new JsonCodec();
    return (id, result) -> {
      codec.write(id, result, out);
      out.flush();
    };
  }),
  /** A fixed-width table per document, for people. */
  TABLE(TableWriter::new),
  /** One row per citation, with the document id, and a header row. */
  CSV(CsvWriter::new);

  private final Function<Writer, ResultWriter> factory;

  OutputFormat(Function<Writer, ResultWriter> factory) {
    this.factory = factory;
  }

  /** Returns a writer of this format over {@code out}. */
  ResultWriter writer(Writer out) {
    return factory.apply(out);
  }
}

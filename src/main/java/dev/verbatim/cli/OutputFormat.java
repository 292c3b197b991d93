package dev.verbatim.cli;

import dev.verbatim.ExtractionResult;
import dev.verbatim.json.InputDocument;
import dev.verbatim.json.JsonCodec;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;

/** The output formats of {@code extract}. */
enum OutputFormat {
  /**
   * One JSON object a document, as {@link JsonCodec} writes it; what {@code score.py} reads. A web
   * page's object also carries its extracted text, title, byline, date and URL.
   */
  JSONL(out -> new ResultWriter() {
    private final JsonCodec codec = new JsonCodec();

    @Override
    public void write(String id, ExtractionResult result) throws IOException {
      codec.write(id, result, out);
      out.flush();
    }

    @Override
    public void write(InputDocument document, ExtractionResult result) throws IOException {
      codec.write(document.id(), document.page(), result, out);
      out.flush();
    }
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

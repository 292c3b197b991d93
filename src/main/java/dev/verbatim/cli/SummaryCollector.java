package dev.verbatim.cli;

import dev.verbatim.ExtractionResult;
import dev.verbatim.html.ExtractedPage;
import dev.verbatim.json.DocumentReader;
import dev.verbatim.json.InputDocument;
import dev.verbatim.json.InputError;
import dev.verbatim.json.JsonCodec;
import dev.verbatim.json.JsonLinesReader;
import dev.verbatim.json.RecordSink;
import dev.verbatim.summary.CorpusSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Feeds {@code summarize}'s inputs into a {@link CorpusSummary}: documents go through the
 * extractor (a {@link DocumentSink}, built when the first document needs it, so that already
 * extracted input loads no models), and lines of {@code extract}'s JSON Lines output are counted
 * as they are. Keeps input order. Not thread-safe.
 */
final class SummaryCollector implements RecordSink<InputDocument>, ResultWriter, AutoCloseable {
  private final CorpusSummary.Builder summary = CorpusSummary.builder();
  private final JsonCodec codec = new JsonCodec();
  private final Supplier<Function<String, ExtractionResult>> extractor;
  private final Progress progress;
  private final Failures failures;
  private final int threads;
  private DocumentSink sink;

  SummaryCollector(Supplier<Function<String, ExtractionResult>> extractor, Progress progress,
      Failures failures, int threads) {
    this.extractor = extractor;
    this.progress = progress;
    this.failures = failures;
    this.threads = threads;
  }

  /** Reads one source: standard input or a {@code .jsonl} file line by line, another file whole. */
  void read(InputSource source, InputStream stdin) {
    Path file = source.file();
    if (file != null && (DocumentReader.isOneDocument(file) || DocumentReader.isWarc(file))) {
      DocumentReader.readFile(file, source.name(), this);
      return;
    }
    if (file == null) {
      readLines(stdin, source.name(), "stdin");
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      readLines(in, source.name(), stem(file));
    } catch (IOException e) {
      error(new InputError(source.name(), 0, "cannot read: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }
  }

  /**
   * Reads JSON Lines: a line with {@code "citations"} is a result {@code extract} wrote, counted as
   * it is; any other line is a document to extract.
   */
  private void readLines(InputStream in, String source, String idPrefix) {
    JsonLinesReader.read(in, source, new JsonLinesReader.Handler() {
      @Override
      public void object(int line, com.fasterxml.jackson.databind.node.ObjectNode node) {
        if (node.has("citations")) {
          var result = codec.readDocument(node);
          drain();
          summary.add(result.id(), node.path("url").textValue(),
              node.path("published").textValue(), result.result());
          progress.step();
        } else {
          accept(DocumentReader.readJsonLine(node, source, idPrefix, line));
        }
      }

      @Override
      public void error(InputError error) {
        SummaryCollector.this.error(error);
      }
    });
  }

  @Override
  public void accept(InputDocument document) {
    if (sink == null) {
      // Built on the reading thread: a model that cannot load ends the run once.
      sink = new DocumentSink(extractor.get(), this, progress, failures, threads);
    }
    sink.accept(document);
  }

  @Override
  public void error(InputError error) {
    drain();
    failures.report(error);
  }

  @Override
  public void note(String source, String message) {
    drain();
    progress.message(source + ": " + message);
  }

  /** Counts every document still being extracted. */
  void drain() {
    if (sink != null) {
      sink.drain(0);
    }
  }

  @Override
  public void write(String documentId, ExtractionResult result) {
    summary.add(documentId, result);
  }

  @Override
  public void write(InputDocument document, ExtractionResult result) {
    ExtractedPage page = document.page();
    summary.add(document.id(), page == null ? null : page.url().orElse(null),
        page == null ? null : page.published().orElse(null), result);
  }

  /** The summary of everything read; call after {@link #drain()}. */
  CorpusSummary summary() {
    return summary.build();
  }

  @Override
  public void close() {
    if (sink != null) {
      sink.close();
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}

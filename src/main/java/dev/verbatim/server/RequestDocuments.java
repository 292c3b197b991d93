package dev.verbatim.server;

import dev.verbatim.json.DocumentReader;
import dev.verbatim.json.InputDocument;
import dev.verbatim.json.InputError;
import dev.verbatim.json.InvalidRecordException;
import dev.verbatim.json.RecordSink;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a request body into the documents to extract, with the command line's own readers
 * ({@link DocumentReader}): the same fields, checks and messages as {@code verbatim extract}.
 * Anything malformed is answered 400 with the reader's message. Stateless.
 */
final class RequestDocuments {
  /** The source named in messages. */
  static final String SOURCE = "request body";
  /** The id of a document sent without one (JSON Lines: {@code document-LINE}). */
  static final String DEFAULT_ID = "document";

  private static final int ERRORS_SHOWN = 3;

  private RequestDocuments() {}

  /** One {@code {"id", "text"}} object (it may span lines). */
  static InputDocument json(byte[] body) {
    try {
      return DocumentReader.readJsonObject(decode(body, StandardCharsets.UTF_8), SOURCE,
          DEFAULT_ID);
    } catch (InvalidRecordException e) {
      throw new HttpError(400, SOURCE + ": " + e.getMessage());
    }
  }

  /** The body is the text; a leading byte-order mark is dropped, as from a {@code .txt} file. */
  static InputDocument text(byte[] body, Charset charset, String id) {
    String text = decode(body, charset);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new InputDocument(id == null || id.isEmpty() ? DEFAULT_ID : id, text, SOURCE, 0);
  }

  /** One {@code {"id", "text"}} object a line; any bad line makes the whole body a 400. */
  static List<InputDocument> jsonLines(byte[] body) {
    List<InputDocument> documents = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    DocumentReader.readJsonLines(new ByteArrayInputStream(body), SOURCE, DEFAULT_ID,
        new RecordSink<>() {
          @Override
          public void accept(InputDocument document) {
            documents.add(document);
          }

          @Override
          public void error(InputError error) {
            errors.add(error);
          }
        });
    if (!errors.isEmpty()) {
      StringBuilder message = new StringBuilder();
      for (InputError error : errors.subList(0, Math.min(ERRORS_SHOWN, errors.size()))) {
        message.append(message.length() == 0 ? "" : "; ").append(error);
      }
      if (errors.size() > ERRORS_SHOWN) {
        message.append("; and ").append(errors.size() - ERRORS_SHOWN).append(" more bad lines");
      }
      throw new HttpError(400, message.toString());
    }
    return documents;
  }

  private static String decode(byte[] body, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new HttpError(400, SOURCE + ": not valid " + charset.name());
    }
  }
}

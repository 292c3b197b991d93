package dev.verbatim.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines before decoding them, so that bytes that are not UTF-8 spoil one
 * line and not the rest of the stream. Not thread-safe.
 */
final class Utf8Lines {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;

  Utf8Lines(InputStream in) {
    this.in = in;
  }

  /** Returns the next line without its {@code \n} (and {@code \r\n}), or null at the end. */
  byte[] next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? trimCarriageReturn(line.toByteArray()) : null;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      line.write(buffer, start, position - start);
      if (position < limit) {
        position++;
        return trimCarriageReturn(line.toByteArray());
      }
    }
  }

  static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static byte[] trimCarriageReturn(byte[] line) {
    int n = line.length;
    if (n > 0 && line[n - 1] == '\r') {
      byte[] shorter = new byte[n - 1];
      System.arraycopy(line, 0, shorter, 0, n - 1);
      return shorter;
    }
    return line;
  }
}

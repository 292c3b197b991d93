package dev.verbatim.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next record may start after a bad one: the next gzip member header
 * ({@code 1f 8b 08}) in a compressed file, or the next line starting {@code WARC/1.} in an
 * uncompressed one. Stateless and thread-safe.
 */
final class Resync {
  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 1 << 16;

  private Resync() {}

  /**
   * Returns the offset of the first possible record start at or after {@code from}, or -1 when
   * there is none (or the channel cannot be read).
   */
  static long next(SeekableByteChannel channel, long from, boolean gzip) {
    byte[] pattern = gzip ? GZIP : WARC;
    try {
      long position = from;
      ByteBuffer buffer = ByteBuffer.allocate(CHUNK + pattern.length);
      while (position < channel.size()) {
        channel.position(position);
        buffer.clear();
        int n = readFully(channel, buffer);
        if (n <= 0) {
          return -1;
        }
        byte[] bytes = buffer.array();
        for (int i = 0; i + pattern.length <= n; i++) {
          if (matches(bytes, i, pattern)) {
            return gzip ? position + i : position + i + 1;   // after the line break
          }
        }
        if (n < pattern.length) {
          return -1;
        }
        position += n - pattern.length + 1;
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private static int readFully(SeekableByteChannel channel, ByteBuffer buffer) throws IOException {
    int total = 0;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  private static boolean matches(byte[] bytes, int at, byte[] pattern) {
    for (int j = 0; j < pattern.length; j++) {
      if (bytes[at + j] != pattern[j]) {
        return false;
      }
    }
    return true;
  }
}

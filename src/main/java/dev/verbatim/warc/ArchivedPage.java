package dev.verbatim.warc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.html.ExtractedPage;
import dev.verbatim.html.HtmlExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One HTML page captured in a WARC file: a {@code response} record with HTTP status 200 and an
 * HTML payload.
 *
 * <p>Immutable and thread-safe (the payload array is not copied: do not change it).
 *
 * @param uri the record's {@code WARC-Target-URI}
 * @param offset the byte offset of the record in the file (of its gzip member, when compressed)
 * @param html the HTTP payload, with any {@code Content-Encoding} undone
 * @param charset the {@code charset} of the HTTP {@code Content-Type}, or null when it names none
 * @since 0.2.0
 */
public record ArchivedPage(String uri, long offset, byte[] html, String charset)
    implements WarcEntry {

  /**
   * Checks the components.
   *
   * @param uri the record's {@code WARC-Target-URI}
   * @param offset the byte offset of the record in the file
   * @param html the HTTP payload, with any {@code Content-Encoding} undone
   * @param charset the {@code charset} of the HTTP {@code Content-Type}, or null
   * @throws NullPointerException if {@code uri} or {@code html} is null
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public ArchivedPage {
    checkNotNull(uri, "uri");
    checkNotNull(html, "html");
    checkArgument(offset >= 0, "offset must be >= 0 but was %s", offset);
  }

  /**
   * Extracts the article from the page ({@link HtmlExtractor}), decoding it with its HTTP charset,
   * else its {@code <meta charset>}, else as UTF-8, and resolving links against its URI.
   *
   * @return the extracted page
   */
  public ExtractedPage extract() {
    try {
      return HtmlExtractor.extract(new ByteArrayInputStream(html), charset, uri);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: reading a byte array", e);
    }
  }
}

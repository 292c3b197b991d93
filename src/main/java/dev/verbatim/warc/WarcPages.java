package dev.verbatim.warc;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC file ({@code .warc} or {@code .warc.gz}, WARC 1.0 or 1.1) with
 * jwarc. Each {@code response} record whose HTTP status is 200 and whose payload is HTML (by its
 * {@code Content-Type}, or by its first bytes when it has none) is one {@link ArchivedPage};
 * every other record (requests, {@code warcinfo}, metadata, revisits, images, redirects, 404s) is
 * skipped and counted in the {@link WarcTally}. A record that cannot be read (corrupt headers, a
 * broken gzip member, a record cut short) is reported as a {@link WarcProblem} with its byte
 * offset, and reading goes on at the next record the file holds: the next gzip member, or the next
 * {@code WARC/1.} line.
 *
 * <p>Stateless and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * WarcTally tally = WarcPages.read(Path.of("crawl.warc.gz"),
 *     page -> process(page.uri(), page.extract()),
 *     problem -> System.err.println(problem));
 * System.err.println(tally);   // 16 HTML pages; skipped 3 records (...)
 * }</pre>
 *
 * @since 0.2.0
 */
public final class WarcPages {
  /** Payloads longer than this (64 MiB) are skipped: no news page is that long. */
  static final int MAX_PAGE_BYTES = 64 << 20;

  private WarcPages() {}

  /**
   * Reads the pages of a WARC file.
   *
   * @param file the file
   * @param pages receives each page, in file order
   * @param problems receives each unreadable record
   * @return what was read and skipped
   * @throws IOException if the file cannot be opened
   */
  public static WarcTally read(Path file, Consumer<ArchivedPage> pages,
      Consumer<WarcProblem> problems) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      return read(channel, pages, problems);
    }
  }

  /**
   * Reads the pages of a WARC file from a seekable channel, from its current position to its end.
   * Seeking lets reading go on after a bad record. Does not close the channel.
   *
   * @param channel the file's bytes
   * @param pages receives each page, in file order
   * @param problems receives each unreadable record
   * @return what was read and skipped
   */
  public static WarcTally read(SeekableByteChannel channel, Consumer<ArchivedPage> pages,
      Consumer<WarcProblem> problems) {
    checkNotNull(channel, "channel");
    checkNotNull(pages, "pages");
    checkNotNull(problems, "problems");
    WarcTally tally = new WarcTally();
    long start;
    try {
      start = channel.position();
    } catch (IOException e) {
      problems.accept(new WarcProblem(0, describe(e)));
      tally.problem();
      return tally;
    }
    new Scan(channel, pages, problems, tally).run(start);
    return tally;
  }

  /** One pass over a channel. */
  private static final class Scan {
    private final SeekableByteChannel channel;
    private final Consumer<ArchivedPage> pages;
    private final Consumer<WarcProblem> problems;
    private final WarcTally tally;
    private boolean gzip;
    private boolean resyncing;

    Scan(SeekableByteChannel channel, Consumer<ArchivedPage> pages,
        Consumer<WarcProblem> problems, WarcTally tally) {
      this.channel = channel;
      this.pages = pages;
      this.problems = problems;
      this.tally = tally;
    }

    void run(long start) {
      long position = start;
      boolean first = true;
      while (position >= 0) {
        WarcReader reader;
        try {
          channel.position(position);
          reader = new WarcReader(channel);
          if (first) {
            gzip = reader.compression() != org.netpreserve.jwarc.WarcCompression.NONE;
            first = false;
          }
        } catch (IOException | RuntimeException e) {
          report(position, e);
          position = Resync.next(channel, position + 1, gzip);
          continue;
        }
        long failedAt = readAll(reader);
        position = failedAt < 0 ? -1 : Resync.next(channel, failedAt + 1, gzip);
      }
    }

    /** Reads records until the end (returns -1) or a bad record (returns its offset). */
    private long readAll(WarcReader reader) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          report(reader.position(), e);
          return reader.position();
        }
        if (next.isEmpty()) {
          return -1;
        }
        resyncing = false;
        long offset = reader.position();
        try {
          handle(next.get(), offset);
        } catch (IOException | RuntimeException e) {
          report(offset, e);
          return offset;
        }
      }
    }

    private void handle(WarcRecord record, long offset) throws IOException {
      String skip = skipReason(record);
      byte[] html = null;
      String charset = null;
      if (skip == null) {
        HttpResponse http = ((WarcResponse) record).http();
        skip = skipReason(http);
        if (skip == null) {
          html = readPayload(http.bodyDecoded());
          charset = charset(http.contentType());
          if (html == null) {
            skip = "over " + (MAX_PAGE_BYTES >> 20) + " MiB";
          } else if (!isHtml(http, html)) {
            skip = "not HTML";
            html = null;
          }
        }
      }
      MessageBody body = record.body();
      body.consume();
      if (body.position() < body.size()) {
        throw new java.io.EOFException("truncated: " + body.position() + " of " + body.size()
            + " bytes");
      }
      if (html != null) {
        tally.page();
        pages.accept(new ArchivedPage(((WarcResponse) record).target(), offset, html, charset));
      } else {
        tally.skip(skip);
      }
    }

    /**
     * Reports a bad record, once: while looking for the next good record after it, places that
     * only looked like a record start are not reported again.
     */
    private void report(long offset, Exception e) {
      if (resyncing) {
        return;
      }
      resyncing = true;
      tally.problem();
      problems.accept(new WarcProblem(offset, describe(e)));
    }
  }

  /** Why a record is not a page (before its HTTP message is read), or null. */
  private static String skipReason(WarcRecord record) {
    if (!(record instanceof WarcResponse response)) {
      return record.type();
    }
    String target = response.target();
    if (target == null || !target.toLowerCase(Locale.ROOT).startsWith("http")) {
      return "not HTTP";
    }
    return null;
  }

  /** Why an HTTP response is not a page, or null. */
  private static String skipReason(HttpResponse http) {
    if (http.status() != 200) {
      return "HTTP status " + http.status();
    }
    MediaType type = http.contentType();
    if (declared(type) && !type.base().equals(MediaType.HTML)
        && !type.base().toString().equals("application/xhtml+xml")
        && !type.base().equals(MediaType.OCTET_STREAM)) {
      return "not HTML";
    }
    return null;
  }

  private static byte[] readPayload(MessageBody body) throws IOException {
    try (InputStream in = body.stream()) {
      byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
      return bytes.length > MAX_PAGE_BYTES ? null : bytes;
    }
  }

  /** Whether the payload is HTML: declared so, or starting like HTML when undeclared. */
  private static boolean isHtml(HttpResponse http, byte[] html) {
    MediaType type = http.contentType();
    if (declared(type) && !type.base().equals(MediaType.OCTET_STREAM)) {
      return true;
    }
    String head = new String(html, 0, Math.min(html.length, 512),
        java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3);
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<!--") && head.contains("<html");
  }

  /**
   * Whether a media type was given. jwarc parses message headers leniently, so a header type is
   * not "valid" in its strict sense even when it is well formed; its type and subtype are read.
   */
  private static boolean declared(MediaType type) {
    return type != null && type.type() != null && !type.type().isEmpty();
  }

  private static String charset(MediaType type) {
    if (!declared(type)) {
      return null;
    }
    String charset = type.parameters().get("charset");
    if (charset == null || charset.isBlank()) {
      return null;
    }
    try {
      return java.nio.charset.Charset.isSupported(charset.strip()) ? charset.strip() : null;
    } catch (java.nio.charset.IllegalCharsetNameException e) {
      return null;
    }
  }

  static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }
}

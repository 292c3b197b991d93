package dev.verbatim.warc;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
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
    checkNotNull(pages, "pages");
    checkNotNull(problems, "problems");
    WarcTally tally = new WarcTally();
    Iterator<WarcEntry> entries = entries(channel, tally);
    while (entries.hasNext()) {
      WarcEntry entry = entries.next();
      if (entry instanceof ArchivedPage page) {
        pages.accept(page);
      } else {
        problems.accept((WarcProblem) entry);
      }
    }
    return tally;
  }

  /**
   * Returns the pages and problems of a WARC file as they are read, one record at a time, from the
   * channel's current position: for callers that pull, such as a Spark task. Skipped records are
   * counted in {@code tally} as reading goes. Does not close the channel.
   *
   * @param channel the file's bytes
   * @param tally counts what is read and skipped
   * @return the entries, in file order
   */
  public static Iterator<WarcEntry> entries(SeekableByteChannel channel, WarcTally tally) {
    checkNotNull(channel, "channel");
    checkNotNull(tally, "tally");
    return new Cursor(channel, tally);
  }

  /** One pass over a channel, one entry at a time. */
  private static final class Cursor implements Iterator<WarcEntry> {
    private final SeekableByteChannel channel;
    private final WarcTally tally;
    private WarcReader reader;
    private long position;
    private boolean first = true;
    private boolean gzip;
    private boolean resyncing;
    private WarcEntry next;

    Cursor(SeekableByteChannel channel, WarcTally tally) {
      this.channel = channel;
      this.tally = tally;
      try {
        this.position = channel.position();
      } catch (IOException e) {
        this.position = -1;
        this.next = problem(0, e);
      }
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = fetch();
      }
      return next != null;
    }

    @Override
    public WarcEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      WarcEntry out = next;
      next = null;
      return out;
    }

    /** Reads on to the next page or reported problem; null at the end. */
    private WarcEntry fetch() {
      while (reader != null || position >= 0) {
        if (reader == null) {
          WarcEntry problem = open();
          if (problem != null) {
            return problem;
          }
          continue;
        }
        Optional<WarcRecord> record;
        try {
          record = reader.next();
        } catch (IOException | RuntimeException e) {
          WarcEntry problem = failed(reader.position(), e);
          if (problem != null) {
            return problem;
          }
          continue;
        }
        if (record.isEmpty()) {
          reader = null;
          position = -1;
          return null;
        }
        resyncing = false;
        long offset = reader.position();
        try {
          ArchivedPage page = handle(record.get(), offset);
          if (page != null) {
            return page;
          }
        } catch (IOException | RuntimeException e) {
          WarcEntry problem = failed(offset, e);
          if (problem != null) {
            return problem;
          }
        }
      }
      return null;
    }

    /** Opens a reader at {@link #position}; returns a problem when that fails and is reported. */
    private WarcEntry open() {
      try {
        channel.position(position);
        reader = new WarcReader(channel);
        if (first) {
          gzip = reader.compression() != WarcCompression.NONE;
          first = false;
        }
        return null;
      } catch (IOException | RuntimeException e) {
        reader = null;
        long at = position;
        position = Resync.next(channel, at + 1, gzip);
        return report(at, e);
      }
    }

    /**
     * A bad record at {@code offset}: reading goes on at the next record start after it. Returns
     * the problem, or null when it is not reported again.
     */
    private WarcEntry failed(long offset, Exception e) {
      reader = null;
      position = Resync.next(channel, offset + 1, gzip);
      return report(offset, e);
    }

    /**
     * Reports a bad record, once: while looking for the next good record after it, places that
     * only looked like a record start are not reported again. Returns null when not reported.
     */
    private WarcEntry report(long offset, Exception e) {
      if (resyncing) {
        return null;
      }
      resyncing = true;
      return problem(offset, e);
    }

    private WarcProblem problem(long offset, Exception e) {
      tally.problem();
      return new WarcProblem(offset, describe(e));
    }

    /** The page the record holds, or null when it is skipped (and counted). */
    private ArchivedPage handle(WarcRecord record, long offset) throws IOException {
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
      if (html == null) {
        tally.skip(skip);
        return null;
      }
      tally.page();
      return new ArchivedPage(((WarcResponse) record).target(), offset, html, charset);
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

package dev.verbatim.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes WARC files for tests with jwarc's writer: a {@code warcinfo} record, then for each page a
 * request and a 200 HTML response, and, when asked, the records a crawl also holds that are not
 * pages (an image, a 404 page, a redirect, a metadata record).
 */
public final class TestWarc {
  private static final Instant DATE = Instant.parse("2026-03-20T10:00:00Z");

  private TestWarc() {}

  /** The URI the page NAME is archived under. */
  public static String uri(String name) {
    return "https://news.example/" + name;
  }

  /**
   * Writes the pages (name to HTML), in order, with the other records when {@code others}.
   *
   * @return the number of records that are not pages
   */
  public static int write(Path file, Map<String, String> pages, boolean others, boolean gzip)
      throws IOException {
    int notPages = 0;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
      writer.write(new Warcinfo.Builder().date(DATE).filename(file.getFileName().toString())
          .fields(Map.of("software", List.of("verbatim tests"))).build());
      notPages++;
      int i = 0;
      for (Map.Entry<String, String> page : pages.entrySet()) {
        String uri = uri(page.getKey());
        writer.write(request(uri));
        notPages++;
        byte[] html = page.getValue().getBytes(StandardCharsets.UTF_8);
        writer.write(response(uri, 200, "text/html; charset=utf-8", html, i++ % 3 == 1));
        if (others && i == 2) {
          writer.write(response("https://news.example/img/photo.png", 200, "image/png",
              new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}, false));
          writer.write(response("https://news.example/missing", 404, "text/html",
              "<html><body><h1>Not found</h1><p>“Sorry,” said the server.</p></body></html>"
                  .getBytes(StandardCharsets.UTF_8), false));
          writer.write(response("https://news.example/old", 301, "text/html",
              "<a href=\"/new\">Moved</a>".getBytes(StandardCharsets.UTF_8), false));
          writer.write(new WarcMetadata.Builder().targetURI(uri).date(DATE)
              .fields(Map.of("via", List.of("https://news.example/"))).build());
          notPages += 4;
        }
      }
    }
    return notPages;
  }

  private static WarcRequest request(String uri) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getRawPath())
        .addHeader("Host", "news.example").addHeader("User-Agent", "verbatim-tests").build();
    return new WarcRequest.Builder(uri).date(DATE).body(http).build();
  }

  /** A response; with {@code gzipped}, the payload is sent with Content-Encoding: gzip. */
  private static WarcResponse response(String uri, int status, String type, byte[] payload,
      boolean gzipped) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
    byte[] body = payload;
    if (gzipped) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(payload);
      }
      body = out.toByteArray();
      http.addHeader("Content-Encoding", "gzip");
    }
    return new WarcResponse.Builder(uri).date(DATE)
        .body(http.body(MediaType.parse(type), body).build()).build();
  }

  /** The byte offsets at which the records of an uncompressed WARC file start. */
  public static List<Integer> recordStarts(byte[] warc) {
    List<Integer> out = new ArrayList<>();
    String text = new String(warc, StandardCharsets.ISO_8859_1);
    for (int i = text.indexOf("WARC/1."); i >= 0; i = text.indexOf("WARC/1.", i + 1)) {
      if (i == 0 || text.charAt(i - 1) == '\n') {
        out.add(i);
      }
    }
    return out;
  }
}

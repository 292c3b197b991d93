package dev.verbatim.warc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.testing.TestWarc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the pages of WARC files written by jwarc, whole, compressed, corrupt and cut short. */
class WarcPagesTest {
  @TempDir Path folder;

  private static final Map<String, String> PAGES = new LinkedHashMap<>();

  static {
    for (int i = 1; i <= 4; i++) {
      PAGES.put("story-" + i, "<html><head><title>Story " + i + "</title></head><body><h1>Story "
          + i + "</h1><p>“Café number " + i + " is open,” the owner said on Monday.</p></body>"
          + "</html>");
    }
  }

  private record Read(List<ArchivedPage> pages, List<WarcProblem> problems, WarcTally tally) {}

  private static Read read(Path file) throws IOException {
    List<ArchivedPage> pages = new ArrayList<>();
    List<WarcProblem> problems = new ArrayList<>();
    WarcTally tally = WarcPages.read(file, pages::add, problems::add);
    return new Read(pages, problems, tally);
  }

  @Test
  void eachHtmlResponseWithStatus200IsAPageAndTheOtherRecordsAreCounted() throws IOException {
    for (boolean gzip : new boolean[] {false, true}) {
      Path file = folder.resolve(gzip ? "pages.warc.gz" : "pages.warc");
      TestWarc.write(file, PAGES, true, gzip);

      Read read = read(file);

      assertThat(read.problems()).isEmpty();
      assertThat(read.pages()).extracting(ArchivedPage::uri)
          .containsExactly(PAGES.keySet().stream().map(TestWarc::uri).toArray(String[]::new));
      assertThat(new String(read.pages().get(1).html(), StandardCharsets.UTF_8))
          .as("a gzip Content-Encoding is undone").isEqualTo(PAGES.get("story-2"));
      assertThat(read.pages().get(0).charset()).isEqualToIgnoringCase("utf-8");
      assertThat(read.pages().get(2).extract().text())
          .isEqualTo("Story 3\n\n“Café number 3 is open,” the owner said on Monday.");
      assertThat(read.tally().skipped()).containsExactly(Map.entry("HTTP status 301", 1),
          Map.entry("HTTP status 404", 1), Map.entry("metadata", 1), Map.entry("not HTML", 1),
          Map.entry("request", 4), Map.entry("warcinfo", 1));
      assertThat(read.tally()).hasToString("4 HTML pages; skipped 9 records (1 HTTP status 301, "
          + "1 HTTP status 404, 1 metadata, 1 not HTML, 4 request, 1 warcinfo)");
    }
  }

  @Test
  void aCorruptRecordIsReportedAtItsOffsetAndTheRestIsRead() throws IOException {
    Path file = folder.resolve("corrupt.warc");
    TestWarc.write(file, PAGES, false, false);
    byte[] bytes = Files.readAllBytes(file);
    List<Integer> starts = TestWarc.recordStarts(bytes);
    // Records: warcinfo, then request and response per page. Break the second page's response.
    int bad = starts.get(4);
    bytes[bad + 2] = 'X';   // "WAXC/1.1"
    Files.write(file, bytes);

    Read read = read(file);

    assertThat(read.problems()).hasSize(1);
    assertThat(read.problems().get(0).offset()).isEqualTo(bad);
    assertThat(read.problems().get(0).toString()).startsWith("record at byte offset " + bad + ": ");
    assertThat(read.pages()).extracting(ArchivedPage::uri).containsExactly(
        TestWarc.uri("story-1"), TestWarc.uri("story-3"), TestWarc.uri("story-4"));
    assertThat(read.tally().problems()).isEqualTo(1);
  }

  @Test
  void aRecordCutShortAtTheEndIsReportedAndThePagesBeforeItAreRead() throws IOException {
    for (boolean gzip : new boolean[] {false, true}) {
      Path file = folder.resolve(gzip ? "cut.warc.gz" : "cut.warc");
      TestWarc.write(file, PAGES, false, gzip);
      byte[] bytes = Files.readAllBytes(file);
      Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 120));

      Read read = read(file);

      assertThat(read.pages()).as("gzip %s", gzip).extracting(ArchivedPage::uri).containsExactly(
          TestWarc.uri("story-1"), TestWarc.uri("story-2"), TestWarc.uri("story-3"));
      assertThat(read.problems()).as("gzip %s", gzip).hasSize(1);
      assertThat(read.problems().get(0).offset()).isGreaterThan(0).isLessThan(bytes.length);
    }
  }

  @Test
  void aBrokenGzipMemberIsReportedAtItsOffsetAndTheNextMembersAreRead() throws IOException {
    Path file = folder.resolve("broken.warc.gz");
    TestWarc.write(file, PAGES, false, true);
    byte[] bytes = Files.readAllBytes(file);
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] == 0x1f && bytes[i + 1] == (byte) 0x8b && bytes[i + 2] == 8) {
        members.add(i);
      }
    }
    int bad = members.get(4);   // the second page's response
    for (int i = bad + 30; i < bad + 60; i++) {
      bytes[i] = (byte) 0xAA;
    }
    Files.write(file, bytes);

    Read read = read(file);

    assertThat(read.problems()).extracting(WarcProblem::offset).containsExactly((long) bad);
    assertThat(read.pages()).extracting(ArchivedPage::uri).containsExactly(
        TestWarc.uri("story-1"), TestWarc.uri("story-3"), TestWarc.uri("story-4"));
  }

  @Test
  void anEmptyFileHasNoPagesAndNoProblems() throws IOException {
    Path file = Files.write(folder.resolve("empty.warc"), new byte[0]);
    Read read = read(file);
    assertThat(read.pages()).isEmpty();
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void aFileThatIsNotAWarcIsOneProblem() throws IOException {
    Path file = Files.writeString(folder.resolve("notes.warc"), "These are my notes.\n".repeat(50));
    Read read = read(file);
    assertThat(read.pages()).isEmpty();
    assertThat(read.problems()).extracting(WarcProblem::offset).containsExactly(0L);
  }
}

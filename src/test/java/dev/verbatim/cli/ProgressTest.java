package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong clock = new AtomicLong();
  private final StringWriter err = new StringWriter();

  @Test
  void statusGivesCountRateAndTimeLeft() {
    Progress progress = new Progress(new PrintWriter(err), true, 40, clock::get);
    for (int i = 0; i < 10; i++) {
      clock.addAndGet(500_000_000L);
      progress.step();
    }

    assertThat(progress.status(clock.get())).isEqualTo("10/40 documents, 2.0/s, ETA 0:15");
    assertThat(err.toString()).startsWith("\r1/40 documents").contains("\r10/40 documents");
  }

  @Test
  void startRestartsTheClock() {
    Progress progress = new Progress(new PrintWriter(err), false, 2, clock::get);
    clock.addAndGet(15_000_000_000L);
    progress.start();
    clock.addAndGet(1_000_000_000L);
    progress.step();

    assertThat(progress.status(clock.get())).isEqualTo("1/2 documents, 1.0/s, ETA 0:01");
  }

  @Test
  void unknownTotalHasNoTimeLeft() {
    Progress progress = new Progress(new PrintWriter(err), true, -1, clock::get);
    clock.addAndGet(1_000_000_000L);
    progress.step();

    assertThat(progress.status(clock.get())).isEqualTo("1 documents, 1.0/s");
  }

  @Test
  void drawsNothingWithoutAConsoleButStillPrintsMessages() {
    Progress progress = new Progress(new PrintWriter(err), false, 3, clock::get);
    progress.step();
    progress.message("a.jsonl:2: invalid JSON");
    progress.step();
    progress.finish();

    assertThat(err.toString()).isEqualTo("a.jsonl:2: invalid JSON" + System.lineSeparator());
  }

  @Test
  void messagesClearTheLineFirstAndFinishRemovesIt() {
    Progress progress = new Progress(new PrintWriter(err), true, 3, clock::get);
    progress.step();
    progress.message("oops");
    progress.step();
    progress.finish();

    String drawn = "\r1/3 documents, 1000000000.0/s, ETA 0:00";
    assertThat(err.toString()).startsWith(drawn + "\r" + " ".repeat(drawn.length() - 1) + "\roops")
        .endsWith("\r");
  }
}

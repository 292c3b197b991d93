package dev.verbatim.cli;

import dev.verbatim.json.InputDocument;
import dev.verbatim.json.InputError;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Reports inputs that failed, one line each on standard error ({@code FILE:LINE: reason}), with
 * the stack trace only when asked to be verbose, and counts them for the exit status. Not
 * thread-safe.
 */
final class Failures {
  private final Progress progress;
  private final boolean verbose;
  private int count;

  Failures(Progress progress, boolean verbose) {
    this.progress = progress;
    this.verbose = verbose;
  }

  void report(InputError error) {
    count++;
    progress.message(error.toString());
  }

  /** Reports a document whose extraction threw. */
  void report(InputDocument document, Throwable e) {
    count++;
    String reason = e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    progress.message(
        document.error("extraction failed for \"" + document.id() + "\": " + reason).toString());
    if (verbose) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      progress.message(trace.toString().stripTrailing());
    }
  }

  int count() {
    return count;
  }

  /** The exit status: 0 when nothing failed, else 1. */
  int exitCode() {
    return count == 0 ? 0 : 1;
  }
}

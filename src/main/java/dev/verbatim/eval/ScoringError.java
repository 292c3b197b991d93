package dev.verbatim.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.Span;

/**
 * One mistake found by the scorer: a gold statement missed, a prediction with no gold statement,
 * or a match with the wrong speaker.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of mistake
 * @param documentId the document
 * @param type the statement type: the gold's for missed and wrong-speaker errors, the
 *     prediction's for spurious ones
 * @param goldSpeaker the gold speaker, or null (for spurious errors, and gold without speaker)
 * @param predictedSpeaker the predicted speaker's name, or null
 * @param text the statement text: the gold's, or the prediction's for spurious errors
 * @param span the statement span, likewise
 */
public record ScoringError(
    Kind kind, String documentId, String type, String goldSpeaker, String predictedSpeaker,
    String text, Span span) {

  /** The kinds of mistake. */
  public enum Kind {
    /** A gold statement that no prediction matched. */
    MISSED,
    /** A prediction that matched no gold statement. */
    SPURIOUS,
    /** A match whose predicted speaker is not the gold speaker. */
    WRONG_SPEAKER
  }

  /**
   * Checks the required components.
   *
   * @param kind the kind of mistake
   * @param documentId the document
   * @param type the statement type: the gold's for missed and wrong-speaker errors, the
   *     prediction's for spurious ones
   * @param goldSpeaker the gold speaker, or null (for spurious errors, and gold without speaker)
   * @param predictedSpeaker the predicted speaker's name, or null
   * @param text the statement text: the gold's, or the prediction's for spurious errors
   * @param span the statement span, likewise
   * @throws NullPointerException if the kind, document id, type, text or span is null
   */
  public ScoringError {
    checkNotNull(kind, "kind");
    checkNotNull(documentId, "documentId");
    checkNotNull(type, "type");
    checkNotNull(text, "text");
    checkNotNull(span, "span");
  }

  /**
   * Returns the error as {@code score.py} prints it, for example
   * {@code doc: MISSED (direct, 'Ann Lee') :: 'We will win.'}.
   *
   * @return the one-line message
   */
  @Override
  public String toString() {
    return switch (kind) {
      case MISSED -> documentId + ": MISSED (" + type + ", " + PythonRepr.of(goldSpeaker) + ") :: "
          + PythonRepr.of(PythonRepr.prefix(text, 90));
      case SPURIOUS -> documentId + ": SPURIOUS (" + type + ", " + PythonRepr.of(predictedSpeaker)
          + ") :: " + PythonRepr.of(PythonRepr.prefix(text, 90));
      case WRONG_SPEAKER -> documentId + ": WRONG SPEAKER gold=" + PythonRepr.of(goldSpeaker)
          + " pred=" + PythonRepr.of(predictedSpeaker) + " :: "
          + PythonRepr.of(PythonRepr.prefix(text, 70));
    };
  }
}

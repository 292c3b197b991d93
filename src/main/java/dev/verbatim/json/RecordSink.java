package dev.verbatim.json;

/**
 * Receives the records read from one source, and the errors met on the way, in source order.
 *
 * @param <T> the record type
 */
public interface RecordSink<T> {
  /**
   * Receives one record.
   *
   * @param record the record
   */
  void accept(T record);

  /**
   * Receives one error; reading goes on after it unless the source itself failed.
   *
   * @param error the error, with source and line
   */
  void error(InputError error);

  /**
   * Receives a note about the source that is not an error, such as the records a WARC file held
   * that are not pages. Ignored unless overridden.
   *
   * @param source the file as the user named it
   * @param message a one-line note
   */
  default void note(String source, String message) {}
}

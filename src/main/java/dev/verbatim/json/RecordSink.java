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
}

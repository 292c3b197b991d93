package dev.verbatim.json;

/**
 * A JSON record that is well-formed JSON but not what the format requires (a missing field, a
 * wrong type, an offset that does not fit its text). The message is one line and names the field.
 */
public final class InvalidRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field
   */
  public InvalidRecordException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, naming the field
   * @param cause the underlying failure
   */
  public InvalidRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}

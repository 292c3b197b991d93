package dev.verbatim;

/**
 * A failure of the language-processing back end (for example a model that cannot be loaded). Never
 * thrown for messy input text.
 */
public final class VerbatimException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the underlying failure
   */
  public VerbatimException(String message, Throwable cause) {
    super(message, cause);
  }
}

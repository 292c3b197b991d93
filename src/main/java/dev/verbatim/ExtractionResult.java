package dev.verbatim;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Everything Verbatim found in one document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param citations the statements, in document order of their spans
 * @param speakers the speaker entities the citations refer to, in order of first mention
 * @param diagnostics problems found in the text (unclosed quotation marks and the like)
 */
public record ExtractionResult(
    List<Citation> citations, List<Speaker> speakers, List<Diagnostic> diagnostics) {

  /**
   * Makes the lists immutable.
   *
   * @param citations the statements, in document order of their spans
   * @param speakers the speaker entities the citations refer to, in order of first mention
   * @param diagnostics problems found in the text (unclosed quotation marks and the like)
   * @throws NullPointerException if a list or element is null
   */
  public ExtractionResult {
    citations = ImmutableList.copyOf(checkNotNull(citations, "citations"));
    speakers = ImmutableList.copyOf(checkNotNull(speakers, "speakers"));
    diagnostics = ImmutableList.copyOf(checkNotNull(diagnostics, "diagnostics"));
  }

  /**
   * Returns a result with nothing in it.
   *
   * @return the empty result
   */
  public static ExtractionResult empty() {
    return new ExtractionResult(List.of(), List.of(), List.of());
  }
}

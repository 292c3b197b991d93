package dev.verbatim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A half-open range of UTF-16 indices into the caller's original string: {@code start} inclusive,
 * {@code end} exclusive, exactly as {@link String#substring(int, int)} takes them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start index of the first character, at least 0
 * @param end index one past the last character, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Checks the bounds.
   *
   * @param start index of the first character, at least 0
   * @param end index one past the last character, at least {@code start}
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public Span {
    checkArgument(start >= 0, "start must be >= 0 but was %s", start);
    checkArgument(end >= start, "end (%s) must be >= start (%s)", end, start);
  }

  /**
   * Returns the span {@code [start, end)}.
   *
   * @param start first index, inclusive
   * @param end last index, exclusive
   * @return the span
   * @throws IllegalArgumentException if the bounds are negative or reversed
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /**
   * Returns the number of UTF-16 units covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Returns whether the span covers nothing.
   *
   * @return true when {@code start == end}
   */
  public boolean isEmpty() {
    return start == end;
  }

  /**
   * Returns whether this span shares at least one index with {@code other}.
   *
   * @param other another span
   * @return true when the spans overlap
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end && !isEmpty() && !other.isEmpty();
  }

  /**
   * Returns whether {@code other} lies entirely within this span.
   *
   * @param other another span
   * @return true when {@code start <= other.start && other.end <= end}
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Returns the text this span covers in {@code text}.
   *
   * @param text the string the span indexes into
   * @return {@code text.substring(start, end)}
   * @throws IndexOutOfBoundsException if the span reaches past the end of {@code text}
   */
  public String in(String text) {
    checkNotNull(text, "text");
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(start, other.start);
    return c != 0 ? c : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}

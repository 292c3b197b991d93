package dev.verbatim.attribute;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.detect.AttributionRule;
import dev.verbatim.detect.Detected;

/**
 * Who a statement's speaker is, as the attribution stage has decided so far: an immutable value kept
 * apart from the statement, in the document's {@link Attributions}. A sieve that decides a speaker
 * stores a new value in place of the old one.
 *
 * @param speakerHead token index of the head of the speaker's mention, or -1 while unknown
 * @param rule the rule that found the speaker (or the statement, when detection recorded one)
 * @param speakerFrom index, among the document's statements, of the statement whose speaker this one
 *     takes over (continuations), or -1
 * @param speakerFromNeighbour whether the statement has no speaker of its own in its sentence and
 *     takes the speaker of the statement next to it, as a quotation without attribution does ("The
 *     court heard that ...")
 */
public record Attribution(int speakerHead, AttributionRule rule, int speakerFrom, boolean speakerFromNeighbour) {
  /**
   * Checks the rule.
   *
   * @param speakerHead token index of the speaker's mention head, or -1
   * @param rule the deciding rule
   * @param speakerFrom index of the statement whose speaker this one takes, or -1
   * @param speakerFromNeighbour whether the statement takes its neighbour's speaker
   */
  public Attribution {
    checkNotNull(rule, "rule");
  }

  /**
   * The attribution detection made: the speaker it read beside the statement, if any.
   *
   * @param found what detection found
   * @return the attribution
   */
  public static Attribution of(Detected found) {
    return new Attribution(found.speakerHead(), found.rule(), -1, found.speakerFromNeighbour());
  }

  /**
   * Returns whether a speaker mention or a speaker source is known.
   *
   * @return whether a speaker mention or a speaker source is known
   */
  public boolean attributed() {
    return speakerHead >= 0 || speakerFrom >= 0;
  }

  /**
   * Returns a copy with a speaker mention found by a rule.
   *
   * @param head token index of the speaker mention's head
   * @param by the rule that found it
   * @return the copy; this attribution is unchanged
   */
  public Attribution withSpeaker(int head, AttributionRule by) {
    return new Attribution(head, by, speakerFrom, speakerFromNeighbour);
  }

  /**
   * Returns a copy that takes over the speaker of another statement.
   *
   * @param source index of the statement whose speaker is taken over
   * @param by the rule that decided it
   * @return the copy; this attribution is unchanged
   */
  public Attribution withSpeakerFrom(int source, AttributionRule by) {
    return new Attribution(speakerHead, by, source, speakerFromNeighbour);
  }
}

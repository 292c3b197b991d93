package dev.verbatim.summary;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.verbatim.Gender;
import dev.verbatim.SpeakerKind;
import java.util.Optional;

/**
 * One speaker entity across the corpus: the speakers of the documents that share its canonical
 * name and kind (see {@link CorpusSummary} for when they merge), with their statement counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param speaker the canonical name
 * @param kind the kind of speaker
 * @param gender for a person, the gender most of its documents show (unknown on a tie between
 *     female and male); empty for other kinds
 * @param documents in how many documents it speaks
 * @param statements its statements
 * @param direct of which direct quotations
 * @param indirect of which reported speech
 * @param mixed of which reported speech with a quoted fragment
 * @param words words in its statements
 * @since 0.2.0
 */
public record SpeakerRow(String speaker, SpeakerKind kind, Optional<Gender> gender, int documents,
    int statements, int direct, int indirect, int mixed, long words) {

  /**
   * Checks that no component is null.
   *
   * @param speaker the canonical name
   * @param kind the kind of speaker
   * @param gender for a person, its gender; empty for other kinds
   * @param documents in how many documents it speaks
   * @param statements its statements
   * @param direct of which direct quotations
   * @param indirect of which reported speech
   * @param mixed of which reported speech with a quoted fragment
   * @param words words in its statements
   * @throws NullPointerException if a component is null
   */
  public SpeakerRow {
    checkNotNull(speaker, "speaker");
    checkNotNull(kind, "kind");
    checkNotNull(gender, "gender");
  }
}

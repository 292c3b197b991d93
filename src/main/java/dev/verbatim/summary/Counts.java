package dev.verbatim.summary;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Statement counts of a document, site, month or whole corpus: how many statements, of which
 * type, how many words, and by whom: persons by gender, the other kinds of speaker, and none.
 *
 * <p>{@code female + male + unknownGender + organization + mediaOutlet + anonymous + group +
 * unattributed == statements} and {@code direct + indirect + mixed == statements}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statements all statements (citations)
 * @param direct direct quotations
 * @param indirect reported speech
 * @param mixed reported speech with a quoted fragment
 * @param words words in the statements' text (runs of letters and digits, inner apostrophes and
 *     hyphens kept: "don't", "well-known" are one word each)
 * @param female statements by persons the article shows as women
 * @param male statements by persons the article shows as men
 * @param unknownGender statements by persons of unknown gender
 * @param organization statements by organisations
 * @param mediaOutlet statements by media outlets
 * @param anonymous statements by anonymous sources
 * @param group statements by groups
 * @param unattributed statements without a speaker
 * @since 0.2.0
 */
public record Counts(int statements, int direct, int indirect, int mixed, long words, int female,
    int male, int unknownGender, int organization, int mediaOutlet, int anonymous, int group,
    int unattributed) {

  /** No statements. */
  public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * Checks that the parts add up.
   *
   * @param statements all statements (citations)
   * @param direct direct quotations
   * @param indirect reported speech
   * @param mixed reported speech with a quoted fragment
   * @param words words in the statements' text
   * @param female statements by persons the article shows as women
   * @param male statements by persons the article shows as men
   * @param unknownGender statements by persons of unknown gender
   * @param organization statements by organisations
   * @param mediaOutlet statements by media outlets
   * @param anonymous statements by anonymous sources
   * @param group statements by groups
   * @param unattributed statements without a speaker
   * @throws IllegalArgumentException if a count is negative or the parts do not add up
   */
  public Counts {
    checkArgument(direct >= 0 && indirect >= 0 && mixed >= 0 && words >= 0 && female >= 0
        && male >= 0 && unknownGender >= 0 && organization >= 0 && mediaOutlet >= 0
        && anonymous >= 0 && group >= 0 && unattributed >= 0, "negative count");
    checkArgument(direct + indirect + mixed == statements,
        "direct %s + indirect %s + mixed %s is not statements %s", direct, indirect, mixed,
        statements);
    checkArgument(female + male + unknownGender + organization + mediaOutlet + anonymous + group
        + unattributed == statements, "the speakers' counts do not add up to statements %s",
        statements);
  }

  /**
   * Returns the statements by persons, of any gender.
   *
   * @return {@code female + male + unknownGender}
   */
  public int persons() {
    return female + male + unknownGender;
  }

  /**
   * Returns the sum of these counts and others.
   *
   * @param o other counts
   * @return the sums, field by field
   */
  public Counts plus(Counts o) {
    return new Counts(statements + o.statements, direct + o.direct, indirect + o.indirect,
        mixed + o.mixed, words + o.words, female + o.female, male + o.male,
        unknownGender + o.unknownGender, organization + o.organization,
        mediaOutlet + o.mediaOutlet, anonymous + o.anonymous, group + o.group,
        unattributed + o.unattributed);
  }
}

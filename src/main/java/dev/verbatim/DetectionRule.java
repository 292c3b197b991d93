package dev.verbatim;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The constructions Verbatim finds statements by: every {@link Citation} records the one that found
 * it ({@link Citation#detection()}), and any of them can be switched off
 * ({@link QuoteExtractor.Builder#disable(DetectionRule...)}). Each has a stable lower-case id
 * ({@link #id()}), which the JSON output, {@code verbatim evaluate} and {@code --disable-rule} use.
 *
 * <p>Which rule found a statement is a different question from who decided its speaker
 * ({@link Citation#rule()}): a quotation found by {@link #UNCUED_QUOTATION} may take its speaker
 * from a neighbouring statement.
 *
 * <p>A reporting verb is read once, as a whole: its statement takes the id of the most specific
 * construction that made it, the speaker's first ({@link #QUOTED_AS_SAYING},
 * {@link #PARTICIPLE_CONTINUATION}, {@link #SURFACE_SUBJECT}), then the statement's
 * ({@link #INVERTED_CUE}, {@link #MISPARSED_COMPLEMENT}, {@link #CUE_OBJECT}, {@link #THAT_CLAUSE},
 * {@link #AS_CLAUSE}, {@link #SURFACE_COMPLEMENT}). Without a dependency parse (the fast profile)
 * the speaker is always read from the words, so most reported speech there is
 * {@link #SURFACE_SUBJECT}. Reported speech that turns out to be a quotation ("Ruiz said: “We will
 * appeal.”") is {@link #QUOTED_COMPLEMENT}, whichever construction read the verb.
 *
 * <p>Switching a rule off removes the statements it would have found: they are not made, and a
 * quotation one of them would have claimed is left to the rules after it (a quotation whose cue
 * rule is off may still be found by another cue rule, or as one that reads like speech).
 */
public enum DetectionRule {
  /**
   * An answer after a speaker label, in a document with at least two: "Q: Will the mill close?¶
   * Okoro: We never planned to close the mill."
   */
  INTERVIEW_LABEL("interview-label"),
  /**
   * An answer paragraph of an interview printed without labels, after a one-paragraph question
   * (at least three, after words that announce an interview): "Why now?¶ Because the lease runs
   * out in May."
   */
  INTERVIEW_TURN("interview-turn"),
  /**
   * A reporting verb's clausal complement in the dependency tree, with or without "that": "The
   * minister said the channel would reopen on Friday."
   */
  THAT_CLAUSE("that-clause"),
  /**
   * A complement without "that" that the parser read as the verb's object, or as a relative clause
   * of it: "Ms Varro warned the toll, which rose in March, would rise again."
   */
  MISPARSED_COMPLEMENT("misparsed-complement"),
  /**
   * The words after a reporting verb the parser left without a complement: "That was the message
   * from Mr Hollis, who also said there would be no layoffs this year."
   */
  SURFACE_COMPLEMENT("surface-complement"),
  /**
   * The statement before its cue: "The ferry will run all winter, the operator said on Monday."
   * An attribution between two clauses joined by "and" or "but" reports both: "The ferry will run
   * all winter, she said, and fares will not rise."
   */
  INVERTED_CUE("inverted-cue"),
  /** A clause with "as" naming the speaker: "As Lara Quint noted, the fund is solvent." */
  AS_CLAUSE("as-clause"),
  /**
   * An object, not a clause, that is the statement: "Mr Pell called the scheme “a lottery”."
   */
  CUE_OBJECT("cue-object"),
  /**
   * The person a report quotes: "The agency quoted Lund as saying that the border would stay
   * shut."
   */
  QUOTED_AS_SAYING("quoted-as-saying"),
  /**
   * A participle continuing an earlier attribution: "Tamsin Hale praised the staff, adding that
   * the ward would stay open."
   */
  PARTICIPLE_CONTINUATION("participle-continuation"),
  /**
   * A reporting verb whose subject the parse missed, the speaker read from the words before it:
   * "Voicing the growers' view, Arnau Pique, who farms near Lleida, stated that prices were
   * unfair."
   */
  SURFACE_SUBJECT("surface-subject"),
  /** "According to Inspector Kai Moller, two boats were missing." */
  ACCORDING_TO("according-to"),
  /** A view noun with an owner: "In the governor's view, the audit came too late." */
  VIEW_NOUN("view-noun"),
  /** "The union's position is that no member will work unpaid overtime." */
  POSITION_IS_THAT("position-is-that"),
  /** A stance expressed about a clause: "The inspectors expressed concern that records were lost." */
  STANCE("stance"),
  /** A stance adjective with a clause: "Councillor Abbas is convinced that the bridge is unsafe." */
  STANCE_ADJECTIVE("stance-adjective"),
  /**
   * What a court, jury or inquest heard, said by someone the sentence does not name: "The jury
   * heard that the van had no brakes."
   */
  COURT_HEARD("court-heard"),
  /**
   * A question reported in the reporter's words, said by the one who asks: "Ms Okafor asked
   * whether she had raised concerns about staffing."
   */
  REPORTED_QUESTION("reported-question"),
  /**
   * Reported speech that is a quotation, or lies inside one: the quotation is a direct statement with
   * the reporting verb as its cue. "“We are ready,” said Ilse Brandt."
   */
  QUOTED_COMPLEMENT("quoted-complement"),
  /**
   * A quotation with its cue after it, in its sentence or in a short sentence right after it, that
   * reported speech did not claim: "“We are ready.” Ilse Brandt said."
   */
  ADJACENT_CUE_AFTER("adjacent-cue-after"),
  /**
   * A quotation with its cue before it in its sentence, that reported speech did not claim: "Brandt
   * asked: “Are we ready?”"
   */
  ADJACENT_CUE_BEFORE("adjacent-cue-before"),
  /** A short label naming the speaker before a colon: "Coach Ferris: “We were second best.”" */
  SPEAKER_LABEL("speaker-label"),
  /**
   * A quotation without a cue that reads like speech (a sentence or more): "Ilse Brandt left the
   * pitch. “We were second best for an hour.”"
   */
  UNCUED_QUOTATION("uncued-quotation");

  private final String id;

  DetectionRule(String id) {
    this.id = id;
  }

  /**
   * Returns the rule's stable id, lower case with hyphens ({@code "that-clause"}).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the rule with the given id.
   *
   * @param id an id as {@link #id()} gives it, in any case
   * @return the rule
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no rule has that id; the message lists the ids
   */
  public static DetectionRule fromId(String id) {
    checkNotNull(id, "id");
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (DetectionRule r : values()) {
      if (r.id.equals(wanted)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown detection rule \"" + id + "\"; the rules are "
        + Arrays.stream(values()).map(DetectionRule::id).collect(Collectors.joining(", ")));
  }
}

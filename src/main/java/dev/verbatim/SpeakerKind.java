package dev.verbatim;

/** What kind of source a speaker entity is. */
public enum SpeakerKind {
  /** A named or identifiable person. */
  PERSON,
  /** A government body, company, party, club or other organisation. */
  ORGANIZATION,
  /** A newspaper, broadcaster, news agency or other media outlet. */
  MEDIA_OUTLET,
  /** An unnamed source ("a senior official, who spoke on condition of anonymity"). */
  ANONYMOUS,
  /** An unnamed group ("analysts", "officials", "residents"). */
  GROUP
}

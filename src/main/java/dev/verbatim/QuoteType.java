package dev.verbatim;

/** How a statement is reported. */
public enum QuoteType {
  /** Words inside quotation marks, attributed to a speaker. The span excludes the marks. */
  DIRECT,
  /** Reported speech without quotation marks ("X said that ...", "according to X, ..."). */
  INDIRECT,
  /** Reported speech that contains a quoted fragment (He called the plan "a betrayal"). */
  MIXED
}

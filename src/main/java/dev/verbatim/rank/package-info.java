/**
 * Speaker ranking: a log-linear model that scores the candidate speakers of a pronoun or a role
 * over the evidence the attribution rules weigh (distance, grammatical role, agreement, who spoke
 * last, who was asked), its trainer, and leave-articles-out cross-validation. The shipped weights
 * are trained from the tuning part of the fixture corpus by {@code verbatim train}.
 *
 * <p><b>Internal:</b> not part of Verbatim's API. It may change or go away in any release
 * without notice, and it is left out of the published Javadoc; programs use the API packages
 * named in {@code dev.verbatim}'s package documentation.
 */
package dev.verbatim.rank;

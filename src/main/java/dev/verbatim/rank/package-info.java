/**
 * Speaker ranking: a log-linear model that scores the candidate speakers of a pronoun or a role
 * over the evidence the attribution rules weigh (distance, grammatical role, agreement, who spoke
 * last, who was asked), its trainer, and leave-articles-out cross-validation. The shipped weights
 * are trained from the tuning part of the fixture corpus by {@code verbatim train}.
 */
package dev.verbatim.rank;

package dev.verbatim.mention;

import dev.verbatim.MentionKind;
import dev.verbatim.Span;

/**
 * A noun phrase or pronoun that can name a speaker, as found around a head token.
 *
 * @param head token index of the phrase's head
 * @param span the phrase as written (for names: title and name, without a leading article)
 * @param kind name, pronoun, role or organisation
 * @param name for names and organisations the name; for roles the description
 * @param title a role or title the phrase gives a named person ("British Foreign Secretary"), or null
 * @param affiliation an organisation the phrase ties the person to, or null
 * @param gender the gender the words show
 * @param plural whether the phrase is plural
 * @param definite whether a role phrase is definite ("the minister") rather than indefinite
 * @param represents for a spokesperson or representative of an organisation, the organisation;
 *     otherwise null
 * @param media whether an organisation name looks like a media outlet
 */
public record SpeakerMention(
    int head,
    Span span,
    MentionKind kind,
    String name,
    String title,
    String affiliation,
    Gender gender,
    boolean plural,
    boolean definite,
    SpeakerMention represents,
    boolean media) {}

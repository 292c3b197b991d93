package dev.verbatim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One source in an article: a person, organisation, outlet or unnamed source, with every mention
 * the article makes of it. Mentions written differently ("Yevgeny Morozov", "Evgeny Morozov",
 * "Morozov", "he") are merged into one speaker.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id an identifier unique within one {@link ExtractionResult} ("s1", "s2", ...)
 * @param name the canonical name: the fullest name the article gives
 * @param kind person, organisation, outlet, anonymous source or group
 * @param mentions every mention of the speaker, in document order
 * @param variants the distinct spellings of the speaker's name in the article, canonical first
 * @param roles roles and titles the article gives ("Deputy Health Minister")
 * @param affiliations organisations the article ties the speaker to ("the Institute of Oceanography")
 */
public record Speaker(
    String id,
    String name,
    SpeakerKind kind,
    List<Mention> mentions,
    List<String> variants,
    List<String> roles,
    List<String> affiliations) {

  /**
   * Checks the components and makes the lists immutable.
   *
   * @param id an identifier unique within one {@link ExtractionResult} ("s1", "s2", ...)
   * @param name the canonical name: the fullest name the article gives
   * @param kind person, organisation, outlet, anonymous source or group
   * @param mentions every mention of the speaker, in document order
   * @param variants the distinct spellings of the speaker's name in the article, canonical first
   * @param roles roles and titles the article gives ("Deputy Health Minister")
   * @param affiliations organisations the article ties the speaker to ("the Institute of
   *     Oceanography")
   * @throws NullPointerException if a component or list element is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Speaker {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank");
    checkNotNull(kind, "kind");
    mentions = ImmutableList.copyOf(mentions);
    variants = ImmutableList.copyOf(variants);
    roles = ImmutableList.copyOf(roles);
    affiliations = ImmutableList.copyOf(affiliations);
  }
}

package dev.verbatim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One source in an article: a person, organisation, outlet or unnamed source, with every mention
 * the article makes of it. Mentions written differently ("Yevgeny Morozov", "Evgeny Morozov",
 * "Morozov", "he") are merged into one speaker.
 *
 * <p>Immutable and thread-safe.
 *
 * <h2>Example usage</h2>
 *
 * <pre>{@code
 * for (Speaker s : result.speakers()) {
 *   String gender = s.gender().map(Gender::name).orElse("-");   // "-" for organisations
 *   System.out.println(s.name() + " (" + s.kind() + ", " + gender + ")");
 * }
 * }</pre>
 *
 * @param id an identifier unique within one {@link ExtractionResult} ("s1", "s2", ...)
 * @param name the canonical name: the fullest name the article gives
 * @param kind person, organisation, outlet, anonymous source or group
 * @param mentions every mention of the speaker, in document order
 * @param variants the distinct spellings of the speaker's name in the article, canonical first
 * @param roles roles and titles the article gives ("Deputy Health Minister")
 * @param affiliations organisations the article ties the speaker to ("the Institute of Oceanography")
 * @param gender for a person, female, male or unknown as the article shows it ({@link Gender});
 *     empty for every other kind
 */
public record Speaker(
    String id,
    String name,
    SpeakerKind kind,
    List<Mention> mentions,
    List<String> variants,
    List<String> roles,
    List<String> affiliations,
    Optional<Gender> gender) {

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
   * @param gender for a person, female, male or unknown; empty for every other kind
   * @throws NullPointerException if a component or list element is null
   * @throws IllegalArgumentException if the name is blank, or the gender is empty for a person or
   *     present for another kind
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
    checkNotNull(gender, "gender");
    checkArgument(gender.isPresent() == (kind == SpeakerKind.PERSON),
        "a speaker of kind %s must %s a gender, but has %s", kind,
        kind == SpeakerKind.PERSON ? "have" : "not have", gender);
  }

  /**
   * A speaker whose gender is unknown if it is a person, absent otherwise: the record as it was
   * before speakers had a gender.
   *
   * @param id an identifier unique within one {@link ExtractionResult} ("s1", "s2", ...)
   * @param name the canonical name: the fullest name the article gives
   * @param kind person, organisation, outlet, anonymous source or group
   * @param mentions every mention of the speaker, in document order
   * @param variants the distinct spellings of the speaker's name in the article, canonical first
   * @param roles roles and titles the article gives ("Deputy Health Minister")
   * @param affiliations organisations the article ties the speaker to
   * @throws NullPointerException if a component or list element is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Speaker(String id, String name, SpeakerKind kind, List<Mention> mentions,
      List<String> variants, List<String> roles, List<String> affiliations) {
    this(id, name, kind, mentions, variants, roles, affiliations, unknownGender(kind));
  }

  /**
   * Returns the gender a speaker of this kind has when nothing is known: unknown for a person,
   * empty for every other kind.
   *
   * @param kind the speaker's kind
   * @return {@code Optional.of(Gender.UNKNOWN)} for a person, else empty
   * @throws NullPointerException if {@code kind} is null
   * @since 0.2.0
   */
  public static Optional<Gender> unknownGender(SpeakerKind kind) {
    return checkNotNull(kind, "kind") == SpeakerKind.PERSON ? Optional.of(Gender.UNKNOWN) : Optional.empty();
  }
}

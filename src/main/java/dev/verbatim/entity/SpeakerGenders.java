package dev.verbatim.entity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import dev.verbatim.mention.Gender;
import dev.verbatim.mention.NameGenders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the gender of a speaker entity for {@link Speaker#gender()}, after resolution, from three
 * kinds of evidence in this order:
 *
 * <ol>
 *   <li><b>pronouns</b>: the "he/him/his" and "she/her" the resolver gave the entity. When one
 *       gender has more than twice as many as the other, it decides;
 *   <li><b>honorifics and titles</b>: an honorific opening a title ("Mr", "Mrs", "Ms", "Miss",
 *       "Sir", "Dame", "Lord", "Lady", "Baroness", ...) or a gendered head noun of a title or role
 *       ("spokeswoman", "chairwoman", "actress", "mother", "widow", "grandfather", ...);
 *   <li><b>first-name statistics</b>: the usual gender of the entity's first name
 *       ({@link NameGenders}, the list shipped with CoreNLP's models);
 * </ol>
 *
 * then, if those say nothing, any majority of pronouns. Titles or first names that disagree with
 * each other give unknown; so do pronouns split evenly with nothing else to go on. Only persons
 * have a gender; every other kind gets an empty one.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpeakerGenders {
  /** Honorifics and forms of address that open a title, lower case, without a full stop. */
  private static final ImmutableSet<String> FEMALE_HONORIFICS = ImmutableSet.of(
      "mrs", "ms", "miss", "dame", "lady", "baroness", "madam", "madame", "mme", "mlle", "frau",
      "señora", "senora", "sra", "signora", "countess", "duchess", "queen", "princess", "empress",
      "sister", "mother");
  private static final ImmutableSet<String> MALE_HONORIFICS = ImmutableSet.of(
      "mr", "sir", "lord", "baron", "monsieur", "herr", "señor", "senor", "signor", "count", "duke",
      "earl", "king", "prince", "emperor", "father", "brother");
  /** Head nouns of a title or role that say the holder is a woman. */
  private static final ImmutableSet<String> FEMALE_NOUNS = ImmutableSet.of(
      "woman", "girl", "mother", "mum", "mom", "wife", "widow", "daughter", "sister", "aunt",
      "niece", "grandmother", "granddaughter", "girlfriend", "bride", "actress", "waitress",
      "headmistress", "mistress", "hostess", "stewardess", "duchess", "countess", "baroness",
      "queen", "princess", "lady", "dame", "nun", "heiress", "matriarch");
  /** Head nouns of a title or role that say the holder is a man. */
  private static final ImmutableSet<String> MALE_NOUNS = ImmutableSet.of(
      "man", "boy", "father", "dad", "husband", "widower", "son", "brother", "uncle", "nephew",
      "grandfather", "grandson", "boyfriend", "groom", "bridegroom", "headmaster", "king", "prince",
      "duke", "earl", "lord", "monk", "patriarch");
  /** Words ending in "man" that are not about a man. */
  private static final ImmutableSet<String> NOT_MALE = ImmutableSet.of(
      "human", "german", "roman", "ottoman", "shaman", "caiman", "talisman", "woman");
  /** Where a title's head phrase ends: "mother of three", "widow, 62", "wife; a teacher". */
  private static final Pattern HEAD_END = Pattern.compile("\\s*(?:[,;(]|\\bof\\b|\\bat\\b|\\bfor\\b|\\bin\\b).*");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}-]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final NameGenders firstNames;

  /**
   * Creates the decision over a first-name table.
   *
   * @param firstNames the usual gender of first names
   */
  public SpeakerGenders(NameGenders firstNames) {
    this.firstNames = checkNotNull(firstNames, "firstNames");
  }

  /**
   * The evidence for one entity.
   *
   * @param malePronouns "he", "him", "his" resolved to it
   * @param femalePronouns "she", "her" resolved to it
   * @param title the gender its honorifics and titles show (unknown when none, or when they
   *     disagree)
   * @param firstName the usual gender of its first name (unknown when it has none, or the name is
   *     not in the table or is used for both)
   */
  record Evidence(int malePronouns, int femalePronouns, Gender title, Gender firstName) {}

  /**
   * Returns the gender of a speaker entity: female, male or unknown for a person, empty for every
   * other kind.
   *
   * @param entity a resolved entity
   * @return its gender
   */
  public Optional<dev.verbatim.Gender> genderOf(Entity entity) {
    if (entity.kind() != SpeakerKind.PERSON) {
      return Optional.empty();
    }
    return Optional.of(publicGender(decide(evidence(entity))));
  }

  /** Gathers the evidence of an entity. */
  Evidence evidence(Entity entity) {
    return new Evidence(entity.malePronouns, entity.femalePronouns, titleGender(entity.roles),
        firstNameGender(entity));
  }

  /** Decides from the evidence, in the order the class comment gives. */
  static Gender decide(Evidence e) {
    int m = e.malePronouns();
    int f = e.femalePronouns();
    if (m > 2 * f) {
      return Gender.MALE;
    }
    if (f > 2 * m) {
      return Gender.FEMALE;
    }
    if (e.title() != Gender.UNKNOWN) {
      return e.title();
    }
    if (e.firstName() != Gender.UNKNOWN) {
      return e.firstName();
    }
    return m > f ? Gender.MALE : f > m ? Gender.FEMALE : Gender.UNKNOWN;
  }

  /**
   * The gender titles and roles show: an honorific opening one ("Mrs Justice", "Sir"), or a
   * gendered head noun ("chairwoman", "the victim's mother", "widow of ..."); unknown when none
   * does, or when they disagree.
   *
   * @param titles titles and roles as written
   * @return the gender they show
   */
  static Gender titleGender(Iterable<String> titles) {
    Gender found = Gender.UNKNOWN;
    for (String title : titles) {
      Gender g = oneTitleGender(title);
      if (found.conflicts(g)) {
        return Gender.UNKNOWN;
      }
      if (g != Gender.UNKNOWN) {
        found = g;
      }
    }
    return found;
  }

  private static Gender oneTitleGender(String title) {
    for (String part : title.split(";")) {
      List<String> words = words(part);
      if (words.isEmpty()) {
        continue;
      }
      String first = words.get(0);
      if (FEMALE_HONORIFICS.contains(first)) {
        return Gender.FEMALE;
      }
      if (MALE_HONORIFICS.contains(first)) {
        return Gender.MALE;
      }
      List<String> head = words(HEAD_END.matcher(part).replaceFirst(""));
      Gender g = head.isEmpty() ? Gender.UNKNOWN : nounGender(head.get(head.size() - 1));
      if (g != Gender.UNKNOWN) {
        return g;
      }
    }
    return Gender.UNKNOWN;
  }

  /** The gender a noun names: "mother", "spokeswoman", "businessman"; unknown for others. */
  static Gender nounGender(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (FEMALE_NOUNS.contains(w) || w.endsWith("woman") || w.endsWith("women")) {
      return Gender.FEMALE;
    }
    if (MALE_NOUNS.contains(w)) {
      return Gender.MALE;
    }
    // "spokesman", "businessman", "congressman"; "chairman" is said of women too.
    if (w.endsWith("man") && w.length() > 4 && !NOT_MALE.contains(w) && !w.endsWith("chairman")) {
      return Gender.MALE;
    }
    return Gender.UNKNOWN;
  }

  private static List<String> words(String text) {
    return NON_LETTERS.splitAsStream(text.toLowerCase(Locale.ROOT).replace("'s", " "))
        .filter(w -> !w.isEmpty() && !w.equals("the") && !w.equals("a") && !w.equals("an"))
        .toList();
  }

  /**
   * The usual gender of the entity's first name: the first word of the fullest name the article
   * gives, when that name has two words or more and the first is not an initial; a hyphenated
   * first name not in the table by its first part ("Jean-Pierre").
   */
  private Gender firstNameGender(Entity entity) {
    String[] words = entity.name() == null ? new String[0] : SPACES.split(entity.name().trim());
    String first = words.length >= 2 ? words[0] : entity.firstName;
    if (first == null || first.length() < 2 || first.endsWith(".")) {
      return Gender.UNKNOWN;
    }
    Gender g = firstNames.genderOf(first);
    int hyphen = first.indexOf('-');
    return g == Gender.UNKNOWN && hyphen > 1 ? firstNames.genderOf(first.substring(0, hyphen)) : g;
  }

  private static dev.verbatim.Gender publicGender(Gender g) {
    return switch (g) {
      case MALE -> dev.verbatim.Gender.MALE;
      case FEMALE -> dev.verbatim.Gender.FEMALE;
      case UNKNOWN -> dev.verbatim.Gender.UNKNOWN;
    };
  }
}

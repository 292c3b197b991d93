package dev.verbatim.entity;

import dev.verbatim.Mention;
import dev.verbatim.SpeakerKind;
import dev.verbatim.mention.Gender;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A speaker entity while it is being built. Mutable; confined to one extraction. */
public final class Entity {
  /** Forms of address that are not titles. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady");

  /** Runs of white space. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  final SpeakerKind kind;
  final Set<String> variants = new LinkedHashSet<>();
  final List<Mention> mentions = new ArrayList<>();
  final Set<String> roles = new LinkedHashSet<>();
  final Set<String> affiliations = new LinkedHashSet<>();
  Gender gender = Gender.UNKNOWN;
  String canonical;
  /** Folded surname for people, folded full name otherwise. */
  final String key;
  String firstName;
  int speakerCount;
  /** How many "he"/"him"/"his" and "she"/"her" the resolver gave this entity (the speaker's gender). */
  int malePronouns;
  int femalePronouns;

  Entity(SpeakerKind kind, String key) {
    this.kind = kind;
    this.key = key;
  }

  void addVariant(String name) {
    String n = name.trim();
    if (n.isEmpty()) {
      return;
    }
    variants.add(n);
    if (canonical == null || SPACES.split(n).length > SPACES.split(canonical).length) {
      canonical = n;
    }
  }

  /**
   * Returns the canonical name.
   *
   * @return the canonical name
   */
  public String name() {
    return canonical;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public SpeakerKind kind() {
    return kind;
  }

  /**
   * Returns the mentions so far, in the order added.
   *
   * @return mentions so far, in the order added
   */
  public List<Mention> mentions() {
    return mentions;
  }

  /**
   * Returns the distinct spellings, canonical first.
   *
   * @return distinct spellings, canonical first
   */
  public List<String> variants() {
    List<String> out = new ArrayList<>();
    out.add(canonical);
    for (String v : variants) {
      if (!v.equals(canonical)) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * Returns the roles and titles.
   *
   * @return roles and titles
   */
  public Set<String> roles() {
    return roles;
  }

  /**
   * Returns the affiliations.
   *
   * @return affiliations
   */
  public Set<String> affiliations() {
    return affiliations;
  }

  /**
   * Counts a gendered pronoun resolved to this entity.
   *
   * @param pronounGender the pronoun's gender; unknown is not counted
   */
  void countPronoun(Gender pronounGender) {
    if (pronounGender == Gender.MALE) {
      malePronouns++;
    } else if (pronounGender == Gender.FEMALE) {
      femalePronouns++;
    }
  }

  /** Counts a statement attributed to this entity. */
  public void countStatement() {
    speakerCount++;
  }

  /**
   * Returns how many statements were attributed to this entity.
   *
   * @return how many statements were attributed to it
   */
  public int statementCount() {
    return speakerCount;
  }

  /** Whether the article gives this entity a title other than an honorific ("Mr", "Dr"). */
  boolean hasTitle() {
    for (String r : roles) {
      if (!HONORIFICS.contains(r.toLowerCase(Locale.ROOT).replace(".", ""))) {
        return true;
      }
    }
    return false;
  }
}

package dev.verbatim.entity;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.SpeakerKind;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an organisation noun can stand for: nouns that stand for any name of their kind ("the
 * company"), words that say a name is a business, a regulator or another kind of body, and the
 * words of a description that pick a name ("the statistics body"). Stateless.
 */
final class OrganizationKinds {
  private OrganizationKinds() {}

  /**
   * Organisation nouns that stand for a name without its words ("Tallo ... the bank said"). Other
   * nouns ("the ministry", "the council") mean only an organisation whose name holds them.
   */
  static final ImmutableSet<String> NAMED_BY_TYPE = translitAll(
      "company", "firm", "bank", "group", "club", "team", "side", "squad", "airline", "retailer",
      "lender", "insurer", "operator", "manufacturer", "publisher", "studio", "label", "startup",
      "business", "carrier", "chain", "brand", "maker", "producer", "supplier", "developer",
      "organisation", "organization", "charity", "network", "consortium", "corporation", "giant",
      "provider", "platform", "app", "service", "broadcaster", "newspaper", "agency", "festival",
      "band", "venue", "school", "university", "hospital", "trust", "party", "union", "league",
      "utility", "supplier", "provider", "automaker", "carmaker", "drugmaker", "chipmaker", "miner",
      "exporter", "importer", "distributor", "conglomerate", "nonprofit",
      "campaign", "coalition", "alliance", "fund", "foundation", "institute", "museum", "body");

  /** Nouns for a business. */
  static final ImmutableSet<String> COMPANY_NOUNS = translitAll(
      "company", "firm", "business", "group", "operator", "maker", "manufacturer", "retailer", "lender",
      "insurer", "supplier", "provider", "carrier", "airline", "carmaker", "automaker", "developer", "utility",
      "chain", "brand", "giant", "conglomerate", "startup", "bank");

  /** Words that end the name of a business. */
  static final ImmutableSet<String> BUSINESS_WORDS = translitAll(
      "ltd", "limited", "plc", "inc", "corp", "corporation", "co", "group", "holdings", "technologies",
      "technology", "networks", "systems", "energy", "water", "homes", "foods", "airlines", "airways",
      "motors", "automotive", "bank", "freight", "logistics", "ferries", "rail", "trains", "telecom",
      "pharma", "pharmaceuticals", "insurance", "capital", "partners", "industries", "mining", "metals",
      "steel", "oil", "gas", "power", "renewables", "solutions", "services", "labs", "software", "electric",
      "retail", "stores", "brewery", "breweries", "construction", "engineering", "media", "entertainment");

  /** Whether an organisation's name ends in a word that says it is a business. */
  static boolean businessName(Entity candidate) {
    if (candidate.name() == null) {
      return false;
    }
    List<String> words = Names.fold(candidate.name());
    return words.size() >= 2 && BUSINESS_WORDS.contains(words.get(words.size() - 1));
  }

  /** Words in an organisation's name that say what kind of organisation it is. */
  static final ImmutableSet<String> KIND_WORDS = translitAll(
      "union", "ministry", "department", "council", "committee", "commission", "party", "association",
      "federation", "university", "school", "hospital", "police", "court", "agency", "authority",
      "government", "parliament", "senate", "congress", "institute", "foundation", "charity", "club",
      "league", "church", "army", "embassy", "trust", "campaign", "society", "museum", "festival");

  static ImmutableSet<String> translitAll(String... words) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String w : words) {
      out.add(Names.translit(w));
    }
    return out.build();
  }

  /** Nouns for a police force, and words in the names of police forces. */
  static final ImmutableSet<String> POLICE_NOUNS = translitAll("force", "constabulary");
  static final ImmutableSet<String> POLICE_NAMES = translitAll("police", "constabulary", "force");

  /** Nouns for a think tank ("the think tank", "the think-tank"), and words in the names of think tanks. */
  static final ImmutableSet<String> THINK_TANK_NOUNS = translitAll("tank", "think-tank", "thinktank");
  static final ImmutableSet<String> THINK_TANK_NAMES = translitAll("institute", "foundation", "centre", "center", "forum");

  /** Words in the names of regulators ("the Water Standards Authority" is "the regulator"). */
  static final ImmutableSet<String> REGULATOR_NAMES = translitAll(
      "authority", "commission", "office", "regulator", "ombudsman", "inspectorate", "board", "watchdog",
      "agency", "council");

  static final ImmutableSet<String> REGULATOR_NOUNS = translitAll("regulator", "watchdog");

  /** "The Met Office ... the forecaster said": a weather service, by a word of its name. */
  static final ImmutableSet<String> FORECASTER_NOUNS = translitAll("forecaster");
  static final ImmutableSet<String> FORECASTER_NAMES = translitAll(
      "met", "weather", "meteorological", "meteorology", "forecasting");

  /** Nouns for the people of any organisation, which a word of its name qualifies ("district officials"). */
  static final ImmutableSet<String> MEMBER_NOUNS = translitAll(
      "official", "executive", "boss", "leader", "chief", "representative", "staff");

  /**
   * Whether a word of an organisation's name names it for its members, whom the noun names: the
   * Inspectorate's inspectors, the Trust's trustees, the Commission's commissioners, the Office of
   * Banking Supervision's supervisor.
   */
  static boolean namedForItsMembers(String word, String noun) {
    return noun.length() >= 6 && (word.equals(noun + "ate") || noun.equals(word + "ee") || noun.equals(word + "er")
        || noun.endsWith("or") && word.equals(noun.substring(0, noun.length() - 2) + "ion"));
  }

  /** Nouns for a television or radio organisation. */
  private static final ImmutableSet<String> BROADCAST_NOUNS = translitAll("broadcaster", "channel", "station");
  /** A name that says it broadcasts: "NorthTV", "Radio Kerry", "Channel 4", "Westsound FM". */
  private static final Pattern BROADCAST_NAME =
      Pattern.compile("TV\\b|\\bRadio\\b|\\bTelevision\\b|\\bChannel\\b|\\bFM\\b|\\bBroadcasting\\b");

  /**
   * Words in the names of trade unions that do not say "union" ("the Aircrew Federation", "Utility
   * Workers Local 412" is "the union").
   */
  static final ImmutableSet<String> UNION_NAMES = translitAll("association", "federation", "guild", "workers");

  /** Words in the names of public bodies ("the Fair Markets Commission" is "the agency"). */
  static final ImmutableSet<String> AGENCY_NAMES = translitAll(
      "commission", "authority", "office", "board", "bureau", "administration", "inspectorate", "directorate");
  /** Words in the names of sports' governing bodies that do not say "league" ("the Northern Hockey Federation" is "the league"). */
  static final ImmutableSet<String> LEAGUE_NAMES = translitAll("federation", "association");
  private static final String LEAGUE = Names.translit("league");
  private static final String UNION = Names.translit("union");
  private static final String AGENCY = Names.translit("agency");

  /**
   * Whether an organisation's name says it is of the noun's kind in other words: a union named a
   * federation, association or guild; an agency named a commission, authority, office or board;
   * a league named a federation or association (a sport's governing body).
   */
  static boolean akin(Entity candidate, String noun) {
    List<String> words = Names.fold(candidate.name());
    return candidate.kind == SpeakerKind.ORGANIZATION && words.size() >= 2
        && words.stream().anyMatch(w -> otherWordFor(noun, w));
  }

  /** Whether a word of a name says the noun's kind in other words ("federation" for "union"). */
  private static boolean otherWordFor(String noun, String word) {
    return noun.equals(UNION) && UNION_NAMES.contains(word) || noun.equals(AGENCY) && AGENCY_NAMES.contains(word)
        || noun.equals(LEAGUE) && LEAGUE_NAMES.contains(word);
  }

  static boolean describedAs(Entity candidate, String noun) {
    List<String> words = Names.fold(candidate.name());
    if (words.contains(noun)) {
      return true;
    }
    if (BROADCAST_NOUNS.contains(noun) && candidate.name() != null && BROADCAST_NAME.matcher(candidate.name()).find()) {
      return true;   // "NorthTV ... the broadcaster said"
    }
    if (REGULATOR_NOUNS.contains(noun) && candidate.kind == SpeakerKind.ORGANIZATION
        && !java.util.Collections.disjoint(words, REGULATOR_NAMES)) {
      return true;
    }
    if (FORECASTER_NOUNS.contains(noun) && candidate.kind == SpeakerKind.ORGANIZATION
        && !java.util.Collections.disjoint(words, FORECASTER_NAMES)) {
      return true;   // "the Met Office ... the forecaster said"
    }
    if (POLICE_NOUNS.contains(noun) && candidate.kind == SpeakerKind.ORGANIZATION
        && !java.util.Collections.disjoint(words, POLICE_NAMES)
        && words.stream().noneMatch(w -> KIND_WORDS.contains(w) && !POLICE_NAMES.contains(w))) {
      return true;   // "West Marlshire Police ... the force said" (not "the Police Standards Commission")
    }
    if (THINK_TANK_NOUNS.contains(noun) && candidate.kind == SpeakerKind.ORGANIZATION
        && !java.util.Collections.disjoint(words, THINK_TANK_NAMES)) {
      return true;   // "the Institute for Household Finance ... the think tank said"
    }
    for (String d : candidate.roles) {
      if (Names.fold(d).contains(noun)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an organisation's name says it is another kind than {@code noun} (a union, a ministry). */
  static boolean namesAnotherKind(Entity candidate, String noun) {
    for (String w : Names.fold(candidate.name())) {
      boolean sameKind = w.equals(noun) || w.equals("club") && (noun.equals("team") || noun.equals("side")
          || noun.equals("squad")) || otherWordFor(noun, w);
      if (!sameKind && KIND_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Modifiers too common to tell organisations apart. */
  static final ImmutableSet<String> VAGUE_MODIFIERS = translitAll(
      "local", "national", "regional", "state", "federal", "new", "main", "top", "public", "private",
      "international", "global", "big", "large", "small", "city", "county", "country", "other", "un", "eu");

  private static final Pattern BASED = Pattern.compile(
      "[\\p{L}.'’-]+-based\\b|\\bbased (?:in|at|near|outside) (?:the )?[\\p{Lu}][\\p{L}'’-]*(?: [\\p{Lu}][\\p{L}'’-]*)*");

  /** The content words of an organisation description other than its noun ("refugee" in "the UN refugee agency"). */
  static Set<String> modifiers(SpeakerMention m, Token head) {
    Set<String> out = new HashSet<>();
    String noun = Names.translit(head.lemma().toLowerCase(Locale.ROOT));
    // "the Basel-based company", "the company based in Corrington": where it is based describes
    // the organisation named before; it does not tell one organisation from another.
    for (String w : Names.fold(BASED.matcher(m.name()).replaceAll(" "))) {
      String sw = Titles.singular(w);
      if (w.length() >= 4 && !w.equals(noun) && !sw.equals(Titles.singular(noun)) && !VAGUE_MODIFIERS.contains(w)
          && !Titles.ROLE_STOP.contains(w)) {
        out.add(sw);
      }
    }
    return out;
  }

  /** Whether an organisation's name holds one of a description's modifiers ("Refugees" for "refugee"). */
  static boolean sharesModifier(Entity candidate, Set<String> modifiers) {
    if (modifiers.isEmpty() || candidate.name() == null) {
      return false;
    }
    for (String w : Names.fold(candidate.name())) {
      if (modifiers.contains(Titles.singular(w))) {
        return true;
      }
    }
    return false;
  }
}

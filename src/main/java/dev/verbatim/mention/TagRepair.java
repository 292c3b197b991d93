package dev.verbatim.mention;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends one systematic error of the named-entity tagger before mentions are built: an invented
 * company name that ends in a corporate word ("Harlow Furnishings", "Pellam Foods Group") is often
 * tagged as a person or a place. Such a run becomes an organisation unless it opens with a known
 * first name ("Samantha Power" stays a person). And a bare surname the tagger missed takes the
 * person tag its full name has elsewhere in the text; and a one-word "person" after "the" is an
 * epithet ({@link #EPITHET}). Stateless; thread-safe.
 */
public final class TagRepair {
  /** Last words that mark a company or institution name. */
  public static final ImmutableSet<String> CORPORATE_WORDS = ImmutableSet.of(
      "furnishings", "foods", "group", "holdings", "bank", "motors", "systems", "airlines", "airways",
      "energy", "partners", "capital", "media", "labs", "technologies", "technology", "pharmaceuticals",
      "pharma", "insurance", "logistics", "retail", "homes", "hotels", "industries", "inc", "ltd",
      "plc", "llc", "corp", "gmbh", "ag", "brands", "entertainment", "studios", "networks", "telecom",
      "communications", "solutions", "services", "software", "games", "beverages", "brewery",
      "automotive", "aerospace", "mining", "resources", "petroleum", "steel", "chemicals", "electric",
      "utilities", "railways", "shipping", "construction", "developments", "properties", "estates",
      "investments", "securities", "financial", "ventures", "robotics", "dynamics", "analytics",
      "healthcare", "laboratories", "biotech", "therapeutics", "payments", "pay", "airport", "council",
      "ministry", "university", "institute", "foundation", "association", "union", "federation",
      "agency", "authority", "trust", "fund", "bureau", "commission", "committee", "party",
      "centre", "center", "academy", "college", "hospital", "club", "society", "museum", "theatre", "theater",
      "ceramics", "textiles", "plastics", "electronics", "cosmetics", "metals", "minerals", "mutual",
      "ferries", "freight", "breweries", "stores", "renewables", "engineering", "corporation", "limited",
      "products", "appliances", "manufacturing", "supplies", "packaging", "haulage");

  /**
   * Last words of sports clubs' names ("Wexmouth Rovers", "Harbury Town"). The tagger often takes
   * the name for a place or a person, and its first word alone ("Harbury said") for anything.
   */
  public static final ImmutableSet<String> CLUB_WORDS = ImmutableSet.of(
      "rovers", "athletic", "wanderers", "albion", "rangers", "harriers", "united", "city", "town", "county");

  /** Club words that also end the names of places ("Mexico City"): a club's only in a sports story. */
  private static final ImmutableSet<String> PLACE_CLUB_WORDS = ImmutableSet.of("city", "town", "county");

  /** Words of sports reporting; two different ones make a story a sports story. */
  private static final ImmutableSet<String> SPORT_WORDS = ImmutableSet.of(
      "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "fixture", "kick-off",
      "half-time", "referee", "penalty", "equaliser", "equalizer", "relegation", "promotion", "derby",
      "squad", "transfer", "league", "club");

  /** Whether a word ends a club's name in this story: always for "Rovers", for "Town" in a sports story. */
  private static boolean clubWord(String lower, boolean sporting) {
    return CLUB_WORDS.contains(lower) && (sporting || !PLACE_CLUB_WORDS.contains(lower));
  }

  /** Whether at least two different words of sports reporting stand in the text. */
  private static boolean sporting(AnalyzedText doc) {
    Set<String> seen = new HashSet<>();
    for (Token t : doc.tokens()) {
      String l = t.lemma().toLowerCase(Locale.ROOT);
      if (SPORT_WORDS.contains(l) && seen.add(l) && seen.size() >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Last words of the names of bodies that the tagger may call miscellaneous names. */
  private static final ImmutableSet<String> BODY_WORDS = ImmutableSet.of(
      "league", "association", "federation", "guild", "union", "council", "committee", "commission",
      "authority", "agency", "institute", "foundation", "society", "trust", "board", "network", "forum",
      "alliance", "coalition");

  /** Letters that follow a person's name ("Alasdair Keane KC", "Jane Roe MP"). */

  /** Honorifics that only ever precede a person's name. */
  static final ImmutableSet<String> HONORIFICS = Words.HONORIFICS;

  /**
   * The tag given to a one-word "person" after "the" ("the Scot", "the Bulldog"): an epithet or
   * nickname for someone in the story, read as a role, not as a name.
   */
  public static final String EPITHET = "EPITHET";

  private TagRepair() {}

  /**
   * @param doc the analysed text
   * @param genders first names, to keep people with corporate-sounding surnames
   * @return the text with repaired tags (the same instance when nothing changed)
   */
  /** Capitalised words that come before a first name ("Uncle Bill"), not before a law's name. */
  private static final ImmutableSet<String> KIN_BEFORE_NAME = ImmutableSet.of(
      "uncle", "grandpa", "grandad", "granddad", "cousin", "brother", "father", "saint", "st", "big", "old", "little");

  /** Lower-case words inside names ("Ludwig van Beethoven", "Omar al Bashir"). */
  private static final Set<String> NAME_PARTICLES = Set.of(
      "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ben", "ter", "dos",
      "das", "del", "y");

  public static AnalyzedText repair(AnalyzedText doc, NameGenders genders) {
    doc = bylineNames(postNominals(doc));
    List<Token> tokens = null;
    int n = doc.tokens().size();
    Set<String> nicknames = nicknames(doc);
    boolean sporting = sporting(doc);
    for (int i = 0; i < n; i++) {
      Token t = doc.token(i);
      String tag = t.ner();
      if (!tag.equals("O") && isQuoteMark(t.text())
          && (i == 0 || !doc.token(i - 1).ner().equals(tag) || i + 1 == n || !doc.token(i + 1).ner().equals(tag))) {
        // "“...,” Ravel said": the tagger may take the closing mark into the name after it (but
        // "the Allied Workers’ Union" keeps its apostrophe).
        if (tokens == null) {
          tokens = new ArrayList<>(doc.tokens());
        }
        tokens.set(i, tagged(t, "O"));
        continue;
      }
      if (tag.equals("PERSON") && t.text().equals("Bill") && i > 0 && doc.token(i - 1).sentence() == t.sentence()
          && (doc.token(i - 1).text().equals(")") || doc.token(i - 1).isProperNoun()
              && !doc.token(i - 1).ner().equals("PERSON") && !KIN_BEFORE_NAME.contains(doc.token(i - 1).lemma().toLowerCase(Locale.ROOT)))
          && (i + 1 >= n || !doc.token(i + 1).isProperNoun() || doc.token(i + 1).sentence() != t.sentence())) {
        // "the Water Industry (Special Administration) Bill": a law's name ends in "Bill", no first name.
        if (tokens == null) {
          tokens = new ArrayList<>(doc.tokens());
        }
        tokens.set(i, tagged(t, "O"));
        continue;
      }
      if (HONORIFICS.contains(t.text().toLowerCase(Locale.ROOT).replace(".", "")) && i + 1 < n
          && doc.token(i + 1).isProperNoun() && doc.token(i + 1).sentence() == t.sentence()
          && !doc.token(i + 1).ner().equals("PERSON")) {
        // "Ms Laidlaw" tagged as an organisation: an honorific makes the next name a person.
        if (tokens == null) {
          tokens = new ArrayList<>(doc.tokens());
        }
        int k = i + 1;
        while (k < n && doc.token(k).isProperNoun() && doc.token(k).sentence() == t.sentence() && k <= i + 3) {
          Token o = doc.token(k);
          tokens.set(k, tagged(o, "PERSON"));
          k++;
        }
        tokens.set(i, tagged(t, "O"));
        i = k - 1;
        continue;
      }
      if (tag.equals("PERSON") && t.text().equals(t.text().toLowerCase(Locale.ROOT))
          && Character.isLetter(t.text().charAt(0)) && !NAME_PARTICLES.contains(t.text())
          && (i + 1 >= n || !doc.token(i + 1).ner().equals("PERSON") || doc.token(i + 1).sentence() != t.sentence())
          && (i == 0 || !doc.token(i - 1).ner().equals("PERSON") || doc.token(i - 1).sentence() != t.sentence())) {
        // "native oak and rowan": a word in lower case on its own is no one's name.
        if (tokens == null) {
          tokens = new ArrayList<>(doc.tokens());
        }
        tokens.set(i, tagged(t, "O"));
        continue;
      }
      if (!tag.equals("O") && i > 1 && doc.token(i - 2).text().equalsIgnoreCase("the")
          && doc.token(i - 1).ner().equals(tag) && doc.token(i - 1).isProperNoun()
          && doc.token(i - 2).sentence() == t.sentence() && (i + 1 >= n || !doc.token(i + 1).ner().equals(tag))
          && (Words.isEpithet(t.lemma()) || Words.isEpithet(doc.token(i - 1).lemma() + " " + t.lemma()))) {
        // "the New Zealander", "the Northern Irishman": an epithet of two words.
        if (tokens == null) {
          tokens = new ArrayList<>(doc.tokens());
        }
        tokens.set(i - 1, tagged(doc.token(i - 1), EPITHET));
        tokens.set(i, tagged(t, EPITHET));
        continue;
      }
      if ((tag.equals("PERSON") || !tag.equals("O") && Words.isEpithet(t.lemma()) || nicknames.contains(t.text()))
          && i > 0 && doc.token(i - 1).text().equalsIgnoreCase("the")
          && doc.token(i - 1).sentence() == t.sentence() && (i + 1 >= n || !doc.token(i + 1).ner().equals("PERSON"))) {
        if (tokens == null) {
          tokens = new ArrayList<>(doc.tokens());
        }
        tokens.set(i, tagged(t, EPITHET));
        continue;
      }
      if (tag.equals("MISC")) {
        // "the Professional Footballers’ Guild", "the Premier Basketball League" tagged as a
        // miscellaneous name: a body, by its last word.
        int end = i;
        while (end + 1 < n && doc.token(end + 1).ner().equals("MISC") && doc.token(end + 1).sentence() == t.sentence()) {
          end++;
        }
        if (end > i && Character.isUpperCase(doc.token(end).text().charAt(0))
            && BODY_WORDS.contains(doc.token(end).text().toLowerCase(Locale.ROOT))) {
          tokens = retagged(doc, tokens, i, end, "ORGANIZATION");
          i = end;
        }
        continue;
      }
      if (!(tag.equals("PERSON") || tag.equals("LOCATION"))) {
        continue;
      }
      int end = i;
      while (end + 1 < n && doc.token(end + 1).ner().equals(tag) && doc.token(end + 1).sentence() == t.sentence()) {
        end++;
      }
      if (end + 1 < n && doc.token(end + 1).ner().equals("O") && doc.token(end + 1).sentence() == t.sentence()
          && Character.isUpperCase(doc.token(end + 1).text().charAt(0))
          && CORPORATE_WORDS.contains(doc.token(end + 1).text().toLowerCase(Locale.ROOT).replace(".", ""))) {
        end++;   // "Kessler Home Products": the tagger left the corporate word outside the name
      }
      String last = doc.token(end).text().toLowerCase(Locale.ROOT).replace(".", "");
      // "Westsound Ferries": the tagger may read a capitalised plural as a common noun.
      boolean corporate = end > i && (CORPORATE_WORDS.contains(last) || clubWord(last, sporting))
          && (doc.token(end).isProperNoun() || Character.isUpperCase(doc.token(end).text().charAt(0)))
          && genders.genderOf(t.text()) == Gender.UNKNOWN;
      if (corporate) {
        tokens = retagged(doc, tokens, i, end, "ORGANIZATION");
      }
      i = end;
    }
    AnalyzedText repaired = tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
    // Once more after the nicknames are joined: "Kenny “Bulldog” Blunt" names a surname only then.
    AnalyzedText people = propagateSurnames(peopleTaggedAsOrganizations(
        placesTaggedAsPeople(joinNicknames(peopleTaggedAsOrganizations(repaired)), genders)));
    return watersAndVessels(propagateOrganizations(sporting, coordinatedOrganizationNames(
        namesBeforeKindNouns(namesAfterKindNouns(people, genders), genders))));
  }

  /** "the River Caddon", "Caddon River", "MV Lunga", "the trawler Morwenna": the name of a water or a vessel. */
  private static final Pattern WATER_OR_VESSEL = Pattern.compile(
      "\\b(?:River|Lake|Loch|Lough|MV|HMS|RV|USS|SS|the (?:river|vessel|ship|ferry|trawler|tanker|yacht|tug|barge))"
          + " (\\p{Lu}[\\p{L}'\u2019-]+)|\\b(\\p{Lu}[\\p{L}'\u2019-]+) (?:River|Estuary)\\b");

  /**
   * "... sewage into the River Caddon ... damage caused to the Caddon", "the smaller MV Lunga":
   * the tagger may make a river or a vessel an organisation, which "it said" could then stand
   * for. A name the article also writes as a river's, a lake's or a vessel's names no speaker.
   */
  private static AnalyzedText watersAndVessels(AnalyzedText doc) {
    Set<String> names = new HashSet<>();
    Matcher m = WATER_OR_VESSEL.matcher(doc.text());
    while (m.find()) {
      names.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    if (names.isEmpty()) {
      return doc;
    }
    List<Token> tokens = null;
    int n = doc.tokens().size();
    for (int i = 0; i < n; i++) {
      Token t = doc.token(i);
      if (!t.ner().equals("ORGANIZATION") || i > 0 && doc.token(i - 1).ner().equals("ORGANIZATION")
          && doc.token(i - 1).sentence() == t.sentence()) {
        continue;
      }
      int end = runEnd(doc, i, "ORGANIZATION");
      int from = VESSEL_PREFIXES.contains(t.text()) && end > i ? i + 1 : i;
      String name = doc.text().substring(doc.token(from).begin(), doc.token(end).end());
      if (names.contains(name)) {
        tokens = retagged(doc, tokens, i, end, "LOCATION");
      }
      i = end;
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }

  /** Prefixes of ships' names. */
  private static final ImmutableSet<String> VESSEL_PREFIXES = ImmutableSet.of("MV", "HMS", "RV", "USS", "SS");

  /**
   * "Alasdair Keane KC", "Jane Roe MP": letters after a name make it a person's, whatever the
   * tagger made of it, and are not part of the name.
   */
  private static AnalyzedText postNominals(AnalyzedText doc) {
    List<Token> tokens = null;
    int n = doc.tokens().size();
    for (int i = 1; i < n; i++) {
      Token t = doc.token(i);
      if (Words.isPostNominal(t.text()) && !t.ner().equals("O") && !t.ner().equals("PERSON")
          && (!doc.token(i - 1).isProperNoun() || doc.token(i - 1).sentence() != t.sentence())
          && (i + 1 >= n || !doc.token(i + 1).isProperNoun() || doc.token(i + 1).text().equals(","))) {
        // "The town's MP, Liam Hartigan, said": the title alone, not a place or an organisation.
        if (tokens == null) {
          tokens = new ArrayList<>(doc.tokens());
        }
        tokens.set(i, tagged(t, "O"));
        continue;
      }
      if (!Words.isPostNominal(t.text()) || !doc.token(i - 1).isProperNoun()
          || doc.token(i - 1).sentence() != t.sentence()
          || CORPORATE_WORDS.contains(doc.token(i - 1).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int k = i - 1;
      while (k - 1 >= 0 && i - k < 3 && doc.token(k - 1).isProperNoun() && doc.token(k - 1).sentence() == t.sentence()) {
        k--;
      }
      if (tokens == null) {
        tokens = new ArrayList<>(doc.tokens());
      }
      for (int j = k; j < i; j++) {
        tokens.set(j, tagged(doc.token(j), "PERSON"));
      }
      tokens.set(i, tagged(t, "O"));
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }

  /** Nicknames written in quotation marks inside a person's name ("Kenny “Bulldog” Blunt"). */
  private static Set<String> nicknames(AnalyzedText doc) {
    Set<String> out = new HashSet<>();
    int n = doc.tokens().size();
    for (int i = 0; i + 4 < n; i++) {
      if (doc.token(i).ner().equals("PERSON") && isQuoteMark(doc.token(i + 1).text()) && doc.token(i + 2).isProperNoun()
          && isQuoteMark(doc.token(i + 3).text()) && doc.token(i + 4).isProperNoun()) {
        out.add(doc.token(i + 2).text());
      }
    }
    return out;
  }

  /**
   * "Kenny “Bulldog” Blunt": a nickname in quotation marks between a first name and a surname is
   * part of the name, so the name stays one run.
   */
  private static AnalyzedText joinNicknames(AnalyzedText doc) {
    List<Token> tokens = null;
    int n = doc.tokens().size();
    for (int i = 0; i + 4 < n; i++) {
      Token first = doc.token(i);
      if (!first.ner().equals("PERSON") || !isQuoteMark(doc.token(i + 1).text())) {
        continue;
      }
      int k = i + 2;
      while (k < n && k <= i + 3 && doc.token(k).isProperNoun()) {
        k++;
      }
      if (k == i + 2 || k + 1 >= n || !isQuoteMark(doc.token(k).text())) {
        continue;
      }
      Token last = doc.token(k + 1);
      if (!last.isProperNoun() || last.sentence() != first.sentence()) {
        continue;
      }
      if (tokens == null) {
        tokens = new ArrayList<>(doc.tokens());
      }
      for (int j = i + 1; j <= k + 1; j++) {
        Token o = doc.token(j);
        tokens.set(j, tagged(o, "PERSON"));
      }
      i = k + 1;
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }

  /** Common nouns that name the kind of an organisation right before its name ("the app Strydo"). */
  private static final ImmutableSet<String> KIND_NOUNS = ImmutableSet.of(
      "app", "platform", "website", "site", "service", "startup", "start-up", "chain", "brand", "maker",
      "carrier", "developer", "provider", "outlet", "newspaper", "paper", "daily", "weekly", "magazine",
      "broadcaster", "channel", "station", "agency", "company", "firm", "group", "bank", "lender",
      "insurer", "retailer", "airline", "operator", "manufacturer", "publisher", "studio", "label",
      "charity", "club", "union", "party", "network", "consultancy", "quarterly", "journal", "portal",
      "tabloid", "broadsheet", "supermarket", "giant", "conglomerate", "producer", "supplier");

  /** Kind nouns that only ever name an organisation, whose apposition ("the insurer, X,") is its name. */
  private static final ImmutableSet<String> APPOSITION_KIND_NOUNS = ImmutableSet.of(
      "company", "firm", "insurer", "lender", "bank", "retailer", "airline", "charity", "union",
      "broadcaster", "newspaper", "supermarket", "manufacturer", "consultancy", "conglomerate", "chain");

  private static final ImmutableSet<String> APPOSITION_ENDS = ImmutableSet.of(",", ".", ")", ";");

  /**
   * "The fitness app Strydo", "the financial news service Cardell News": capitalised words right
   * after a noun for a kind of organisation are that organisation's name, whatever the tagger said.
   */
  private static AnalyzedText namesAfterKindNouns(AnalyzedText doc, NameGenders genders) {
    List<Token> tokens = null;
    int n = doc.tokens().size();
    for (int i = 0; i + 1 < n; i++) {
      Token kind = doc.token(i);
      if (!kind.pos().startsWith("NN") || kind.isProperNoun() || !KIND_NOUNS.contains(kind.lemma())) {
        continue;
      }
      if (doc.token(i + 1).ner().equals("PERSON") && (Words.isPersonNoun(kind.lemma())
          || genders.genderOf(doc.token(i + 1).text()) != Gender.UNKNOWN
              && i + 2 < n && doc.token(i + 2).ner().equals("PERSON"))) {
        // "the producer Ines Okafor": a person's name after a noun for people as well; and "the
        // broadcaster Harriet Olumide", a first name and a surname after any noun
        continue;
      }
      int k = i + 1;
      if (k + 1 < n && doc.token(k).text().equals(",") && APPOSITION_KIND_NOUNS.contains(kind.lemma())
          && i > 0 && doc.token(i - 1).lemma().equals("the")) {
        // "the insurer, Westbay Mutual,": the name in apposition to the definite noun
        int e = k + 1;
        while (e < n && e <= k + 4 && doc.token(e).isProperNoun() && doc.token(e).sentence() == kind.sentence()) {
          e++;
        }
        if (e > k + 1 && e < n && APPOSITION_ENDS.contains(doc.token(e).text())) {
          k++;
          i++;
        }
      }
      while (k < n && k <= i + 4 && doc.token(k).isProperNoun() && doc.token(k).sentence() == kind.sentence()
          && !doc.token(k).ner().equals("ORGANIZATION")) {
        k++;
      }
      if (k == i + 1 || k < n && doc.token(k).ner().equals("ORGANIZATION") && doc.token(k).sentence() == kind.sentence()) {
        continue;
      }
      if (tokens == null) {
        tokens = new ArrayList<>(doc.tokens());
      }
      for (int j = i + 1; j < k; j++) {
        Token o = doc.token(j);
        tokens.set(j, tagged(o, "ORGANIZATION"));
      }
      i = k - 1;
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }

  /** Words that may end the description in "X, a volunteer advocacy group, said". */
  private static final ImmutableSet<String> DESCRIPTION_ENDS = ImmutableSet.of(
      ",", ".", ";", "that", "which", "based", "founded", "set", "in", "for", "of", "with");

  /**
   * "Bike Bristow, a volunteer advocacy group, said": capitalised words in apposition to an
   * indefinite noun for a kind of organisation are its name, whatever the tagger said. The noun
   * must end the description ("Travis Guidry, a spokesman for the company" is a person).
   */
  private static AnalyzedText namesBeforeKindNouns(AnalyzedText doc, NameGenders genders) {
    List<Token> tokens = null;
    int n = doc.tokens().size();
    for (int i = 0; i + 3 < n; i++) {
      Token comma = doc.token(i);
      if (!comma.text().equals(",") || i == 0 || !doc.token(i - 1).isProperNoun()
          || !(doc.token(i + 1).lemma().equals("a") || doc.token(i + 1).lemma().equals("an"))) {
        continue;
      }
      int kind = -1;
      for (int k = i + 2; k < n && k <= i + 5 && doc.token(k).sentence() == comma.sentence(); k++) {
        Token t = doc.token(k);
        boolean ends = k + 1 >= n || DESCRIPTION_ENDS.contains(doc.token(k + 1).lemma());
        if (t.pos().startsWith("NN") && !t.isProperNoun() && KIND_NOUNS.contains(t.lemma()) && ends) {
          kind = k;
          break;
        }
        if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN")
            || t.pos().equals("HYPH") || t.pos().equals("POS"))) {
          break;
        }
      }
      if (kind < 0) {
        continue;
      }
      int first = i - 1;
      while (first > 0 && first > i - 5 && doc.token(first - 1).isProperNoun()
          && doc.token(first - 1).sentence() == comma.sentence()) {
        first--;
      }
      boolean organisation = true;
      for (int k = first; k < i; k++) {
        if (doc.token(k).ner().equals("ORGANIZATION")) {
          organisation = false;
        }
      }
      if (!organisation || first < i - 1 && genders.genderOf(doc.token(first).text()) != Gender.UNKNOWN) {
        continue;   // already an organisation, or a first name starts it
      }
      tokens = retagged(doc, tokens, first, i - 1, "ORGANIZATION");
      i = kind;
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }

  /**
   * "By Carys Meredith" with the name tagged as an organisation: in a byline, two or three
   * capitalised proper nouns after "By", none a corporate or newsroom word ("By Reuters Staff",
   * "By Our Foreign Desk"), are the writer's name.
   */
  private static final ImmutableSet<String> BYLINE_DESKS = ImmutableSet.of(
      "staff", "reporter", "reporters", "correspondent", "correspondents", "desk", "team", "our",
      "editor", "editors", "writer", "writers", "news", "press", "wire", "wires", "agency", "agencies");

  private static AnalyzedText bylineNames(AnalyzedText doc) {
    List<Token> tokens = null;
    for (dev.verbatim.nlp.Sentence s : doc.sentences()) {
      if (!doc.isByline(s.index())) {
        continue;
      }
      int from = s.firstToken() + 1;
      int end = from;
      while (end < s.endToken() && end - from < 3 && doc.token(end).isProperNoun()
          && Character.isUpperCase(doc.token(end).text().charAt(0))) {
        end++;
      }
      boolean name = end - from >= 2 && !doc.token(from).ner().equals("PERSON")
          && (end == s.endToken() || !doc.token(end).isProperNoun());
      for (int k = from; k < end && name; k++) {
        String w = doc.token(k).text().toLowerCase(Locale.ROOT);
        name = !CORPORATE_WORDS.contains(w) && !BYLINE_DESKS.contains(w);
      }
      if (!name) {
        continue;
      }
      tokens = retagged(doc, tokens, from, end - 1, "PERSON");
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }

  /**
   * "Kemi Badenoch" tagged as an organisation in one sentence and "Badenoch" as a person in
   * another: a short run of proper nouns tagged as an organisation whose last word the tagger calls
   * a person elsewhere, with no corporate word in it, is that person (one word alone when it is the
   * surname or the first name of a full name tagged a person: "Gethin Pugh ... Gethin says"); after a corporate word
   * ("National Bank Askar Nurlanov"), the words after it are.
   */
  private static AnalyzedText peopleTaggedAsOrganizations(AnalyzedText doc) {
    Set<String> people = new HashSet<>();
    Set<String> surnames = new HashSet<>();
    Set<String> firstNames = new HashSet<>();
    int n = doc.tokens().size();
    for (int i = 0; i < n; i++) {
      if (doc.token(i).ner().equals("PERSON") && (i + 1 >= n || !doc.token(i + 1).ner().equals("PERSON"))) {
        people.add(doc.token(i).text());
        if (i > 0 && doc.token(i - 1).ner().equals("PERSON") && doc.token(i - 1).sentence() == doc.token(i).sentence()) {
          surnames.add(doc.token(i).text());
          int first = i - 1;
          while (first > 0 && doc.token(first - 1).ner().equals("PERSON")
              && doc.token(first - 1).sentence() == doc.token(i).sentence()) {
            first--;
          }
          firstNames.add(doc.token(first).text());
        }
      }
    }
    List<Token> tokens = null;
    for (int i = 0; i < n && !people.isEmpty(); i++) {
      if (!doc.token(i).ner().equals("ORGANIZATION")) {
        continue;
      }
      int end = i;
      while (end + 1 < n && doc.token(end + 1).ner().equals("ORGANIZATION")
          && doc.token(end + 1).sentence() == doc.token(i).sentence()) {
        end++;
      }
      // "National Bank Askar Nurlanov": the person's name starts after the run's last corporate word.
      int from = i;
      for (int k = i; k < end; k++) {
        if (CORPORATE_WORDS.contains(doc.token(k).text().toLowerCase(Locale.ROOT))) {
          from = k + 1;
        }
      }
      // A single word only when it is the surname of a full name tagged a person ("Brian Keane ...
      // Keane said"), not a one-word name the tagger calls a person once.
      boolean person = end > from && end - from <= 2 && people.contains(doc.token(end).text())
          || end == from && (surnames.contains(doc.token(end).text()) || firstNames.contains(doc.token(end).text()));
      for (int k = from; k <= end && person; k++) {
        person = doc.token(k).isProperNoun()
            && !CORPORATE_WORDS.contains(doc.token(k).text().toLowerCase(Locale.ROOT));
      }
      if (person) {
        tokens = retagged(doc, tokens, from, end, "PERSON");
      }
      i = end;
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }

  /**
   * "in Saltley Fen" a place, "Saltley Fen, the son of a lock-keeper" a person: a name the tagger
   * calls a place somewhere and a person elsewhere is the place, when no first name, honorific or
   * longer name of a person holds it.
   */
  private static AnalyzedText placesTaggedAsPeople(AnalyzedText doc, NameGenders genders) {
    int n = doc.tokens().size();
    Set<String> places = new HashSet<>();
    Set<String> personal = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String tag = doc.token(i).ner();
      if (!tag.equals("LOCATION") && !tag.equals("PERSON") || i > 0 && doc.token(i - 1).ner().equals(tag)
          && doc.token(i - 1).sentence() == doc.token(i).sentence()) {
        continue;
      }
      int end = runEnd(doc, i, tag);
      String name = doc.text().substring(doc.token(i).begin(), doc.token(end).end());
      if (tag.equals("LOCATION")) {
        places.add(name);
      } else if (genders.genderOf(doc.token(i).text()) != Gender.UNKNOWN
          || i > 0 && HONORIFICS.contains(doc.token(i - 1).text().toLowerCase(Locale.ROOT).replace(".", ""))) {
        // "Brian Keane", "Mr Keane": the name and each of its words are a person's.
        for (int k = i; k <= end; k++) {
          personal.add(doc.token(k).text());
        }
        personal.add(name);
      }
    }
    List<Token> tokens = null;
    for (int i = 0; i < n; i++) {
      if (!doc.token(i).ner().equals("PERSON") || i > 0 && doc.token(i - 1).ner().equals("PERSON")
          && doc.token(i - 1).sentence() == doc.token(i).sentence()) {
        continue;
      }
      int end = runEnd(doc, i, "PERSON");
      String name = doc.text().substring(doc.token(i).begin(), doc.token(end).end());
      Token t = doc.token(i);
      // "a Western diplomat in Aranda": one word after "in" that a person noun governs is a place.
      boolean inPlace = end == i && t.head() >= 0 && doc.hasCaseChild(i, "in")
          && Words.isPersonNoun(doc.token(t.head()).lemma().toLowerCase(Locale.ROOT));
      // "his native Port Ardagh", "Mount Kerrin": a word that only ever opens a place's name (a name
      // of one word after it; "Port Aldine Mayor Teresa Cole" may be tagged as one person's name).
      boolean prefixed = i > 0 && doc.token(i - 1).sentence() == t.sentence()
          && PLACE_PREFIXES.contains(doc.token(i - 1).text()) && doc.token(i - 1).ner().equals("O");
      if (prefixed && end == i && !personal.contains(name) && genders.genderOf(t.text()) == Gender.UNKNOWN) {
        tokens = retagged(doc, tokens, i - 1, end, "LOCATION");
        i = end;
        continue;
      }
      boolean place = (places.contains(name) || inPlace || constituency(doc, i)) && !personal.contains(name)
          && genders.genderOf(doc.token(i).text()) == Gender.UNKNOWN
          && (i == 0 || !HONORIFICS.contains(doc.token(i - 1).text().toLowerCase(Locale.ROOT).replace(".", "")));
      if (place) {
        tokens = retagged(doc, tokens, i, end, "LOCATION");
      }
      i = end;
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }

  /** Capitalised words that open a place's name, never a person's: "Port Ardagh", "Mount Kerrin". */
  private static final ImmutableSet<String> PLACE_PREFIXES = ImmutableSet.of(
      "Port", "Fort", "Mount", "Lake", "Cape", "Loch");

  /** Titles of members elected for a constituency ("the MP for Wexley and Holm"). */
  private static final ImmutableSet<String> MEMBER_TITLES = ImmutableSet.of(
      "mp", "msp", "ms", "am", "td", "mla", "mep", "member");

  /**
   * Whether the name at {@code i} is (part of) a constituency: "the Conservative MP for Wexley and
   * Holm", "the member for Dunmore North": capitalised words, "and" and commas back to "for" after
   * an elected member's title.
   */
  private static boolean constituency(AnalyzedText doc, int i) {
    int sentence = doc.token(i).sentence();
    for (int k = i - 1; k >= 0 && k >= i - 8 && doc.token(k).sentence() == sentence; k--) {
      String w = doc.token(k).text();
      if (w.equals("for")) {
        return k > 0 && MEMBER_TITLES.contains(doc.token(k - 1).text().toLowerCase(Locale.ROOT));
      }
      if (!(Character.isUpperCase(w.charAt(0)) || w.equals("and") || w.equals(",") || w.equals("-"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The tokens with {@code from} to {@code to} (inclusive) given the entity tag {@code ner}: the
   * copy being repaired, made from the document's tokens when there is none yet.
   */
  private static List<Token> retagged(AnalyzedText doc, List<Token> tokens, int from, int to, String ner) {
    List<Token> out = tokens == null ? new ArrayList<>(doc.tokens()) : tokens;
    for (int k = from; k <= to; k++) {
      out.set(k, tagged(doc.token(k), ner));
    }
    return out;
  }

  /** The last token of the run of {@code tag} that starts at {@code i}, within its sentence. */
  private static int runEnd(AnalyzedText doc, int i, String tag) {
    int end = i;
    while (end + 1 < doc.tokens().size() && doc.token(end + 1).ner().equals(tag)
        && doc.token(end + 1).sentence() == doc.token(i).sentence()) {
      end++;
    }
    return end;
  }

  /**
   * "The Potteries and Glass Workers' Union", tagged as a place and an organisation: capitalised
   * words joined by "and" to an organisation's name that ends in a corporate word are its start.
   */
  private static AnalyzedText coordinatedOrganizationNames(AnalyzedText doc) {
    List<Token> tokens = null;
    int n = doc.tokens().size();
    for (int i = 2; i < n; i++) {
      Token t = doc.token(i);
      if (!t.ner().equals("ORGANIZATION") || doc.token(i - 1).ner().equals("ORGANIZATION")
          || !(doc.token(i - 1).text().equals("and") || doc.token(i - 1).text().equals("&"))) {
        continue;
      }
      int end = i;
      while (end + 1 < n && doc.token(end + 1).ner().equals("ORGANIZATION")) {
        end++;
      }
      if (!CORPORATE_WORDS.contains(doc.token(end).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int start = i - 1;
      while (start - 1 >= 0 && start > i - 4 && doc.token(start - 1).sentence() == t.sentence()
          && Character.isUpperCase(doc.token(start - 1).text().charAt(0))
          && (doc.token(start - 1).ner().equals("O") || doc.token(start - 1).ner().equals("LOCATION"))
          && !doc.token(start - 1).pos().equals("DT") && doc.token(start - 1).pos().startsWith("NN")) {
        start--;
      }
      if (start == i - 1 || start > 0 && doc.token(start - 1).sentence() == t.sentence()
          && doc.token(start - 1).pos().startsWith("NN")) {
        continue;
      }
      if (tokens == null) {
        tokens = new ArrayList<>(doc.tokens());
      }
      for (int j = start; j < i; j++) {
        tokens.set(j, tagged(doc.token(j), "ORGANIZATION"));
      }
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }

  /** A one-word name of a broadcaster written in one with its medium: "NorthTV", "CityFM". */
  private static final Pattern BROADCASTER_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:TV|FM)");

  /** A one-word organisation name tagged once is an organisation wherever else it stands alone. */
  private static AnalyzedText propagateOrganizations(boolean sporting, AnalyzedText doc) {
    Set<String> names = new HashSet<>();
    int n = doc.tokens().size();
    for (int i = 0; i < n; i++) {
      Token t = doc.token(i);
      if (t.ner().equals("O") && t.isProperNoun() && BROADCASTER_WORD.matcher(t.text()).matches()) {
        names.add(t.text());   // "NorthTV's Inside Story programme reported": the tagger knows no such word
      }
    }
    for (int i = 0; i < n; i++) {
      Token t = doc.token(i);
      boolean alone = (i == 0 || !doc.token(i - 1).ner().equals("ORGANIZATION"))
          && (i + 1 >= n || !doc.token(i + 1).ner().equals("ORGANIZATION"));
      if (t.ner().equals("ORGANIZATION") && alone && t.isProperNoun() && t.text().length() > 2) {
        names.add(t.text());
      }
    }
    // "Ormond Ceramics ... where Ormond is the largest employer", "Harbury Town ... Harbury said":
    // the first word of a company's or a club's name is its short name, unless a person bears it too.
    Set<String> inPersonNames = new HashSet<>();
    for (int i = 0; i + 1 < n; i++) {
      if (doc.token(i).ner().equals("PERSON") && doc.token(i + 1).ner().equals("PERSON")) {
        inPersonNames.add(doc.token(i).text());
        inPersonNames.add(doc.token(i + 1).text());
      }
    }
    for (int i = 0; i + 1 < n; i++) {
      Token t = doc.token(i);
      if (t.ner().equals("ORGANIZATION") && t.isProperNoun() && t.text().length() > 2
          && (i == 0 || !doc.token(i - 1).ner().equals("ORGANIZATION"))
          && doc.token(i + 1).ner().equals("ORGANIZATION") && (i + 2 >= n || !doc.token(i + 2).ner().equals("ORGANIZATION"))
          && (CORPORATE_WORDS.contains(doc.token(i + 1).text().toLowerCase(Locale.ROOT))
              || clubWord(doc.token(i + 1).text().toLowerCase(Locale.ROOT), sporting))
          && !inPersonNames.contains(t.text())) {
        names.add(t.text());
      }
    }
    List<Token> tokens = null;
    for (int i = 0; i < n && !names.isEmpty(); i++) {
      Token t = doc.token(i);
      if (!t.ner().equals("ORGANIZATION") && !t.ner().equals(EPITHET) && t.isProperNoun() && names.contains(t.text())
          && (i == 0 || !doc.token(i - 1).isProperNoun()) && (i + 1 >= n || !doc.token(i + 1).isProperNoun())) {
        if (tokens == null) {
          tokens = new ArrayList<>(doc.tokens());
        }
        tokens.set(i, tagged(t, "ORGANIZATION"));
      }
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }

  /** The token with another named-entity tag. */
  private static Token tagged(Token t, String ner) {
    return tagged(t, t.pos(), ner);
  }

  /** The token with another part-of-speech and named-entity tag. */
  private static Token tagged(Token t, String pos, String ner) {
    return new Token(t.index(), t.begin(), t.end(), t.text(), t.lemma(), pos, ner, t.sentence(), t.head(),
        t.relation());
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("\u201C") || w.equals("\u201D")
        || w.equals("\u2018") || w.equals("\u2019") || w.equals("`") || w.equals("'");
  }

  /**
   * The tagger is not consistent within a document: "Marcus Ode" is a person, a later bare "Ode"
   * may not be. A capitalised noun that is the last word of a full name tagged as a person
   * elsewhere in the text becomes a person too, and so does a proper noun standing alone that is
   * the first word of one and the subject of its clause, whatever the tagger made of it ("Her son,
   * Gethin Pugh ... Gethin thinks", with "Gethin" untagged or a place).
   */
  private static AnalyzedText propagateSurnames(AnalyzedText doc) {
    Set<String> surnames = new HashSet<>();
    Set<String> firstNames = new HashSet<>();
    int n = doc.tokens().size();
    for (int i = 0; i + 1 < n; i++) {
      Token a = doc.token(i);
      Token b = doc.token(i + 1);
      if (a.ner().equals("PERSON") && b.ner().equals("PERSON") && a.sentence() == b.sentence()
          && (i + 2 >= n || !doc.token(i + 2).ner().equals("PERSON")) && b.text().length() > 1
          && Character.isUpperCase(b.text().charAt(0))) {
        surnames.add(b.text());
        if ((i == 0 || !doc.token(i - 1).ner().equals("PERSON") || doc.token(i - 1).sentence() != a.sentence())
            && a.isProperNoun() && a.text().length() > 1 && Character.isUpperCase(a.text().charAt(0))
            && !HONORIFICS.contains(a.text().toLowerCase(Locale.ROOT).replace(".", ""))
            && !Words.isPersonNoun(a.lemma().toLowerCase(Locale.ROOT))) {
          firstNames.add(a.text());
        }
      }
    }
    firstNames.removeAll(surnames);
    // Hyphenated surnames ("Kortunov-Belsky"), which the tokenizer splits in three.
    Set<String> hyphenated = new HashSet<>();
    for (int i = 0; i + 3 < n; i++) {
      Token a = doc.token(i);
      if (a.ner().equals("PERSON") && doc.token(i + 2).text().equals("-")
          && doc.token(i + 1).ner().equals("PERSON") && doc.token(i + 3).ner().equals("PERSON")
          && a.sentence() == doc.token(i + 3).sentence()) {
        hyphenated.add(doc.text().substring(doc.token(i + 1).begin(), doc.token(i + 3).end()));
      }
    }
    if (surnames.isEmpty() && hyphenated.isEmpty() && firstNames.isEmpty()) {
      return doc;
    }
    Set<String> inOrganizationNames = new HashSet<>();
    for (int i = 0; i + 1 < n; i++) {
      if (doc.token(i).ner().equals("ORGANIZATION") && doc.token(i + 1).ner().equals("ORGANIZATION")
          && doc.token(i).sentence() == doc.token(i + 1).sentence()) {
        inOrganizationNames.add(doc.token(i).text());
        inOrganizationNames.add(doc.token(i + 1).text());
      }
    }
    List<Token> tokens = null;
    for (int i = 0; i + 2 < n && !hyphenated.isEmpty(); i++) {
      if (doc.token(i).ner().equals("PERSON") || !doc.token(i + 1).text().equals("-")
          || !hyphenated.contains(doc.text().substring(doc.token(i).begin(), doc.token(i + 2).end()))
          || i > 0 && doc.token(i - 1).ner().equals("PERSON") && doc.token(i - 1).sentence() == doc.token(i).sentence()) {
        continue;
      }
      tokens = retagged(doc, tokens, i, i + 2, "PERSON");
    }
    for (int i = 0; i < n; i++) {
      Token t = doc.token(i);
      boolean firstName = !t.ner().equals("PERSON") && t.isProperNoun() && firstNames.contains(t.text())
          && (t.relationIs("nsubj") || t.relationIs("nsubj:pass"))   // not "would play Tom", a part
          && (i + 1 >= n || !doc.token(i + 1).isProperNoun() || doc.token(i + 1).sentence() != t.sentence())
          && (i == 0 || !doc.token(i - 1).isProperNoun() || doc.token(i - 1).sentence() != t.sentence());
      // "Kettering takes this in good part" after "Jo Kettering": a surname the tagger took for a
      // town, alone and the subject of a verb, is the person's.
      boolean surnameAsPlace = t.ner().equals("LOCATION") && t.isProperNoun() && surnames.contains(t.text())
          && (i == 0 || !doc.token(i - 1).ner().equals("LOCATION") || doc.token(i - 1).sentence() != t.sentence())
          && (i + 1 >= n || !doc.token(i + 1).ner().equals("LOCATION") || doc.token(i + 1).sentence() != t.sentence())
          && (t.relationIs("nsubj") || i + 1 < n && doc.token(i + 1).isVerb() && doc.token(i + 1).sentence() == t.sentence());
      // "Castellane, whose novel ..., said" after "the novelist Ewan Castellane", the surname taken
      // for an organisation: alone, the subject, and no word of an organisation's longer name.
      boolean surnameAsOrganization = t.ner().equals("ORGANIZATION") && surnames.contains(t.text())
          && !inOrganizationNames.contains(t.text())
          && (i == 0 || !doc.token(i - 1).ner().equals("ORGANIZATION") || doc.token(i - 1).sentence() != t.sentence())
          && (i + 1 >= n || !doc.token(i + 1).ner().equals("ORGANIZATION") || doc.token(i + 1).sentence() != t.sentence())
          && t.relationIs("nsubj");
      if (!firstName && !surnameAsPlace && !surnameAsOrganization
          && (!t.ner().equals("O") || !t.isNoun() || !surnames.contains(t.text()))) {
        continue;
      }
      boolean first = i == 0 || doc.token(i - 1).sentence() != t.sentence();
      boolean beforeVerb = i + 1 < n && doc.token(i + 1).isVerb();
      if (first && !beforeVerb && !surnameAsOrganization) {
        continue;
      }
      if (tokens == null) {
        tokens = new ArrayList<>(doc.tokens());
      }
      tokens.set(i, tagged(t, "NNP", "PERSON"));
    }
    return tokens == null ? doc : new AnalyzedText(doc.text(), tokens, doc.sentences(), doc.paragraphs());
  }
}

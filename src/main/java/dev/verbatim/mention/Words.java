package dev.verbatim.mention;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;

/** Closed word lists used to tell who can speak. Lower case. Immutable. */
public final class Words {
  /** An age ("52-year-old"). */
  private static final Pattern YEAR_OLD = Pattern.compile("\\d+-year-old");
  /** Third-person pronouns that can refer to a male speaker. */
  public static final ImmutableSet<String> MALE_PRONOUNS = ImmutableSet.of("he", "him", "his", "himself");
  /** Third-person pronouns that can refer to a female speaker. */
  public static final ImmutableSet<String> FEMALE_PRONOUNS = ImmutableSet.of("she", "her", "hers", "herself");
  /** Plural pronouns. */
  public static final ImmutableSet<String> PLURAL_PRONOUNS = ImmutableSet.of("they", "them", "their", "theirs");

  /** Nouns for people in roles, singular lemmas. */
  public static final ImmutableSet<String> PERSON_NOUNS = ImmutableSet.of(
      "official", "minister", "spokesman", "spokeswoman", "spokesperson", "president", "secretary",
      "chairman", "chairwoman", "chair", "chairperson", "director", "chief", "head", "leader",
      "expert", "analyst", "economist", "researcher", "scientist", "professor", "doctor", "lawyer",
      "attorney", "prosecutor", "judge", "officer", "coach", "manager", "player", "captain", "ceo",
      "executive", "founder", "owner", "resident", "witness", "source", "aide", "adviser", "advisor",
      "diplomat", "ambassador", "senator", "lawmaker", "legislator", "mp", "mayor", "governor",
      "councillor", "councilor", "candidate", "critic", "activist", "campaigner", "supporter",
      "opponent", "author", "writer", "artist", "actor", "actress", "singer", "musician", "historian",
      "teacher", "student", "parent", "voter", "worker", "investor", "trader", "observer",
      "commentator", "colleague", "friend", "neighbour", "neighbor", "engineer", "developer", "user",
      "patient", "nurse", "physician", "surgeon", "epidemiologist", "statistician", "msp", "mep", "mla",
      "gp", "cfo", "cto", "coo",
      "negotiator", "envoy", "general", "commander", "premier", "chancellor", "king", "queen",
      "prince", "princess", "pope", "bishop", "priest", "imam", "rabbi", "citizen", "person", "man",
      "woman", "member", "fan", "deputy", "vice-president", "secretary-general", "representative",
      "delegate", "insider", "consultant", "strategist", "planner", "curator", "editor", "reporter",
      "journalist", "correspondent", "columnist", "producer", "filmmaker", "composer", "novelist",
      "poet", "designer", "architect", "inspector", "detective", "sheriff", "superintendent",
      "commissioner", "administrator", "principal", "dean", "rector", "provost", "lecturer",
      "physicist", "chemist", "biologist", "virologist", "psychologist", "sociologist", "academic",
      "veteran", "organiser", "organizer", "host", "presenter", "guide", "farmer", "owner",
      "shopkeeper", "landlord", "tenant", "driver", "pilot", "passenger", "victim", "survivor",
      "defendant", "plaintiff", "claimant", "accused", "suspect", "juror", "barrister", "solicitor",
      "counsel", "magistrate", "clerk", "cfo", "cto", "coo", "boss", "founder", "cofounder",
      "co-founder", "partner", "trustee", "steward", "referee", "striker", "goalkeeper", "midfielder",
      "defender", "forward", "winger", "athlete", "runner", "swimmer", "cyclist", "boxer", "champion",
      "teammate", "skipper", "spokesperson", "governor", "lieutenant", "colonel", "sergeant",
      "soldier", "medic", "paramedic", "firefighter", "mother", "father", "daughter", "son", "wife",
      "husband", "sister", "brother", "grandmother", "grandfather", "child", "people", "staff",
      "employee", "customer", "shopper", "economist", "banker", "entrepreneur", "politician",
      "congressman", "congresswoman", "lord", "lady", "baroness", "mr", "mrs", "ms", "dr", "sir",
      "bystander", "chef", "commuter", "conductor", "constable", "dancer", "eyewitness", "fisherman",
      "headteacher", "homeowner", "householder", "keeper", "mediator", "monk", "motorist", "onlooker",
      "pastor", "protester", "pupil", "scholar", "shareholder", "staffer", "trainer", "umpire", "volunteer",
      "ally");

  /** Abbreviated titles ("Sen. Jane Roe"), folded, and the role word they stand for. */
  public static final ImmutableMap<String, String> TITLE_ABBREVIATIONS = ImmutableMap.<String, String>builder()
      .put("sen", "senator").put("gov", "governor").put("rep", "congressman").put("gen", "general")
      .put("col", "colonel").put("lt", "lieutenant").put("sgt", "sergeant").put("prof", "professor")
      .put("det", "detective").put("insp", "inspector").put("supt", "superintendent")
      .put("cllr", "councillor").put("pres", "president").put("amb", "ambassador")
      .put("capt", "captain").put("cpt", "captain").put("adm", "admiral").put("maj", "major")
      .put("cmdr", "commander").put("atty", "attorney").put("rev", "reverend").build();

  /** Honorifics that only ever precede a person's name, lower case, without a full stop. */
  public static final ImmutableSet<String> HONORIFICS = ImmutableSet.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame");

  /** Nouns for organisations, singular lemmas. */
  public static final ImmutableSet<String> ORGANIZATION_NOUNS = ImmutableSet.of(
      "ministry", "government", "department", "agency", "council", "committee", "commission",
      "court", "party", "team", "club", "board", "bank", "group", "association", "federation",
      "organisation", "organization", "union", "company", "firm", "corporation", "administration",
      "cabinet", "parliament", "congress", "senate", "delegation", "military", "army", "police",
      "kremlin", "office", "authority", "authorities", "regulator", "watchdog", "institute",
      "university", "school", "hospital", "foundation", "charity", "campaign", "coalition",
      "alliance", "consortium", "startup", "league", "side", "squad", "prosecutor's", "service",
      "embassy", "secretariat", "presidency", "municipality", "city", "state", "county",
      "prosecution", "defence", "defense", "bureau", "centre", "center", "network", "trust",
      "society", "fund", "council", "assembly", "chamber", "directorate", "inspectorate", "mission",
      "operator", "manufacturer", "airline", "retailer", "insurer", "lender", "publisher",
      "studio", "label", "museum", "gallery", "theatre", "theater", "orchestra", "festival",
      "family", "household", "caucus", "faction", "camp", "panel", "jury", "tribunal",
      "utility", "supplier", "provider", "carrier", "developer", "nonprofit", "ngo",
      "automaker", "carmaker", "drugmaker", "chipmaker", "miner", "producer", "exporter",
      "importer", "distributor", "platform", "app", "website", "business", "chain", "brand",
      "maker", "giant", "conglomerate", "exchange", "airport", "port", "railway",
      "think-tank", "thinktank", "branch", "consultancy", "quango", "co-operative", "cooperative",
      "broadcaster", "shipyard", "refinery", "plant", "factory", "mine", "brewery", "bakery",
      "restaurant", "hotel", "casino", "church", "diocese", "mosque", "synagogue", "temple",
      "parish", "academy", "college", "prison", "jail", "district", "ward", "region",
      "province", "hospice", "clinic", "nursery", "library", "zoo", "newspaper", "magazine",
      "laboratory", "lab", "observatory", "cooperative", "co-op", "partnership", "choir", "band",
      "venue", "constabulary", "brigade", "institution", "body", "outlet", "practice",
      "surgery", "pharmacy", "kindergarten", "force", "tank", "forecaster");

  /** People who speak for an organisation ("a spokeswoman for the council"). */
  public static final ImmutableSet<String> REPRESENTATIVES = ImmutableSet.of(
      "spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople", "spokesmen");

  /**
   * Letters after a name, folded to lower case without dots: counsel (KC, QC, SC), members (MP,
   * MSP, MEP, MLA), generations (Jr, Sr, II), degrees and honours (PhD, OBE, ...). Not part of the
   * name ("Alasdair Keane KC" is Alasdair Keane).
   */
  public static final ImmutableSet<String> POST_NOMINALS = ImmutableSet.of(
      "kc", "qc", "sc", "mp", "msp", "mep", "mla", "jr", "sr", "ii", "iii", "iv", "phd", "obe", "mbe", "cbe",
      "kbe", "dbe", "frs", "esq");

  /**
   * Returns whether a token is letters after a name, as written: a capital first ("KC", "Jr.", "PhD").
   *
   * @param token a token's text
   * @return whether it is a post-nominal
   */
  public static boolean isPostNominal(String token) {
    String t = token.replace(".", "");
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && POST_NOMINALS.contains(t.toLowerCase(java.util.Locale.ROOT));
  }

  /** Words that mark a media outlet in an organisation's name. */
  public static final ImmutableSet<String> MEDIA_WORDS = ImmutableSet.of(
      "times", "post", "journal", "news", "tribune", "guardian", "herald", "gazette", "telegraph",
      "agency", "radio", "tv", "television", "broadcasting", "press", "reuters", "ap", "afp",
      "bloomberg", "bbc", "cnn", "tass", "interfax", "ria", "newspaper", "magazine", "daily",
      "weekly", "chronicle", "observer", "independent", "mirror", "express", "courier", "ledger",
      "standard", "economist", "dispatch", "bulletin", "examiner", "inquirer", "sun", "star",
      "mail", "record", "review", "report", "wire", "channel", "broadcaster", "outlet", "tabloid",
      "kommersant", "izvestia", "vedomosti", "spiegel", "zeitung", "monde", "figaro", "pais",
      "nikkei", "xinhua", "yonhap", "kyodo", "politico", "axios", "npr", "pbs", "abc", "nbc",
      "cbs", "fox", "sky", "itv", "euronews", "aljazeera", "jazeera", "dpa", "efe", "ansa");

  /** Common nouns for media outlets ("according to the newspaper"). */
  public static final ImmutableSet<String> MEDIA_NOUNS = ImmutableSet.of(
      "newspaper", "paper", "broadcaster", "outlet", "magazine", "tabloid", "daily", "weekly",
      "channel", "station", "publication", "news agency", "agency", "site", "network");

  /** Nouns for documents and data, which can "state" or "show" but are not speakers. */
  public static final ImmutableSet<String> DOCUMENT_NOUNS = ImmutableSet.of(
      "report", "study", "survey", "data", "figure", "figures", "statistics", "poll", "research",
      "document", "paper", "analysis", "law", "treaty", "agreement", "act", "bill", "filing",
      "ruling", "judgment", "judgement", "verdict", "document", "letter", "memo", "plan",
      "proposal", "statement", "release", "website", "post", "note", "review", "audit", "index",
      "forecast", "outlook", "model", "evidence", "record", "records", "result", "results",
      "finding", "findings", "article", "book", "film", "charter", "constitution", "resolution",
      "decision", "order", "contract", "deal", "accord", "pact", "code", "rule", "regulation");

  private Words() {}

  /**
   * @param word a token
   * @return whether it is a personal pronoun that can name a speaker
   */
  public static boolean isSpeakerPronoun(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return MALE_PRONOUNS.contains(w) || FEMALE_PRONOUNS.contains(w) || PLURAL_PRONOUNS.contains(w)
        || w.equals("it") || w.equals("its");
  }

  /**
   * Words that describe a person by origin, party, age or standing rather than by office ("the
   * Scot", "the Democrat", "the 34-year-old", "the youngster"); journalists use them to avoid
   * repeating a name, so they refer to a person already in the story whatever title that person has.
   */
  public static final ImmutableSet<String> EPITHETS = ImmutableSet.of(
      "scot", "scotsman", "scotswoman", "irishman", "irishwoman", "welshman", "welshwoman",
      "englishman", "englishwoman", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "briton",
      "brit", "spaniard", "swede", "dane", "finn", "pole", "turk", "czech", "slovak", "serb", "croat",
      "greek", "swiss", "portuguese", "japanese", "chinese", "vietnamese", "lebanese", "maltese",
      "kiwi", "aussie", "yank", "german", "israeli", "iraqi", "pakistani", "bangladeshi", "saudi",
      "emirati", "qatari", "kuwaiti", "yemeni", "omani", "somali", "nepali", "thai", "filipino",
      "argentine", "kazakh", "uzbek", "tajik", "new zealander", "icelander", "luxembourger",
      "democrat", "republican", "conservative", "tory", "liberal", "socialist", "communist",
      "nationalist", "unionist", "centrist", "independent", "labourite", "gaullist",
      "year-old", "youngster", "teenager", "veteran", "newcomer", "rookie", "debutant", "gaffer",
      "boss", "skipper", "incumbent", "challenger", "favourite", "favorite", "underdog", "winner",
      "loser", "runner-up", "holder", "champion", "left-hander", "right-hander", "all-rounder",
      "stalwart", "mother-of-two", "father-of-two", "mother-of-three", "father-of-three",
      "grandmother", "grandfather", "pensioner", "retiree", "widow", "widower", "local", "native",
      "number");

  /**
   * Whether a token is the "old" of "the 34-year-old", which the tokenizer splits into
   * "34 - year - old".
   *
   * @param doc the analysed text
   * @param i a token index
   * @return whether it ends an age written as a hyphenated noun
   */
  public static boolean isAgeEpithet(dev.verbatim.nlp.AnalyzedText doc, int i) {
    if (!doc.token(i).text().equalsIgnoreCase("old") || i < 2) {
      return false;
    }
    int y = doc.token(i - 1).text().equals("-") ? i - 2 : i - 1;
    return y >= 1 && doc.token(y).lemma().equals("year") && (doc.token(y - 1).text().equals("-")
        || doc.token(y - 1).pos().equals("CD"));
  }

  /** Parents and grandparents, in epithets that count their children ("the father of two"). */
  private static final ImmutableSet<String> PARENTS = ImmutableSet.of(
      "father", "mother", "grandfather", "grandmother", "parent", "grandparent", "dad", "mum", "mom");

  /**
   * "the father of two", "the mother-of-three", "the grandmother of five": a parent counted by
   * children, an epithet for someone in the story, not a title.
   *
   * @param doc the analysed text
   * @param i a token index
   * @return whether it heads such an epithet
   */
  public static boolean isParentEpithet(dev.verbatim.nlp.AnalyzedText doc, int i) {
    String l = doc.token(i).lemma().toLowerCase(java.util.Locale.ROOT);
    int dash = l.indexOf('-');
    if (dash > 0 && PARENTS.contains(l.substring(0, dash)) && l.contains("-of-")) {
      return true;
    }
    return PARENTS.contains(l) && i + 2 < doc.tokens().size() && doc.token(i + 1).text().equalsIgnoreCase("of")
        && (doc.token(i + 2).pos().equals("CD") || NUMBER_WORDS.contains(doc.token(i + 2).text().toLowerCase(java.util.Locale.ROOT)));
  }

  private static final ImmutableSet<String> NUMBER_WORDS = ImmutableSet.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

  /**
   * @param lemma a noun lemma
   * @return whether it is an epithet ({@link #EPITHETS}), also as the last part of a hyphenated word
   */
  public static boolean isEpithet(String lemma) {
    String l = lemma.toLowerCase(java.util.Locale.ROOT);
    int dash = l.indexOf('-');
    return EPITHETS.contains(l) || dash > 0 && EPITHETS.contains(l.substring(dash + 1))
        || YEAR_OLD.matcher(l).matches();
  }

  /**
   * @param lemma a common-noun lemma
   * @return whether it names a person by role: by the closed list, a person-forming suffix or, written in lower case, the animacy lists ({@link AnimateNouns})
   */
  public static boolean isPersonNoun(String lemma) {
    String l = lemma.toLowerCase(java.util.Locale.ROOT);
    if (PERSON_NOUNS.contains(l) || isEpithet(l)) {
      return true;
    }
    int dash = l.lastIndexOf('-');
    if (dash > 0 && PERSON_NOUNS.contains(l.substring(dash + 1))) {
      return true;
    }
    return (l.endsWith("ist") && l.length() > 5) || l.endsWith("ian") && l.length() > 5
        || l.endsWith("spokesman") || l.endsWith("woman") || l.endsWith("person")
        // "the coroner", "the vicar": a lower-case noun the animacy lists know as people only.
        || l.equals(lemma) && !ORGANIZATION_NOUNS.contains(l) && !HONORIFICS.contains(l) && AnimateNouns.contains(l);
  }

  /**
   * @param lemma a lemma
   * @return whether it is a day, a month or another word of time
   */
  public static boolean isTimeWord(String lemma) {
    return TIME_WORDS.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }

  /** Days, months and other words of time, which never name a speaker ("in January"). */
  private static final ImmutableSet<String> TIME_WORDS = ImmutableSet.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "today", "yesterday", "tomorrow", "week", "month", "year", "morning",
      "evening", "night", "weekend");

  /**
   * @param lemma a common-noun lemma
   * @return whether it names an organisation
   */
  public static boolean isOrganizationNoun(String lemma) {
    return ORGANIZATION_NOUNS.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }
}

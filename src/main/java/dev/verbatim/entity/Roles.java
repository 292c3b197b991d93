package dev.verbatim.entity;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.SpeakerKind;
import dev.verbatim.mention.Gender;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.mention.Words;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import dev.verbatim.rank.DecisionKind;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves role mentions and epithets ("the minister", "the spokesperson", "the Scot", "the
 * 31-year-old") to the people and organisations of a document: by the titles the article gives
 * named people ({@link Titles}), by age, by nickname, by salience among the people recently
 * mentioned, and by the organisation a spokesperson speaks for ({@link Organizations}).
 */
final class Roles {
  /** Runs of anything but letters. */
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  /** Anything but digits. */
  private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");
  /** Role words that describe anyone of a kind, whatever title the article gave them. */
  private static final ImmutableSet<String> GENERIC_ROLES = ImmutableSet.of(
      "analyst", "expert", "observer", "commentator", "specialist", "scholar", "academic",
      "politician", "lawmaker", "legislator", "parliamentarian", "diplomat", "campaigner", "activist", "veteran",
      "man", "woman", "year-old", "official", "source", "witness", "claimant", "defendant");
  /**
   * Playing positions, which describe a player whatever title the article gives them ("Penhallow
   * captain Jamie Nance ... The hooker said").
   */
  private static final ImmutableSet<String> POSITIONS = ImmutableSet.of(
      "defender", "striker", "goalkeeper", "goalie", "midfielder", "winger", "hooker", "flanker",
      "scrum-half", "fly-half", "full-back", "fullback", "wicketkeeper", "batter", "batsman", "bowler",
      "spinner", "seamer", "all-rounder", "goaltender", "netminder", "quarterback", "shortstop",
      "outfielder", "pitcher", "defenceman", "defenseman", "centre-back", "playmaker");
  /** Those a court or inquiry hears, never the counsel who question them or the bench. */
  private static final ImmutableSet<String> PARTIES = ImmutableSet.of("witness", "claimant", "defendant", "accused");
  /** Title words of counsel and the bench. */
  private static final ImmutableSet<String> COUNSEL_OR_BENCH = ImmutableSet.of(
      "lawyer", "barrister", "counsel", "prosecutor", "solicitor", "advocate", "judge", "coroner", "magistrate",
      "recorder", "justice", "kc", "qc");
  private static final int SEARCH_LIMIT = DocumentState.SEARCH_LIMIT;
  private static final ImmutableSet<String> QUOTE_MARKS = DocumentState.QUOTE_MARKS;
  private static final ImmutableSet<String> REPRESENTATIVES = Words.REPRESENTATIVES;

  private final DocumentState state;
  private final Organizations organizations;
  private final CandidateRanking ranking;
  private final AnalyzedText doc;
  private final int lede;
  /** People the headline or lede described before naming them ("Flood barrier chief", "The former chief executive"). */
  private final Set<Entity> describedInLede = new java.util.HashSet<>();
  private final List<Entity> entities;
  private final Map<String, Entity> orgs;
  private final TreeMap<Integer, Entity> orgMentions;
  private final List<DocumentState.Event> events;
  private final TreeMap<Integer, Entity> titledSites;
  private final Map<Integer, Entity> nameRunEntity;
  private final Map<Integer, SpeakerMention> nameRunMention;

  Roles(DocumentState state, Organizations organizations, CandidateRanking ranking) {
    this.state = state;
    this.organizations = organizations;
    this.ranking = ranking;
    this.doc = state.doc;
    this.lede = state.lede;
    this.entities = state.entities;
    this.orgs = state.orgs;
    this.orgMentions = state.orgMentions;
    this.events = state.events;
    this.titledSites = state.titledSites;
    this.nameRunEntity = state.nameRunEntity;
    this.nameRunMention = state.nameRunMention;
  }

  /**
   * The entity a role mention ("the minister", "a spokesperson", "the 31-year-old") stands for:
   * a nicknamed person, the organisation a spokesperson speaks for, the person of that age, the
   * person the article gave that title, the salient person no other title rules out; else an
   * unnamed person (or group) of its own.
   */
  Entity role(SpeakerMention m, int site) {
    Token head = doc.token(m.head());
    Entity described = personBeforeApposition(m);
    if (described != null) {
      return described;   // "by Carol Denham, then a senior midwife on the delivery suite, who wrote ..."
    }
    Entity nicknamed = m.definite() ? nicknamed(head.text(), site) : null;
    if (nicknamed != null) {
      return nicknamed;   // "Kenny “Bulldog” Blunt ... the Bulldog joked"
    }
    if (REPRESENTATIVES.contains(head.lemma()) && !m.plural()) {
      // "A Halden spokeswoman", "a spokeswoman for the conciliation service": the organisation
      // whose name the description holds.
      Entity named = organizations.namedInDescription(m, site);
      if (named != null) {
        return named;
      }
    }
    if (m.definite() && REPRESENTATIVES.contains(head.lemma())) {
      // "the spokesperson", after "a spokesperson for X": X, else the organisation most named.
      Entity org = state.lastRepresented != null ? state.lastRepresented
          : state.lastOrganizationSpeaker != null ? state.lastOrganizationSpeaker
          : organizations.mostMentionedOrganization(site);
      if (org != null) {
        return org;
      }
    } else if (REPRESENTATIVES.contains(head.lemma()) && !m.plural()) {
      // "The council denied it. A spokesperson said ...": the organisation just named.
      Entity org = organizations.recentOrganization(site);
      if (org != null && org.kind != SpeakerKind.MEDIA_OUTLET) {
        return org;
      }
    }
    if (m.definite() && !m.plural() && Words.isAgeEpithet(doc, m.head())) {
      // "Kieran Doyle, 31, ... the 31-year-old said": the one person the article gives that age.
      Entity aged = personAged(ageOf(m.head()));
      if (aged != null) {
        return aged;
      }
    }
    if (m.definite() && !m.plural() && (head.lemma().equalsIgnoreCase("teenager") || m.name().contains("teenage "))) {
      // "the 19-year-old winger Mateo Branco ... The teenager said": the one person given a teenage age
      Entity teen = personAged(13, 19);
      if (teen != null) {
        return teen;
      }
    }
    if (!m.definite() && !m.plural() && doc.sentenceOf(doc.token(site)).paragraph() <= lede) {
      // "A prosecutor told the court ..." in the lede, "Richard Okonjo, prosecuting," below: the
      // body names whom the opening paragraph left unnamed.
      Entity named = personWithTitleAfter(m, site);
      if (named == null) {
        // "A warehouse owner accused of ... admitted ...", then "Gareth Pennock, 47, told the court":
        // the one person the next paragraphs name first, if no title of theirs says otherwise.
        named = personNamedAfterLede(m, site);
      }
      if (named != null) {
        return named;
      }
    }
    if (m.definite() && !m.plural() && !REPRESENTATIVES.contains(head.lemma())) {
      Entity introduced = introducedUnnamed(head, site);
      if (introduced != null) {
        return introduced;   // "A senior official, who spoke on condition of anonymity, said ... the official said"
      }
    }
    if (m.definite() && !m.plural() && !introducesSomeoneNew(m.head())) {
      Entity byTitle = personWithTitle(m, site);
      if (byTitle != null && Words.isAgeEpithet(doc, m.head()) && otherAge(byTitle, ageOf(m.head()))) {
        byTitle = null;   // "the 31-year-old" is not the one the article made "the 44-year-old"
      }
      if (byTitle == null) {
        byTitle = recentUntitledPerson(m, site);
      }
      if (byTitle != null) {
        byTitle.roles.add(m.name());
        return byTitle;
      }
    }
    if (m.definite() && !m.plural() && !REPRESENTATIVES.contains(head.lemma())
        && doc.sentenceOf(doc.token(site)).paragraph() <= lede) {
      // "The former chief executive of the agency told a public inquiry ...", "Richard Tallis, who
      // led the authority, was questioned ..." next: the body names whom the lede described.
      Entity named = personNamedAfterLede(m, site);
      if (named != null) {
        named.roles.add(m.name());
        describedInLede.add(named);
        return named;
      }
    }
    if (m.definite() && !m.plural() && OrganizationKinds.COMPANY_NOUNS.contains(Names.translit(head.lemma()))) {
      // "The scheme, submitted by Castlegate Homes ... The developer said": a business noun no
      // person's title fits is the business named before.
      Entity business = organizations.salientOrganization(site, Names.translit(head.lemma()), false);
      if (business != null && business.kind == SpeakerKind.ORGANIZATION) {
        return business;
      }
    }
    if (m.plural() || m.definite()) {
      // "Inspectors said" after the Education Standards Inspectorate: the body of those people.
      Entity body = organizations.bodyOfMembers(m, head, site);
      if (body != null) {
        orgMentions.put(site, body);
        return body;
      }
    }
    return ownEntity(m, site);
  }

  /**
   * The unnamed person (or group) a role stands for on its own: the one entity per definite role
   * in the document, a new one for each indefinite role.
   */
  Entity ownEntity(SpeakerMention m, int site) {
    Token head = doc.token(m.head());
    String key = "role:" + String.join(" ", Names.fold(m.name()));
    Entity e = orgs.get(key);
    if (e == null || !m.definite()) {
      e = new Entity(m.plural() ? SpeakerKind.GROUP : SpeakerKind.ANONYMOUS, key);
      e.addVariant(m.name());
      e.gender = m.gender();
      orgs.put(key, e);
      entities.add(e);
    }
    if (m.plural()) {
      orgMentions.put(site, e);
    }
    return head != null ? e : null;
  }

  /**
   * The person whose name carries {@code word} as a nickname in quotation marks before
   * {@code site} ("Kenny “Bulldog” Blunt"), or null.
   */
  private Entity nicknamed(String word, int site) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    for (int i = 1; i + 2 < site && i + 2 < doc.tokens().size(); i++) {
      if (doc.token(i).text().equals(word) && QUOTE_MARKS.contains(doc.token(i - 1).text())
          && QUOTE_MARKS.contains(doc.token(i + 1).text()) && doc.token(i + 2).ner().equals("PERSON")) {
        Integer run = state.runKeyOf(i + 2);
        Entity e = run != null ? nameRunEntity.get(run) : null;
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * The person an indefinite role stands in apposition to, right after their name and a comma
   * ("Carol Denham, then a senior midwife, ..."), or null.
   */
  private Entity personBeforeApposition(SpeakerMention m) {
    if (m.definite() || m.plural()) {
      return null;
    }
    int i = doc.tokenAtOrAfter(m.span().start()) - 1;
    while (i > 0 && doc.token(i).pos().startsWith("RB")) {
      i--;
    }
    if (i < 1 || !doc.token(i).text().equals(",") || doc.token(i - 1).sentence() != doc.token(m.head()).sentence()) {
      return null;
    }
    Integer run = state.runKeyOf(i - 1);
    Entity e = run != null ? nameRunEntity.get(run) : null;
    return e != null && e.kind == SpeakerKind.PERSON ? e : null;
  }

  /**
   * The "old" of an age in a role, "the 31-year-old" or "the 28-year-old defender", up to its
   * head; or -1.
   */
  private int ageModifier(SpeakerMention m) {
    for (int i = doc.tokenAtOrAfter(m.span().start()); i >= 0 && i <= m.head(); i++) {
      if (Words.isAgeEpithet(doc, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The age in an age epithet ("the 31-year-old"), or -1. */
  private int ageOf(int old) {
    for (int i = old - 1; i >= 0 && i >= old - 4; i--) {
      String w = doc.token(i).text();
      String digits = NON_DIGITS.matcher(w).replaceAll("");
      if (doc.token(i).pos().equals("CD") || !digits.isEmpty() && w.startsWith(digits)) {
        try {
          return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** The one person whose name the article follows with an age ("Doyle, 31,", "Doyle (31)") or precedes with it. */
  private Entity personAged(int age) {
    return age < 0 ? null : personAged(age, age);
  }

  /** The one person the article gives an age from {@code low} to {@code high}, or null. */
  private Entity personAged(int low, int high) {
    Entity found = null;
    int n = doc.tokens().size();
    for (Map.Entry<Integer, SpeakerMention> e : nameRunMention.entrySet()) {
      int last = doc.tokenAtOrAfter(e.getValue().span().end() - 1);
      int first = doc.tokenAtOrAfter(e.getValue().span().start());
      boolean after = last + 2 < n && (doc.token(last + 1).text().equals(",") || doc.token(last + 1).text().equals("("))
          && within(doc.token(last + 2).text(), low, high);
      boolean before = ageJustBefore(first, low, high);
      // "the 19-year-old winger Mateo Branco": the age in the title before the name
      String title = e.getValue().title();
      java.util.regex.Matcher inTitle = title == null ? null : AGE_ROLE.matcher(title);
      boolean titled = inTitle != null && inTitle.find() && within(inTitle.group(1), low, high);
      if (after || before || titled) {
        Entity entity = nameRunEntity.get(e.getKey());
        if (entity == null || found != null && found != entity) {
          return null;
        }
        found = entity;
      }
    }
    return found;
  }

  private static final Pattern AGE_ROLE = Pattern.compile("\\b(\\d{1,3})-year-old\\b");

  /**
   * Whether "N-year-old", N from {@code low} to {@code high}, stands among the three words right
   * before a name, in its sentence and with no punctuation between ("the 18-year-old forward Kofi Mensah").
   */
  private boolean ageJustBefore(int first, int low, int high) {
    for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
      Token t = doc.token(k);
      if (t.sentence() != doc.token(first).sentence() || t.isPunctuation() || t.pos().startsWith("VB")) {
        return false;   // not "The 34-year-old captain sent goalkeeper Tom Hadley the wrong way"
      }
      if (within(leadingNumber(t.text(), "-year-old"), low, high)
          || t.text().equals("old") && ageOf(k) >= low && ageOf(k) <= high) {
        return true;   // (the tokenizer may split "18 - year - old")
      }
    }
    return false;
  }

  /** Whether a text is a number from {@code low} to {@code high}. */
  private static boolean within(String number, int low, int high) {
    if (number == null || number.isEmpty() || number.length() > 3 || !number.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int v = Integer.parseInt(number);
    return v >= low && v <= high;
  }

  /** The digits a word starts with when {@code suffix} follows them ("19" in "19-year-old"), else null. */
  private static String leadingNumber(String word, String suffix) {
    int i = word.indexOf(suffix);
    return i > 0 ? word.substring(0, i) : null;
  }
  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}");

  /**
   * Whether the article gives {@code e} an age other than {@code age}: "The 44-year-old said"
   * resolved to her, or "Tanya Calloway, 44,". Then "the 31-year-old" is someone else.
   */
  private boolean otherAge(Entity e, int age) {
    for (String r : e.roles) {
      java.util.regex.Matcher mt = AGE_ROLE.matcher(r);
      if (mt.find() && Integer.parseInt(mt.group(1)) != age) {
        return true;
      }
    }
    int n = doc.tokens().size();
    for (Map.Entry<Integer, SpeakerMention> en : nameRunMention.entrySet()) {
      if (nameRunEntity.get(en.getKey()) != e) {
        continue;
      }
      int last = doc.tokenAtOrAfter(en.getValue().span().end() - 1);
      if (last + 3 < n && doc.token(last + 1).text().equals(",") && doc.token(last + 2).pos().equals("CD")
          && doc.token(last + 3).text().equals(",") && SMALL_NUMBER.matcher(doc.token(last + 2).text()).matches()
          && Integer.parseInt(doc.token(last + 2).text()) != age) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The daughter of one victim", "the father of a patient": a role defined by someone indefinite
   * introduces a new person rather than referring back to one.
   */
  private boolean introducesSomeoneNew(int head) {
    for (int c : doc.children(head)) {
      if (doc.token(c).relationIs("nmod") && doc.hasCaseChild(c, "of")) {
        for (int g : doc.children(c)) {
          String w = doc.token(g).text().toLowerCase(Locale.ROOT);
          if ((doc.token(g).relationIs("det") || doc.token(g).relationIs("nummod"))
              && (w.equals("a") || w.equals("an") || w.equals("one") || w.equals("another")
                  || doc.token(g).pos().equals("CD"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How far back, in sentences, an unnamed person introduced with "a" is taken up by "the". */
  private static final int INTRODUCED_REACH = 6;

  /**
   * "A senior government official, who spoke on condition of anonymity, said ... “...,” the
   * official said": the unnamed person the article introduced with the same head noun in the last
   * few sentences, the nearest first; null when there is none or a named person was given that
   * noun as a title since.
   */
  private Entity introducedUnnamed(Token head, int site) {
    String noun = Names.translit(head.lemma().toLowerCase(Locale.ROOT));
    int sentence = doc.token(site).sentence();
    for (int k = events.size() - 1; k >= 0; k--) {
      DocumentState.Event ev = events.get(k);
      if (ev.token() >= site) {
        continue;
      }
      if (sentence - ev.sentence() > INTRODUCED_REACH) {
        return null;
      }
      Entity e = ev.entity();
      if (e.kind == SpeakerKind.PERSON && e.roles.stream().anyMatch(r -> Names.fold(r).contains(noun))) {
        return null;   // "Jane Roe, an official at the ministry, ... the official": the named one
      }
      List<String> words = e.kind == SpeakerKind.ANONYMOUS && e.name() != null ? Names.fold(e.name()) : List.of();
      if (!words.isEmpty() && Names.translit(words.get(words.size() - 1)).equals(noun)
          && !e.name().toLowerCase(Locale.ROOT).startsWith("the ")) {
        return e;
      }
    }
    return null;
  }

  /** A birthplace in a role: "Tongan-born". */
  private static final Pattern BIRTHPLACE = Pattern.compile("\\S+-born\\b");

  /** Whether a role says where its person was born ("the Tongan-born defender"), an epithet. */
  private boolean bornModifier(SpeakerMention m) {
    for (int i = doc.tokenAtOrAfter(m.span().start()); i < m.head() && i < doc.tokens().size(); i++) {
      if (doc.token(i).text().toLowerCase(Locale.ROOT).endsWith("-born")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A definite role no title fits ("the coach said"): the person named or referred to in the last
   * few sentences, most salient first, unless the article gave that person a different title.
   */
  private Entity recentUntitledPerson(SpeakerMention m, int site) {
    Entity near = recentUntitledPerson(m, site, false);
    // "The veteran striker said": a definite role refers back to someone already in the story,
    // if no one fits nearby, further back.
    return near != null ? near : recentUntitledPerson(m, site, true);
  }

  private Entity recentUntitledPerson(SpeakerMention m, int site, boolean far) {
    String lemma = doc.token(m.head()).lemma().toLowerCase(Locale.ROOT);
    String headWord = Names.translit(lemma);
    int ageWord = ageModifier(m);
    // "the 28-year-old defender" after "City captain Sophie Kettering": an age makes any role an
    // epithet for someone in the story, whatever title the article gave them.
    boolean generic = GENERIC_ROLES.contains(headWord) || Words.isEpithet(lemma) || ageWord >= 0
        || Words.isParentEpithet(doc, m.head()) || doc.token(m.head()).isProperNoun()
        || POSITIONS.contains(headWord) || bornModifier(m);
    Set<String> roleWords = Titles.contentWords(m.title() != null ? m.title() : m.name());
    int sentence = doc.token(site).sentence();
    Entity best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    Map<Entity, Double> scoreOf = new IdentityHashMap<>();
    Candidates cands = new Candidates();
    int narrativeSite = state.narrativeIndex(sentence);
    // "the Fijian-born midfielder": where a player was born says nothing of the club in their title
    Set<String> roleNames = Titles.properWords(BIRTHPLACE.matcher(m.name()).replaceAll(""));
    String possessor = possessor(m.name());
    int age = ageWord >= 0 ? ageOf(ageWord) : -1;
    Entity relative = kinPossessor(m, site);
    for (int i = events.size() - 1; i >= 0; i--) {
      DocumentState.Event ev = events.get(i);
      if (ev.entity() == relative) {
        continue;   // "Ciarán Byrne ... His uncle says": not Ciarán himself
      }
      if (sentence - ev.sentence() > (far ? 12 : generic ? 10 : 3)) {
        break;
      }
      Entity e = ev.entity();
      if (ev.token() >= site || ev.inQuote() || m.gender().conflicts(e.gender) || doc.isByline(ev.sentence())
          || state.namedInQuotation(site, e)
          || age >= 0 && otherAge(e, age) || doc.token(ev.token()).begin() >= m.span().start()
          || isPossessor(possessor, e) || modifiesPersonNoun(ev.token())
          || (e.hasTitle() && !Titles.fitsTitle(e, headWord, roleWords, Titles.properWords(m.name())) && !generic
              && !samePossessor(possessor, e))
          || !roleNames.isEmpty() && Titles.properWordsConflict(e, roleNames)
          || (e.kind == SpeakerKind.ANONYMOUS && !e.key.contains(headWord))
          || e.kind == SpeakerKind.ORGANIZATION || e.kind == SpeakerKind.MEDIA_OUTLET
          || e.kind == SpeakerKind.GROUP || PARTIES.contains(headWord) && questionsOrJudges(e)) {
        continue;   // a person's role ("the mayor") never stands for an organisation or a group
      }
      double score = -(sentence - ev.sentence()) * (generic ? 0.5 : 1.0) + (ev.subject() ? 1.0 : 0.0)
          + (samePossessor(possessor, e) ? 2.0 : 0.0)
          + (e.speakerCount > 0 ? 0.5 : 0.0)
          + (generic && m.gender() != Gender.UNKNOWN && m.gender() == e.gender ? 1.0 : 0.0);
      scoreOf.merge(e, score, Math::max);
      Candidates.Candidate c = cands.get(e);
      if (c == null) {
        c = cands.add(doc, e, ev.token(), narrativeSite - state.narrativeIndex(ev.sentence()), site, ev.subject(),
            ev.inQuote(), state.possessive(ev.token()));
        c.titleFits = !e.roles.isEmpty() && Titles.fitsTitle(e, headWord, roleWords, roleNames);
      }
      c.mentions++;
      c.anySubject |= ev.subject();
      c.ruleScore = Math.max(c.ruleScore, score);
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    ranking.noteMargin(site, best, bestScore, scoreOf);
    return ranking.rank(DecisionKind.ROLE, site, m.gender(), cands, best);
  }

  /** Kinship nouns: "his uncle", "her daughter" is someone other than the one "his" or "her" stands for. */
  private static final ImmutableSet<String> KIN = ImmutableSet.of(
      "father", "mother", "dad", "mum", "mom", "parent", "son", "daughter", "child", "brother", "sister",
      "uncle", "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandparent", "grandson",
      "granddaughter", "grandchild", "husband", "wife", "partner", "fiancé", "fiancée", "stepfather",
      "stepmother", "stepson", "stepdaughter");

  /**
   * For a kinship role with "his" or "her" ("His uncle says ..."), the person the possessive
   * stands for: the last person of its gender mentioned outside quotation marks before the site;
   * else null.
   */
  private Entity kinPossessor(SpeakerMention m, int site) {
    if (!KIN.contains(doc.token(m.head()).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    String det = doc.token(doc.tokenAtOrAfter(m.span().start())).text().toLowerCase(Locale.ROOT);
    Gender g = det.equals("his") ? Gender.MALE : det.equals("her") ? Gender.FEMALE : null;
    if (g == null) {
      return null;
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      DocumentState.Event ev = events.get(i);
      if (ev.token() >= site || ev.inQuote() || ev.entity().kind != SpeakerKind.PERSON) {
        continue;
      }
      if (ev.entity().gender == g) {
        return ev.entity();
      }
    }
    return null;
  }

  private static final Pattern POSSESSOR = Pattern.compile("(\\p{L}+)['’]s\\b");

  /** The word before "'s" in a role ("the union's leader": "union"), folded, or null. */
  private static String possessor(String role) {
    java.util.regex.Matcher matcher = POSSESSOR.matcher(role);
    return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** "Harbour chief": a word before a person noun names where the person works, not a person. */
  private boolean modifiesPersonNoun(int token) {
    int next = token + 1;
    if (next >= doc.tokens().size() || doc.token(next).sentence() != doc.token(token).sentence()) {
      return false;
    }
    String w = doc.token(next).text();
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && Words.isPersonNoun(w.toLowerCase(Locale.ROOT));
  }

  /** "Jordan's grandmother" is never Jordan: whether a word of the entity's names is the role's possessor. */
  private static boolean isPossessor(String possessor, Entity e) {
    if (possessor == null || e.kind != SpeakerKind.PERSON) {
      return false;
    }
    for (String v : e.variants) {
      if (Names.fold(v).contains(possessor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Denise Yardley, the union's general secretary ... the union's leader said": a person the
   * article described as someone of the same possessor as the role's.
   */
  private static boolean samePossessor(String possessor, Entity e) {
    if (possessor == null || possessor.length() < 3) {
      return false;
    }
    for (String r : e.roles) {
      if (possessor.equals(possessor(r))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first person named after the lede, as the subject of a sentence in the two paragraphs that
   * follow it, when that is their first mention, their gender does not conflict with the role's,
   * and no title the article gives them rules the role out; or null.
   */
  private Entity personNamedAfterLede(SpeakerMention m, int site) {
    int last = lede + 2;
    TitleQuery q = TitleQuery.of(doc, m);
    java.util.TreeMap<Integer, Entity> runs = new java.util.TreeMap<>(nameRunEntity);
    Set<Entity> seenBefore = new java.util.HashSet<>(runs.headMap(site, false).values());
    for (Map.Entry<Integer, Entity> run : runs.tailMap(site, false).entrySet()) {
      Token t = doc.token(run.getKey());
      int paragraph = doc.sentenceOf(t).paragraph();
      if (paragraph <= lede) {
        continue;
      }
      if (paragraph > last) {
        return null;
      }
      Entity e = run.getValue();
      if (e.kind != SpeakerKind.PERSON || seenBefore.contains(e)) {
        seenBefore.add(e);
        continue;
      }
      seenBefore.add(e);
      boolean subject = t.relationIs("nsubj") || t.head() < 0 && run.getKey() <= doc.sentenceOf(t).firstToken() + 2;
      if (!subject) {
        continue;
      }
      if (m.gender() != Gender.UNKNOWN && e.gender != Gender.UNKNOWN && m.gender() != e.gender) {
        return null;
      }
      if (e.hasTitle() && !describedInLede.contains(e) && !q.fits(e) && !Titles.paraphrases(m.name(), e)) {
        return null;   // "The chief executive ... said.¶Tom Hale, an analyst at Arden, ...": someone else
      }
      return e;
    }
    return null;
  }

  private Entity personWithTitleAfter(SpeakerMention m, int site) {
    TitleQuery q = TitleQuery.of(doc, m);
    Entity found = null;
    for (Entity candidate : titledSites.tailMap(site, false).values()) {
      if (q.fits(candidate)) {
        if (found != null && found != candidate) {
          return null;
        }
        found = candidate;
      }
    }
    return found;
  }

  /**
   * What a role asks of a title: its head word, content words and proper words ("the Dastani
   * minister": minister; Dastani).
   */
  private record TitleQuery(String headWord, Set<String> roleWords, Set<String> roleNames) {
    static TitleQuery of(AnalyzedText doc, SpeakerMention m) {
      String title = m.title() != null ? m.title() : m.name();
      return new TitleQuery(Names.translit(doc.token(m.head()).lemma().toLowerCase(Locale.ROOT)),
          Titles.contentWords(title), Titles.properWords(title));
    }

    boolean fits(Entity candidate) {
      return Titles.fitsTitle(candidate, headWord, roleWords, roleNames);
    }
  }

  /** The titled entity nearest before the site that fits, persons only if asked, or null. */
  private Entity nearestTitledBefore(TitleQuery q, int site, boolean personsOnly) {
    int looked = 0;
    for (Entity candidate : titledSites.headMap(site, false).descendingMap().values()) {
      if (++looked > SEARCH_LIMIT) {
        break;
      }
      if ((!personsOnly || candidate.kind == SpeakerKind.PERSON) && q.fits(candidate)
          && !state.namedInQuotation(site, candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The person named before the site whose titles share the role's head word, nearest first, or null. */
  Entity personWithTitleBefore(SpeakerMention m, int site) {
    return nearestTitledBefore(TitleQuery.of(doc, m), site, true);
  }

  /** The person whose titles share the role's head word, nearest before the role, else first after. */
  Entity personWithTitle(SpeakerMention m, int site) {
    TitleQuery q = TitleQuery.of(doc, m);
    Set<String> roleNames = q.roleNames();
    Entity before = nearestTitledBefore(q, site, false);
    if (before != null) {
      return before;
    }
    int looked = 0;
    for (Entity candidate : titledSites.tailMap(site, false).values()) {
      if (++looked > SEARCH_LIMIT) {
        break;
      }
      if (q.fits(candidate) && !state.namedInQuotation(site, candidate)) {
        return candidate;
      }
    }
    // "the study's senior author, a professor of epidemiology, said ... Professor Jane Roe": the
    // role's apposition names the title the person carries.
    int semi = m.title() == null ? -1 : m.title().indexOf("; ");
    if (semi > 0) {
      for (String w : NON_LETTERS.split(m.title().substring(semi + 2))) {
        String lw = w.toLowerCase(Locale.ROOT);
        if (!Words.isPersonNoun(lw) || Words.isEpithet(lw)) {
          continue;
        }
        String apposHead = Names.translit(lw);
        looked = 0;
        for (Entity candidate : titledSites.tailMap(site, false).values()) {
          if (++looked > SEARCH_LIMIT) {
            break;
          }
          if (Titles.fitsTitle(candidate, apposHead, Set.of(apposHead), roleNames)) {
            return candidate;
          }
        }
        break;
      }
    }
    return null;
  }

  /** Whether a person's titles make them counsel or the bench ("the witness" is never either). */
  private static boolean questionsOrJudges(Entity e) {
    for (String r : e.roles) {
      for (String w : Names.fold(r)) {
        if (COUNSEL_OR_BENCH.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }
}

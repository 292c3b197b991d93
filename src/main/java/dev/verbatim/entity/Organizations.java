package dev.verbatim.entity;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.MentionKind;
import dev.verbatim.SpeakerKind;
import dev.verbatim.detect.DocumentQuotes;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.mention.Words;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The organisations of a document: collects those named (ORGANIZATION runs, names spelled out
 * before their initials, an acronym merged with the name it abbreviates) and resolves organisation
 * mentions and descriptions to them ("the ministry", "the UN refugee agency", "it", the organisation
 * named most often for "the spokesperson").
 */
final class Organizations {
  /** "agency" as nouns are compared (transliteration folded). */
  private static final String AGENCY = Names.translit("agency");
  /** Runs of white space. */
  private static final Pattern SPACES = Pattern.compile("[\\s]+");
  /** A text with white space in it. */
  private static final Pattern HAS_SPACE = Pattern.compile(".*\\s.*");
  private static final int SEARCH_LIMIT = DocumentState.SEARCH_LIMIT;

  private final AnalyzedText doc;
  private final DocumentQuotes quotes;
  private final MentionBuilder builder;
  private final int lede;
  private final List<Entity> entities;
  private final Map<String, Entity> orgs;
  private final TreeMap<Integer, Map.Entry<Integer, Entity>> spelledOutNames;
  private final TreeMap<Integer, Entity> orgMentions;

  Organizations(DocumentState state) {
    this.doc = state.doc;
    this.quotes = state.quotes;
    this.builder = state.builder;
    this.lede = state.lede;
    this.entities = state.entities;
    this.orgs = state.orgs;
    this.spelledOutNames = state.spelledOutNames;
    this.orgMentions = state.orgMentions;
  }

  /** Collects the organisations named anywhere (ORGANIZATION runs), for "the ministry" and "it". */
  void collectOrganizations() {
    int n = doc.tokens().size();
    int[] spelledOut = spelledOutAcronyms();
    for (int i = 0; i < n; i++) {
      Token t = doc.token(i);
      if (spelledOut[i] > i) {
        // "the United Nations High Commissioner for Refugees (UNHCR)": one organisation, named in
        // full and by its initials, whatever the tagger made of the words.
        String full = doc.text().substring(t.begin(), doc.token(spelledOut[i] - 1).end());
        String key = String.join(" ", Names.fold(full));
        Entity e = orgs.get(key);
        if (e == null) {
          e = new Entity(SpeakerKind.ORGANIZATION, key);
          e.addVariant(full);
          orgs.put(key, e);
        }
        orgMentions.put(i, e);
        spelledOutNames.put(t.begin(), Map.entry(doc.token(spelledOut[i] - 1).end(), e));
        i = spelledOut[i] - 1;
        continue;
      }
      if (t.ner().equals("ORGANIZATION") && !quotes.inQuote(i) && doc.sentenceOf(t).paragraph() >= lede) {
        int end = i;
        while (end + 1 < n && doc.token(end + 1).ner().equals("ORGANIZATION")
            && doc.token(end + 1).sentence() == t.sentence()) {
          end++;
        }
        SpeakerMention m = builder.build(doc, end);
        boolean named = false;
        for (int j = i; j <= end; j++) {
          named |= Character.isUpperCase(doc.token(j).text().charAt(0));
        }
        // "the water regulator" tagged as a name: a description, resolved where it is used.
        if (named && m != null && m.kind() == MentionKind.ORGANIZATION) {
          String key = String.join(" ", Names.fold(m.name()));
          Entity e = orgs.get(key);
          if (e == null) {
            // "the publication Helsingin Sanomat", "the daily Vedomosti": the noun before says it is an outlet.
            boolean media = m.media() || i > 0 && doc.token(i - 1).sentence() == t.sentence()
                && Words.MEDIA_NOUNS.contains(doc.token(i - 1).lemma().toLowerCase(Locale.ROOT));
            e = new Entity(media ? SpeakerKind.MEDIA_OUTLET : SpeakerKind.ORGANIZATION, key);
            e.addVariant(m.name());
            orgs.put(key, e);
          }
          if (m.title() != null) {
            e.roles.add(m.title());
          }
          orgMentions.put(i, e);
        }
        i = end;
      }
    }
    mergeAcronyms();
    mergeShortOutletNames();
    mergeCompanyFirstWords();
  }

  /**
   * "Halden Automotive ... Halden said", "Harbury Town ... Harbury said": a one-word name that is
   * the first word of exactly one organisation's name ending in a corporate or a club's word is
   * that organisation.
   */
  private void mergeCompanyFirstWords() {
    Map<String, Entity> byFirstWord = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Entity e : new LinkedHashSet<>(orgs.values())) {
      String name = e.name();
      if (name == null || !HAS_SPACE.matcher(name).matches()) {
        continue;
      }
      String[] words = SPACES.split(name.trim());
      String last = words[words.length - 1].toLowerCase(Locale.ROOT);
      if (words.length < 2 || !dev.verbatim.mention.TagRepair.CORPORATE_WORDS.contains(last)
          && !dev.verbatim.mention.TagRepair.CLUB_WORDS.contains(last)) {
        continue;
      }
      String first = words[0];
      if (!ambiguous.contains(first) && byFirstWord.merge(first, e, (a, b) -> a == b ? a : null) == null) {
        ambiguous.add(first);
      }
    }
    mergeShortNames(byFirstWord, name -> !name.isEmpty() && Character.isUpperCase(name.charAt(0)));
  }

  /**
   * "The Westbridge Post reported ... the Post said": a one-word name that is the last word of
   * exactly one outlet's name, and a word of outlets' names, is that outlet.
   */
  private void mergeShortOutletNames() {
    Map<String, Entity> byLastWord = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Entity e : new LinkedHashSet<>(orgs.values())) {
      String name = e.name();
      if (name == null || !HAS_SPACE.matcher(name).matches()
          || e.kind != SpeakerKind.MEDIA_OUTLET && !outletName(e)) {
        continue;
      }
      String[] words = SPACES.split(name.trim());
      String last = words[words.length - 1];
      if (!ambiguous.contains(last) && byLastWord.merge(last, e, (a, b) -> a == b ? a : null) == null) {
        ambiguous.add(last);   // "the Post" of two Posts is neither
      }
    }
    mergeShortNames(byLastWord, name -> Words.MEDIA_WORDS.contains(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * For each token that starts a capitalised name spelled out before its initials in brackets
   * ("United Nations High Commissioner for Refugees (UNHCR)", "Fiscal Scrutiny Office (FSO)"), the
   * index after the name's last word; elsewhere 0. Only names whose capitalised words' initials are
   * exactly the bracketed letters, outside quotations and in the story's own text.
   */
  private int[] spelledOutAcronyms() {
    int n = doc.tokens().size();
    int[] out = new int[n];
    for (int i = 2; i + 1 < n; i++) {
      String a = doc.token(i).text();
      if (!isAcronym(a, 8)
          || !isOpenBracket(doc.token(i - 1).text()) || !isCloseBracket(doc.token(i + 1).text())
          || quotes.inQuote(i) || doc.sentenceOf(doc.token(i)).paragraph() < lede) {
        continue;
      }
      int end = i - 1;   // exclusive
      int start = end;
      int letters = a.length();
      StringBuilder initials = new StringBuilder();
      for (int j = end - 1; j >= 0 && doc.token(j).sentence() == doc.token(i).sentence(); j--) {
        String w = doc.token(j).text();
        if (Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
          initials.insert(0, w.charAt(0));
          start = j;
          if (initials.length() == letters) {
            break;
          }
        } else if (!(w.equals("for") || w.equals("of") || w.equals("and") || w.equals("on") || w.equals("&"))
            || start == end) {
          break;
        }
      }
      if (initials.length() == letters && initials.toString().equalsIgnoreCase(a) && letters >= 2 && start < end) {
        out[start] = end;
      }
    }
    return out;
  }

  private static boolean isOpenBracket(String w) {
    return w.equals("(") || w.equals("-LRB-");
  }

  private static boolean isCloseBracket(String w) {
    return w.equals(")") || w.equals("-RRB-");
  }

  /**
   * "the United Nations High Commissioner for Refugees (UNHCR) ... UNHCR said": an organisation
   * named by the initials of another one's capitalised words is that organisation.
   */
  private void mergeAcronyms() {
    Map<String, Entity> byInitials = new HashMap<>();
    for (Entity e : new LinkedHashSet<>(orgs.values())) {
      String name = e.name();
      if (name == null || !HAS_SPACE.matcher(name).matches()) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (String w : SPACES.split(name.trim())) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          initials.append(w.charAt(0));
        }
      }
      if (initials.length() >= 2) {
        byInitials.merge(initials.toString(), e, (a, b) -> a == b ? a : null);
      }
    }
    mergeShortNames(byInitials, name -> name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT)));
  }

  /**
   * Makes each one-word organisation name that {@code isShort} accepts the organisation
   * {@code fullByShort} gives for it ("UNHCR", "the Post"), here and at every site it was recorded.
   */
  private void mergeShortNames(Map<String, Entity> fullByShort, java.util.function.Predicate<String> isShort) {
    Map<Entity, Entity> replaced = new IdentityHashMap<>();
    for (Map.Entry<String, Entity> o : orgs.entrySet()) {
      String name = o.getValue().name();
      if (name == null || HAS_SPACE.matcher(name).matches() || !isShort.test(name)) {
        continue;
      }
      Entity full = fullByShort.get(name);
      if (full != null && full != o.getValue()) {
        full.addVariant(name);
        replaced.put(o.getValue(), full);
        o.setValue(full);
      }
    }
    if (!replaced.isEmpty()) {
      orgMentions.replaceAll((k, v) -> replaced.getOrDefault(v, v));
    }
  }

  /** The organisation mentioned last before a site, within three sentences, or null. */
  Entity recentOrganization(int site) {
    Map.Entry<Integer, Entity> e = orgMentions.lowerEntry(site);
    if (e == null || doc.token(site).sentence() - doc.token(e.getKey()).sentence() > 3) {
      return null;
    }
    return e.getValue();
  }

  /**
   * The organisation an organisation noun ("the company") most likely means: one whose name holds
   * the noun, then one named often, then one named recently. Outlets only when the noun fits.
   */
  Entity salientOrganization(int site, String noun, boolean mediaOnly) {
    return salientOrganization(site, noun, mediaOnly, Set.of());
  }

  /**
   * As {@link #salientOrganization(int, String, boolean)}; a name sharing one of the description's
   * {@code modifiers} ("the UN refugee agency") fits as a name holding the noun does.
   */
  Entity salientOrganization(int site, String noun, boolean mediaOnly, Set<String> modifiers) {
    return salientOrganization(site, noun, mediaOnly, modifiers, null);
  }

  /** As above, never {@code excluded} (the league in "the Premier League side"). */
  private Entity salientOrganization(int site, String noun, boolean mediaOnly, Set<String> modifiers, Entity excluded) {
    boolean businessNamed = false;
    if (OrganizationKinds.COMPANY_NOUNS.contains(noun) && !mediaOnly) {
      int seen = 0;
      for (Entity candidate : orgMentions.headMap(site, false).descendingMap().values()) {
        if (++seen > SEARCH_LIMIT) {
          break;
        }
        businessNamed |= OrganizationKinds.businessName(candidate);
      }
    }
    Map<Entity, Double> score = new LinkedHashMap<>();
    int sentence = doc.token(site).sentence();
    int looked = 0;
    for (Map.Entry<Integer, Entity> e : orgMentions.headMap(site, false).descendingMap().entrySet()) {
      if (++looked > SEARCH_LIMIT) {
        break;
      }
      Entity candidate = e.getValue();
      if (candidate == excluded) {
        continue;
      }
      boolean modified = OrganizationKinds.sharesModifier(candidate, modifiers);
      boolean fits = OrganizationKinds.describedAs(candidate, noun) || modified;
      if (!fits && OrganizationKinds.namesAnotherKind(candidate, noun)) {
        continue;   // "the company" is not "the Santa Ines Workers' Union"
      }
      // "the agency" may be a news agency named before as well as a government one.
      boolean eitherKind = noun.equals(AGENCY);
      if ((candidate.kind == SpeakerKind.MEDIA_OUTLET) != mediaOnly && !fits && !eitherKind
          || !fits && !OrganizationKinds.NAMED_BY_TYPE.contains(noun) && !mediaOnly) {
        continue;
      }
      // "the company" is a name that says it is a business (Corvane Technologies, Westsound Ferries)
      // before one the tagger took for an organisation (a river, a product, an island).
      if (businessNamed && !fits && !OrganizationKinds.businessName(candidate)) {
        continue;
      }
      // A name that holds the noun ("the agency": the Land and Water Agency) outweighs any number
      // of mentions of a name that does not; one that says the same in other words ("the union":
      // the Aircrew Federation) comes next.
      // A name that also holds the description's own word ("the clerical union": the Association of
      // Technical and Clerical Staff) outweighs one that holds the noun alone.
      double s = score.getOrDefault(candidate, (fits ? 1000.0 : OrganizationKinds.akin(candidate, noun) ? 500.0 : 0.0)
          + (modified ? 1000.0 : 0.0)) + 1.0;
      if (sentence - doc.token(e.getKey()).sentence() <= 3) {
        s += 0.5;
      }
      if (doc.token(e.getKey()).sentence() == sentence && subjectOfItsClause(e.getKey())) {
        s += 0.25;   // "X have rejected a bid from Y, the Yorkshire side confirmed": X, not Y
      }
      score.put(candidate, s);
    }
    Entity best = null;
    for (Map.Entry<Entity, Double> e : score.entrySet()) {
      if (best == null || e.getValue() > score.get(best)) {
        best = e.getValue() > 0 ? e.getKey() : best;
      }
    }
    if (best == null || !OrganizationKinds.describedAs(best, noun)) {
      // "the port authority said ... the Kessington Port Authority": a name holding the noun, later.
      looked = 0;
      for (Entity candidate : orgMentions.tailMap(site, false).values()) {
        if (++looked > SEARCH_LIMIT) {
          break;
        }
        if (OrganizationKinds.describedAs(candidate, noun) && (candidate.kind == SpeakerKind.MEDIA_OUTLET) == mediaOnly) {
          return candidate;
        }
      }
    }
    return best;
  }

  /** Whether the name that starts at {@code start} is the subject of its clause. */
  private boolean subjectOfItsClause(int start) {
    String tag = doc.token(start).ner();
    for (int i = start; i < doc.tokens().size() && doc.token(i).sentence() == doc.token(start).sentence()
        && (i == start || doc.token(i).ner().equals(tag)); i++) {
      if (doc.token(i).relationIs("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** A possessive ending ("Halden's"). */
  private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");

  /** Words of a spokesperson's description that never name the organisation they speak for. */
  private static final Set<String> NOT_NAMING = Set.of("the", "a", "an", "for", "of", "at", "its", "their",
      "his", "her", "senior", "chief", "official", "service", "group", "body", "new", "local", "national");

  /**
   * "A Halden spokeswoman", "a spokeswoman for the conciliation service": the one organisation
   * named in the article whose name holds a word of the description (besides the head noun),
   * before or after the site; null when none or several fit equally.
   */
  Entity namedInDescription(SpeakerMention m, int site) {
    Set<String> words = new HashSet<>();
    dev.verbatim.nlp.Sentence sentence = doc.sentenceOf(doc.token(m.head()));
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      Token t = doc.token(i);
      if (t.begin() < m.span().start() || t.end() > m.span().end()) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (i != m.head() && w.length() > 2 && Character.isLetter(w.charAt(0)) && !NOT_NAMING.contains(w)
          && !Words.isPersonNoun(t.lemma())) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    Map<Entity, Integer> hits = new LinkedHashMap<>();
    for (Entity candidate : orgMentions.values()) {
      if (candidate.kind != SpeakerKind.ORGANIZATION || hits.containsKey(candidate)) {
        continue;
      }
      int n = 0;
      for (String w : SPACES.split(candidate.name().toLowerCase(Locale.ROOT))) {
        if (words.contains(POSSESSIVE_END.matcher(w).replaceAll(""))) {
          n++;
        }
      }
      hits.put(candidate, n);
    }
    Entity best = null;
    int bestN = 0;
    boolean tie = false;
    for (Map.Entry<Entity, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestN) {
        best = e.getKey();
        bestN = e.getValue();
        tie = false;
      } else if (e.getValue() == bestN && bestN > 0) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** Nouns for a sports club, which the name of its competition can qualify. */
  private static final ImmutableSet<String> CLUB_NOUNS = ImmutableSet.of("club", "side", "team", "squad", "outfit");
  /** Words in the names of competitions ("Premier League", "League One", "Serie A", "the Championship"). */
  private static final ImmutableSet<String> COMPETITION_WORDS = ImmutableSet.of(
      "league", "championship", "premiership", "division", "conference", "bundesliga", "liga", "ligue", "serie",
      "eredivisie");

  /**
   * "The Premier League side", "the Championship club", "the Premier Alliance side" (a league the
   * article named): a club described by its competition is the club the article names that fits
   * "the side", never the competition; null when the description names no competition.
   */
  private Entity clubOfCompetition(SpeakerMention m, int site) {
    Token head = doc.token(m.head());
    String noun = head.lemma().toLowerCase(Locale.ROOT);
    if (!m.definite() || m.plural() || !CLUB_NOUNS.contains(noun)) {
      return null;
    }
    List<String> words = new ArrayList<>();
    int first = doc.tokenAtOrAfter(m.span().start());
    for (int i = first; i < m.head(); i++) {
      String w = doc.token(i).text();
      if (i == first && doc.token(i).pos().equals("DT")) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
        return null;   // "the Premier League's richest club" is not this
      }
      words.add(w);
    }
    if (words.isEmpty()) {
      return null;
    }
    Entity competition = orgs.get(String.join(" ", Names.fold(String.join(" ", words))));
    boolean named = words.stream().anyMatch(w -> COMPETITION_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    if (competition == null && !named) {
      return null;
    }
    return salientOrganization(site, Names.translit(noun), false, Set.of(), competition);
  }

  /**
   * The organisation named before {@code site} whose people a role stands for, the latest one:
   * one named for them ("Inspectors said" after the Education Standards Inspectorate, "the
   * trustees" after a Trust), or, for a plural noun for the people of any organisation, one whose
   * name holds the role's own word ("District officials" after the Harmon Valley School District);
   * else null.
   */
  Entity bodyOfMembers(SpeakerMention m, Token head, int site) {
    String noun = Titles.singular(Names.translit(head.lemma().toLowerCase(Locale.ROOT)));
    Set<String> modifiers = m.plural() && OrganizationKinds.MEMBER_NOUNS.contains(noun)
        ? OrganizationKinds.modifiers(m, head) : Set.of();
    int looked = 0;
    for (Entity candidate : orgMentions.headMap(site, false).descendingMap().values()) {
      if (++looked > SEARCH_LIMIT) {
        break;
      }
      if (candidate.kind != SpeakerKind.ORGANIZATION || candidate.name() == null) {
        continue;
      }
      List<String> words = Names.fold(candidate.name());
      if (words.size() >= 2 && (words.stream().anyMatch(w -> OrganizationKinds.namedForItsMembers(w, noun))
          || OrganizationKinds.sharesModifier(candidate, modifiers))) {
        return candidate;
      }
    }
    return null;
  }

  /** The organisation named most often before {@code site} (not outlets), or null. */
  Entity mostMentionedOrganization(int site) {
    Map<Entity, Integer> counts = new HashMap<>();
    Entity best = null;
    int looked = 0;
    for (Entity e : orgMentions.headMap(site, false).descendingMap().values()) {
      if (++looked > SEARCH_LIMIT) {
        break;
      }
      if (e.kind == SpeakerKind.ORGANIZATION) {
        int c = counts.merge(e, 1, Integer::sum);
        if (best == null || c > counts.get(best)) {
          best = e;
        }
      }
    }
    return best;
  }

  /**
   * The organisation an organisation mention stands for: a definite description ("the ministry",
   * "the French club") the organisation named before that fits it best, else the organisation of
   * that name, made on first mention. Records the mention at the site.
   */
  Entity organization(SpeakerMention m, int site) {
    Token head = doc.token(m.head());
    boolean description = onlyAdjectivesCapitalised(m, false);
    Entity club = description ? null : clubOfCompetition(m, site);
    if (club != null) {
      orgMentions.put(site, club);
      return club;
    }
    if (head.ner().equals("O") && !head.isProperNoun() && m.definite()
        && (description || onlyAdjectivesCapitalised(m, true))) {
      // "the ministry", "the company", "the French club": the organisation named before that fits best;
      // "the UN refugee agency": the one whose name holds what the description says.
      String noun = Names.translit(head.lemma());
      Set<String> modifiers = OrganizationKinds.modifiers(m, head);
      Set<String> acronyms = description ? Set.of() : acronymsIn(m);
      modifiers.removeAll(acronyms);
      Entity fit = salientOrganization(site, noun, m.media(), modifiers);
      // "The OSCE observation mission" is not the OSCE: a name written out in the description is its own.
      boolean namedInIt = fit != null && acronyms.contains(String.join(" ", Names.fold(fit.name())));
      if (fit != null && !namedInIt && (description || OrganizationKinds.describedAs(fit, noun)
          || OrganizationKinds.sharesModifier(fit, modifiers))) {
        orgMentions.put(site, fit);
        return fit;
      }
    }
    if (!m.definite() && !m.plural() && head.ner().equals("O") && !head.isProperNoun()
        && doc.sentenceOf(head).paragraph() <= lede) {
      // "... after a regional newspaper reported that ...", then "The Westbridge Post reported":
      // the body names what the lede described.
      Entity named = namedAfterLede(site, Names.translit(head.lemma()),
          m.media() || dev.verbatim.mention.Words.MEDIA_WORDS.contains(head.lemma().toLowerCase(Locale.ROOT)));
      if (named != null) {
        orgMentions.put(site, named);
        return named;
      }
    }
    String key = String.join(" ", Names.fold(m.name()));
    Entity e = orgs.get(key);
    if (e == null) {
      e = new Entity(m.media() ? SpeakerKind.MEDIA_OUTLET : head.ner().equals("O") && !head.isProperNoun()
          && m.plural() ? SpeakerKind.GROUP : SpeakerKind.ORGANIZATION, key);
      e.addVariant(m.name());
      orgs.put(key, e);
      entities.add(e);
    }
    if (m.title() != null) {
      e.roles.add(m.title());
    }
    orgMentions.put(site, e);
    return e;
  }

  /**
   * The first organisation named in the two paragraphs after the lede that an indefinite
   * description there can stand for: an outlet for an outlet noun, else an organisation whose
   * name holds the noun, or any organisation of no other kind for a noun that stands for any name
   * of its kind ("a company"); or null.
   */
  private Entity namedAfterLede(int site, String noun, boolean media) {
    for (Map.Entry<Integer, Entity> e : orgMentions.tailMap(site, false).entrySet()) {
      int paragraph = doc.sentenceOf(doc.token(e.getKey())).paragraph();
      if (paragraph <= lede) {
        continue;
      }
      if (paragraph > lede + 2) {
        return null;
      }
      Entity candidate = e.getValue();
      boolean fits = media ? candidate.kind == SpeakerKind.MEDIA_OUTLET || outletName(candidate)
          : candidate.kind == SpeakerKind.ORGANIZATION && (OrganizationKinds.describedAs(candidate, noun)
              || OrganizationKinds.NAMED_BY_TYPE.contains(noun) && !OrganizationKinds.namesAnotherKind(candidate, noun));
      if (fits) {
        return candidate;
      }
    }
    return null;
  }

  /** Whether an organisation's name ends in a word of a media outlet ("the Westbridge Post"). */
  private static boolean outletName(Entity candidate) {
    if (candidate.name() == null) {
      return false;
    }
    String[] words = SPACES.split(candidate.name().toLowerCase(Locale.ROOT).trim());
    return words.length >= 2 && dev.verbatim.mention.Words.MEDIA_WORDS.contains(words[words.length - 1]);
  }

  /** The folded acronyms written in a mention ("UN" in "the UN refugee agency"). */
  private Set<String> acronymsIn(SpeakerMention m) {
    Set<String> out = new HashSet<>();
    int from = doc.tokenAtOrAfter(m.span().start());
    for (int i = from; i >= 0 && i < doc.tokens().size() && doc.token(i).begin() < m.span().end(); i++) {
      String w = doc.token(i).text();
      if (isAcronym(w, Integer.MAX_VALUE)) {
        out.addAll(Names.fold(w));
      }
    }
    return out;
  }

  /** Whether a mention's capitalised words are all adjectives ("the German carmaker"), not names. */
  private boolean onlyAdjectivesCapitalised(SpeakerMention m, boolean acronyms) {
    int from = doc.tokenAtOrAfter(m.span().start());
    for (int i = from; i >= 0 && i < doc.tokens().size() && doc.token(i).begin() < m.span().end(); i++) {
      Token t = doc.token(i);
      String w = t.text();
      boolean acronym = acronyms && isAcronym(w, 4);
      // "the Basel-based company": a place it is based in describes it
      boolean base = i + 2 < doc.tokens().size() && doc.token(i + 1).text().equals("-")
          && doc.token(i + 2).text().equalsIgnoreCase("based")
          || w.endsWith("-based");
      if (Character.isUpperCase(w.charAt(0)) && !t.pos().equals("JJ") && !(i == from && t.pos().equals("DT")) && !acronym
          && !base) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word is an acronym of two to {@code max} capital letters ("UN", "UNHCR"). */
  private static boolean isAcronym(String w, int max) {
    return w.length() >= 2 && w.length() <= max && w.equals(w.toUpperCase(Locale.ROOT))
        && w.chars().allMatch(Character::isLetter);
  }
}

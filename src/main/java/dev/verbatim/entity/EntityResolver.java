package dev.verbatim.entity;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.Mention;
import dev.verbatim.MentionKind;
import dev.verbatim.SpeakerKind;
import dev.verbatim.detect.DocumentQuotes;
import dev.verbatim.detect.Statement;
import dev.verbatim.mention.Gender;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.mention.Words;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import dev.verbatim.rank.DecisionKind;
import dev.verbatim.rank.RankingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Groups mentions into speaker entities and resolves each statement's speaker mention to one:
 * names by surname and compatible first name (spelling variants and transliterations merged),
 * pronouns by salience (recency, subject position, having spoken) and gender agreement, roles by
 * the titles the article gives named people, organisation nouns by the organisations named before.
 * One instance per document; not thread-safe.
 */
public final class EntityResolver {
  /** Runs of anything but letters. */
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  /** Anything but digits. */
  private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");
  /** Runs of white space. */
  private static final Pattern SPACES = Pattern.compile("[\\s]+");
  /** A text with white space in it. */
  private static final Pattern HAS_SPACE = Pattern.compile(".*\\s.*");
  /** The prepositions after a title. */
  private static final Pattern FOR_OF_AT = Pattern.compile("(?i)for|of|at");
  private static final int PRONOUN_WINDOW = 4;




  /** Role words that describe anyone of a kind, whatever title the article gave them. */
  private static final ImmutableSet<String> GENERIC_ROLES = ImmutableSet.of(
      "analyst", "expert", "observer", "commentator", "specialist", "scholar", "academic",
      "politician", "lawmaker", "legislator", "parliamentarian", "diplomat", "campaigner", "activist", "veteran",
      "man", "woman", "year-old", "official", "source", "witness", "claimant", "defendant");
  /** How many earlier mentions a search looks at, so that cost stays linear in long documents. */
  private static final int SEARCH_LIMIT = 300;
  private static final ImmutableSet<String> ORG_POSSESSIONS = ImmutableSet.of(
      "chief", "board", "share", "staff", "customer", "employee", "engineer", "spokesperson",
      "spokesman", "spokeswoman", "app", "system", "network", "headquarters", "shareholder",
      "product", "store", "platform", "service", "website", "brand", "subsidiary", "revenue",
      "profit", "factory", "plant", "executive", "investor", "user", "client", "outage");
  private static final ImmutableSet<String> REPRESENTATIVES = Words.REPRESENTATIVES;

  /**
   * A mention of a speaker at a token; {@code voice} is the gender of a spokesperson who spoke
   * for an organisation ("a company spokeswoman"), so that "she" can continue the statement.
   */
  private record Event(Entity entity, int token, int sentence, boolean subject, boolean inQuote, Gender voice) {
    Gender gender() {
      return voice != null ? voice : entity.gender;
    }
  }

  private final AnalyzedText doc;
  private final DocumentQuotes quotes;
  private final MentionBuilder builder;
  private final List<Entity> entities = new ArrayList<>();
  private final Map<Integer, Entity> nameRunEntity = new HashMap<>();
  private final Map<Integer, SpeakerMention> nameRunMention = new HashMap<>();
  private final TreeMap<Integer, SpeakerMention> nameRunByStart = new TreeMap<>();
  private final Map<String, Entity> orgs = new LinkedHashMap<>();
  /** Names spelled out before their initials: start offset to end offset and organisation. */
  private final TreeMap<Integer, Map.Entry<Integer, Entity>> spelledOutNames = new TreeMap<>();
  private final TreeMap<Integer, Entity> orgMentions = new TreeMap<>();
  private final List<Event> events = new ArrayList<>();
  /** First mention site of each person entity that has a title, in document order. */
  private final TreeMap<Integer, Entity> titledSites = new TreeMap<>();
  private Entity lastRepresented;
  private Entity lastOrganizationSpeaker;
  private final Map<Integer, Entity> resolvedSites = new HashMap<>();
  private final Set<Integer> closeCalls = new HashSet<>();
  private final Map<Integer, Gender> genderHints = new HashMap<>();
  private int[] narrative;
  /** Tokens inside reported speech ("Wexbridge had 1,100 households on its list, he said"). */
  private boolean[] reported = new boolean[0];
  /** The story's opening paragraph (after its headline and byline). */
  private final int lede;
  private static final ImmutableSet<String> QUOTE_MARKS = ImmutableSet.of(
      "\"", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "``", "''", "`", "'");
  /** Score difference under which a rival antecedent makes a resolution a close call. */
  private static final double CLOSE_CALL = 1.0;
  private final Map<Statement, Entity> entityOf = new IdentityHashMap<>();
  private final Map<Statement, Mention> mentionOf = new IdentityHashMap<>();
  /** A model's probability under which its choice is a close call. */
  private static final double CLOSE_CALL_PROBABILITY = 0.75;
  private final RankingModel model;
  private final List<RankedChoice> choices;
  private final List<Candidates.Turn> turns = new ArrayList<>();
  private final Map<Integer, Double> probability = new HashMap<>();
  /** Entities mentioned at least once outside quotations, so far. */
  private final Set<Entity> namedInNarrative = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  /** For a speaker mention's token, the surnames its statements address by title. */
  private final Map<Integer, Set<String>> addressedAt = new HashMap<>();

  /**
   * Makes a resolver that decides with the hand rules alone.
   *
   * @param doc the analysed text
   * @param quotes its quotations
   * @param builder builds mentions
   */
  public EntityResolver(AnalyzedText doc, DocumentQuotes quotes, MentionBuilder builder) {
    this(doc, quotes, builder, null, false);
  }

  /**
   * Makes a resolver.
   *
   * @param doc the analysed text
   * @param quotes its quotations
   * @param builder builds mentions
   * @param model decides the kinds of choice it has weights for; null for the hand rules alone
   * @param record whether to record each choice among several candidates ({@link #choices})
   */
  public EntityResolver(AnalyzedText doc, DocumentQuotes quotes, MentionBuilder builder, RankingModel model,
      boolean record) {
    this.doc = doc;
    this.quotes = quotes;
    this.builder = builder;
    this.model = model;
    this.choices = record ? new ArrayList<>() : null;
    this.lede = doc.ledeParagraph();
  }

  /**
   * Returns the choices among several candidates made so far, if recording.
   *
   * @return the recorded choices, in the order made; empty when not recording
   */
  public List<RankedChoice> choices() {
    return choices == null ? List.of() : List.copyOf(choices);
  }

  /**
   * Returns the ranking model's probability for the speaker of a statement, when the model chose it.
   *
   * @param st a statement passed to {@link #resolve}
   * @return the probability of the chosen candidate, if the model chose among several
   */
  public java.util.OptionalDouble probability(Statement st) {
    Double p = st.speakerHead < 0 ? null : probability.get(st.speakerHead);
    return p == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(p);
  }

  /**
   * Resolves the speakers of statements that have a speaker mention head.
   *
   * @param statements all statements, in document order
   */
  public void resolve(List<Statement> statements) {
    reported = new boolean[doc.tokens().size()];
    for (Statement st : statements) {
      if (st.quote() == null) {
        for (int i = doc.tokenAtOrAfter(st.span().start()); i < reported.length && doc.token(i).begin() < st.span().end(); i++) {
          reported[i] = true;
        }
      }
    }
    clusterNames();
    collectOrganizations();
    Map<Integer, List<Statement>> byHead = new HashMap<>();
    Set<Integer> sites = new java.util.TreeSet<>(nameRunMention.keySet());
    for (Statement st : statements) {
      if (st.speakerHead >= 0) {
        byHead.computeIfAbsent(st.speakerHead, k -> new ArrayList<>()).add(st);
        if (st.quote() != null) {
          // "“Dry weather, Ms Strand,” she said": whoever "she" is, she is not Ms Strand.
          Set<String> addressed = ExchangeTurns.addressedSurnames(st.quote().content().in(doc.text()));
          if (!addressed.isEmpty()) {
            addressedAt.computeIfAbsent(st.speakerHead, k -> new HashSet<>()).addAll(addressed);
          }
        }
        sites.add(st.speakerHead);
        if (st.quote() == null) {
          // "The 61-year-old said she had ...": the speaker refers to herself in what she says.
          int first = doc.tokenAtOrAfter(st.span().start());
          String w = first < doc.tokens().size() ? doc.token(first).text().toLowerCase(Locale.ROOT) : "";
          Gender g = w.equals("she") ? Gender.FEMALE : w.equals("he") ? Gender.MALE : Gender.UNKNOWN;
          if (g != Gender.UNKNOWN) {
            genderHints.put(st.speakerHead, g);
          }
        }
      }
    }
    Map<Integer, SpeakerMention> titledSubjects = new HashMap<>();
    for (Token t : doc.tokens()) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (t.pos().startsWith("PRP") && (Words.MALE_PRONOUNS.contains(w) || Words.FEMALE_PRONOUNS.contains(w))
          && !quotes.inQuote(t.index()) && !w.endsWith("self")) {
        // A reflexive ("Doyle himself", "told herself") is not a mention of its own.
        sites.add(t.index());
      } else if (t.pos().equals("NN") && !quotes.inQuote(t.index()) && !sites.contains(t.index())
          && doc.subjectLike(t.index())) {
        SpeakerMention m = builder.build(doc, t.index());
        if (m != null && m.kind() == MentionKind.ROLE && m.definite() && !m.plural() && m.head() == t.index()
            && !REPRESENTATIVES.contains(t.lemma())) {
          titledSubjects.put(t.index(), m);
          sites.add(t.index());
        }
      }
    }
    for (int site : sites) {
      SpeakerMention titled = titledSubjects.get(site);
      if (titled != null) {
        // "The chief executive rejected that figure. She said ...": a definite role whose title a
        // person named before carries is a mention of that person, for the pronouns that follow.
        Entity holder = personWithTitleBefore(titled, site);
        if (holder != null) {
          events.add(new Event(holder, site, doc.token(site).sentence(), true, false, null));
        }
        continue;
      }
      Entity e = resolveSite(site);
      List<Statement> sts = byHead.get(site);
      if (sts != null && e != null) {
        turns.add(new Candidates.Turn(site, e));
      }
      if (sts != null) {
        for (Statement st : sts) {
          SpeakerMention m = builder.build(doc, site);
          if (e != null) {
            e.countStatement();
            if (e.kind == SpeakerKind.ORGANIZATION) {
              lastOrganizationSpeaker = e;
            }
            entityOf.put(st, e);
            if (m != null) {
              Mention mention = new Mention(m.span().in(doc.text()), m.span(), m.kind());
              mentionOf.put(st, mention);
              if (!e.mentions.contains(mention)) {
                e.mentions.add(mention);
              }
            }
          }
        }
      }
    }
  }

  /**
   * Returns the speaker of a statement, or null.
   *
   * @param st a statement passed to {@link #resolve}
   * @return the speaker of a statement, or null
   */
  public Entity entityOf(Statement st) {
    return entityOf.get(st);
  }

  /**
   * Returns the mention a statement's attribution rests on, or null.
   *
   * @param st a statement passed to {@link #resolve}
   * @return the mention a statement's attribution rests on, or null
   */
  public Mention mentionOf(Statement st) {
    return mentionOf.get(st);
  }

  /**
   * Returns the person mentioned most recently before a token, outside quotations, other than
   * {@code not}, within a number of the reporter's sentences: the other party of an exchange.
   *
   * @param token a token index
   * @param not a person to pass over, or null
   * @param sentences how many of the reporter's sentences back to look
   * @return the person and the mention, or null
   */
  public Map.Entry<Entity, Mention> lastOtherPerson(int token, Entity not, int sentences) {
    int sentence = narrativeIndex(doc.token(token).sentence());
    for (int i = events.size() - 1; i >= 0; i--) {
      Event ev = events.get(i);
      if (sentence - narrativeIndex(ev.sentence()) > sentences) {
        break;
      }
      if (ev.token() >= token || ev.inQuote() || ev.entity() == not || ev.entity().kind != SpeakerKind.PERSON) {
        continue;
      }
      SpeakerMention m = builder.build(doc, ev.token());
      Mention mention = m == null ? null : new Mention(m.span().in(doc.text()), m.span(), m.kind());
      return new java.util.AbstractMap.SimpleImmutableEntry<>(ev.entity(), mention);
    }
    return null;
  }

  /**
   * A mention of a person or organisation in the reporter's text.
   *
   * @param entity who is mentioned
   * @param token the mention's head token
   * @param subject whether it is the subject of its clause
   */
  public record NarrativeMention(Entity entity, int token, boolean subject) {}

  /**
   * Returns the mentions outside quotations between two tokens, most recent first, one per entity.
   *
   * @param from first token (inclusive)
   * @param to last token (exclusive)
   * @return the mentions
   */
  public List<NarrativeMention> mentionsBetween(int from, int to) {
    List<NarrativeMention> out = new ArrayList<>();
    Set<Entity> seen = new HashSet<>();
    for (int i = events.size() - 1; i >= 0; i--) {
      Event ev = events.get(i);
      if (ev.token() < from) {
        break;
      }
      if (ev.token() < to && !ev.inQuote() && seen.add(ev.entity())) {
        out.add(new NarrativeMention(ev.entity(), ev.token(), ev.subject()));
      }
    }
    return out;
  }

  /** Verbs that put a question ("asked her whether", "began by asking", "asked by Mr Okonjo"). */
  private static final ImmutableSet<String> QUESTIONING = ImmutableSet.of(
      "ask", "question", "press", "quiz", "challenge", "cross-examine", "grill", "query");

  /**
   * Returns the person who put the last question in the reporter's text before a token, within
   * some sentences of it: the subject of a verb of asking ("Mr Threlfall asked her whether ...",
   * "Ferrant began by asking Mrs Marlowe ..."), or its agent ("Asked by Mr Okonjo how ...").
   *
   * @param token a token index
   * @param sentences how many of the reporter's sentences back to look
   * @return the questioner and the mention, or null
   */
  public Map.Entry<Entity, Mention> lastQuestioner(int token, int sentences) {
    int sentence = narrativeIndex(doc.token(token).sentence());
    for (int i = events.size() - 1; i >= 0; i--) {
      Event ev = events.get(i);
      if (sentence - narrativeIndex(ev.sentence()) > sentences) {
        break;
      }
      if (ev.token() >= token || ev.inQuote() || ev.entity().kind != SpeakerKind.PERSON || !asks(ev.token())) {
        continue;
      }
      SpeakerMention m = builder.build(doc, ev.token());
      Mention mention = m == null ? null : new Mention(m.span().in(doc.text()), m.span(), m.kind());
      return new java.util.AbstractMap.SimpleImmutableEntry<>(ev.entity(), mention);
    }
    return null;
  }

  /**
   * Without a parse: the first name of its sentence followed by an active verb of asking ("Julian
   * Ferrant KC, for the claimant, began by asking Mrs Marlowe ..."), or a name after "asked by".
   */
  private boolean asksUnparsed(int token) {
    Token t = doc.token(token);
    Sentence s = doc.sentences().get(t.sentence());
    int first = token;
    while (first > s.firstToken() && doc.token(first - 1).ner().equals("PERSON")) {
      first--;
    }
    if (first >= s.firstToken() + 2 && doc.token(first - 1).text().equalsIgnoreCase("by")
        && QUESTIONING.contains(doc.token(first - 2).lemma().toLowerCase(Locale.ROOT))) {
      return true;   // "Asked by Mr Okonjo how ..."
    }
    for (int i = s.firstToken(); i < first; i++) {
      if (doc.token(i).ner().equals("PERSON") || doc.token(i).isVerb()) {
        return false;   // not the sentence's first name, or the object of an earlier verb
      }
    }
    for (int i = token + 1; i < s.endToken(); i++) {
      Token w = doc.token(i);
      if (w.ner().equals("PERSON")) {
        return false;
      }
      if (w.isVerb() && QUESTIONING.contains(w.lemma().toLowerCase(Locale.ROOT))) {
        String before = doc.token(i - 1).lemma().toLowerCase(Locale.ROOT);
        return !before.equals("be") && !before.equals("get");   // not "was asked"
      }
    }
    return false;
  }

  /** Whether a mention is the one who asks: subject or agent of a verb of asking. */
  private boolean asks(int token) {
    Token t = doc.token(token);
    if (t.head() < 0) {
      return asksUnparsed(token);
    }
    Token head = doc.token(t.head());
    boolean asking = QUESTIONING.contains(head.lemma().toLowerCase(Locale.ROOT));
    if (t.relationIs("nsubj")) {
      if (asking) {
        return true;
      }
      for (int c : doc.children(t.head())) {
        Token ct = doc.token(c);
        if ((ct.relationIs("advcl") || ct.relationIs("xcomp")) && QUESTIONING.contains(ct.lemma().toLowerCase(Locale.ROOT))) {
          return true;   // "began by asking", "went on to press"
        }
      }
      return false;
    }
    return asking && (t.relationIs("obl") || t.relationIs("nmod")) && doc.hasCaseChild(token, "by");
  }

  /**
   * Returns the mention at a token as a public record, or null.
   *
   * @param token a mention's head token
   * @return the mention
   */
  public Mention mentionAt(int token) {
    SpeakerMention m = builder.build(doc, token);
    return m == null ? null : new Mention(m.span().in(doc.text()), m.span(), m.kind());
  }

  /** Whether a mention is in the reporter's text: some word of it outside quotation marks ("Kenny “Bulldog” Blunt"). */
  private boolean outsideQuotes(int site) {
    SpeakerMention run = nameRunMention.get(site);
    if (run == null) {
      return !quotes.inQuote(site);
    }
    for (int i = doc.tokenAtOrAfter(run.span().start()); i < doc.tokens().size()
        && doc.token(i).begin() < run.span().end(); i++) {
      if (!quotes.inQuote(i) && !QUOTE_MARKS.contains(doc.token(i).text())) {
        return true;
      }
    }
    return false;
  }

  private Entity resolveSite(int site) {
    if (resolvedSites.containsKey(site)) {
      return resolvedSites.get(site);
    }
    Entity e = null;
    SpeakerMention spokesperson = null;
    Token t = doc.token(site);
    if (nameRunMention.containsKey(site)) {
      e = nameRunEntity.get(site);
    } else {
      SpeakerMention m = builder.build(doc, site);
      if (m != null && m.kind() == MentionKind.ROLE && m.gender() == Gender.UNKNOWN && genderHints.containsKey(site)) {
        m = new SpeakerMention(m.head(), m.span(), m.kind(), m.name(), m.title(), m.affiliation(),
            genderHints.get(site), m.plural(), m.definite(), m.represents(), m.media());
      }
      if (m != null) {
        e = resolveMention(m, site);
        if (m.kind() == MentionKind.ROLE && REPRESENTATIVES.contains(doc.token(m.head()).lemma())) {
          spokesperson = m;
        }
      }
    }
    if (e != null && outsideQuotes(site)) {
      namedInNarrative.add(e);
    }
    if (e != null && (e.kind == SpeakerKind.PERSON || e.kind == SpeakerKind.ANONYMOUS)) {
      events.add(new Event(e, site, t.sentence(), narrativeSubject(site), quotes.inQuote(site), null));
    } else if (e != null && spokesperson != null && spokesperson.gender() != Gender.UNKNOWN) {
      events.add(new Event(e, site, t.sentence(), narrativeSubject(site), quotes.inQuote(site), spokesperson.gender()));
    }
    resolvedSites.put(site, e);
    return e;
  }

  private Entity resolveMention(SpeakerMention m, int site) {
    if (m.kind() != MentionKind.PRONOUN) {
      Map.Entry<Integer, Map.Entry<Integer, Entity>> named = spelledOutNames.floorEntry(m.span().end() - 1);
      if (named != null && named.getValue().getKey() > m.span().start()
          && doc.token(m.head()).begin() >= named.getKey() && doc.token(m.head()).end() <= named.getValue().getKey()) {
        return named.getValue().getValue();   // a title inside "High Commissioner for Refugees (UNHCR)"
      }
    }
    switch (m.kind()) {
      case NAME:
        Integer run = runKeyOf(m.head());
        return run != null ? nameRunEntity.get(run) : null;
      case PRONOUN:
        return m.plural() || m.name().equalsIgnoreCase("it") || m.name().equalsIgnoreCase("its")
            ? recentOrganization(site) : pronoun(m, site);
      case ORGANIZATION:
        return organization(m, site);
      case ROLE:
      default:
        if (m.represents() != null) {
          SpeakerMention r = m.represents();
          Token rh = doc.token(r.head());
          // "a company spokeswoman": the company of the story, as "the company" would be.
          Entity org = r.kind() == MentionKind.ORGANIZATION && rh.ner().equals("O") && !rh.isProperNoun()
              && r.name().chars().noneMatch(Character::isUpperCase)
              ? salientOrganization(site, Names.translit(rh.lemma()), r.media()) : null;
          if (org == null) {
            org = resolveMention(r, site);
          }
          if (org != null) {
            // "Kremlin spokesman Dmitry Peskov ... the Kremlin representative told reporters": a
            // definite spokesperson whose name the article gives is that person.
            Entity named = m.definite() && !m.plural() ? personWithTitle(m, site) : null;
            if (named != null) {
              return named;
            }
            lastRepresented = org;
            return org;
          }
        }
        return role(m, site);
    }
  }

  private Integer runKeyOf(int token) {
    Map.Entry<Integer, SpeakerMention> e = nameRunByStart.floorEntry(doc.token(token).begin());
    if (e != null && doc.token(token).end() <= e.getValue().span().end()) {
      return e.getValue().head();
    }
    return null;
  }

  private Entity pronoun(SpeakerMention m, int site) {
    int sentence = narrativeIndex(doc.token(site).sentence());
    Entity best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    Map<Entity, Double> scoreOf = new IdentityHashMap<>();
    Candidates cands = new Candidates();
    for (int i = events.size() - 1; i >= 0; i--) {
      Event ev = events.get(i);
      // Distance in sentences of the reporter's own: a speaker's long quotation does not push
      // the speaker out of reach of the "she" that follows it.
      int distance = sentence - narrativeIndex(ev.sentence());
      if (distance > PRONOUN_WINDOW) {
        break;
      }
      if (ev.token() >= site || ExchangeTurns.addressed(ev.entity(), addressedAt.getOrDefault(site, Set.of()))
          || !namedInNarrative.contains(ev.entity())) {
        continue;   // "“Hello,” he said": a word only ever inside quotation marks is not who "he" is
      }
      double score = -distance + (ev.subject() ? 1.0 : 0.0)
          + (ev.entity().speakerCount > 0 ? 0.5 : 0.0) + (ev.inQuote() ? -1.5 : 0.0)
          + (possessive(ev.token()) ? -0.5 : 0.0);
      Gender g = ev.gender();
      // A conflict weighs heavily but does not rule out: copy gets genders wrong too.
      score += m.gender().conflicts(g) ? -4.0 : (g != Gender.UNKNOWN && g == m.gender() ? 1.0 : 0.0);
      scoreOf.merge(ev.entity(), score, Math::max);
      Candidates.Candidate c = cands.get(ev.entity());
      if (c == null) {
        c = cands.add(doc, ev.entity(), ev.token(), distance, site, ev.subject(), ev.inQuote(), possessive(ev.token()));
      }
      c.mentions++;
      c.anySubject |= ev.subject();
      c.subjectJustBefore |= ev.subject() && !ev.inQuote() && distance <= 1;
      c.ruleScore = Math.max(c.ruleScore, score);
      if (score > bestScore) {
        bestScore = score;
        best = ev.entity();
      }
    }
    noteMargin(site, best, bestScore, scoreOf);
    best = rank(DecisionKind.PRONOUN, site, m.gender(), cands, best);
    if (best != null && best.gender == Gender.UNKNOWN && m.gender() != Gender.UNKNOWN) {
      best.gender = m.gender();
    }
    return best;
  }

  /**
   * Where candidates compete, records the choice (when recording) and lets the ranking model
   * choose (when it decides this kind); otherwise keeps the rule's choice.
   */
  private Entity rank(DecisionKind kind, int site, Gender gender, Candidates cands, Entity ruleChoice) {
    if (cands.size() < 2 || (choices == null && (model == null || !model.decides(kind)))) {
      return ruleChoice;
    }
    List<Candidates.Candidate> list = cands.list();
    List<double[]> xs = new ArrayList<>();
    List<Entity> es = new ArrayList<>();
    List<Double> rs = new ArrayList<>();
    for (Candidates.Candidate c : list) {
      xs.add(Candidates.features(c, gender, turns));
      es.add(c.entity);
      rs.add(c.ruleScore);
    }
    if (choices != null) {
      choices.add(new RankedChoice(site, kind, es, xs, rs));
    }
    if (model == null || !model.decides(kind)) {
      return ruleChoice;
    }
    double[] p = model.probabilities(kind, xs);
    int bestIndex = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[bestIndex]) {
        bestIndex = i;
      }
    }
    probability.put(site, p[bestIndex]);
    if (p[bestIndex] < CLOSE_CALL_PROBABILITY) {
      closeCalls.add(site);
    } else {
      closeCalls.remove(site);
    }
    return es.get(bestIndex);
  }

  /**
   * Whether a mention is the subject of the reporter's own clause: a subject, not inside what
   * someone is reported to have said ("Wexbridge had more than 1,100 households on its waiting
   * list, he said": the town is the subject of his words, not of the story).
   */
  private boolean narrativeSubject(int site) {
    return doc.subjectLike(site) && !(site < reported.length && reported[site]);
  }

  /** The number of sentences before {@code sentence} that are not wholly inside a quotation. */
  private int narrativeIndex(int sentence) {
    if (narrative == null) {
      narrative = new int[doc.sentences().size() + 1];
      for (int i = 0; i < doc.sentences().size(); i++) {
        boolean quoted = true;   // every word inside a quotation: the speaker's, not the reporter's
        for (int t = doc.sentences().get(i).firstToken(); t < doc.sentences().get(i).endToken() && quoted; t++) {
          quoted = quotes.inQuote(t) || doc.token(t).isPunctuation() || QUOTE_MARKS.contains(doc.token(t).text());
        }
        narrative[i + 1] = narrative[i] + (quoted ? 0 : 1);
      }
    }
    return narrative[Math.min(sentence, narrative.length - 1)];
  }

  /** "Meyers' comments", "Park's plan": a possessor is less salient than a subject or an object. */
  private boolean possessive(int token) {
    int next = token + 1;
    return doc.token(token).relationIs("nmod:poss")
        || next < doc.tokens().size() && doc.token(next).pos().equals("POS");
  }

  /** Marks a site whose resolution was a close call: a rival candidate scored within {@link #CLOSE_CALL}. */
  private void noteMargin(int site, Entity best, double bestScore, Map<Entity, Double> scoreOf) {
    for (Map.Entry<Entity, Double> e : scoreOf.entrySet()) {
      if (e.getKey() != best && bestScore - e.getValue() < CLOSE_CALL) {
        closeCalls.add(site);
        return;
      }
    }
  }

  /**
   * Returns whether the speaker of a statement was chosen over a rival candidate that scored
   * almost as well (a pronoun or role with two people of the same gender in play).
   *
   * @param st a statement passed to {@link #resolve}
   * @return whether its resolution was a close call
   */
  public boolean closeCall(Statement st) {
    return st.speakerHead >= 0 && closeCalls.contains(st.speakerHead);
  }

  private Entity recentOrganization(int site) {
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
  private Entity salientOrganization(int site, String noun, boolean mediaOnly) {
    return salientOrganization(site, noun, mediaOnly, Set.of());
  }




  private Entity salientOrganization(int site, String noun, boolean mediaOnly, Set<String> modifiers) {
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
      boolean fits = OrganizationKinds.describedAs(candidate, noun) || OrganizationKinds.sharesModifier(candidate, modifiers);
      if (!fits && OrganizationKinds.namesAnotherKind(candidate, noun)) {
        continue;   // "the company" is not "the Santa Ines Workers' Union"
      }
      // "the agency" may be a news agency named before as well as a government one.
      boolean eitherKind = noun.equals("agency");
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
      // of mentions of a name that does not.
      double s = score.getOrDefault(candidate, fits ? 1000.0 : 0.0) + 1.0;
      if (sentence - doc.token(e.getKey()).sentence() <= 3) {
        s += 0.5;
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




  /** The organisation named most often before {@code site} (not outlets), or null. */
  private Entity mostMentionedOrganization(int site) {
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

  private Entity organization(SpeakerMention m, int site) {
    Token head = doc.token(m.head());
    boolean description = onlyAdjectivesCapitalised(m, false);
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

  /** Whether a mention's capitalised words are all adjectives ("the German carmaker"), not names. */
  /** The folded acronyms written in a mention ("UN" in "the UN refugee agency"). */
  private Set<String> acronymsIn(SpeakerMention m) {
    Set<String> out = new HashSet<>();
    int from = doc.tokenAtOrAfter(m.span().start());
    for (int i = from; i >= 0 && i < doc.tokens().size() && doc.token(i).begin() < m.span().end(); i++) {
      String w = doc.token(i).text();
      if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter)) {
        out.addAll(Names.fold(w));
      }
    }
    return out;
  }

  private boolean onlyAdjectivesCapitalised(SpeakerMention m, boolean acronyms) {
    int from = doc.tokenAtOrAfter(m.span().start());
    for (int i = from; i >= 0 && i < doc.tokens().size() && doc.token(i).begin() < m.span().end(); i++) {
      Token t = doc.token(i);
      String w = t.text();
      boolean acronym = acronyms && w.length() >= 2 && w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT))
          && w.chars().allMatch(Character::isLetter);
      if (Character.isUpperCase(w.charAt(0)) && !t.pos().equals("JJ") && !(i == from && t.pos().equals("DT")) && !acronym) {
        return false;
      }
    }
    return true;
  }

  private Entity role(SpeakerMention m, int site) {
    Token head = doc.token(m.head());
    Entity nicknamed = m.definite() ? nicknamed(head.text(), site) : null;
    if (nicknamed != null) {
      return nicknamed;   // "Kenny “Bulldog” Blunt ... the Bulldog joked"
    }
    if (m.definite() && REPRESENTATIVES.contains(head.lemma())) {
      // "the spokesperson", after "a spokesperson for X": X, else the organisation most named.
      Entity org = lastRepresented != null ? lastRepresented
          : lastOrganizationSpeaker != null ? lastOrganizationSpeaker : mostMentionedOrganization(site);
      if (org != null) {
        return org;
      }
    } else if (REPRESENTATIVES.contains(head.lemma()) && !m.plural()) {
      // "The council denied it. A spokesperson said ...": the organisation just named.
      Entity org = recentOrganization(site);
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
    if (!m.definite() && !m.plural() && doc.sentenceOf(doc.token(site)).paragraph() <= lede) {
      // "A prosecutor told the court ..." in the lede, "Richard Okonjo, prosecuting," below: the
      // body names whom the opening paragraph left unnamed.
      Entity named = personWithTitleAfter(m, site);
      if (named != null) {
        return named;
      }
    }
    if (m.definite() && !m.plural() && !introducesSomeoneNew(m.head())) {
      Entity byTitle = personWithTitle(m, site);
      if (byTitle == null) {
        byTitle = recentUntitledPerson(m, site);
      }
      if (byTitle != null) {
        byTitle.roles.add(m.name());
        return byTitle;
      }
    }
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
        Integer run = runKeyOf(i + 2);
        Entity e = run != null ? nameRunEntity.get(run) : null;
        if (e != null) {
          return e;
        }
      }
    }
    return null;
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
    if (age < 0) {
      return null;
    }
    String a = Integer.toString(age);
    Entity found = null;
    int n = doc.tokens().size();
    for (Map.Entry<Integer, SpeakerMention> e : nameRunMention.entrySet()) {
      int last = doc.tokenAtOrAfter(e.getValue().span().end() - 1);
      int first = doc.tokenAtOrAfter(e.getValue().span().start());
      boolean after = last + 2 < n && (doc.token(last + 1).text().equals(",") || doc.token(last + 1).text().equals("("))
          && doc.token(last + 2).text().equals(a);
      boolean before = first >= 1 && doc.token(first - 1).text().startsWith(a + "-year-old")
          || first >= 2 && doc.token(first - 1).text().equals("old") && ageOf(first - 1) == age;
      if (after || before) {
        Entity entity = nameRunEntity.get(e.getKey());
        if (entity == null || found != null && found != entity) {
          return null;
        }
        found = entity;
      }
    }
    return found;
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
    boolean generic = GENERIC_ROLES.contains(headWord) || Words.isEpithet(lemma) || Words.isAgeEpithet(doc, m.head())
        || doc.token(m.head()).isProperNoun();
    Set<String> roleWords = Titles.contentWords(m.title() != null ? m.title() : m.name());
    int sentence = doc.token(site).sentence();
    Entity best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    Map<Entity, Double> scoreOf = new IdentityHashMap<>();
    Candidates cands = new Candidates();
    int narrativeSite = narrativeIndex(sentence);
    Set<String> roleNames = Titles.properWords(m.name());
    for (int i = events.size() - 1; i >= 0; i--) {
      Event ev = events.get(i);
      if (sentence - ev.sentence() > (far ? 12 : generic ? 10 : 3)) {
        break;
      }
      Entity e = ev.entity();
      if (ev.token() >= site || ev.inQuote() || m.gender().conflicts(e.gender)
          || (!e.roles.isEmpty() && !Titles.fitsTitle(e, headWord, roleWords, Titles.properWords(m.name())) && !generic)
          || !roleNames.isEmpty() && Titles.properWordsConflict(e, roleNames)
          || (e.kind == SpeakerKind.ANONYMOUS && !e.key.contains(headWord))
          || e.kind == SpeakerKind.ORGANIZATION || e.kind == SpeakerKind.MEDIA_OUTLET
          || e.kind == SpeakerKind.GROUP) {
        continue;   // a person's role ("the mayor") never stands for an organisation or a group
      }
      double score = -(sentence - ev.sentence()) * (generic ? 0.5 : 1.0) + (ev.subject() ? 1.0 : 0.0)
          + (e.speakerCount > 0 ? 0.5 : 0.0)
          + (generic && m.gender() != Gender.UNKNOWN && m.gender() == e.gender ? 1.0 : 0.0);
      scoreOf.merge(e, score, Math::max);
      Candidates.Candidate c = cands.get(e);
      if (c == null) {
        c = cands.add(doc, e, ev.token(), narrativeSite - narrativeIndex(ev.sentence()), site, ev.subject(),
            ev.inQuote(), possessive(ev.token()));
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
    noteMargin(site, best, bestScore, scoreOf);
    return rank(DecisionKind.ROLE, site, m.gender(), cands, best);
  }

  /** The one person named after the site whose title fits the role, or null if none or several. */
  private Entity personWithTitleAfter(SpeakerMention m, int site) {
    Set<String> roleNames = Titles.properWords(m.title() != null ? m.title() : m.name());
    String headWord = Names.translit(doc.token(m.head()).lemma().toLowerCase(Locale.ROOT));
    Set<String> roleWords = Titles.contentWords(m.title() != null ? m.title() : m.name());
    Entity found = null;
    for (Entity candidate : titledSites.tailMap(site, false).values()) {
      if (Titles.fitsTitle(candidate, headWord, roleWords, roleNames)) {
        if (found != null && found != candidate) {
          return null;
        }
        found = candidate;
      }
    }
    return found;
  }

  /** The person named before the site whose titles share the role's head word, nearest first, or null. */
  private Entity personWithTitleBefore(SpeakerMention m, int site) {
    Set<String> roleNames = Titles.properWords(m.title() != null ? m.title() : m.name());
    String headWord = Names.translit(doc.token(m.head()).lemma().toLowerCase(Locale.ROOT));
    Set<String> roleWords = Titles.contentWords(m.title() != null ? m.title() : m.name());
    int looked = 0;
    for (Entity candidate : titledSites.headMap(site, false).descendingMap().values()) {
      if (++looked > SEARCH_LIMIT) {
        break;
      }
      if (candidate.kind == SpeakerKind.PERSON && Titles.fitsTitle(candidate, headWord, roleWords, roleNames)) {
        return candidate;
      }
    }
    return null;
  }

  /** The person whose titles share the role's head word, nearest before the role, else first after. */
  private Entity personWithTitle(SpeakerMention m, int site) {
    Set<String> roleNames = Titles.properWords(m.title() != null ? m.title() : m.name());
    String headWord = Names.translit(doc.token(m.head()).lemma().toLowerCase(Locale.ROOT));
    Set<String> roleWords = Titles.contentWords(m.title() != null ? m.title() : m.name());
    int looked = 0;
    for (Entity candidate : titledSites.headMap(site, false).descendingMap().values()) {
      if (++looked > SEARCH_LIMIT) {
        break;
      }
      if (Titles.fitsTitle(candidate, headWord, roleWords, roleNames)) {
        return candidate;
      }
    }
    looked = 0;
    for (Entity candidate : titledSites.tailMap(site, false).values()) {
      if (++looked > SEARCH_LIMIT) {
        break;
      }
      if (Titles.fitsTitle(candidate, headWord, roleWords, roleNames)) {
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










  /** Finds every PERSON name in the text and groups the names into person entities. */
  private void clusterNames() {
    List<SpeakerMention> found = new ArrayList<>();
    int n = doc.tokens().size();
    for (int i = 0; i < n; i++) {
      if (doc.token(i).ner().equals("PERSON")) {
        SpeakerMention m = builder.person(doc, i);
        int end = i;
        while (end + 1 < n && doc.token(end + 1).ner().equals("PERSON")
            && doc.token(end + 1).sentence() == doc.token(i).sentence()) {
          end++;
        }
        if (!Names.fold(m.name()).isEmpty()) {
          found.add(m);
          nameRunMention.put(m.head(), m);
          nameRunByStart.put(m.span().start(), m);
        }
        i = end;
      }
    }
    Map<String, List<Entity>> bySurname = new HashMap<>();
    for (boolean fullNames : new boolean[] {true, false}) {
      for (SpeakerMention m : found) {
        List<String> words = Names.fold(m.name());
        // A hyphenated surname alone ("Kortunov-Belsky") is a one-word name.
        boolean oneWord = words.size() < 2 || !HAS_SPACE.matcher(m.name().trim()).matches();
        if (oneWord == fullNames) {
          continue;
        }
        String surname = words.get(words.size() - 1);
        Entity e = fullNames ? fullNameEntity(bySurname, words)
            : shortNameEntity(bySurname, words.size() > 1 ? surname : words.get(0), m);
        if (e == null) {
          e = new Entity(SpeakerKind.PERSON, surname);
          e.firstName = words.size() >= 2 ? words.get(0) : null;
          bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(e);
          entities.add(e);
        }
        e.addVariant(m.name());
        if (m.title() != null) {
          e.roles.add(m.title());
        }
        if (m.affiliation() != null) {
          e.affiliations.add(m.affiliation());
        }
        if (e.gender == Gender.UNKNOWN) {
          e.gender = m.gender();
        }
        nameRunEntity.put(m.head(), e);
      }
    }
    reclassifyOrganizationsTaggedAsPeople();
    nameRunEntity.forEach((site, entity) -> {
      if (!entity.roles.isEmpty()) {
        titledSites.put(site, entity);
      }
    });
  }

  /**
   * The tagger often takes a one-word company name for a person ("Tallo said ..."). A one-word
   * "person" that never has a first name and is used like an organisation ("a spokesperson for
   * Tallo", "Tallo's chief executive", "Tallo said in a statement") becomes an organisation.
   */
  private void reclassifyOrganizationsTaggedAsPeople() {
    Map<Entity, Entity> replaced = new IdentityHashMap<>();
    for (Map.Entry<Integer, Entity> e : nameRunEntity.entrySet()) {
      Entity person = e.getValue();
      if (person.firstName != null || person.variants.size() != 1 || replaced.containsKey(person)
          || !usedLikeOrganization(nameRunMention.get(e.getKey()))) {
        continue;
      }
      Entity org = new Entity(SpeakerKind.ORGANIZATION, "org:" + person.key);
      org.addVariant(person.canonical);
      replaced.put(person, org);
      orgs.put(org.key, org);
      entities.set(entities.indexOf(person), org);
    }
    for (Map.Entry<Integer, Entity> e : nameRunEntity.entrySet()) {
      Entity org = replaced.get(e.getValue());
      if (org != null) {
        e.setValue(org);
        orgMentions.put(e.getKey(), org);
      }
    }
  }

  private boolean usedLikeOrganization(SpeakerMention m) {
    if (m == null || m.span().start() != doc.token(doc.tokenAtOrAfter(m.span().start())).begin()) {
      return false;
    }
    int first = doc.tokenAtOrAfter(m.span().start());
    int last = doc.tokenAtOrAfter(m.span().end() - 1);
    if (first != last) {
      return false;
    }
    if (first >= 2 && FOR_OF_AT.matcher(doc.token(first - 1).text()).matches()
        && REPRESENTATIVES.contains(doc.token(first - 2).lemma())) {
      return true;
    }
    int n = doc.tokens().size();
    if (last + 2 < n && doc.token(last + 1).pos().equals("POS")
        && ORG_POSSESSIONS.contains(doc.token(last + 2).lemma())) {
      return true;
    }
    return last + 4 < n && doc.token(last + 1).lemma().equals("say")
        && doc.token(last + 2).text().equals("in") && doc.token(last + 4).lemma().equals("statement");
  }

  private static Entity fullNameEntity(Map<String, List<Entity>> bySurname, List<String> words) {
    String surname = words.get(words.size() - 1);
    for (Entity e : bySurname.getOrDefault(surname, List.of())) {
      if (e.firstName == null || Names.compatibleFirstNames(e.firstName, words.get(0))) {
        return e;
      }
    }
    // "Marat Zhaksybekov ... Marat Dzhaksybekov": one person in two transliterations, when the
    // first names agree.
    for (Map.Entry<String, List<Entity>> k : bySurname.entrySet()) {
      if (Names.variantSurnames(k.getKey(), surname)) {
        for (Entity e : k.getValue()) {
          if (e.firstName != null && Names.compatibleFirstNames(e.firstName, words.get(0))) {
            bySurname.computeIfAbsent(surname, x -> new ArrayList<>()).add(e);
            return e;
          }
        }
      }
    }
    return null;
  }

  /** A one-word name: the person with that surname (see below when there are two), or with that first name. */
  private Entity shortNameEntity(Map<String, List<Entity>> bySurname, String word, SpeakerMention m) {
    List<Entity> same = bySurname.getOrDefault(word, List.of());
    if (same.isEmpty()) {
      // "Gnatiuk" after "Taras Hnatyuk": the one person whose surname it spells another way.
      List<Entity> variants = new ArrayList<>();
      for (Map.Entry<String, List<Entity>> k : bySurname.entrySet()) {
        if (Names.variantSurnames(k.getKey(), word)) {
          variants.addAll(k.getValue());
        }
      }
      if (variants.size() == 1) {
        return variants.get(0);
      }
    }
    if (same.size() == 1) {
      return same.get(0);
    }
    if (same.size() > 1) {
      Entity best = same.get(0);
      int bestToken = -1;
      for (Map.Entry<Integer, Entity> e : nameRunEntity.entrySet()) {
        if (same.contains(e.getValue()) && e.getKey() < m.head() && e.getKey() > bestToken) {
          bestToken = e.getKey();
          best = e.getValue();
        }
      }
      // Two people share the surname: a bare surname right after one of them means that one;
      // further on it means the one introduced first (the other is then called by first name).
      boolean near = bestToken >= 0 && doc.token(m.head()).sentence() - doc.token(bestToken).sentence() <= 2;
      return near ? best : same.get(0);
    }
    for (List<Entity> list : bySurname.values()) {
      for (Entity e : list) {
        if (word.equals(e.firstName)) {
          return e;
        }
      }
    }
    return null;
  }

  /** Organisations named anywhere (ORGANIZATION runs), for "the ministry" and "it". */
  private void collectOrganizations() {
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
      if (a.length() < 2 || a.length() > 8 || !a.equals(a.toUpperCase(Locale.ROOT)) || !a.chars().allMatch(Character::isLetter)
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
   * Whether a token is in a byline ("By Sarah Quayle, Courts Reporter"): a paragraph before the
   * lede that starts with "By". Its desk or agency is the reporter's, never a speaker.
   */
  private boolean inByline(int token) {
    int paragraph = doc.sentenceOf(doc.token(token)).paragraph();
    if (paragraph >= lede) {
      return false;
    }
    for (Sentence s : doc.sentences()) {
      if (s.paragraph() == paragraph) {
        return doc.token(s.firstToken()).text().equalsIgnoreCase("by");
      }
    }
    return false;
  }

  /**
   * "the United Nations High Commissioner for Refugees (UNHCR) ... UNHCR said": an organisation
   * named by the initials of another one's capitalised words is that organisation.
   */
  private void mergeAcronyms() {
    Map<String, Entity> byInitials = new HashMap<>();
    for (Entity e : new java.util.LinkedHashSet<>(orgs.values())) {
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
    Map<Entity, Entity> replaced = new IdentityHashMap<>();
    for (Map.Entry<String, Entity> o : orgs.entrySet()) {
      String name = o.getValue().name();
      if (name == null || name.length() < 2 || HAS_SPACE.matcher(name).matches()
          || !name.equals(name.toUpperCase(Locale.ROOT))) {
        continue;
      }
      Entity full = byInitials.get(name);
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

  /**
   * Returns entities that were resolved for at least one statement, in order of first mention.
   *
   * @return entities that were resolved for at least one statement, in order of first mention
   */
  public List<Entity> speakers() {
    List<Entity> out = new ArrayList<>();
    Set<Entity> seen = new HashSet<>();
    for (Map.Entry<Statement, Entity> e : entityOf.entrySet()) {
      seen.add(e.getValue());
    }
    for (Entity e : entities) {
      if (seen.contains(e)) {
        out.add(e);
      }
    }
    for (Entity e : orgs.values()) {
      if (seen.contains(e) && !out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }
}

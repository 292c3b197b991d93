package dev.verbatim.entity;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.Mention;
import dev.verbatim.MentionKind;
import dev.verbatim.SpeakerKind;
import dev.verbatim.attribute.Attributions;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups mentions into speaker entities and resolves each statement's speaker mention to one:
 * names by surname and compatible first name (spelling variants and transliterations merged),
 * pronouns by salience (recency, subject position, having spoken) and gender agreement, roles by
 * the titles the article gives named people, organisation nouns by the organisations named before.
 * The parts, package-private: {@code NameClusters} groups the names, {@code Organizations}
 * collects the organisations and resolves organisation nouns, {@code Roles} resolves roles and
 * epithets, {@code CandidateRanking} lets the ranking model choose among candidates, and
 * {@code NarrativeQueries} answers the questions about exchanges, all over one
 * {@code DocumentState}; this class resolves name runs and pronouns and holds the results. One instance per document; not thread-safe.
 */
public final class EntityResolver {
  private static final int PRONOUN_WINDOW = 4;
  private static final ImmutableSet<String> REPRESENTATIVES = Words.REPRESENTATIVES;
  private static final ImmutableSet<String> QUOTE_MARKS = DocumentState.QUOTE_MARKS;

  private final DocumentState state;
  private final AnalyzedText doc;
  private final DocumentQuotes quotes;
  private final MentionBuilder builder;
  private final CandidateRanking ranking;
  private final NameClusters names;
  private final Organizations organizations;
  private final Roles roles;
  private final NarrativeQueries queries;
  private final List<Entity> entities;
  private final Map<Integer, Entity> nameRunEntity;
  private final Map<Integer, SpeakerMention> nameRunMention;
  private final Map<String, Entity> orgs;
  private final TreeMap<Integer, Map.Entry<Integer, Entity>> spelledOutNames;
  private final List<DocumentState.Event> events;
  /** Entities mentioned at least once outside quotations, so far. */
  private final Set<Entity> namedInNarrative;
  private final Map<Integer, Entity> resolvedSites = new HashMap<>();
  private final Map<Integer, Gender> genderHints = new HashMap<>();
  private final Map<Statement, Entity> entityOf = new IdentityHashMap<>();
  private final Map<Statement, Mention> mentionOf = new IdentityHashMap<>();
  /** Each statement's speaker mention head, as attribution left it (-1 for none). */
  private final Map<Statement, Integer> speakerHeads = new IdentityHashMap<>();
  /** For a speaker mention's token, the surnames its statements address by title. */
  private final Map<Integer, List<ExchangeTurns.Vocatives>> addressedAt = new HashMap<>();

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
    this.state = new DocumentState(doc, quotes, builder);
    this.doc = doc;
    this.quotes = quotes;
    this.builder = builder;
    this.ranking = new CandidateRanking(model, record);
    this.names = new NameClusters(state);
    this.organizations = new Organizations(state);
    this.roles = new Roles(state, organizations, ranking);
    this.queries = new NarrativeQueries(state);
    this.entities = state.entities;
    this.nameRunEntity = state.nameRunEntity;
    this.nameRunMention = state.nameRunMention;
    this.orgs = state.orgs;
    this.spelledOutNames = state.spelledOutNames;
    this.events = state.events;
    this.namedInNarrative = state.namedInNarrative;
  }

  /**
   * Returns the choices among several candidates made so far, if recording.
   *
   * @return the recorded choices, in the order made; empty when not recording
   */
  public List<RankedChoice> choices() {
    return ranking.choices();
  }

  /**
   * Returns the ranking model's probability for the speaker of a statement, when the model chose it.
   *
   * @param st a statement passed to {@link #resolve}
   * @return the probability of the chosen candidate, if the model chose among several
   */
  public java.util.OptionalDouble probability(Statement st) {
    int head = speakerHead(st);
    Double p = head < 0 ? null : ranking.probability(head);
    return p == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(p);
  }

  /**
   * Resolves the speakers of statements that have a speaker mention head.
   *
   * @param attributions all statements, in document order, with their attributions
   */
  public void resolve(Attributions attributions) {
    List<Statement> statements = attributions.statements();
    for (int i = 0; i < statements.size(); i++) {
      speakerHeads.put(statements.get(i), attributions.get(i).speakerHead());
    }
    boolean[] reported = new boolean[doc.tokens().size()];
    state.reported = reported;
    for (Statement st : statements) {
      if (st.quote() == null) {
        for (int i = doc.tokenAtOrAfter(st.span().start()); i < reported.length && doc.token(i).begin() < st.span().end(); i++) {
          reported[i] = true;
        }
      }
    }
    names.cluster();
    organizations.collectOrganizations();
    Map<Integer, List<Statement>> byHead = new HashMap<>();
    Set<Integer> sites = new java.util.TreeSet<>(nameRunMention.keySet());
    for (Statement st : statements) {
      int head = speakerHead(st);
      if (head >= 0) {
        byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(st);
        if (st.quote() != null) {
          // "“Dry weather, Ms Strand,” she said": whoever "she" is, she is not Ms Strand.
          ExchangeTurns.Vocatives said = ExchangeTurns.Vocatives.of(st.quote().content().in(doc.text()));
          if (!said.isEmpty()) {
            addressedAt.computeIfAbsent(head, k -> new ArrayList<>()).add(said);
          }
          Set<String> named = ExchangeTurns.surnamesWithHonorific(st.quote().content().in(doc.text()));
          if (!named.isEmpty()) {
            state.namedInQuotation.computeIfAbsent(head, k -> new HashSet<>()).addAll(named);
          }
        }
        sites.add(head);
        if (st.quote() == null) {
          // "The 61-year-old said she had ...": the speaker refers to herself in what she says.
          int first = doc.tokenAtOrAfter(st.span().start());
          String w = first < doc.tokens().size() ? doc.token(first).text().toLowerCase(Locale.ROOT) : "";
          Gender g = w.equals("she") ? Gender.FEMALE : w.equals("he") ? Gender.MALE : Gender.UNKNOWN;
          if (g != Gender.UNKNOWN) {
            genderHints.put(head, g);
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
        } else if (m != null && m.kind() == MentionKind.ROLE && !m.plural() && m.head() == t.index()
            && m.represents() != null && REPRESENTATIVES.contains(t.lemma())) {
          // "A Labour Party spokesman defended the minister. “...,” he said.": the spokesman, who
          // speaks as the party, is who the "he" means.
          sites.add(t.index());
        }
      }
    }
    for (int site : sites) {
      SpeakerMention titled = titledSubjects.get(site);
      if (titled != null) {
        // "The chief executive rejected that figure. She said ...": a definite role whose title a
        // person named before carries is a mention of that person, for the pronouns that follow.
        Entity holder = roles.personWithTitleBefore(titled, site);
        if (holder != null) {
          events.add(new DocumentState.Event(holder, site, doc.token(site).sentence(), true, false, null));
        }
        continue;
      }
      Entity e = resolveSite(site);
      List<Statement> sts = byHead.get(site);
      if (sts != null && e != null) {
        ranking.addTurn(new Candidates.Turn(site, e));
      }
      if (sts != null) {
        for (Statement st : sts) {
          SpeakerMention m = builder.build(doc, site);
          if (e != null) {
            e.countStatement();
            if (e.kind == SpeakerKind.ORGANIZATION) {
              state.lastOrganizationSpeaker = e;
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
    return queries.lastOtherPerson(token, not, sentences);
  }

  /**
   * Returns the last mention of an entity in the reporter's text before a token.
   *
   * @param token a token index
   * @param entity the entity
   * @return the mention, or null when the reporter never named it before the token
   */
  public Mention lastMentionOf(int token, Entity entity) {
    return queries.lastMentionOf(token, entity);
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
    return queries.mentionsBetween(from, to);
  }

  /**
   * Returns the people mentioned before a token outside quotations, most recent first, one per
   * entity, within a number of the reporter's sentences.
   *
   * @param token a token index
   * @param sentences how many of the reporter's sentences back to look
   * @param limit how many people at most
   * @return the mentions
   */
  public List<NarrativeMention> personsBefore(int token, int sentences, int limit) {
    return queries.personsBefore(token, sentences, limit);
  }

  /**
   * Whether a mention in the reporter's text is the one a question is put to ("asked her", "was asked").
   *
   * @param token a mention's head token
   * @return whether it is
   */
  public boolean questioned(int token) {
    return queries.questioned(token);
  }

  /**
   * Whether a mention in the reporter's text is the one who asks ("Mr Okonjo asked", "asked by Mr Okonjo").
   *
   * @param token a mention's head token
   * @return whether it is
   */
  public boolean questioner(int token) {
    return queries.questioner(token);
  }

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
    return queries.lastQuestioner(token, sentences);
  }

  /**
   * Returns the mention at a token as a public record, or null.
   *
   * @param token a mention's head token
   * @return the mention
   */
  /**
   * Returns the entity a mention in the reporter's text was resolved to ("she" in "I ask why she
   * keeps returning to water"), or null when the token is no resolved mention.
   *
   * @param token a token index
   * @return the entity, or null
   */
  public Entity resolvedAt(int token) {
    return resolvedSites.get(token);
  }

  public Mention mentionAt(int token) {
    return state.mentionAt(token);
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
        if (e != null && m.kind() == MentionKind.PRONOUN) {
          e.countPronoun(m.gender());
        }
        if (m.kind() == MentionKind.ROLE && REPRESENTATIVES.contains(doc.token(m.head()).lemma())) {
          spokesperson = m;
        }
      }
    }
    if (e != null && outsideQuotes(site)) {
      namedInNarrative.add(e);
    }
    if (e != null && (e.kind == SpeakerKind.PERSON || e.kind == SpeakerKind.ANONYMOUS)) {
      events.add(new DocumentState.Event(e, site, t.sentence(), state.narrativeSubject(site), quotes.inQuote(site),
          null));
    } else if (e != null && spokesperson != null && spokesperson.gender() != Gender.UNKNOWN) {
      events.add(new DocumentState.Event(e, site, t.sentence(), state.narrativeSubject(site), quotes.inQuote(site),
          spokesperson.gender()));
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
        Integer run = state.runKeyOf(m.head());
        return run != null ? nameRunEntity.get(run) : null;
      case PRONOUN:
        if (m.plural() || m.name().equalsIgnoreCase("it") || m.name().equalsIgnoreCase("its")) {
          Entity recent = organizations.recentOrganization(site);
          Entity speaker = state.lastOrganizationSpeaker;
          if (recent != null && recent.kind == SpeakerKind.MEDIA_OUTLET && recent.speakerCount == 0
              && speaker != null && speaker != recent) {
            // "DSK said in a statement carried by the news agency Azgarpress that ... The case would
            // go to court, it said.": the outlet that carried the statement is not its speaker.
            return speaker;
          }
          return recent;
        }
        return pronoun(m, site);
      case ORGANIZATION:
        return organizations.organization(m, site);
      case ROLE:
      default:
        if (m.represents() != null && m.represents().kind() == MentionKind.ROLE) {
          // "a spokesperson for the prime minister", "the prime minister's official spokesman":
          // the spokesperson, unnamed, whom "the spokesperson" then means (not an organisation,
          // and not whoever was named last).
          Entity own = roles.ownEntity(m, site);
          state.lastRepresented = own;
          return own;
        }
        if (m.represents() != null) {
          SpeakerMention r = m.represents();
          Token rh = doc.token(r.head());
          // "a company spokeswoman": the company of the story, as "the company" would be.
          Entity org = r.kind() == MentionKind.ORGANIZATION && rh.ner().equals("O") && !rh.isProperNoun()
              && r.name().chars().noneMatch(Character::isUpperCase)
              ? organizations.salientOrganization(site, Names.translit(rh.lemma()), r.media(),
                  OrganizationKinds.modifiers(r, rh)) : null;
          if (org == null) {
            org = resolveMention(r, site);
          }
          if (org != null) {
            // "Kremlin spokesman Dmitry Peskov ... the Kremlin representative told reporters": a
            // definite spokesperson whose name the article gives is that person.
            Entity named = m.definite() && !m.plural() ? roles.personWithTitle(m, site) : null;
            if (named != null) {
              return named;
            }
            state.lastRepresented = org;
            return org;
          }
        }
        return roles.role(m, site);
    }
  }

  /** The reporter's own words for themself. */
  private static final Set<String> FIRST_PERSON = Set.of("I", "me", "We", "we", "us");

  /**
   * "The captain, who spoke to us on the car deck, asked not to be named. “...,” he said": when no
   * one named is in reach of a "he" or "she", the person a role noun made the subject of this
   * sentence or the one before, in the reporter's text; null if there is none.
   */
  private Entity unnamedSubjectBefore(SpeakerMention m, int site) {
    int sentence = doc.token(site).sentence();
    int from = doc.sentences().get(Math.max(0, sentence - 1)).firstToken();
    for (int i = site - 1; i >= from; i--) {
      Token t = doc.token(i);
      if (!(t.relationIs("nsubj") || !doc.parsed(t.sentence()) && openingSubject(i)) || !t.isNoun()
          || t.isProperNoun() || quotes.inQuote(i) || !Words.isPersonNoun(t.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      SpeakerMention role = builder.build(doc, i);
      if (role == null || role.kind() != MentionKind.ROLE || role.plural() || m.gender().conflicts(role.gender())) {
        continue;
      }
      Entity e = resolveSite(i);
      return e != null && (e.kind == SpeakerKind.PERSON || e.kind == SpeakerKind.ANONYMOUS) ? e : null;
    }
    return null;
  }

  /** Without a parse: a noun that ends the noun phrase opening its sentence ("The captain, who ...", "One passenger said"). */
  private boolean openingSubject(int i) {
    Sentence s = doc.sentences().get(doc.token(i).sentence());
    if (i - s.firstToken() > 3 || i + 1 >= s.endToken()) {
      return false;
    }
    Token first = doc.token(s.firstToken());
    if (!(first.pos().equals("DT") || first.pos().equals("CD") || first.text().equalsIgnoreCase("one"))) {
      return false;
    }
    for (int k = s.firstToken() + 1; k < i; k++) {
      if (!(doc.token(k).pos().startsWith("JJ") || doc.token(k).pos().startsWith("NN"))) {
        return false;
      }
    }
    Token next = doc.token(i + 1);
    return next.text().equals(",") || next.pos().startsWith("VB") && !next.pos().equals("VBG");
  }

  private Entity pronoun(SpeakerMention m, int site) {
    int sentence = state.narrativeIndex(doc.token(site).sentence());
    Entity best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    Map<Entity, Double> scoreOf = new IdentityHashMap<>();
    Candidates cands = new Candidates();
    // "Ms Tranter put it to her that ...": "her" is not the subject of its own verb.
    Entity clauseSubject = null;
    int subjectToken = subjectOfObjectPronoun(site);
    for (int i = events.size() - 1; i >= 0 && subjectToken != -1; i--) {
      DocumentState.Event ev = events.get(i);
      if (subjectToken >= 0 ? ev.token() == subjectToken
          : ev.token() < site && ev.subject() && doc.token(ev.token()).sentence() == doc.token(site).sentence()) {
        clauseSubject = ev.entity();   // (without a parse: the subject before the verb, "The presenter pressed her")
        break;
      }
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      DocumentState.Event ev = events.get(i);
      if (ev.entity() == clauseSubject) {
        continue;
      }
      // Distance in sentences of the reporter's own: a speaker's long quotation does not push
      // the speaker out of reach of the "she" that follows it.
      int distance = sentence - state.narrativeIndex(ev.sentence());
      if (distance > PRONOUN_WINDOW) {
        break;
      }
      if (ev.token() >= site || addressedAt(site, ev.entity()) || state.namedInQuotation(site, ev.entity())
          || !namedInNarrative.contains(ev.entity()) || FIRST_PERSON.contains(doc.token(ev.token()).text())) {
        // (nor is the reporter's "I" whom a "she" in the reporter's text means: "I ask why she ...")
        continue;   // "“Hello,” he said": a word only ever inside quotation marks is not who "he" is
      }
      double score = -distance + (ev.subject() ? 1.0 : 0.0)
          + (ev.entity().speakerCount > 0 ? 0.5 : 0.0) + (ev.inQuote() ? -1.5 : 0.0)
          + (state.possessive(ev.token()) ? -0.5 : 0.0);
      Gender g = ev.gender();
      // A conflict weighs heavily but does not rule out: copy gets genders wrong too.
      score += m.gender().conflicts(g) ? -4.0 : (g != Gender.UNKNOWN && g == m.gender() ? 1.0 : 0.0);
      scoreOf.merge(ev.entity(), score, Math::max);
      Candidates.Candidate c = cands.get(ev.entity());
      if (c == null) {
        c = cands.add(doc, ev.entity(), ev.token(), distance, site, ev.subject(), ev.inQuote(), state.possessive(ev.token()));
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
    ranking.noteMargin(site, best, bestScore, scoreOf);
    best = ranking.rank(DecisionKind.PRONOUN, site, m.gender(), cands, best);
    if (best == null && !m.plural()) {
      best = unnamedSubjectBefore(m, site);
    }
    if (best != null && best.gender == Gender.UNKNOWN && m.gender() != Gender.UNKNOWN) {
      best.gender = m.gender();
    }
    return best;
  }

  /**
   * The subject of the verb an object pronoun ("him", "her", "them") depends on, which the pronoun
   * cannot mean ("Mr Tranter put it to her", "she asked him"); -2 for an object right after its verb
   * in a sentence without a parse; -1 when the pronoun is no such object.
   */
  private int subjectOfObjectPronoun(int site) {
    Token t = doc.token(site);
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    if (!(w.equals("him") || w.equals("her") || w.equals("them"))) {
      return -1;
    }
    if (!doc.parsed(t.sentence())) {
      // the object right after its verb: -2, the subject before it in the sentence
      return site > 0 && doc.token(site - 1).isVerb() && !doc.token(site - 1).pos().equals("VBG") ? -2 : -1;
    }
    if (!t.pos().equals("PRP") || t.head() < 0 || !(t.relationIs("obj") || t.relationIs("iobj") || t.relationIs("obl"))) {
      return -1;
    }
    for (int c : doc.children(t.head())) {
      if (c != site && doc.token(c).relation().equals("nsubj")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Returns whether the speaker of a statement was chosen over a rival candidate that scored
   * almost as well (a pronoun or role with two people of the same gender in play).
   *
   * @param st a statement passed to {@link #resolve}
   * @return whether its resolution was a close call
   */
  public boolean closeCall(Statement st) {
    int head = speakerHead(st);
    return head >= 0 && ranking.closeCall(head);
  }

  /** The speaker mention head attribution left a statement passed to {@link #resolve}, or -1. */
  private int speakerHead(Statement st) {
    Integer head = speakerHeads.get(st);
    return head == null ? -1 : head;
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

  /** The entities of the document so far, in order of first mention. */
  List<Entity> entities() {
    return java.util.Collections.unmodifiableList(entities);
  }

  /** Whether a quotation attributed at the site speaks to the entity ("“Dry weather, Ms Strand,” she said"). */
  private boolean addressedAt(int site, Entity e) {
    for (ExchangeTurns.Vocatives said : addressedAt.getOrDefault(site, List.of())) {
      if (ExchangeTurns.addresses(said, e, entities)) {
        return true;
      }
    }
    return false;
  }
}

package dev.verbatim.entity;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.mention.Gender;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import dev.verbatim.rank.Feature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The candidates of one speaker choice, gathered from the mentions before the site (most recent
 * first), with what the ranking model needs to know of each. Confined to one resolution.
 */
final class Candidates {
  /** Verbs that put a question to their object ("asked Vaughan", "Vaughan was pressed"). */
  private static final ImmutableSet<String> ASKING = ImmutableSet.of(
      "ask", "press", "question", "challenge", "quiz", "query", "grill", "invite", "urge");

  /** What is known of one candidate. */
  static final class Candidate {
    final Entity entity;
    final int lastToken;
    final int distance;
    final int paragraphs;
    final boolean sameSentence;
    final boolean subject;
    final boolean inQuote;
    final boolean possessive;
    final boolean addressee;
    final int rank;
    boolean anySubject;
    /** Some mention is a subject in the reporter's sentence just before the site, or earlier in its own. */
    boolean subjectJustBefore;
    int mentions;
    double ruleScore = Double.NEGATIVE_INFINITY;
    boolean titleFits;

    Candidate(Entity entity, int lastToken, int distance, int paragraphs, boolean sameSentence, boolean subject,
        boolean inQuote, boolean possessive, boolean addressee, int rank) {
      this.entity = entity;
      this.lastToken = lastToken;
      this.distance = distance;
      this.paragraphs = paragraphs;
      this.sameSentence = sameSentence;
      this.subject = subject;
      this.inQuote = inQuote;
      this.possessive = possessive;
      this.addressee = addressee;
      this.rank = rank;
    }
  }

  private final Map<Entity, Candidate> byEntity = new LinkedHashMap<>();

  /** Returns the candidate for an entity, or null if it has none yet. */
  Candidate get(Entity e) {
    return byEntity.get(e);
  }

  /** Adds an entity's most recent mention before the site; its later (older) mentions only count. */
  Candidate add(AnalyzedText doc, Entity e, int token, int distance, int site, boolean subject, boolean inQuote,
      boolean possessive) {
    Candidate c = new Candidate(e, token, distance,
        Math.min(3, doc.sentenceOf(doc.token(site)).paragraph() - doc.sentenceOf(doc.token(token)).paragraph()),
        doc.token(token).sentence() == doc.token(site).sentence(), subject, inQuote, possessive,
        addressee(doc, token), byEntity.size());
    byEntity.put(e, c);
    return c;
  }

  List<Candidate> list() {
    return new ArrayList<>(byEntity.values());
  }

  int size() {
    return byEntity.size();
  }

  /** Whether a mention is the one a question is put to: the object of "ask", or "X was asked". */
  private static boolean addressee(AnalyzedText doc, int token) {
    Token t = doc.token(token);
    if (t.head() < 0 || !(t.relationIs("obj") || t.relationIs("nsubj:pass"))) {
      return false;
    }
    return ASKING.contains(doc.token(t.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The feature vector of a candidate.
   *
   * @param c the candidate
   * @param mentionGender the gender the pronoun or role carries
   * @param turns the speakers of statements before the site, in order, with their head tokens
   */
  static double[] features(Candidate c, Gender mentionGender, List<Turn> turns) {
    double[] x = new double[Feature.ALL.size()];
    x[Feature.DISTANCE.ordinal()] = c.distance;
    x[Feature.SAME_SENTENCE.ordinal()] = c.sameSentence ? 1 : 0;
    x[Feature.PARAGRAPHS.ordinal()] = Math.max(0, c.paragraphs);
    x[Feature.SUBJECT.ordinal()] = c.subject ? 1 : 0;
    x[Feature.ANY_SUBJECT.ordinal()] = c.anySubject ? 1 : 0;
    x[Feature.IN_QUOTE.ordinal()] = c.inQuote ? 1 : 0;
    x[Feature.POSSESSIVE.ordinal()] = c.possessive ? 1 : 0;
    x[Feature.HAS_SPOKEN.ordinal()] = c.entity.speakerCount > 0 ? 1 : 0;
    Entity last = turns.isEmpty() ? null : turns.get(turns.size() - 1).speaker();
    Entity before = null;
    boolean otherSince = false;
    for (int i = turns.size() - 1; i >= 0; i--) {
      Turn t = turns.get(i);
      if (before == null && t.speaker() != last) {
        before = t.speaker();
      }
      if (t.token() > c.lastToken && t.speaker() != c.entity) {
        otherSince = true;
      }
      if (before != null && t.token() <= c.lastToken) {
        break;
      }
    }
    x[Feature.LAST_SPEAKER.ordinal()] = last == c.entity ? 1 : 0;
    x[Feature.TWO_TURNS_BACK.ordinal()] = before == c.entity ? 1 : 0;
    x[Feature.OTHER_SPOKE_SINCE.ordinal()] = otherSince ? 1 : 0;
    Gender g = c.entity.gender;
    x[Feature.GENDER_AGREES.ordinal()] = g != Gender.UNKNOWN && g == mentionGender ? 1 : 0;
    x[Feature.GENDER_CONFLICTS.ordinal()] = mentionGender.conflicts(g) ? 1 : 0;
    x[Feature.RECENCY_RANK.ordinal()] = Math.min(3, c.rank);
    x[Feature.MOST_RECENT.ordinal()] = c.rank == 0 ? 1 : 0;
    x[Feature.MENTIONS.ordinal()] = StrictMath.log1p(c.mentions);
    x[Feature.ADDRESSEE.ordinal()] = c.addressee ? 1 : 0;
    x[Feature.TITLE_FITS.ordinal()] = c.titleFits ? 1 : 0;
    x[Feature.UNTITLED.ordinal()] = c.entity.roles.isEmpty() ? 1 : 0;
    x[Feature.RULE_SCORE.ordinal()] = c.ruleScore;
    x[Feature.SUBJECT_JUST_BEFORE.ordinal()] = c.subjectJustBefore ? 1 : 0;
    return x;
  }

  /**
   * A statement's speaker, at the token its attribution rests on.
   *
   * @param token the speaker mention's head token
   * @param speaker the entity it resolved to
   */
  record Turn(int token, Entity speaker) {}
}

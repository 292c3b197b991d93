package dev.verbatim.entity;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.Mention;
import dev.verbatim.detect.DocumentQuotes;
import dev.verbatim.mention.Gender;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.nlp.AnalyzedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the parts of one document's resolution share: the analysed text, the entities found so far
 * and where they are mentioned (name runs, organisation mentions, titled people, the mentions that
 * pronouns and roles look back over), and the reporter's-text geometry (which sentences are the
 * reporter's own, which tokens are inside reported speech). {@link NameClusters},
 * {@link Organizations} and {@link Roles} fill and read it; {@link EntityResolver} owns it. One
 * instance per document; not thread-safe.
 */
final class DocumentState {
  /** How many earlier mentions a search looks at, so that cost stays linear in long documents. */
  static final int SEARCH_LIMIT = 300;
  /** Quotation marks as tokens. */
  static final ImmutableSet<String> QUOTE_MARKS = ImmutableSet.of(
      "\"", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "``", "''", "`", "'");

  /**
   * A mention of a speaker at a token; {@code voice} is the gender of a spokesperson who spoke
   * for an organisation ("a company spokeswoman"), so that "she" can continue the statement.
   */
  record Event(Entity entity, int token, int sentence, boolean subject, boolean inQuote, Gender voice) {
    Gender gender() {
      return voice != null ? voice : entity.gender;
    }
  }

  final AnalyzedText doc;
  final DocumentQuotes quotes;
  final MentionBuilder builder;
  /** The story's opening paragraph (after its headline and byline). */
  final int lede;
  /** Person, organisation and role entities, in the order created. */
  final List<Entity> entities = new ArrayList<>();
  /** For the head token of each PERSON name run, its entity. */
  final Map<Integer, Entity> nameRunEntity = new HashMap<>();
  /** For the head token of each PERSON name run, its mention. */
  final Map<Integer, SpeakerMention> nameRunMention = new HashMap<>();
  /** PERSON name runs by their start offset. */
  final TreeMap<Integer, SpeakerMention> nameRunByStart = new TreeMap<>();
  /** Organisations, groups and unnamed roles by key. */
  final Map<String, Entity> orgs = new LinkedHashMap<>();
  /** Names spelled out before their initials: start offset to end offset and organisation. */
  final TreeMap<Integer, Map.Entry<Integer, Entity>> spelledOutNames = new TreeMap<>();
  /** Organisation mentions by token. */
  final TreeMap<Integer, Entity> orgMentions = new TreeMap<>();
  /** Mentions of people (and of organisations through a spokesperson), in the order resolved. */
  final List<Event> events = new ArrayList<>();
  /** First mention site of each person entity that has a title, in document order. */
  final TreeMap<Integer, Entity> titledSites = new TreeMap<>();
  /** Entities mentioned at least once outside quotations, so far. */
  final Set<Entity> namedInNarrative = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The organisation the last "a spokesperson for X" stood for. */
  Entity lastRepresented;
  /** The last organisation resolved as a statement's speaker. */
  Entity lastOrganizationSpeaker;
  /** Tokens inside reported speech ("Wexbridge had 1,100 households on its list, he said"). */
  boolean[] reported = new boolean[0];
  private int[] narrative;

  DocumentState(AnalyzedText doc, DocumentQuotes quotes, MentionBuilder builder) {
    this.doc = doc;
    this.quotes = quotes;
    this.builder = builder;
    this.lede = doc.ledeParagraph();
  }

  /** The public record of the mention at a token, or null. */
  Mention mentionAt(int token) {
    SpeakerMention m = builder.build(doc, token);
    return m == null ? null : new Mention(m.span().in(doc.text()), m.span(), m.kind());
  }

  /** The head token of the PERSON name run a token is in, or null. */
  Integer runKeyOf(int token) {
    Map.Entry<Integer, SpeakerMention> e = nameRunByStart.floorEntry(doc.token(token).begin());
    if (e != null && doc.token(token).end() <= e.getValue().span().end()) {
      return e.getValue().head();
    }
    return null;
  }

  /**
   * Whether a mention is the subject of the reporter's own clause: a subject, not inside what
   * someone is reported to have said ("Wexbridge had more than 1,100 households on its waiting
   * list, he said": the town is the subject of his words, not of the story).
   */
  boolean narrativeSubject(int site) {
    return doc.subjectLike(site) && !(site < reported.length && reported[site]);
  }

  /** The number of sentences before {@code sentence} that are not wholly inside a quotation. */
  int narrativeIndex(int sentence) {
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

  /**
   * For the head of a speaker mention, the folded surnames its quotation names after an honorific
   * ("“Mr Vorontsyn knows what was agreed,” the minister said"): the speaker is none of them.
   */
  final Map<Integer, Set<String>> namedInQuotation = new HashMap<>();

  /** Whether the quotation attributed at the site names the entity as someone else ("Mr X"). */
  boolean namedInQuotation(int site, Entity e) {
    Set<String> named = namedInQuotation.get(site);
    return named != null && ExchangeTurns.bearsOneOf(e, named);
  }

  /** "Meyers' comments", "Park's plan": a possessor is less salient than a subject or an object. */
  boolean possessive(int token) {
    int next = token + 1;
    return doc.token(token).relationIs("nmod:poss")
        || next < doc.tokens().size() && doc.token(next).pos().equals("POS");
  }
}

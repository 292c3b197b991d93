package dev.verbatim.entity;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.Mention;
import dev.verbatim.SpeakerKind;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Questions over the mentions the resolution has seen in the reporter's text, for the exchanges
 * of an interview or a hearing ({@link ExchangeTurns}, {@link QuotationRanker}): the other party
 * mentioned last, the one who put the last question, the mentions between two points.
 * {@link EntityResolver} answers them through this class once it has resolved the document.
 */
final class NarrativeQueries {
  /** Verbs that put a question ("asked her whether", "began by asking", "asked by Mr Okonjo"). */
  private static final ImmutableSet<String> QUESTIONING = ImmutableSet.of(
      "ask", "question", "press", "quiz", "challenge", "cross-examine", "grill", "query", "put");

  private final DocumentState state;
  private final AnalyzedText doc;
  private final MentionBuilder builder;
  private final List<DocumentState.Event> events;

  NarrativeQueries(DocumentState state) {
    this.state = state;
    this.doc = state.doc;
    this.builder = state.builder;
    this.events = state.events;
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
  Map.Entry<Entity, Mention> lastOtherPerson(int token, Entity not, int sentences) {
    int sentence = state.narrativeIndex(doc.token(token).sentence());
    for (int i = events.size() - 1; i >= 0; i--) {
      DocumentState.Event ev = events.get(i);
      if (sentence - state.narrativeIndex(ev.sentence()) > sentences) {
        break;
      }
      if (ev.token() >= token || ev.inQuote() || ev.entity() == not || ev.entity().kind != SpeakerKind.PERSON) {
        continue;
      }
      SpeakerMention m = builder.build(doc, ev.token());
      Mention mention = m == null ? null : new Mention(m.span().in(doc.text()), m.span(), m.kind());
      return new AbstractMap.SimpleImmutableEntry<>(ev.entity(), mention);
    }
    return null;
  }

  /**
   * Returns the last mention of an entity outside quotations before a token, or null.
   *
   * @param token a token index
   * @param entity the entity
   * @return the mention, or null
   */
  Mention lastMentionOf(int token, Entity entity) {
    for (int i = events.size() - 1; i >= 0; i--) {
      DocumentState.Event ev = events.get(i);
      if (ev.token() >= token || ev.inQuote() || ev.entity() != entity) {
        continue;
      }
      SpeakerMention m = builder.build(doc, ev.token());
      return m == null ? null : new Mention(m.span().in(doc.text()), m.span(), m.kind());
    }
    return null;
  }

  /**
   * Returns the mentions outside quotations between two tokens, most recent first, one per entity.
   *
   * @param from first token (inclusive)
   * @param to last token (exclusive)
   * @return the mentions
   */
  List<EntityResolver.NarrativeMention> mentionsBetween(int from, int to) {
    List<EntityResolver.NarrativeMention> out = new ArrayList<>();
    Set<Entity> seen = new HashSet<>();
    for (int i = events.size() - 1; i >= 0; i--) {
      DocumentState.Event ev = events.get(i);
      if (ev.token() < from) {
        break;
      }
      if (ev.token() < to && !ev.inQuote() && seen.add(ev.entity())) {
        out.add(new EntityResolver.NarrativeMention(ev.entity(), ev.token(), ev.subject()));
      }
    }
    return out;
  }

  /**
   * Returns the people mentioned before a token outside quotations, most recent first, one per
   * entity, within a number of the reporter's sentences: the parties an exchange may be between.
   *
   * @param token a token index
   * @param sentences how many of the reporter's sentences back to look
   * @param limit how many people at most
   * @return the mentions
   */
  List<EntityResolver.NarrativeMention> personsBefore(int token, int sentences, int limit) {
    List<EntityResolver.NarrativeMention> out = new ArrayList<>();
    Set<Entity> seen = new HashSet<>();
    int sentence = state.narrativeIndex(doc.token(token).sentence());
    for (int i = events.size() - 1; i >= 0 && out.size() < limit; i--) {
      DocumentState.Event ev = events.get(i);
      if (sentence - state.narrativeIndex(ev.sentence()) > sentences) {
        break;
      }
      if (ev.token() < token && !ev.inQuote() && ev.entity().kind == SpeakerKind.PERSON && seen.add(ev.entity())) {
        out.add(new EntityResolver.NarrativeMention(ev.entity(), ev.token(), ev.subject()));
      }
    }
    return out;
  }

  /**
   * Whether a mention is the one a question is put to: the object of a verb of asking ("asked
   * her whether", "pressed Mr Lusted on"), or the subject of its passive ("Ms Pruitt was asked").
   *
   * @param token a mention's head token
   * @return whether it is
   */
  boolean questioned(int token) {
    Token t = doc.token(token);
    if (t.head() < 0) {
      return false;
    }
    Token head = doc.token(t.head());
    if (!QUESTIONING.contains(head.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return t.relationIs("obj") || t.relationIs("iobj") || t.relationIs("nsubj:pass");
  }

  /**
   * Whether a mention is the one who asks (subject or agent of a verb of asking).
   *
   * @param token a mention's head token
   * @return whether it is
   */
  boolean questioner(int token) {
    return asks(token);
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
  Map.Entry<Entity, Mention> lastQuestioner(int token, int sentences) {
    int sentence = state.narrativeIndex(doc.token(token).sentence());
    for (int i = events.size() - 1; i >= 0; i--) {
      DocumentState.Event ev = events.get(i);
      if (sentence - state.narrativeIndex(ev.sentence()) > sentences) {
        break;
      }
      if (ev.token() >= token || ev.inQuote() || ev.entity().kind != SpeakerKind.PERSON || !asks(ev.token())) {
        continue;
      }
      SpeakerMention m = builder.build(doc, ev.token());
      Mention mention = m == null ? null : new Mention(m.span().in(doc.text()), m.span(), m.kind());
      return new AbstractMap.SimpleImmutableEntry<>(ev.entity(), mention);
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
    if (token + 1 < s.endToken()) {
      Token next = doc.token(token + 1);
      if (next.isVerb() && (next.pos().equals("VBD") || next.pos().equals("VBZ"))
          && QUESTIONING.contains(next.lemma().toLowerCase(Locale.ROOT))) {
        return true;   // "... when Kowalczyk asked whether ..."
      }
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
      int h = t.head();
      if (h + 2 < doc.tokens().size() && doc.token(h + 1).text().equalsIgnoreCase("by")
          && QUESTIONING.contains(doc.token(h + 2).lemma().toLowerCase(Locale.ROOT))) {
        return true;   // "began by asking", whatever the parser made of it
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
}

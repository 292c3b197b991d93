package dev.verbatim.attribute;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.detect.AttributionRule;
import dev.verbatim.detect.Statement;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Sentence;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * A quotation right after a sentence that ends with a colon ("Lopez was blunt:"): the subject of
 * that sentence is the speaker; but words read out from a message ("..., which read:", "It
 * read:") are its writer's.
 */
public final class ColonIntroSieve implements AttributionSieve {
  @Override
  public String id() {
    return AttributionRule.COLON_INTRO.id();
  }

  @Override
  public void resolve(AttributionContext cx) {
    AnalyzedText doc = cx.doc();
    Attributions attributions = cx.attributions();
    for (int k = 0; k < attributions.size(); k++) {
      Statement st = attributions.statement(k);
      if (attributions.get(k).attributed() || st.quote() == null) {
        continue;
      }
      int openToken = doc.tokenAtOrAfter(st.quote().open());
      if (openToken == 0 || openToken >= doc.tokens().size()) {
        continue;
      }
      Token before = doc.token(openToken - 1);
      if (!before.text().equals(":")) {
        continue;
      }
      Sentence s = doc.sentenceOf(before);
      int author = authorOfWhatWasRead(cx, openToken - 1);
      if (author >= 0) {
        attributions.set(k, attributions.get(k).withSpeaker(author, AttributionRule.COLON_INTRO));
        continue;
      }
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Token t = doc.token(i);
        if (t.relation().equals("nsubj") && !cx.quotes().inQuote(i) && i < openToken
            && cx.mentions().build(doc, i) != null) {
          attributions.set(k, attributions.get(k).withSpeaker(i, AttributionRule.COLON_INTRO));
          break;
        }
      }
    }
  }

  /** Nouns of written messages whose words are quoted after "which read:" or "It read:". */
  private static final ImmutableSet<String> MESSAGE_NOUNS = ImmutableSet.of(
      "message", "text", "letter", "email", "e-mail", "note", "statement", "post", "tweet", "card", "sign",
      "notice", "memo", "placard", "banner", "leaflet", "caption", "voicemail");

  /**
   * "... a text message sent from the defendant's phone to his brother-in-law, which read:" and
   * "In a statement issued through the police, his family thanked ... It read:": the words are the
   * writer's, not those of whoever the sentence is about. Returns the writer's token: a possessor of
   * the message ("her note"), the one it was sent from or by (or the possessor of the phone or
   * account it was sent from), or the subject of the sentence that opens "In a statement, ...";
   * -1 when the colon does not follow "read" about a message or no writer is named.
   */
  private static int authorOfWhatWasRead(AttributionContext cx, int colon) {
    AnalyzedText doc = cx.doc();
    int read = colon - 1;
    if (read < 1 || !doc.token(read).lemma().equals("read") || !doc.token(read).isVerb()) {
      return -1;
    }
    Sentence s = doc.sentenceOf(doc.token(read));
    String subject = doc.token(read - 1).text().toLowerCase(Locale.ROOT);
    int message = -1;
    if (subject.equals("which") || subject.equals("that") || doc.token(read).text().equals("reading")) {
      message = lastMessageNoun(doc, s.firstToken(), read - 1);
    } else if (subject.equals("it") && read - 1 == s.firstToken() && s.index() > 0) {
      Sentence prev = doc.sentences().get(s.index() - 1);
      message = lastMessageNoun(doc, prev.firstToken(), prev.endToken());
    }
    if (message < 0 || cx.quotes().inQuote(message)) {
      return -1;
    }
    Sentence ms = doc.sentenceOf(doc.token(message));
    // "her note", "Mr Harcourt's statement"
    int k = message - 1;
    while (k > ms.firstToken() && (doc.token(k).isNoun() || doc.token(k).pos().startsWith("JJ"))) {
      k--;
    }
    if (doc.token(k).pos().equals("PRP$") && cx.mentions().build(doc, k) != null) {
      return k;
    }
    if (doc.token(k).pos().equals("POS") && k - 1 >= ms.firstToken() && cx.mentions().build(doc, k - 1) != null) {
      return k - 1;
    }
    // "sent from the defendant's phone", "posted by the club"
    for (int i = message + 1; i < Math.min(ms.endToken(), message + 8); i++) {
      String w = doc.token(i).text().toLowerCase(Locale.ROOT);
      if (!w.equals("by") && !w.equals("from")) {
        continue;
      }
      // the phrase after "from" or "by": its possessor ("the defendant's phone"), else its last noun
      int last = -1;
      for (int j = i + 1; j < Math.min(ms.endToken(), i + 7); j++) {
        Token t = doc.token(j);
        if (t.pos().equals("IN") || t.pos().equals("TO") || t.pos().equals("WDT") || t.isPunctuation() && !t.pos().equals("POS")) {
          break;
        }
        boolean possessor = t.pos().equals("PRP$") || j + 1 < ms.endToken() && doc.token(j + 1).pos().equals("POS");
        if (possessor) {
          return cx.mentions().build(doc, j) != null ? j : -1;
        }
        if (t.isNoun() || t.pos().equals("PRP")) {
          last = j;
        }
      }
      return last >= 0 && cx.mentions().build(doc, last) != null ? last : -1;
    }
    // "In a statement issued through Westshire Police, Mr Harcourt's family thanked ..."
    if (doc.token(ms.firstToken()).text().equals("In") && message - ms.firstToken() <= 3) {
      int comma = -1;
      for (int i = message + 1; i < ms.endToken() && comma < 0; i++) {
        if (doc.token(i).text().equals(",")) {
          comma = i;
        }
      }
      for (int i = comma + 1; comma > 0 && i < ms.endToken(); i++) {
        if (doc.token(i).relationIs("nsubj") && cx.mentions().build(doc, i) != null) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The last message noun among tokens [from, to), or -1. */
  private static int lastMessageNoun(AnalyzedText doc, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (doc.token(i).isNoun() && MESSAGE_NOUNS.contains(doc.token(i).lemma().toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }
}

package dev.verbatim.nlp;

import com.google.common.collect.ImmutableList;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The caller's text with its tokens, sentences, paragraphs and dependency trees. Offsets point into
 * the caller's original string. Immutable after construction.
 */
public final class AnalyzedText {
  private final String text;
  private final ImmutableList<Token> tokens;
  private final ImmutableList<Sentence> sentences;
  private final ImmutableList<Span> paragraphs;
  private final int[][] children;

  /**
   * @param text the caller's original text
   * @param tokens all tokens in order
   * @param sentences all sentences in order
   * @param paragraphs paragraph spans in order
   */
  public AnalyzedText(String text, List<Token> tokens, List<Sentence> sentences, List<Span> paragraphs) {
    this.text = text;
    this.tokens = ImmutableList.copyOf(tokens);
    this.sentences = ImmutableList.copyOf(sentences);
    this.paragraphs = ImmutableList.copyOf(paragraphs);
    List<List<Integer>> kids = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      kids.add(new ArrayList<>(2));
    }
    for (Token t : tokens) {
      if (t.head() >= 0) {
        kids.get(t.head()).add(t.index());
      }
    }
    this.children = new int[tokens.size()][];
    for (int i = 0; i < tokens.size(); i++) {
      children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * Returns the caller's original text.
   *
   * @return the caller's original text
   */
  public String text() {
    return text;
  }

  /**
   * Returns all tokens.
   *
   * @return all tokens
   */
  public ImmutableList<Token> tokens() {
    return tokens;
  }

  /**
   * Returns all sentences.
   *
   * @return all sentences
   */
  public ImmutableList<Sentence> sentences() {
    return sentences;
  }

  /**
   * Returns the paragraph spans.
   *
   * @return paragraph spans
   */
  public ImmutableList<Span> paragraphs() {
    return paragraphs;
  }

  /**
   * Returns a token by index.
   *
   * @param i token index
   * @return the token
   */
  public Token token(int i) {
    return tokens.get(i);
  }

  /**
   * Returns the dependents of a token in the dependency tree.
   *
   * @param i token index
   * @return indices of its dependents, in order
   */
  public int[] children(int i) {
    return children[i];
  }

  /**
   * Returns the sentence holding a token.
   *
   * @param t a token
   * @return the sentence holding it
   */
  public Sentence sentenceOf(Token t) {
    return sentences.get(t.sentence());
  }

  /**
   * @param head a token index
   * @return the smallest and largest token index in the subtree rooted at {@code head}
   */
  public int[] subtreeRange(int head) {
    int lo = head;
    int hi = head;
    ArrayList<Integer> stack = new ArrayList<>();
    stack.add(head);
    while (!stack.isEmpty()) {
      int n = stack.remove(stack.size() - 1);
      lo = Math.min(lo, n);
      hi = Math.max(hi, n);
      for (int c : children[n]) {
        stack.add(c);
      }
    }
    return new int[] {lo, hi};
  }

  /**
   * @param offset a UTF-16 offset
   * @return index of the first token ending after {@code offset}, or the token count
   */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * @param offset a UTF-16 offset
   * @return index of the sentence containing {@code offset} or the first one after it, or the
   *     sentence count
   */
  public int sentenceAtOrAfter(int offset) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * @param offset a UTF-16 offset
   * @return index of the paragraph containing {@code offset} or the first one after it
   */
  public int paragraphAtOrAfter(int offset) {
    int lo = 0;
    int hi = paragraphs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphs.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns the index of the lede: the first paragraph with a sentence of at least six tokens
   * that ends in a full stop, a question or an exclamation mark, so that a headline, a byline or a
   * dateline line before it is not taken for the story's opening paragraph.
   *
   * @return the lede's paragraph index, or 0 when no paragraph qualifies
   */
  public int ledeParagraph() {
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s.size() >= 6 && endsSentence(s)) {
        // "Sheep, trees or bell tents? On a hill farm, a mother and son weigh up ...": a headline
        // whose last sentence has no full stop is no lede, whatever its first ends with
        int last = k;
        while (last + 1 < sentences.size() && sentences.get(last + 1).paragraph() == s.paragraph()) {
          last++;
        }
        if (last == k || endsSentence(sentences.get(last))) {
          return s.paragraph();
        }
      }
    }
    return 0;
  }

  private boolean endsSentence(Sentence s) {
    String last = tokens.get(s.endToken() - 1).text();
    String end = s.size() >= 2 && (last.equals("”") || last.equals("\"") || last.equals("’") || last.equals("'"))
        ? tokens.get(s.endToken() - 2).text() : last;
    return end.equals(".") || end.equals("?") || end.equals("!");
  }

  /**
   * Returns whether a sentence is a byline: before the lede, opening with "By" ("By Tom Rees",
   * "By GAVIN PIKE, Chief Football Writer"). The writer it names is not a source of the story.
   *
   * @param sentence a sentence index
   * @return whether it is a byline
   */
  public boolean isByline(int sentence) {
    Sentence s = sentences.get(sentence);
    return s.paragraph() < ledeParagraph() && s.size() > 1
        && tokens.get(s.firstToken()).text().equalsIgnoreCase("by");
  }

  /**
   * Returns whether a token has a case-marking dependent ("of", "for", "by") among the given words.
   *
   * @param token a token index
   * @param words the prepositions to look for, any case
   * @return true when one of them is a {@code case} dependent of the token
   */
  public boolean hasCaseChild(int token, String... words) {
    for (int c : children[token]) {
      if (tokens.get(c).relation().equals("case")) {
        for (String w : words) {
          if (tokens.get(c).text().equalsIgnoreCase(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Returns whether a sentence has a dependency parse (the parser skips sentences that cannot
   * hold a statement, and the fast profile parses none).
   *
   * @param sentence a sentence index
   * @return whether its tokens carry dependency relations
   */
  public boolean parsed(int sentence) {
    Sentence s = sentences.get(sentence);
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (tokens.get(i).relation().equals("root")) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a relative clause after a noun ("Doyle, who ...,"), lower case. */
  public static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "whose", "whom", "which");

  /**
   * Verbs of gesture the tagger reads as plural nouns after a name ("Ciarán only grins.",
   * "Tulloch shrugs."): verbs all the same, for the subject before them.
   */
  private static final java.util.Set<String> GESTURES = java.util.Set.of(
      "grins", "smiles", "laughs", "shrugs", "nods", "sighs", "winces", "chuckles", "frowns", "pauses", "beams",
      "smirks", "grimaces");

  /**
   * Returns whether a token is the subject of its clause: its {@code nsubj} relation in a parsed
   * sentence; in an unparsed one, a noun or pronoun whose phrase is followed by a verb and not
   * preceded by a preposition ("Back in Leeds, Hale has stopped").
   *
   * @param i a token index
   * @return whether it looks like a clause subject
   */
  public boolean subjectLike(int i) {
    Token t = tokens.get(i);
    if (parsed(t.sentence())) {
      // The subject of the main clause (or of a clause joined to it), not of reported content.
      if (!t.relationIs("nsubj") || t.head() < 0) {
        return false;
      }
      Token h = tokens.get(t.head());
      return h.relation().equals("root") || h.relationIs("conj") || h.relationIs("parataxis")
          || h.relationIs("advcl") || h.relationIs("acl")
          // "His grandfather said he had warned him there was no money in violins", misparsed
          // with "said" as the subject clause of "money": the sentence's first verb
          || h.relationIs("csubj") && h.head() >= 0 && tokens.get(h.head()).relation().equals("root")
              && h.head() > t.head();
    }
    if (!(t.isNoun() || t.pos().startsWith("PRP"))) {
      return false;
    }
    int next = i + 1;
    while (next < tokens.size() && tokens.get(next).sentence() == t.sentence()
        && tokens.get(next).isProperNoun() && tokens.get(next).ner().equals(t.ner())) {
      next++;
    }
    if (next < tokens.size() && tokens.get(next).sentence() == t.sentence()
        && tokens.get(next).text().toLowerCase(java.util.Locale.ROOT).endsWith("self")) {
      next++;   // "Doyle himself was more forgiving"
    }
    if (next < tokens.size() && tokens.get(next).text().equals(",")) {
      // "Pauline Hendry, who has lived here for 31 years, challenged him": past a parenthetical.
      // A relative clause ("Henriksen, whose side had led through Mbeki's header until Colley
      // levelled in the 71st minute, did not hide his anger") may run longer than an apposition.
      int reach = next + 1 < tokens.size() && RELATIVES.contains(tokens.get(next + 1).text().toLowerCase(Locale.ROOT))
          ? 25 : 15;
      int close = next + 1;
      while (close < tokens.size() && close <= next + reach && tokens.get(close).sentence() == t.sentence()
          && !tokens.get(close).text().equals(",")) {
        close++;
      }
      if (close < tokens.size() && close <= next + reach && tokens.get(close).text().equals(",")) {
        next = close + 1;
      }
    }
    for (int k = 0; k < 2 && next < tokens.size() && tokens.get(next).sentence() == t.sentence()
        && tokens.get(next).pos().equals("RB"); k++) {
      next++;   // "Ms Penhaligon then did something ...": past an adverb
    }
    if (next >= tokens.size() || tokens.get(next).sentence() != t.sentence()
        || !tokens.get(next).isVerb() && !(tokens.get(next).pos().equals("NNS")
            && GESTURES.contains(tokens.get(next).text().toLowerCase(java.util.Locale.ROOT)))) {
      return false;
    }
    int prev = i - 1;
    while (prev >= 0 && tokens.get(prev).sentence() == t.sentence()
        && (tokens.get(prev).isProperNoun() || tokens.get(prev).pos().equals("DT")
            || tokens.get(prev).pos().startsWith("JJ"))) {
      prev--;
    }
    return prev < 0 || tokens.get(prev).sentence() != t.sentence()
        || !(tokens.get(prev).pos().equals("IN") || tokens.get(prev).pos().equals("TO"));
  }

  /**
   * Returns the span covered by a run of tokens.
   *
   * @param from first token
   * @param to last token, inclusive
   * @return the covered span
   */
  public Span span(int from, int to) {
    return Span.of(tokens.get(from).begin(), tokens.get(to).end());
  }
}

package dev.verbatim.mention;

import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import java.util.Locale;

/**
 * Titles read from the words around a name rather than from the tree: the role a court report
 * gives counsel and judges, and a role set off by a comma next to the name. Part of
 * {@link MentionBuilder}.
 */
final class NameTitles {
  private NameTitles() {}

  /**
   * The role a court report gives a name without a title noun: counsel by the side they argue
   * for ("Jane Roe, prosecuting,", "Mr Doe, defending,", "Ann Poe, for the defence,", "Ian Lee
   * KC"), a judge by the title in the name ("Mrs Justice Threlfall", "Judge Quenby"); null
   * otherwise.
   */
  private static final java.util.Set<String> PERSONAL_TITLES = java.util.Set.of("Mr", "Mrs", "Ms", "Miss", "Dr");

  static String courtRole(AnalyzedText doc, int[] run) {
    int n = doc.tokens().size();
    int sentence = doc.token(run[0]).sentence();
    for (int i = Math.max(0, run[0] - 2); i <= run[1]; i++) {
      String w = doc.token(i).text();
      if ((w.equals("Justice") || w.equals("Judge")) && doc.token(i).sentence() == sentence) {
        return "judge";
      }
    }
    int next = run[1] + 1;
    boolean silk = false;
    if (next < n && doc.token(next).sentence() == sentence) {
      String w = doc.token(next).text();
      if (w.equals("KC") || w.equals("QC") || w.equals("SC")) {
        silk = true;   // "Helen Marchbank KC, prosecuting,": the side, when given, says more
        next++;
      }
    }
    if (next + 1 < n && doc.token(next).text().equals(",") && doc.token(next + 1).sentence() == sentence) {
      String w = doc.token(next + 1).text().toLowerCase(Locale.ROOT);
      String after = next + 3 < n ? doc.token(next + 3).text().toLowerCase(Locale.ROOT) : "";
      if (w.equals("prosecuting") || w.equals("for") && (after.equals("prosecution") || after.equals("crown"))) {
        return "prosecutor; prosecution lawyer";
      }
      if (w.equals("defending") || w.equals("for") && (after.equals("defence") || after.equals("defense"))) {
        return "defence lawyer";
      }
      if (w.equals("representing") || w.equals("for") && (after.equals("claimant") || after.equals("defendant")
          || after.equals("family") || after.equals("families"))) {
        return "lawyer";
      }
      String title = next + 2 < n ? doc.token(next + 2).text() : "";
      if (silk && w.equals("for") && PERSONAL_TITLES.contains(title)) {
        return "defence lawyer";   // "Jonathan Eyre KC, for Mr Dunmore,": the accused's counsel
      }
    }
    return silk ? "lawyer" : null;
  }

  /**
   * Without a tree, a role set off by a comma next to the name: "the finance minister, Olga
   * Brandt," or "Olga Brandt, the finance minister,". Up to six words, the last one before the
   * comma or the name a person noun ("minister", "coach"); null if there is none.
   */
  static String surfaceApposition(AnalyzedText doc, int[] run) {
    int sentence = doc.token(run[0]).sentence();
    int comma = run[0] - 1;
    if (comma > 0 && doc.token(comma).text().equals(",") && doc.token(comma - 1).sentence() == sentence
        && doc.token(comma - 1).isNoun() && Words.isPersonNoun(doc.token(comma - 1).lemma())) {
      int start = comma - 1;
      while (start > 0 && comma - start < 6 && doc.token(start - 1).sentence() == sentence
          && isTitleWord(doc.token(start - 1))) {
        start--;
      }
      return MentionBuilder.text(doc, start, comma - 1);
    }
    comma = run[1] + 1;
    if (comma + 1 < doc.tokens().size() && doc.token(comma).text().equals(",")
        && doc.token(comma + 1).sentence() == sentence) {
      for (int i = comma + 1; i < doc.tokens().size() && i - comma <= 6 && doc.token(i).sentence() == sentence
          && isTitleWord(doc.token(i)); i++) {
        if (doc.token(i).isNoun() && Words.isPersonNoun(doc.token(i).lemma())) {
          int end = i;
          while (end + 1 < doc.tokens().size() && doc.token(end + 1).sentence() == sentence
              && doc.token(end + 1).isNoun() && !doc.token(end + 1).ner().equals("PERSON")) {
            end++;
          }
          return MentionBuilder.text(doc, comma + 1, end);
        }
      }
    }
    return null;
  }

  /**
   * A role set off by a comma right before a name that starts at {@code left} (with any title of its
   * own): "his director of operations, Peter Okafor", "The chair, Councillor Rosalind Pyke". The
   * role's last word is a person noun, or a person noun and "of" with a noun or two ("director of
   * operations"); at most six words. The name (ending at {@code last}) must close the apposition with
   * a comma or end the sentence. Null if there is none.
   */
  static String surfaceRoleBefore(AnalyzedText doc, int left, int last) {
    int after = last + 1;
    if (after < doc.tokens().size() && doc.token(after).sentence() == doc.token(last).sentence()
        && !doc.token(after).text().equals(",") && !doc.token(after).text().equals(".")) {
      return null;   // "Asked by the judge, Mrs Marlowe said": a phrase before the subject, no apposition
    }
    int comma = left - 1;
    if (comma < 2 || !doc.token(comma).text().equals(",") || doc.token(comma - 1).sentence() != doc.token(left).sentence()) {
      return null;
    }
    int sentence = doc.token(left).sentence();
    int noun = comma - 1;
    for (int k = comma - 1; k >= comma - 3 && k > 0; k--) {
      if (doc.token(k).text().equalsIgnoreCase("of")) {
        noun = k - 1;
        break;
      }
      // (a ministry's words may be tagged a title or an organisation: "Minister of Regional Development")
      if (!doc.token(k).isNoun() || doc.token(k).isProperNoun() && !doc.token(k).ner().equals("O")
          && !doc.token(k).ner().equals("TITLE") && !doc.token(k).ner().equals("ORGANIZATION")) {
        break;
      }
    }
    Token n = doc.token(noun);
    if (n.sentence() != sentence || !n.isNoun() || !Words.isPersonNoun(n.lemma())
        || !n.ner().equals("O") && !n.ner().equals("TITLE")) {
      return null;
    }
    int start = noun;
    while (start > 0 && comma - start < 6 && doc.token(start - 1).sentence() == sentence
        && isTitleWord(doc.token(start - 1))) {
      start--;
    }
    return MentionBuilder.text(doc, start, comma - 1);
  }

  private static boolean isTitleWord(Token t) {
    return t.isNoun() && !t.ner().equals("PERSON") || t.pos().startsWith("JJ") || t.pos().equals("DT")
        || t.pos().equals("PRP$") || t.pos().equals("POS");
  }
}

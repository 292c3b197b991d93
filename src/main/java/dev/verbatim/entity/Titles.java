package dev.verbatim.entity;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.verbatim.mention.Words;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Titles and roles compared: whether a role ("the defence barrister", "the Dastani minister")
 * fits the titles the article gave a person, through synonyms, abbreviations, qualifiers, sides of
 * a trial and the places, teams and countries titles name. Stateless.
 */
final class Titles {
  /** Runs of white space. */
  private static final Pattern SPACES = Pattern.compile("[\\s]+");
  /** "-born" or "-based" at the end of a word ("London-born"). */
  private static final Pattern BORN_BASED = Pattern.compile("-born$|-based$");
  /** The abbreviation "Dr". */
  private static final Pattern DOCTOR = Pattern.compile("\\bDr\\b\\.?");

  private Titles() {}

  static final ImmutableSet<String> ROLE_STOP = ImmutableSet.of(
      "the", "a", "an", "of", "for", "at", "in", "s", "its", "his", "her", "their", "this", "that");

  /** Words that make a title a different role from its head word alone. */
  static final ImmutableSet<String> QUALIFIERS = OrganizationKinds.translitAll(
      "co", "vice", "deputy", "assistant", "former", "ex", "acting", "junior", "associate", "interim");

  /** Offices of those who preside over a court or an inquest. */
  private static final ImmutableSet<String> BENCH = ImmutableSet.of("coroner", "judge", "magistrate", "sheriff");
  /**
   * Qualifiers of someone who sits in the office: an "assistant coroner" or a "deputy district
   * judge" presides, and the report calls them "the coroner", "the judge".
   */
  private static final ImmutableSet<String> SITTING = ImmutableSet.of("assistant", "deputy", "acting");

  /** Role words journalists use for one another, folded, and the word they stand for. */
  static final ImmutableMap<String, String> ROLE_SYNONYMS = ImmutableMap.<String, String>builder()
      .put("gaffer", "manager").put("boss", "manager").put("coach", "manager").put("skipper", "captain")
      .put("prosecuting", "prosecutor").put("prosecution", "prosecutor").put("barrister", "lawyer")
      .put("counsel", "lawyer").put("solicitor", "lawyer").put("attorney", "lawyer").put("advocate", "lawyer")
      .put("ceo", "executive").put("chair", "chairman").put("chairwoman", "chairman")
      .put("chairperson", "chairman").put("spokeswoman", "spokesman").put("spokesperson", "spokesman")
      .put("representative", "spokesman")
      .put("physician", "doctor").put("lawmaker", "legislator").put("parliamentarian", "legislator")
      .put("mp", "legislator").put("congressman", "legislator").put("congresswoman", "legislator")
      .put("congressmember", "legislator").put("novelist", "writer").put("author", "writer").build()
      .entrySet().stream().collect(ImmutableMap.toImmutableMap(
          e -> Names.translit(e.getKey()), e -> Names.translit(e.getValue())));

  /** Police ranks, which "the officer" can stand for. */
  static final ImmutableSet<String> POLICE_RANKS = ImmutableSet.of(
      "inspector", "sergeant", "constable", "detective", "superintendent", "commander", "officer", "pc", "dc",
      "ds", "di", "dci", "dsi", "insp", "sgt", "supt", "det");

  /** Titles of the person at the top of an organisation, which "the head of X" can stand for. */
  static final ImmutableSet<String> TOP_TITLES = OrganizationKinds.translitAll(
      "chairman", "chairwoman", "chair", "chairperson", "director", "president", "governor", "leader",
      "executive", "ceo", "minister", "secretary", "commissioner", "mayor");

  private static final String SECRETARY = Names.translit("secretary");

  /**
   * Words that make a secretary or chancellor someone other than a minister ("the union's general
   * secretary", "the secretary of the Department of Transport", a civil servant).
   */
  static final ImmutableSet<String> NOT_MINISTERS = OrganizationKinds.translitAll(
      "general", "press", "company", "private", "permanent", "club", "branch", "union", "university",
      "vice", "shadow", "party", "executive", "honorary", "cabinet", "department", "agency", "committee",
      "board", "council", "association", "society", "federation", "league", "trust", "foundation");

  /** Abbreviated titles ("Sen. Jane Roe"), folded, and the role word they stand for. */
  static final ImmutableMap<String, String> TITLE_ABBREVIATIONS = Words.TITLE_ABBREVIATIONS;

  static final ImmutableSet<String> DEFENCE_SIDE = ImmutableSet.of("defence", "defense", "defending");

  static final ImmutableSet<String> PROSECUTION_SIDE =
      ImmutableSet.of("prosecution", "prosecutor", "prosecuting", "crown");

  /** Whether a role and a title name opposite sides of a trial. */
  static boolean otherSide(Set<String> roleWords, Set<String> titleWords) {
    boolean roleDefence = !java.util.Collections.disjoint(roleWords, DEFENCE_SIDE);
    boolean roleProsecution = !java.util.Collections.disjoint(roleWords, PROSECUTION_SIDE);
    boolean titleDefence = !java.util.Collections.disjoint(titleWords, DEFENCE_SIDE);
    boolean titleProsecution = !java.util.Collections.disjoint(titleWords, PROSECUTION_SIDE);
    return roleDefence && titleProsecution && !titleDefence || roleProsecution && titleDefence && !titleProsecution;
  }

  /** Whether none of the candidate's titles puts them on the defence side. */
  private static boolean noDefenceTitle(Entity candidate) {
    for (String title : candidate.roles) {
      if (!java.util.Collections.disjoint(contentWords(title), DEFENCE_SIDE)) {
        return false;
      }
    }
    return true;
  }

  static boolean fitsTitle(Entity candidate, String headWord, Set<String> roleWords) {
    return fitsTitle(candidate, headWord, roleWords, Set.of());
  }

  /**
   * Whether one of the candidate's titles fits the role: it holds the role's head word (or a
   * synonym), or two of its words; never when both name a different team, party or place
   * ("the Tanners boss" is not "Portmere boss").
   */
  static boolean fitsTitle(Entity candidate, String headWord, Set<String> roleWords, Set<String> roleNames) {
    String head = singular(ROLE_SYNONYMS.getOrDefault(headWord, headWord));
    if (properWordsConflict(candidate, roleNames)) {
      return false;   // "the Dastani minister" is not "Morevia's foreign minister", whatever her other titles
    }
    for (String title : candidate.roles) {
      Set<String> names = properWords(title);
      if (!roleNames.isEmpty() && !names.isEmpty() && !shareProperWord(names, roleNames)) {
        continue;
      }
      Set<String> tw = contentWords(title);
      boolean qualified = false;
      for (String q : QUALIFIERS) {
        qualified |= tw.contains(q) && !roleWords.contains(q) && !(BENCH.contains(head) && SITTING.contains(q));
      }
      if (qualified) {
        continue;   // a "co-author" or "deputy manager" is not "the author" or "the manager"
      }
      if (otherSide(roleWords, tw)) {
        continue;   // "the defence barrister" is not the prosecution's lawyer
      }
      if (tw.contains(head)) {
        return true;
      }
      if ((headWord.equals("head") || headWord.equals("chief")) && !java.util.Collections.disjoint(tw, TOP_TITLES)) {
        return true;   // "the head of the regulator" is its chairman, governor or director
      }
      if (head.equals("prosecutor") && tw.equals(Set.of("lawyer")) && noDefenceTitle(candidate)) {
        return true;   // "Questioned by Simon Radcliffe KC ... The prosecutor turned back": counsel of no stated side
      }
      if (headWord.equals("officer") && !java.util.Collections.disjoint(tw, POLICE_RANKS)) {
        return true;   // "the officer" is the detective inspector or the sergeant named before
      }
      if (headWord.equals("minister") && (tw.contains(SECRETARY) && tw.size() >= 2 || tw.contains("chancellor"))
          && java.util.Collections.disjoint(tw, NOT_MINISTERS)) {
        // "the minister" is the environment secretary or the chancellor named before (a secretary
        // with a portfolio: "the secretary" alone is a civil servant's title as often)
        return true;
      }
      int overlap = 0;
      for (String w : roleWords) {
        // ("the Pemberton State captain" is not "Pemberton State coach": names alone are not a title)
        overlap += tw.contains(w) && !roleNames.contains(w) ? 1 : 0;
      }
      if (tw.contains(headWord) || overlap >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether a role names a country, team or party that none of the candidate's titles names. */
  static boolean properWordsConflict(Entity candidate, Set<String> roleNames) {
    if (roleNames.isEmpty()) {
      return false;
    }
    Set<String> all = new HashSet<>();
    for (String title : candidate.roles) {
      all.addAll(properWords(title));
    }
    if (all.isEmpty()) {
      return false;
    }
    // "The chief executive of Wend Valley Water" is not "chief executive of the Water Services
    // Commission": one shared word of three is another organisation's name.
    int shared = 0;
    for (String r : roleNames) {
      if (shareProperWord(all, Set.of(r))) {
        shared++;
      }
    }
    return shared * 2 < roleNames.size();
  }

  /**
   * Whether two sets of capitalised words share one, a country and its people's adjective counting
   * as one ("Dastan" and "Dastani", "Chile" and "Chilean", "Ukraine" and "Ukrainian").
   */
  static boolean shareProperWord(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (x.equals(y)) {
          return true;
        }
        int common = 0;
        while (common < x.length() && common < y.length() && x.charAt(common) == y.charAt(common)) {
          common++;
        }
        if (common >= Math.max(4, Math.min(x.length(), y.length()) - 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The capitalised words of a title or role after its first word ("Portmere" in "Portmere boss"). */
  /** Function words a title starts with when it opens a sentence ("Its chief executive, X,"). */
  private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "Its", "His", "Her", "Their", "Our");

  static Set<String> properWords(String s) {
    Set<String> out = new HashSet<>();
    String[] words = SPACES.split(s);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || i == 0 && SENTENCE_OPENERS.contains(w)
          || Words.isPersonNoun(w.toLowerCase(Locale.ROOT)) || Words.isOrganizationNoun(w.toLowerCase(Locale.ROOT))
          || TITLE_ABBREVIATIONS.containsKey(Names.translit(
              w.toLowerCase(Locale.ROOT).replace(".", "")))) {
        continue;
      }
      out.addAll(Names.fold(BORN_BASED.matcher(w).replaceAll("")));
    }
    return out;
  }

  /** Drops a plural "s" the way role words are compared ("ministers", "witness" alike). */
  static String singular(String w) {
    return w.endsWith("s") && !w.endsWith("ss") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
  }

  static Set<String> contentWords(String s) {
    Set<String> out = new HashSet<>();
    for (String folded : Names.fold(DOCTOR.matcher(s).replaceAll("doctor"))) {
      String w = TITLE_ABBREVIATIONS.getOrDefault(folded, folded);
      w = ROLE_SYNONYMS.getOrDefault(w, w);
      if (!ROLE_STOP.contains(w)) {
        out.add(singular(w));
      }
    }
    return out;
  }

  /** Titles of whoever heads an organisation, in the words a lede and a body use for them. */
  private static final ImmutableSet<String> HEADS = ImmutableSet.<String>builder().addAll(TOP_TITLES)
      .addAll(OrganizationKinds.translitAll("head", "chief", "boss", "manager")).build();

  /**
   * Whether a description and one of a candidate's titles are two wordings of one post, as a
   * lede's description and the body's apposition often are: both head an organisation ("The head
   * of the authority" and "the authority's general manager"), or both rest on one word stem ("The
   * engineer responsible for the check" and "a director of Penhallow Civil Engineering", "The
   * ministry's most senior civil servant" and "the ministry's permanent secretary").
   */
  static boolean paraphrases(String description, Entity candidate) {
    Set<String> dw = contentWords(description);
    dw.removeAll(properWordsFolded(description));
    boolean heads = !java.util.Collections.disjoint(dw, HEADS);
    for (String title : candidate.roles) {
      Set<String> tw = contentWords(title);
      if (!java.util.Collections.disjoint(tw, QUALIFIERS)) {
        continue;
      }
      if (heads && !java.util.Collections.disjoint(tw, HEADS)) {
        return true;
      }
      for (String a : dw) {
        for (String b : tw) {
          if (a.length() >= 6 && b.length() >= 6 && a.regionMatches(0, b, 0, 6)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Set<String> properWordsFolded(String s) {
    Set<String> out = new HashSet<>();
    for (String w : SPACES.split(s)) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        out.addAll(Names.fold(w));
      }
    }
    return out;
  }
}

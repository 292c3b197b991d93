package dev.verbatim.mention;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.MentionKind;
import dev.verbatim.Span;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds a {@link SpeakerMention} from the head token of a noun phrase, using the named-entity
 * tags and the dependency tree: the name, the title before it, an apposition, an affiliation. Stateless
 * apart from the immutable name-gender table; thread-safe.
 */
public final class MentionBuilder {
  /** Commas and spaces at either end. */
  private static final Pattern EDGE_COMMAS = Pattern.compile("^[,\\s]+|[,\\s]+$");
  /** Runs of anything but letters. */
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  /** The prepositions after a title ("minister for", "head of", "professor at"). */
  private static final Pattern FOR_OF_AT = Pattern.compile("(?i)for|of|at");
  /** A possessive "'s" at the end. */
  private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");
  /** A short nickname in quotation marks, with the spaces around it. */
  private static final Pattern QUOTED_NICKNAME =
      Pattern.compile("\\s*[\"\u201C\u2018][^\"\u201C\u201D\u2018\u2019]{1,30}[\"\u201D\u2019]\\s*");
  /** An opening quotation mark and what follows it at the end. */
  private static final Pattern OPEN_QUOTE_TAIL = Pattern.compile("\\s*[\"\u201C\u2018]\\S*$");
  /** An article at the start. */
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");
  private static final ImmutableSet<String> FEMALE_TITLES = ImmutableSet.of(
      "mrs", "ms", "miss", "lady", "baroness", "queen", "princess", "spokeswoman", "chairwoman",
      "actress", "mother", "wife", "sister", "daughter", "grandmother", "congresswoman", "madam",
      "dame", "businesswoman", "policewoman", "sportswoman");
  private static final ImmutableSet<String> MALE_TITLES = ImmutableSet.of(
      "mr", "sir", "lord", "king", "prince", "spokesman", "father", "husband", "brother", "son",
      "grandfather", "congressman", "businessman", "policeman", "sportsman");
  private static final ImmutableSet<String> REPRESENTATIVES = Words.REPRESENTATIVES;

  private static final ImmutableSet<String> DELEGATES = ImmutableSet.of(
      "office", "spokesperson", "spokesman", "spokeswoman", "representative", "aide", "camp",
      "campaign", "press secretary");

  private final NameGenders genders;

  /**
   * Creates a builder over a first-name gender table.
   *
   * @param genders first-name gender table
   */
  public MentionBuilder(NameGenders genders) {
    this.genders = genders;
  }

  /**
   * @param doc the analysed text
   * @param headIndex a token that heads a noun phrase or is a pronoun
   * @return the mention, or null when the phrase cannot name a speaker (a document, an object)
   */
  public SpeakerMention build(AnalyzedText doc, int headIndex) {
    int h = followRelative(doc, headIndex);
    Token t = doc.token(h);
    String lower = t.text().toLowerCase(Locale.ROOT);
    if (t.pos().startsWith("PRP")) {
      int verb = t.head() >= 0 ? t.head() : t.index() + 1 < doc.tokens().size() ? t.index() + 1 : -1;
      if (lower.equals("i") && t.text().equals("I") && verb >= 0
          && REPORTERS_QUESTIONS.contains(doc.token(verb).lemma().toLowerCase(Locale.ROOT))) {
        // "I ask her whether ...": the reporter asking in the first person is the byline's writer
        // (only asking: "as though I had suggested ..." is the reporter's narrative)
        int writer = bylineWriter(doc);
        return writer < 0 ? null : person(doc, writer);
      }
      return pronoun(t, lower);
    }
    if (Words.isTimeWord(t.lemma()) && !t.ner().equals("PERSON") && !t.ner().equals("ORGANIZATION")) {
      return null;   // "published in January": a date is not a speaker
    }
    if (h > 0 && Words.isPostNominal(t.text())
        && doc.token(h - 1).ner().equals("PERSON")) {
      return person(doc, h - 1);   // "Alasdair Keane KC" with "KC" as the phrase's head
    }
    if (t.ner().equals("ORGANIZATION") && Words.isPersonNoun(t.lemma()) && t.text().equals(t.text().toUpperCase(Locale.ROOT))
        && (h == 0 || !doc.token(h - 1).ner().equals("ORGANIZATION"))
        && (h + 1 >= doc.tokens().size() || !doc.token(h + 1).ner().equals("ORGANIZATION"))) {
      return role(doc, h);   // "The local MSP, Anne Gillanders,": a title the tagger took for a name
    }
    switch (t.ner()) {
      case "PERSON":
        return person(doc, h);
      case TagRepair.EPITHET:
        return role(doc, h);
      case "ORGANIZATION":
      case "LOCATION":
        return organization(doc, h, t.ner().equals("LOCATION"));
      default:
        break;
    }
    if (Words.isAgeEpithet(doc, h)) {
      return role(doc, h);
    }
    if (lower.equals("one")) {
      // "One of them, Kieran Doyle, a delivery driver, said": the person named in apposition.
      int appos = child(doc, h, "appos");
      if (appos >= 0 && doc.token(appos).ner().equals("PERSON")) {
        return person(doc, appos);
      }
    }
    if (lower.equals("one") || lower.equals("two") || lower.equals("some") || lower.equals("several")) {
      // "One of them said", "one of the people familiar with the talks said": the group spoke.
      for (int c : doc.children(h)) {
        if (c > h && doc.token(c).relationIs("nmod") && doc.hasCaseChild(c, "of")) {
          return build(doc, c);
        }
      }
    }
    if (!t.isNoun()) {
      return null;
    }
    int given = nameGivenInRelative(doc, h);
    if (given >= 0) {
      return person(doc, given);
    }
    if (lower.equals("statement") && t.relationIs("nsubj")) {
      // "Keyholt's statement said", "a statement from the family said", and after "X said in a
      // statement", "the statement added": who issued it is the speaker (other documents are not)
      return statementIssuer(doc, h);
    }
    if (OWNED_VOICES.contains(lower) && t.relationIs("nsubj")) {
      // "Its leader column argues that ...", "the paper's editorial goes further, saying ...",
      // "its front page says ...": a newspaper's own voice is the newspaper's, when it names it
      int owner = child(doc, h, "nmod:poss");
      SpeakerMention o = owner >= 0 ? build(doc, owner) : null;
      if (o != null && o.kind() != MentionKind.NAME) {
        return o;   // not "Maria's column" (a person's is hers, read below)
      }
    }
    // A common-noun head with a name inside its phrase: "the Acme spokesperson", "Mayor Jane Doe".
    int appos = child(doc, h, "appos");
    if (appos >= 0 && !doc.token(appos).ner().equals("PERSON")) {
      // "Outside court, Ms Hollis's father, Graham Hollis, said": of several appositions, the name.
      for (int c : doc.children(h)) {
        if (c > appos && doc.token(c).relationIs("appos") && doc.token(c).ner().equals("PERSON")) {
          appos = c;
          break;
        }
      }
    }
    if (appos < 0 && Words.isPersonNoun(t.lemma())) {
      appos = apposOfModifier(doc, h);
    }
    if (appos >= 0 && doc.token(appos).ner().equals("PERSON")) {
      SpeakerMention p = person(doc, appos);
      String role = text(doc, PhraseEdges.leftEdge(doc, h, true), h);
      return new SpeakerMention(p.head(), p.span(), p.kind(), p.name(), role, p.affiliation(),
          p.gender(), false, true, null, false);
    }
    if (t.isProperNoun() && !Words.isPersonNoun(t.lemma())) {
      return organization(doc, h, false);
    }
    if (appos >= 0 && doc.token(appos).ner().equals("ORGANIZATION") && Words.isPersonNoun(t.lemma())) {
      return organization(doc, appos, false);   // "The landowner, the Ellery Estate, has said": the organisation
    }
    if (Words.isPersonNoun(t.lemma())) {
      if (t.relationIs("appos") && t.head() >= 0 && t.head() < h && doc.token(t.head()).ner().equals("PERSON")) {
        return person(doc, t.head());   // "Nurlan Asanaliev, deputy chairman of ...": the name it describes
      }
      int right = PhraseEdges.rightEdge(doc, h);
      if (right > h + 1 && doc.token(right).ner().equals("PERSON") && doc.token(right).sentence() == t.sentence()) {
        // "Chairman of the National Bank Askar Nurlanov stated": the name the parse hung on the role's
        // complement; the role is its title.
        SpeakerMention p = person(doc, right);
        int[] run = run(doc, right, "PERSON");
        String title = text(doc, PhraseEdges.leftEdge(doc, h, false), run[0] - 1);
        return new SpeakerMention(p.head(), p.span(), p.kind(), p.name(), title, p.affiliation(),
            p.gender() != Gender.UNKNOWN ? p.gender() : titleGender(title), false, true, null, false);
      }
      return role(doc, h);
    }
    if (Words.MEDIA_NOUNS.contains(t.lemma()) && isDefinite(doc, h)
        && (!t.lemma().equalsIgnoreCase("agency") || newsAgency(doc, h))) {
      // "the news site The Stack Report": the name that follows.
      int name = h + 1;
      while (name < doc.tokens().size() && doc.token(name).sentence() == t.sentence()
          && (doc.token(name).isProperNoun() || doc.token(name).pos().equals("DT") && name == h + 1)) {
        name++;
      }
      if (name - 1 > h && doc.token(name - 1).ner().equals("PERSON") && doc.token(h + 1).ner().equals("PERSON")) {
        // "the broadcaster Harriet Olumide": a person who broadcasts, not a station.
        SpeakerMention p = person(doc, name - 1);
        return new SpeakerMention(p.head(), p.span(), p.kind(), p.name(), text(doc, PhraseEdges.leftEdge(doc, h, false), h),
            p.affiliation(), p.gender(), false, true, null, false);
      }
      if (name - 1 > h && doc.token(name - 1).isProperNoun()) {
        // The noun says what the name is, whatever its words: "the publication Helsingin Sanomat".
        SpeakerMention o = organization(doc, name - 1, false);
        return new SpeakerMention(o.head(), o.span(), o.kind(), o.name(), o.title(), o.affiliation(),
            o.gender(), o.plural(), o.definite(), o.represents(), true);
      }
      int left = PhraseEdges.leftEdge(doc, h, false);
      return new SpeakerMention(h, doc.span(left, h), MentionKind.ORGANIZATION,
          stripArticle(text(doc, left, h)), null, null, Gender.UNKNOWN, false, true, null, true);
    }
    if (Words.isOrganizationNoun(t.lemma())) {
      int holder = delegator(doc, h);
      if (holder >= 0) {
        return build(doc, holder);
      }
      int left = PhraseEdges.leftEdge(doc, h, false);
      int right = PhraseEdges.rightEdge(doc, h);
      // "the news service Cardell News": the name right after the noun.
      if (right + 1 < doc.tokens().size() && doc.token(right + 1).ner().equals("ORGANIZATION")
          && doc.token(right + 1).sentence() == t.sentence()) {
        int[] run = run(doc, right + 1, "ORGANIZATION");
        return organization(doc, run[1], false);
      }
      // "the ferry operator, Northsound Lines, said": the name in apposition.
      if (right + 2 < doc.tokens().size() && doc.token(right + 1).text().equals(",")
          && doc.token(right + 2).ner().equals("ORGANIZATION")
          && doc.token(right + 2).sentence() == t.sentence()) {
        int[] run = run(doc, right + 2, "ORGANIZATION");
        return organization(doc, run[1], false);
      }
      String name = stripArticle(text(doc, left, right));
      return new SpeakerMention(h, doc.span(left, right), MentionKind.ORGANIZATION, name, null, null,
          Gender.UNKNOWN, t.pos().endsWith("S"), isDefinite(doc, h), null, false);
    }
    return null;
  }

  /**
   * Who issued a statement that is the subject of a cue: the owner it names ("Keyholt's
   * statement", "its statement"), the source after "from" or "by"; for "the statement" alone, the
   * subject of the verb a statement was the object or setting of in the four sentences before ("X
   * said in a statement", "X issued a statement"); null when none is found.
   */
  private SpeakerMention statementIssuer(AnalyzedText doc, int h) {
    for (int c : doc.children(h)) {
      Token ct = doc.token(c);
      if (ct.relationIs("nmod:poss") || ct.relationIs("nmod") && c > h && doc.hasCaseChild(c, "from", "by")
          && !Words.DOCUMENT_NOUNS.contains(ct.lemma().toLowerCase(Locale.ROOT))) {
        return build(doc, c);
      }
    }
    int det = child(doc, h, "det");
    if (det < 0 || !doc.token(det).lemma().equalsIgnoreCase("the") || h - det != 1) {
      return null;
    }
    int sentence = doc.token(h).sentence();
    for (int k = h - 1; k >= 0 && doc.token(k).sentence() >= sentence - 4; k--) {
      Token kt = doc.token(k);
      if (!kt.lemma().equalsIgnoreCase("statement") || kt.head() < 0 || !doc.token(kt.head()).isVerb()) {
        continue;
      }
      for (int c : doc.children(kt.head())) {
        if (doc.token(c).relationIs("nsubj")) {
          return doc.token(c).lemma().equalsIgnoreCase("statement") ? null : build(doc, c);
        }
      }
      return null;
    }
    return null;
  }

  /** A publication's own voice, whose owner named by a possessive speaks ("its editorial"). */
  private static final ImmutableSet<String> OWNED_VOICES = ImmutableSet.of(
      "editorial", "column", "page", "commentary", "editorials", "columns");

  /** Verbs of the reporter's own questions in a first-person interview. */
  private static final java.util.Set<String> REPORTERS_QUESTIONS = java.util.Set.of("ask", "press", "put");

  /** The last token of the person a byline names ("By Rhiannon Vyse"), or -1. */
  private static int bylineWriter(AnalyzedText doc) {
    for (dev.verbatim.nlp.Sentence s : doc.sentences()) {
      if (s.paragraph() > doc.ledeParagraph()) {
        break;
      }
      if (!doc.isByline(s.index())) {
        continue;
      }
      int last = -1;
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (doc.token(i).ner().equals("PERSON")) {
          last = i;
        } else if (last >= 0) {
          break;
        }
      }
      return last;
    }
    return -1;
  }

  private SpeakerMention pronoun(Token t, String lower) {
    Gender g = Words.MALE_PRONOUNS.contains(lower) ? Gender.MALE
        : Words.FEMALE_PRONOUNS.contains(lower) ? Gender.FEMALE : Gender.UNKNOWN;
    boolean plural = Words.PLURAL_PRONOUNS.contains(lower);
    if (g == Gender.UNKNOWN && !plural && !lower.equals("it") && !lower.equals("its")) {
      return null;
    }
    return new SpeakerMention(t.index(), Span.of(t.begin(), t.end()), MentionKind.PRONOUN, t.text(),
        null, null, g, plural, true, null, false);
  }

  /**
   * Whether a word opening its sentence is written in capitals for emphasis ("RAGING", "SHAMED"),
   * as tabloids open a story: letters only, at least four of them, none lower-case, not a role.
   */
  private static boolean shouted(AnalyzedText doc, int i) {
    Token t = doc.token(i);
    String w = t.text();
    if (i != doc.sentences().get(t.sentence()).firstToken() || w.length() < 4 || Words.isPersonNoun(t.lemma())) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isLetter(w.charAt(k)) || Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds a person mention around a PERSON token: its name run, title and affiliation.
   *
   * @param doc the analysed text
   * @param h index of a token tagged PERSON
   * @return the mention
   */
  public SpeakerMention person(AnalyzedText doc, int h) {
    int[] run = run(doc, h, "PERSON");
    // Titles the tagger took into the name ("Mayor Helen Okafor") belong to the title.
    while (run[0] < run[1] && (Words.isPersonNoun(doc.token(run[0]).lemma())
        && genders.genderOf(doc.token(run[0]).text()) == Gender.UNKNOWN   // "Adrian", "Julian": names, not "-ian" roles
        || doc.token(run[0]).text().endsWith(".")
        || Words.TITLE_ABBREVIATIONS.containsKey(doc.token(run[0]).text().toLowerCase(Locale.ROOT)))) {
      run[0]++;   // (and "Cllr Anita Sorensen": the councillor)
    }
    // ... and so does one inside it before a first name, after a place the tagger took for a name
    // ("Port Aldine Mayor Teresa Cole": the name is Teresa Cole, the title Port Aldine Mayor).
    for (int i = run[1] - 1; i > run[0]; i--) {
      Token ti = doc.token(i);
      if (Character.isUpperCase(ti.text().charAt(0)) && Words.isPersonNoun(ti.lemma())
          && genders.genderOf(ti.text()) == Gender.UNKNOWN && genders.genderOf(doc.token(i + 1).text()) != Gender.UNKNOWN) {
        run[0] = i + 1;
        break;
      }
    }
    int nameHead = run[1];
    for (int i = run[0]; i <= run[1]; i++) {
      Token ti = doc.token(i);
      if (ti.head() < run[0] || ti.head() > run[1]) {
        nameHead = i;
      }
    }
    int left = Math.min(run[0], PhraseEdges.leftEdge(doc, nameHead, false));
    if (!doc.parsed(doc.token(h).sentence())) {
      // No tree: the title words right before the name ("Finance Minister Jane Roe").
      int sentence = doc.token(h).sentence();
      while (left > 0 && doc.token(left - 1).sentence() == sentence && doc.token(left - 1).isNoun()
          && (Words.isPersonNoun(doc.token(left - 1).lemma())
              || left < run[0] && doc.token(left - 1).isProperNoun())) {
        left--;
      }
    }
    while (left < run[0] && (doc.token(left).isPunctuation() || doc.token(left).pos().equals("POS"))) {
      left++;
    }
    while (left < run[0] && shouted(doc, left)) {
      left++;   // "RAGING Kenny Blunt tore into ...": a tabloid's capitals, not a title
    }
    while (left < run[0] && doc.token(left).pos().startsWith("VB")
        && !doc.token(left).text().equalsIgnoreCase("acting")) {
      left++;   // "opened by asking Mr Ashcombe", the verb parsed as the name's modifier: no title
    }
    String title = left < run[0] ? text(doc, left, run[0] - 1) : null;
    if (title == null && !doc.parsed(doc.token(h).sentence())) {
      title = NameTitles.surfaceApposition(doc, run);
    }
    Token nh = doc.token(nameHead);
    if (title == null && nh.relationIs("appos") && nh.head() >= 0 && nh.head() < run[0]
        && doc.token(nh.head()).isNoun() && Words.isPersonNoun(doc.token(nh.head()).lemma())) {
      // "The first witness, Kirsty Bain, said": the role the name is in apposition to.
      title = text(doc, PhraseEdges.leftEdge(doc, nh.head(), false), nh.head());
    }
    String before = NameTitles.surfaceRoleBefore(doc, left, run[1]);
    String bare = before == null ? null
        : LEADING_DETERMINER.matcher(before).replaceFirst("").toLowerCase(Locale.ROOT);
    if (before != null && (title == null || !title.toLowerCase(Locale.ROOT).contains(bare))) {
      // "his director of operations, Peter Okafor,", "The chair, Councillor Rosalind Pyke,": a role
      // set off by a comma right before the name (and its title), whatever the parse made of it.
      title = title == null ? before : title + "; " + before;
    }
    int appos = child(doc, nameHead, "appos");
    if (appos >= 0 && !doc.token(appos).ner().equals("PERSON")
        && !doc.token(doc.subtreeRange(appos)[0]).pos().startsWith("VB")) {
      // ("Neil Fairbairn, giving evidence for the company, said": a participle's clause is no title)
      int[] r = doc.subtreeRange(appos);
      String apposText = EDGE_COMMAS.matcher(text(doc, r[0], r[1])).replaceAll("");
      title = title == null ? apposText : title + "; " + apposText;
    }
    for (int c : doc.children(nameHead)) {
      if (doc.token(c).relationIs("acl") && c > run[1] && title == null) {
        int[] r = doc.subtreeRange(c);
        for (int i = r[0]; i <= r[1]; i++) {
          if (doc.token(i).isNoun() && Words.isPersonNoun(doc.token(i).lemma()) && !titlesSomeoneNamed(doc, i)) {
            title = text(doc, PhraseEdges.leftEdge(doc, i, false), PhraseEdges.rightEdge(doc, i));
            break;
          }
        }
      }
    }
    String affiliation = null;
    for (int c : doc.children(nameHead)) {
      Token ct = doc.token(c);
      if (ct.relationIs("nmod") && c > run[1] && doc.hasCaseChild(c, "of", "at", "from")
          && ct.ner().equals("ORGANIZATION")) {
        int[] or = run(doc, c, "ORGANIZATION");
        affiliation = text(doc, or[0], or[1]);
      }
    }
    String court = NameTitles.courtRole(doc, run);
    if (court != null) {
      title = title == null ? court : title + "; " + court;
    }
    String name = nameText(doc, run[0], run[1]);
    // Only a first name tells gender: a lone surname ("Raman") may be a first name elsewhere.
    Gender g = run[1] > run[0] ? genders.genderOf(doc.token(run[0]).text()) : Gender.UNKNOWN;
    if (g == Gender.UNKNOWN && title != null) {
      g = titleGender(title);
    }
    return new SpeakerMention(nameHead, doc.span(left, run[1]), MentionKind.NAME, name, title,
        affiliation, g, false, true, null, false);
  }

  private SpeakerMention organization(AnalyzedText doc, int h, boolean location) {
    String tag = doc.token(h).ner();
    int[] run = tag.equals("O") ? new int[] {PhraseEdges.leftEdge(doc, h, false), h} : run(doc, h, tag);
    int left = Math.min(run[0], PhraseEdges.leftEdge(doc, run[1], false));
    String description = null;
    if (!tag.equals("O")) {
      // "German industrial pump maker Halvora AG": the name, without the description before it,
      // which is kept as the organisation's title ("the pump maker" can then find it).
      int named = run[0];
      while (named > left && (doc.token(named - 1).isProperNoun()
          || Character.isUpperCase(doc.token(named - 1).text().charAt(0)) && !doc.token(named - 1).pos().equals("DT"))) {
        named--;   // "Russian Foreign Ministry" keeps its adjective; "pump maker" is a description
      }
      if (named > left) {
        description = stripArticle(text(doc, left, named - 1));
      }
      left = named;
    }
    String name = stripArticle(text(doc, left, run[1]));
    boolean media = false;
    for (String w : NON_LETTERS.split(name.toLowerCase(Locale.ROOT))) {
      media |= Words.MEDIA_WORDS.contains(w);
    }
    return new SpeakerMention(h, doc.span(left, run[1]), MentionKind.ORGANIZATION, name, description, null,
        Gender.UNKNOWN, false, true, null, media && !location);
  }

  private SpeakerMention role(AnalyzedText doc, int h) {
    Token t = doc.token(h);
    int left = PhraseEdges.leftEdge(doc, h, true);
    int right = PhraseEdges.rightEdge(doc, h);
    int age = Words.isAgeEpithet(doc, h) ? PhraseEdges.ageEpithetStart(doc, h) : -1;
    if (age >= 0 && age < left) {
      // "The 54-year-old said", split into "54 - year - old" and misparsed: the whole epithet,
      // with its article, whatever the parse attached the pieces to.
      left = age;
      right = Math.max(right, h);
      boolean definite = doc.token(age).text().equalsIgnoreCase("the")
          || doc.token(age).pos().equals("PRP$") || doc.token(age).pos().equals("POS");
      return new SpeakerMention(h, doc.span(left, right), MentionKind.ROLE, text(doc, left, right),
          text(doc, left, right), null, Gender.UNKNOWN, false, definite || isDefinite(doc, h), null, false);
    }
    String description = text(doc, left, right);
    // "the race's medical director, Dr Ingrid Solberg" / "Her co-author Matteo Brandl": the name.
    int next = right + 1;
    // Also "the festival's founder, the veteran critic Bernard Maguire": a second, descriptive role.
    while (next < doc.tokens().size() && next <= right + 5 && doc.token(next).sentence() == t.sentence()
        && (doc.token(next).text().equals(",") || Words.isPersonNoun(doc.token(next).lemma())
            || (next > right + 1 && doc.token(right + 1).text().equals(",")
                && (doc.token(next).pos().equals("DT") || doc.token(next).pos().startsWith("JJ")
                    || doc.token(next).pos().equals("NN"))))) {
      next++;
    }
    if (next < doc.tokens().size() && doc.token(next).sentence() == t.sentence()
        && doc.token(next).ner().equals("PERSON")) {
      SpeakerMention p = person(doc, next);
      return new SpeakerMention(p.head(), p.span(), p.kind(), p.name(), description,
          p.affiliation(), p.gender(), false, true, null, false);
    }
    int holder = delegator(doc, h);
    if (holder >= 0) {
      return build(doc, holder);
    }
    SpeakerMention represents = null;
    if (REPRESENTATIVES.contains(t.lemma())) {
      for (int c : doc.children(h)) {
        Token ct = doc.token(c);
        boolean org = ct.ner().equals("ORGANIZATION") || ct.ner().equals("LOCATION")
            || Words.isOrganizationNoun(ct.lemma());
        if (org && ((ct.relationIs("nmod") && doc.hasCaseChild(c, "for", "of", "at", "from"))
            || (ct.relationIs("compound") && REPRESENTATIVES.contains(t.lemma()))
            || ct.relationIs("nmod:poss"))) {
          represents = build(doc, c);
        } else if (ct.relationIs("nmod:poss") && ct.ner().equals("O") && (!ct.isProperNoun() || hasDeterminer(doc, c))
            && Words.isPersonNoun(ct.lemma().toLowerCase(Locale.ROOT))) {
          // "the prime minister's official spokesman", "the First Minister's official spokesman"
          represents = build(doc, c);
        }
      }
      if (represents == null && REPRESENTATIVES.contains(t.lemma())) {
        represents = representedAfter(doc, h);
      }
    }
    Gender g = Gender.UNKNOWN;
    for (int i = left; i <= h; i++) {
      Gender tg = titleGender(doc.token(i).text());
      if (tg != Gender.UNKNOWN) {
        g = tg;
      }
    }
    String title = description;
    int appos = child(doc, h, "appos");
    if (appos > right && doc.token(appos).isNoun() && !doc.token(appos).ner().equals("PERSON")) {
      // "the study's senior author, a professor of epidemiology at Lyon,": what else the role says.
      int[] r = doc.subtreeRange(appos);
      title = description + "; " + EDGE_COMMAS.matcher(text(doc, r[0], r[1])).replaceAll("");
    }
    return new SpeakerMention(h, doc.span(left, right), MentionKind.ROLE, description, title,
        null, g, t.pos().endsWith("S"), isDefinite(doc, h), represents, false);
  }

  /**
   * "His office said", "Okafor's spokesman said": those who speak for a person speak as the person.
   * Returns the possessor (a personal pronoun or a person's name), or -1.
   */
  private static int delegator(AnalyzedText doc, int h) {
    if (!DELEGATES.contains(doc.token(h).lemma())) {
      return -1;
    }
    for (int c : doc.children(h)) {
      Token ct = doc.token(c);
      String w = ct.text().toLowerCase(Locale.ROOT);
      if (ct.relationIs("nmod:poss") && c < h && (ct.ner().equals("PERSON")
          || Words.MALE_PRONOUNS.contains(w) || Words.FEMALE_PRONOUNS.contains(w))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * "a spokesperson for the Dale Hospitals Trust" when the parse left "for ..." unattached: the
   * organisation named in the few words after "for", "of" or "at".
   */
  private SpeakerMention representedAfter(AnalyzedText doc, int h) {
    int n = doc.tokens().size();
    if (h + 2 >= n || !FOR_OF_AT.matcher(doc.token(h + 1).text()).matches()) {
      return null;
    }
    int sentence = doc.token(h).sentence();
    int last = -1;
    for (int i = h + 2; i < Math.min(n, h + 10) && doc.token(i).sentence() == sentence; i++) {
      Token ti = doc.token(i);
      if (ti.text().equals(",") || ti.isVerb()) {
        break;
      }
      if (ti.isNoun()) {
        last = i;
      }
    }
    if (last < 0) {
      return null;
    }
    Token lt = doc.token(last);
    if (lt.ner().equals("PERSON") || lt.ner().equals("O") && lt.isProperNoun()) {
      int[] r = run(doc, last, lt.ner());
      return organization(doc, r[1], false);
    }
    return build(doc, last);
  }

  /**
   * Whether a role noun is the title of another person named beside it ("Qureshi-Lowe, who was
   * dropped by Westerby wicketkeeper Sam Ingleby": the wicketkeeper is Ingleby).
   */
  private static boolean titlesSomeoneNamed(AnalyzedText doc, int noun) {
    int h = doc.token(noun).head();
    if (h >= 0 && doc.token(h).ner().equals("PERSON")) {
      return true;
    }
    for (int c : doc.children(noun)) {
      if (doc.token(c).ner().equals("PERSON") && (doc.token(c).relationIs("appos") || doc.token(c).relationIs("compound"))) {
        return true;
      }
    }
    return noun + 1 < doc.tokens().size() && doc.token(noun + 1).ner().equals("PERSON");
  }

  /** Whether a noun has a determiner ("the First Minister": a title, not a name). */
  private static boolean hasDeterminer(AnalyzedText doc, int noun) {
    for (int c : doc.children(noun)) {
      if (doc.token(c).relationIs("det")) {
        return true;
      }
    }
    return false;
  }

  private static Gender titleGender(String title) {
    for (String w : NON_LETTERS.split(title.toLowerCase(Locale.ROOT))) {
      if (FEMALE_TITLES.contains(w)) {
        return Gender.FEMALE;
      }
      if (MALE_TITLES.contains(w)) {
        return Gender.MALE;
      }
      if (w.endsWith("woman") && w.length() > 5) {
        return Gender.FEMALE;
      }
      if (w.endsWith("man") && w.length() > 4 && !w.equals("german") && !w.equals("human")
          && !w.equals("ottoman") && !w.endsWith("chairman")) {
        return Gender.MALE;
      }
    }
    return Gender.UNKNOWN;
  }

  private static int followRelative(AnalyzedText doc, int h) {
    Token t = doc.token(h);
    if ((t.pos().equals("WP") || t.pos().equals("WDT")) && t.head() >= 0) {
      Token verb = doc.token(t.head());
      if (verb.relationIs("acl") && verb.head() >= 0) {
        return verb.head();
      }
    }
    return h;
  }

  /** "the state news agency", "the press agency": an agency that is an outlet; "the roads agency" is not. */
  private static boolean newsAgency(AnalyzedText doc, int h) {
    int from = Math.max(0, h - 3);
    for (int i = h - 1; i >= from && doc.token(i).sentence() == doc.token(h).sentence(); i--) {
      String w = doc.token(i).lemma().toLowerCase(Locale.ROOT);
      if (w.equals("news") || w.equals("press") || w.equals("wire") || w.equals("newswire")) {
        return true;
      }
      if (!(doc.token(i).isNoun() || doc.token(i).pos().startsWith("JJ"))) {
        break;
      }
    }
    return false;
  }

  private static boolean isDefinite(AnalyzedText doc, int h) {
    int unparsed = PhraseEdges.unparsedLeft(doc, h);
    if (unparsed >= 0 && unparsed < h) {
      String d = doc.token(unparsed).text().toLowerCase(Locale.ROOT);
      if (d.equals("the") || d.equals("this") || d.equals("that") || doc.token(unparsed).pos().equals("PRP$")) {
        return true;
      }
    }
    // "The visitors' boss", "the club's new manager": a possessor before the noun's modifiers.
    for (int i = h - 1; i >= 0 && i >= h - 4 && doc.token(i).sentence() == doc.token(h).sentence(); i--) {
      Token ti = doc.token(i);
      if (ti.pos().equals("POS") || (ti.text().equals("\u2019") || ti.text().equals("'")) && i > 0
          && doc.token(i - 1).text().endsWith("s") && doc.token(i - 1).isNoun()) {
        return true;
      }
      if (!(ti.pos().startsWith("JJ") || ti.pos().startsWith("NN") || ti.pos().equals("VBN"))) {
        break;
      }
    }
    boolean modified = false;
    for (int c : doc.children(h)) {
      Token ct = doc.token(c);
      if (ct.relation().equals("det")) {
        String d = ct.text().toLowerCase(Locale.ROOT);
        return d.equals("the") || d.equals("this") || d.equals("that");
      }
      if (ct.relationIs("nmod:poss")) {
        return true;
      }
      modified |= c < h && (ct.relationIs("amod") || ct.relationIs("nummod"));
    }
    if (h > 0 && doc.token(h - 1).sentence() == doc.token(h).sentence()) {
      String prev = doc.token(h - 1).text().toLowerCase(Locale.ROOT);
      if (prev.equals("the") || prev.equals("this") || prev.equals("that")) {
        return true;
      }
      if (prev.equals("a") || prev.equals("an") || prev.equals("another") || prev.equals("one")) {
        return false;
      }
    }
    // Headline style drops the article: "Bank holds rates as governor warns ...".
    Token t = doc.token(h);
    if (t.lemma().equalsIgnoreCase("counsel") && t.pos().equals("NN")) {
      return true;   // "Defence counsel told the jury ...", "counsel for the family said": no article, one person
    }
    return !modified && t.pos().equals("NN") && doc.paragraphAtOrAfter(t.begin()) == 0;
  }

  /** Returns the first and last token of the run of tokens tagged {@code tag} around {@code h}. */
  static int[] run(AnalyzedText doc, int h, String tag) {
    int s = h;
    int e = h;
    int sentence = doc.token(h).sentence();
    while (s > 0 && doc.token(s - 1).sentence() == sentence && doc.token(s - 1).ner().equals(tag)) {
      s--;
    }
    int n = doc.tokens().size();
    while (e + 1 < n && doc.token(e + 1).sentence() == sentence && doc.token(e + 1).ner().equals(tag)) {
      e++;
    }
    return new int[] {s, e};
  }


  /**
   * "Her former coach at Real Betis, Marta Gil, said": a name the parser hung on the role's
   * modifier (a place or an organisation, not a person) rather than on the role, or -1.
   */
  private static int apposOfModifier(AnalyzedText doc, int h) {
    for (int c : doc.children(h)) {
      Token ct = doc.token(c);
      if (c > h && ct.relationIs("nmod") && !ct.ner().equals("PERSON") && !Words.isPersonNoun(ct.lemma())) {
        int appos = child(doc, c, "appos");
        if (appos > c && doc.token(appos).ner().equals("PERSON")) {
          return appos;
        }
      }
    }
    return -1;
  }

  /**
   * "Another witness, who gave her name only as Denise,", "a retired nurse who gave her name only as
   * Raushan", "a man identified only as Tomas": the name the description gives is the speaker's
   * (on the description or on its apposition); -1 when it gives none.
   */
  private static int nameGivenInRelative(AnalyzedText doc, int h) {
    List<Integer> nouns = new ArrayList<>();
    nouns.add(h);
    for (int c : doc.children(h)) {
      if (doc.token(c).relationIs("appos") && doc.token(c).isNoun()) {
        nouns.add(c);
      }
    }
    for (int n : nouns) {
      for (int v : doc.children(n)) {
        Token verb = doc.token(v);
        if (!verb.relation().startsWith("acl") || v < n) {
          continue;
        }
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        boolean gives = lemma.equals("give") && child(doc, v, "obj") >= 0
            && doc.token(child(doc, v, "obj")).lemma().equalsIgnoreCase("name");
        if (!gives && !lemma.equals("identify")) {
          continue;
        }
        for (int k : doc.children(v)) {
          if (doc.token(k).ner().equals("PERSON") && doc.hasCaseChild(k, "as")) {
            return k;
          }
        }
      }
    }
    return -1;
  }

  /** A determiner or possessive opening a role ("The mayor", "his director of operations"). */
  private static final Pattern LEADING_DETERMINER =
      Pattern.compile("^(?:the|a|an|his|her|its|their|our)\\s+", Pattern.CASE_INSENSITIVE);

  private static int child(AnalyzedText doc, int h, String relation) {
    for (int c : doc.children(h)) {
      if (doc.token(c).relationIs(relation)) {
        return c;
      }
    }
    return -1;
  }

  /** The text from the first to the last token, inclusive, as written. */
  static String text(AnalyzedText doc, int from, int to) {
    return doc.text().substring(doc.token(from).begin(), doc.token(to).end());
  }

  private static String nameText(AnalyzedText doc, int from, int to) {
    int e = to;
    while (e > from && (doc.token(e).pos().equals("POS") || doc.token(e).isPunctuation())) {
      e--;
    }
    // A nickname in quotation marks is not part of the name: "Kenny “Bulldog” Blunt" is Kenny Blunt.
    String name = POSSESSIVE_END.matcher(text(doc, from, e)).replaceAll("");
    name = QUOTED_NICKNAME.matcher(name).replaceAll(" ");
    return OPEN_QUOTE_TAIL.matcher(name).replaceAll("").trim();
  }

  private static String stripArticle(String s) {
    return POSSESSIVE_END.matcher(LEADING_ARTICLE.matcher(s).replaceFirst("")).replaceAll("");
  }
}

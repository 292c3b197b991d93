package dev.verbatim.entity;

import com.google.common.collect.ImmutableSet;
import dev.verbatim.SpeakerKind;
import dev.verbatim.mention.Gender;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.mention.SpeakerMention;
import dev.verbatim.mention.Words;
import dev.verbatim.nlp.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Groups the PERSON names of a document into person entities: by surname and compatible first
 * name, spelling variants and transliterations merged ({@link Names}); a bare surname shared by
 * two people goes to the one just named, else the one introduced first; a one-word "person" used
 * like an organisation ("a spokesperson for Tallo", "Tallo's chief executive") becomes one.
 */
final class NameClusters {
  /** A text with white space in it. */
  private static final Pattern HAS_SPACE = Pattern.compile(".*\\s.*");
  /** The prepositions after a title. */
  private static final Pattern FOR_OF_AT = Pattern.compile("(?i)for|of|at");
  /** What an organisation has and a person does not ("Tallo's chief executive", "Tallo's app"). */
  private static final ImmutableSet<String> ORG_POSSESSIONS = ImmutableSet.of(
      "chief", "board", "share", "staff", "customer", "employee", "engineer", "spokesperson",
      "spokesman", "spokeswoman", "app", "system", "network", "headquarters", "shareholder",
      "product", "store", "platform", "service", "website", "brand", "subsidiary", "revenue",
      "profit", "factory", "plant", "executive", "investor", "user", "client", "outage");
  private static final ImmutableSet<String> REPRESENTATIVES = Words.REPRESENTATIVES;

  private final AnalyzedText doc;
  private final MentionBuilder builder;
  private final List<Entity> entities;
  private final Map<Integer, Entity> nameRunEntity;
  private final Map<Integer, SpeakerMention> nameRunMention;
  private final TreeMap<Integer, SpeakerMention> nameRunByStart;
  private final Map<String, Entity> orgs;
  private final TreeMap<Integer, Entity> orgMentions;
  private final TreeMap<Integer, Entity> titledSites;

  NameClusters(DocumentState state) {
    this.doc = state.doc;
    this.builder = state.builder;
    this.entities = state.entities;
    this.nameRunEntity = state.nameRunEntity;
    this.nameRunMention = state.nameRunMention;
    this.nameRunByStart = state.nameRunByStart;
    this.orgs = state.orgs;
    this.orgMentions = state.orgMentions;
    this.titledSites = state.titledSites;
  }

  /**
   * Finds every PERSON name in the text and groups the names into person entities; records the
   * name runs and the titled people in the document state.
   */
  void cluster() {
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
    innerNames.clear();
    for (boolean fullNames : new boolean[] {true, false}) {
      for (SpeakerMention m : found) {
        List<String> words = Names.fold(m.name());
        if (words.size() >= 2 && KNIGHTHOODS.contains(words.get(0))) {
          // "Dame Rosalind Teague" is Rosalind Teague; "Dame Rosalind", "Sir Keir" her first name alone.
          words = words.subList(1, words.size());
        }
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
        for (int k = 1; fullNames && k < words.size() - 1; k++) {
          if (words.get(k).length() >= 3) {
            innerNames.computeIfAbsent(words.get(k), w -> new ArrayList<>()).add(e);
          }
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

  private Entity fullNameEntity(Map<String, List<Entity>> bySurname, List<String> words) {
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
    // "Lucille Hartigan Boyd ... Lucille Ann Hartigan" (a married and a maiden name, or a Spanish
    // name with and without its second surname): one person when the first names agree and one
    // name's surname is a word inside the other.
    for (Entity e : innerNames.getOrDefault(surname, List.of())) {
      if (e.firstName != null && Names.compatibleFirstNames(e.firstName, words.get(0))) {
        bySurname.computeIfAbsent(surname, x -> new ArrayList<>()).add(e);
        return e;
      }
    }
    for (int k = 1; k < words.size() - 1; k++) {
      for (Entity e : bySurname.getOrDefault(words.get(k), List.of())) {
        if (e.firstName != null && Names.compatibleFirstNames(e.firstName, words.get(0))) {
          bySurname.computeIfAbsent(surname, x -> new ArrayList<>()).add(e);
          return e;
        }
      }
    }
    return null;
  }

  /** A one-word name: the person with that surname (see below when there are two), or with that first name. */
  /** Honours used with the first name alone. */
  private static final java.util.Set<String> KNIGHTHOODS = java.util.Set.of("sir", "dame");

  /** The inner words of full names ("aguirre" in "Rodrigo Aguirre Benavente") and whose names they are in. */
  private final Map<String, List<Entity>> innerNames = new HashMap<>();

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
    // "Aguirre" after "Rodrigo Aguirre Benavente": a Spanish name's first surname, the one person
    // whose full name holds it inside.
    List<Entity> inner = innerNames.getOrDefault(word, List.of());
    return inner.stream().distinct().count() == 1 ? inner.get(0) : null;
  }
}

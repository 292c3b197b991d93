package dev.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Gender;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures {@link Speaker#gender()} against the corpus gold. The gold gender of a speaker is the
 * one its gold {@code speaker_mention} shows when that is a third-person pronoun (he, him, his:
 * male; she, her, hers: female); other speakers are not counted. Each such person is looked up
 * among the predicted speakers of the article: the speaker the extractor gave most of the person's
 * gold statements to, when its name matches as {@code score.py} matches names, else a predicted
 * speaker whose folded name has the same words or a subset or superset of them.
 */
final class GenderEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GenderEvaluation() {}

  /** A gold person: article, name, gender, and the spans of the person's gold statements. */
  record GoldPerson(String document, String name, Gender gender, List<Span> statements) {}

  /** What became of one gold person. */
  record Outcome(GoldPerson gold, Speaker predicted) {
    boolean found() {
      return predicted != null && predicted.kind() == SpeakerKind.PERSON;
    }

    Gender predictedGender() {
      return found() ? predicted.gender().orElseThrow() : Gender.UNKNOWN;
    }

    boolean gendered() {
      return predictedGender() != Gender.UNKNOWN;
    }

    boolean right() {
      return predictedGender() == gold.gender();
    }
  }

  /** Aggregates: people, found as a person, given a gender, given the right gender. */
  record Figures(int people, int found, int gendered, int right) {
    double coverage() {
      return people == 0 ? 0 : (double) gendered / people;
    }

    double accuracy() {
      return gendered == 0 ? 0 : (double) right / gendered;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%d people referred to by he/she; %d found as a person speaker; %d given a gender "
              + "(coverage %.3f); %d right (accuracy %.3f)",
          people, found, gendered, coverage(), right, accuracy());
    }
  }

  static Figures figures(List<Outcome> outcomes) {
    return new Figures(outcomes.size(), (int) outcomes.stream().filter(Outcome::found).count(),
        (int) outcomes.stream().filter(Outcome::gendered).count(),
        (int) outcomes.stream().filter(o -> o.gendered() && o.right()).count());
  }

  /** Reads the gold people of every {@code *.gold.jsonl} file in a folder. */
  static List<GoldPerson> goldPeople(Path folder) {
    Map<List<String>, GoldPerson> people = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".gold.jsonl")).sorted().toList()) {
        try (BufferedReader in = Files.newBufferedReader(f)) {
          String line;
          while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
              add(JSON.readTree(line), people);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(people.values());
  }

  private static void add(JsonNode document, Map<List<String>, GoldPerson> people) {
    String id = document.get("id").asText();
    for (JsonNode q : document.get("quotes")) {
      String speaker = q.path("speaker").asText("");
      Gender g = switch (q.path("speaker_mention").asText("").toLowerCase(Locale.ROOT)) {
        case "he", "him", "his" -> Gender.MALE;
        case "she", "her", "hers" -> Gender.FEMALE;
        default -> null;
      };
      if (g == null || speaker.isEmpty()) {
        continue;
      }
      GoldPerson p = people.computeIfAbsent(List.of(id, speaker),
          k -> new GoldPerson(id, speaker, g, new ArrayList<>()));
      p.statements().add(Span.of(q.get("start").asInt(), q.get("end").asInt()));
    }
  }

  /** Looks each gold person up in the results, by document id. */
  static List<Outcome> evaluate(List<GoldPerson> gold, Map<String, ExtractionResult> results) {
    List<Outcome> out = new ArrayList<>();
    for (GoldPerson p : gold) {
      ExtractionResult r = results.get(p.document());
      out.add(new Outcome(p, r == null ? null : find(p, r)));
    }
    return out;
  }

  private static Speaker find(GoldPerson p, ExtractionResult r) {
    Map<Speaker, Integer> votes = new HashMap<>();
    for (Citation c : r.citations()) {
      Speaker s = c.speaker().orElse(null);
      if (s != null && NameMatcher.sameName(p.name(), s.name())
          && p.statements().stream().anyMatch(g -> g.overlaps(c.span()))) {
        votes.merge(s, 1, Integer::sum);
      }
    }
    Speaker best = votes.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
    if (best != null) {
      return best;
    }
    List<String> gold = NameMatcher.fold(p.name());
    for (Speaker s : r.speakers()) {
      List<String> predicted = NameMatcher.fold(s.name());
      if (!gold.isEmpty() && !predicted.isEmpty()
          && (predicted.containsAll(gold) || gold.containsAll(predicted))) {
        return s;
      }
    }
    return null;
  }
}

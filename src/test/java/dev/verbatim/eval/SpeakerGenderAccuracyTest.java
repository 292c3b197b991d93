package dev.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ExtractionResult;
import dev.verbatim.eval.GenderEvaluation.Figures;
import dev.verbatim.eval.GenderEvaluation.GoldPerson;
import dev.verbatim.eval.GenderEvaluation.Outcome;
import dev.verbatim.mention.Gender;
import dev.verbatim.mention.NameGenders;
import dev.verbatim.testing.Corpus;
import dev.verbatim.testing.Extractors;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Speaker gender on the corpus: people the gold refers to by he/she (docs/records.md, "Speaker
 * gender"). Prints the figures; for the tuning part also each person given no gender or the wrong
 * one, for the held-out part the figures only. Run on its own with
 * {@code mvn -q -o test -Dtest=SpeakerGenderAccuracyTest}.
 */
class SpeakerGenderAccuracyTest {
  private static final NameGenders NAMES = NameGenders.load();

  @Test
  void tuningPartPeopleReferredToByHeOrSheGetTheirGender() {
    List<Outcome> outcomes = outcomes(Corpus.DEV);
    Figures f = GenderEvaluation.figures(outcomes);
    System.out.println("Speaker gender, tuning part: " + f);
    System.out.println("  first names alone: " + firstNamesAlone(outcomes));
    for (Outcome o : outcomes) {
      if (!o.gendered() || !o.right()) {
        System.out.println("  " + o.gold().document() + ": " + o.gold().name() + " ("
            + o.gold().gender() + ") -> " + (o.predicted() == null ? "not a speaker"
                : o.predicted().name() + " (" + o.predicted().kind() + ", "
                    + o.predicted().gender().map(Enum::name).orElse("no gender") + ")"));
      }
    }
    assertThat(f.people()).isGreaterThanOrEqualTo(400);
    assertThat(f.coverage()).as("coverage").isGreaterThanOrEqualTo(0.95);
    assertThat(f.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.985);   // measured 0.989 (556 of 562) on 172 articles
  }

  @Test
  void heldOutPartPeopleReferredToByHeOrSheGetTheirGender() {
    // Held-out discipline: figures only, never a person.
    List<Outcome> outcomes = outcomes(Corpus.HELDOUT);
    Figures f = GenderEvaluation.figures(outcomes);
    System.out.println("Speaker gender, held-out part: " + f);
    System.out.println("  first names alone: " + firstNamesAlone(outcomes));
    assertThat(f.people()).isGreaterThanOrEqualTo(250);
    assertThat(f.coverage()).as("coverage").isGreaterThanOrEqualTo(0.93);
    assertThat(f.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.98);
  }

  /**
   * What first-name statistics alone would give the people found: the evidence left for someone
   * the article never refers to by a pronoun or title.
   */
  private static String firstNamesAlone(List<Outcome> outcomes) {
    int found = 0;
    int gendered = 0;
    int right = 0;
    for (Outcome o : outcomes) {
      if (!o.found()) {
        continue;
      }
      found++;
      String[] words = o.predicted().name().split("\\s+");
      Gender g = words.length < 2 ? Gender.UNKNOWN : NAMES.genderOf(words[0]);
      if (g != Gender.UNKNOWN) {
        gendered++;
        right += g.name().equals(o.gold().gender().name()) ? 1 : 0;
      }
    }
    return String.format(Locale.ROOT, "%d of %d people found given a gender (%.3f), %d right (%.3f)",
        gendered, found, (double) gendered / found, right, (double) right / Math.max(1, gendered));
  }

  private static List<Outcome> outcomes(Path folder) {
    List<GoldPerson> gold = GenderEvaluation.goldPeople(folder);
    Map<String, ExtractionResult> results = new LinkedHashMap<>(
        Corpus.extract(Extractors.shared(), Corpus.gold(folder)));
    return GenderEvaluation.evaluate(gold, results);
  }
}

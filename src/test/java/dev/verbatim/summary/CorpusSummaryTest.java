package dev.verbatim.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.verbatim.Citation;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Gender;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Counting and merging, over results built by hand (no models). */
class CorpusSummaryTest {

  @Test
  void countsStatementsByTypeSpeakerAndWords() {
    Speaker ann = person("s1", "Ann Lee", Gender.FEMALE);
    Speaker acme = other("s2", "Acme Ltd", SpeakerKind.ORGANIZATION);
    ExtractionResult r = result(
        cite("We will win.", QuoteType.DIRECT, ann),
        cite("sales had doubled", QuoteType.INDIRECT, ann),
        cite("prices would rise “a little”", QuoteType.MIXED, acme),
        cite("Nobody knows.", QuoteType.DIRECT, null));

    CorpusSummary s = CorpusSummary.builder().add("d1", r).build();

    assertThat(s.total()).isEqualTo(new Counts(4, 2, 1, 1, 3 + 3 + 5 + 2, 2, 0, 0, 1, 0, 0, 0, 1));
    assertThat(s.speakers()).containsExactly(
        new SpeakerRow("Ann Lee", SpeakerKind.PERSON, Optional.of(Gender.FEMALE), 1, 2, 1, 1, 0, 6),
        new SpeakerRow("Acme Ltd", SpeakerKind.ORGANIZATION, Optional.empty(), 1, 1, 0, 0, 1, 5));
    assertThat(s.documents()).singleElement().satisfies(d -> {
      assertThat(d.speakers()).isEqualTo(2);
      assertThat(d.counts()).isEqualTo(s.total());
      assertThat(d.url()).isEmpty();
      assertThat(d.site()).isEmpty();
    });
    assertThat(s.sites()).isEmpty();
    assertThat(s.months()).isEmpty();
  }

  @Test
  void wordsAreRunsOfLettersAndDigitsWithInnerApostrophesAndHyphens() {
    assertThat(CorpusSummary.words("We don’t see a well-known 2.5% rise — at all.")).isEqualTo(10);
    assertThat(CorpusSummary.words("“...”")).isZero();
  }

  @Test
  void speakersOfTheSameNameAndKindMergeAcrossDocuments() {
    CorpusSummary s = CorpusSummary.builder()
        .add("d1", result(cite("One.", QuoteType.DIRECT, person("s1", "Ann Lee", Gender.FEMALE))))
        .add("d2", result(cite("Two.", QuoteType.DIRECT, person("s3", "Ann  Lee", Gender.FEMALE)),
            cite("Three.", QuoteType.DIRECT, person("s3", "Ann  Lee", Gender.FEMALE))))
        .build();

    assertThat(s.speakers()).singleElement().satisfies(r -> {
      assertThat(r.speaker()).as("the alphabetically first spelling").isEqualTo("Ann  Lee");
      assertThat(r.documents()).isEqualTo(2);
      assertThat(r.statements()).isEqualTo(3);
    });
  }

  @Test
  void aSurnameAloneAnotherKindOrAnotherCaseDoesNotMerge() {
    CorpusSummary s = CorpusSummary.builder()
        .add("d1", result(cite("One.", QuoteType.DIRECT, person("s1", "Ann Lee", Gender.FEMALE))))
        .add("d2", result(cite("Two.", QuoteType.DIRECT, person("s1", "Lee", Gender.UNKNOWN))))
        .add("d3", result(cite("Three.", QuoteType.DIRECT,
            other("s1", "Ann Lee", SpeakerKind.ORGANIZATION))))
        .add("d4", result(cite("Four.", QuoteType.DIRECT, person("s1", "ANN LEE", Gender.FEMALE))))
        .build();

    assertThat(s.speakers()).hasSize(4).allSatisfy(r -> assertThat(r.documents()).isEqualTo(1));
  }

  @Test
  void curlyAndStraightApostrophesMerge() {
    CorpusSummary s = CorpusSummary.builder()
        .add("d1", result(cite("One.", QuoteType.DIRECT, person("s1", "Liam O’Brien", Gender.MALE))))
        .add("d2", result(cite("Two.", QuoteType.DIRECT, person("s1", "Liam O'Brien", Gender.MALE))))
        .build();

    assertThat(s.speakers()).singleElement().extracting(SpeakerRow::documents).isEqualTo(2);
  }

  @Test
  void anonymousSourcesGroupsAndDescriptionsStayOneRowPerDocument() {
    CorpusSummary.Builder b = CorpusSummary.builder();
    for (String id : List.of("d1", "d2")) {
      b.add(id, result(
          cite("A.", QuoteType.DIRECT, other("s1", "a senior official", SpeakerKind.ANONYMOUS)),
          cite("B.", QuoteType.DIRECT, other("s2", "Residents", SpeakerKind.GROUP)),
          cite("C.", QuoteType.DIRECT, other("s3", "the club", SpeakerKind.ORGANIZATION)),
          cite("D.", QuoteType.DIRECT, other("s4", "Harbour Trust", SpeakerKind.ORGANIZATION))));
    }

    CorpusSummary s = b.build();

    assertThat(s.speakers()).extracting(SpeakerRow::speaker, SpeakerRow::documents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Harbour Trust", 2),
            org.assertj.core.groups.Tuple.tuple("a senior official", 1),
            org.assertj.core.groups.Tuple.tuple("a senior official", 1),
            org.assertj.core.groups.Tuple.tuple("Residents", 1),
            org.assertj.core.groups.Tuple.tuple("Residents", 1),
            org.assertj.core.groups.Tuple.tuple("the club", 1),
            org.assertj.core.groups.Tuple.tuple("the club", 1));
  }

  @Test
  void aMergedPersonTakesTheGenderMostOfItsDocumentsShowAndUnknownOnATie() {
    CorpusSummary.Builder b = CorpusSummary.builder();
    b.add("d1", result(cite("A.", QuoteType.DIRECT, person("s1", "Sam Roe", Gender.FEMALE))));
    b.add("d2", result(cite("B.", QuoteType.DIRECT, person("s1", "Sam Roe", Gender.UNKNOWN))));
    assertThat(b.build().speakers().get(0).gender()).contains(Gender.FEMALE);
    b.add("d3", result(cite("C.", QuoteType.DIRECT, person("s1", "Sam Roe", Gender.MALE))));
    assertThat(b.build().speakers().get(0).gender()).contains(Gender.UNKNOWN);
    b.add("d4", result(cite("D.", QuoteType.DIRECT, person("s1", "Sam Roe", Gender.MALE))));
    assertThat(b.build().speakers().get(0).gender()).contains(Gender.MALE);
  }

  @Test
  void theMonthIsTheYearAndMonthADateBeginsWith() {
    assertThat(CorpusSummary.month("2026-03-10T07:45:00Z")).contains("2026-03");
    assertThat(CorpusSummary.month("2026-03")).contains("2026-03");
    assertThat(CorpusSummary.month("14 March 2026")).isEmpty();
    assertThat(CorpusSummary.month("2026")).isEmpty();
  }

  @Test
  void sitesComeFromUrlHostsAndMonthsFromDates() {
    ExtractionResult one = result(cite("A.", QuoteType.DIRECT, person("s1", "Ann Lee", Gender.FEMALE)));
    ExtractionResult two = result(cite("B.", QuoteType.DIRECT, person("s1", "Bo Ray", Gender.MALE)),
        cite("C.", QuoteType.DIRECT, person("s1", "Bo Ray", Gender.MALE)));
    CorpusSummary s = CorpusSummary.builder()
        .add("a", "https://www.Example.com/x/1", "2026-03-10T07:45:00Z", one)
        .add("b", "http://example.com/y", "2026-03-31", two)
        .add("https://other.example/z", null, "14 March 2026", one)
        .add("d", null, null, one)
        .build();

    assertThat(s.sites()).containsExactly(
        new GroupRow("example.com", 2,
            s.documents().get(0).counts().plus(s.documents().get(1).counts())),
        new GroupRow("other.example", 1, s.documents().get(2).counts()));
    assertThat(s.sites().get(0).counts().statements()).isEqualTo(3);
    assertThat(s.sites().get(0).counts().female()).isEqualTo(1);
    assertThat(s.sites().get(0).counts().male()).isEqualTo(2);
    assertThat(s.months()).extracting(GroupRow::key, GroupRow::documents)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-03", 2));
    assertThat(s.documents().get(2).url()).contains("https://other.example/z");
    assertThat(s.documents().get(3).site()).isEmpty();
  }

  @Test
  void anEmptyCorpusHasNoRows() {
    CorpusSummary s = CorpusSummary.builder().build();
    assertThat(s.total()).isEqualTo(Counts.NONE);
    assertThat(s.speakers()).isEmpty();
    assertThat(s.documents()).isEmpty();
  }

  @Test
  void countsThatDoNotAddUpAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Counts(2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0))
        .withMessageContaining("is not statements 2");
  }

  static Speaker person(String id, String name, Gender gender) {
    return new Speaker(id, name, SpeakerKind.PERSON, List.of(), List.of(name), List.of(),
        List.of(), Optional.of(gender));
  }

  static Speaker other(String id, String name, SpeakerKind kind) {
    return new Speaker(id, name, kind, List.of(), List.of(name), List.of(), List.of());
  }

  /** A citation whose span is made up: the summary never looks at offsets. */
  static Citation cite(String text, QuoteType type, Speaker speaker) {
    return Citation.builder().statement(text, Span.of(0, text.length())).type(type)
        .speaker(speaker, null).rule(speaker == null ? "unattributed" : "cue-subject").build();
  }

  static ExtractionResult result(Citation... citations) {
    List<Speaker> speakers = new ArrayList<>();
    for (Citation c : citations) {
      c.speaker().filter(s -> !speakers.contains(s)).ifPresent(speakers::add);
    }
    return new ExtractionResult(List.of(citations), speakers, List.of());
  }
}

package dev.verbatim.spark;

import dev.verbatim.Citation;
import dev.verbatim.Cue;
import dev.verbatim.DetectionRule;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Mention;
import dev.verbatim.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns extraction results into rows of {@link CitationSchema#DOCUMENTS}; array columns are Java
 * arrays, which Spark's row encoder takes (it refuses {@code java.util.List}). Stateless and
 * thread-safe.
 */
final class ResultRows {
  private ResultRows() {}

  /** A document's row: its citations and speakers, no error. */
  static Row document(String id, ExtractionResult result) {
    List<Row> citations = new ArrayList<>(result.citations().size());
    for (Citation c : result.citations()) {
      citations.add(citation(id, citations.size(), c));
    }
    List<Row> speakers = new ArrayList<>(result.speakers().size());
    for (Speaker s : result.speakers()) {
      speakers.add(speaker(id, s));
    }
    return RowFactory.create(id, citations.toArray(new Row[0]), speakers.toArray(new Row[0]),
        new Row[0]);
  }

  /** A failed document's row: no citations or speakers, and the reason. */
  static Row failure(String id, String reason) {
    return RowFactory.create(id, new Row[0], new Row[0],
        new Row[] {RowFactory.create(id, reason)});
  }

  /** Describes a failure in one line: the exception's simple class name and message. */
  static String describe(Throwable t) {
    String message = t.getMessage();
    String text = t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return text.strip().replaceAll("\\s+", " ");
  }

  private static Row citation(String id, int index, Citation c) {
    Speaker speaker = c.speaker().orElse(null);
    Mention mention = c.mention().orElse(null);
    Cue cue = c.cue().orElse(null);
    return RowFactory.create(
        id,
        index,
        lower(c.type()),
        c.text(),
        c.span().start(),
        c.span().end(),
        speaker == null ? null : speaker.id(),
        speaker == null ? null : speaker.name(),
        speaker == null ? null : lower(speaker.kind()),
        mention == null ? null : mention.text(),
        mention == null ? null : mention.span().start(),
        mention == null ? null : mention.span().end(),
        mention == null ? null : lower(mention.kind()),
        cue == null ? null : cue.text(),
        cue == null ? null : cue.lemma(),
        cue == null ? null : cue.span().start(),
        cue == null ? null : cue.span().end(),
        c.confidence(),
        c.rule(),
        c.detection().map(DetectionRule::id).orElse(null),
        c.sourceNote().orElse(null),
        speaker == null ? null : gender(speaker));
  }

  private static Row speaker(String id, Speaker s) {
    List<Row> mentions = new ArrayList<>(s.mentions().size());
    for (Mention m : s.mentions()) {
      mentions.add(RowFactory.create(m.text(), m.span().start(), m.span().end(), lower(m.kind())));
    }
    return RowFactory.create(id, s.id(), s.name(), lower(s.kind()), strings(s.variants()),
        strings(s.roles()), strings(s.affiliations()), mentions.toArray(new Row[0]), gender(s));
  }

  /** A person's gender in lower case; null for other kinds. */
  static String gender(Speaker s) {
    return s.gender().map(ResultRows::lower).orElse(null);
  }

  /** Spark's row encoder takes arrays and Scala sequences, not Java lists. */
  private static String[] strings(List<String> values) {
    return values.toArray(new String[0]);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}

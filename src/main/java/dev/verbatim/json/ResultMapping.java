package dev.verbatim.json;

import com.google.common.collect.ImmutableList;
import dev.verbatim.Citation;
import dev.verbatim.Cue;
import dev.verbatim.DetectionRule;
import dev.verbatim.Diagnostic;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.MentionKind;
import dev.verbatim.QuoteType;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import dev.verbatim.json.ResultJson.CitationJson;
import dev.verbatim.json.ResultJson.CitationSpeakerJson;
import dev.verbatim.json.ResultJson.CueJson;
import dev.verbatim.json.ResultJson.DiagnosticJson;
import dev.verbatim.json.ResultJson.MentionJson;
import dev.verbatim.json.ResultJson.QuoteJson;
import dev.verbatim.json.ResultJson.SpeakerJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Converts between the public value types and their JSON shape. Reading checks every field and
 * throws {@link InvalidRecordException} naming the field ({@code citations[2].quote.start}).
 * Enum constants are written in lower case ({@code "direct"}, {@code "media_outlet"}; detection
 * rules by their id, {@code "that-clause"}) and read in
 * any case.
 */
final class ResultMapping {
  static final int SCHEMA_VERSION = 1;

  private ResultMapping() {}

  // ---- writing ----

  static ResultJson toJson(String id, ExtractionResult result) {
    return new ResultJson(id, SCHEMA_VERSION,
        result.citations().stream().map(ResultMapping::toJson).toList(),
        result.speakers().stream().map(ResultMapping::toJson).toList(),
        result.diagnostics().stream().map(ResultMapping::toJson).toList());
  }

  static CitationJson toJson(Citation c) {
    CitationSpeakerJson speaker = c.speaker()
        .map(s -> new CitationSpeakerJson(s.id(), s.name(), lower(s.kind()), gender(s),
            c.mention().map(ResultMapping::toJson).orElse(null)))
        .orElse(null);
    CueJson cue = c.cue()
        .map(q -> new CueJson(q.text(), q.lemma(), q.span().start(), q.span().end()))
        .orElse(null);
    return new CitationJson(lower(c.type()),
        new QuoteJson(c.text(), c.span().start(), c.span().end()), speaker, cue, c.confidence(),
        c.rule(), c.detection().map(DetectionRule::id).orElse(null), c.sourceNote().orElse(null));
  }

  private static SpeakerJson toJson(Speaker s) {
    return new SpeakerJson(s.id(), s.name(), lower(s.kind()), gender(s),
        s.mentions().stream().map(ResultMapping::toJson).toList(), s.variants(), s.roles(),
        s.affiliations());
  }

  /** A person's gender in lower case; null for other kinds. */
  private static String gender(Speaker s) {
    return s.gender().map(ResultMapping::lower).orElse(null);
  }

  private static MentionJson toJson(Mention m) {
    return new MentionJson(m.text(), m.span().start(), m.span().end(), lower(m.kind()));
  }

  private static DiagnosticJson toJson(Diagnostic d) {
    return new DiagnosticJson(lower(d.kind()), d.span().start(), d.span().end(), d.message());
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  // ---- reading ----

  static DocumentResult fromJson(ResultJson json) {
    String id = require(json.id(), "id");
    Integer version = json.schemaVersion();
    if (version != null && version != SCHEMA_VERSION) {
      throw new InvalidRecordException(
          "unsupported schemaVersion " + version + " (this reader knows " + SCHEMA_VERSION + ")");
    }
    List<Speaker> speakers = list(json.speakers(), "speakers", ResultMapping::speaker);
    Map<String, Speaker> byId = new HashMap<>();
    speakers.forEach(s -> byId.putIfAbsent(s.id(), s));
    List<Citation> citations =
        list(json.citations(), "citations", (c, path) -> citation(c, path, byId));
    List<Diagnostic> diagnostics =
        list(json.diagnostics(), "diagnostics", ResultMapping::diagnostic);
    return new DocumentResult(id, new ExtractionResult(citations, speakers, diagnostics));
  }

  private static Citation citation(CitationJson c, String path, Map<String, Speaker> speakers) {
    QuoteJson quote = require(c.quote(), path + ".quote");
    String text = require(quote.text(), path + ".quote.text");
    Span span = span(quote.start(), quote.end(), path + ".quote");
    if (text.length() != span.length()) {
      throw new InvalidRecordException(path + ".quote.text has length " + text.length()
          + " but its span " + span + " has length " + span.length());
    }
    Citation.Builder b = Citation.builder()
        .statement(text, span)
        .type(constant(QuoteType.class, c.type(), path + ".type"));
    if (c.speaker() != null) {
      b.speaker(speaker(c.speaker(), path + ".speaker", speakers),
          c.speaker().mention() == null ? null
              : mention(c.speaker().mention(), path + ".speaker.mention"));
    }
    if (c.cue() != null) {
      CueJson cue = c.cue();
      b.cue(new Cue(require(cue.text(), path + ".cue.text"),
          require(cue.lemma(), path + ".cue.lemma"), span(cue.start(), cue.end(), path + ".cue")));
    }
    if (c.confidence() != null) {
      double confidence = c.confidence();
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new InvalidRecordException(path + ".confidence must be in [0, 1] but was "
            + confidence);
      }
      b.confidence(confidence);
    }
    if (c.rule() != null) {
      b.rule(c.rule());
    }
    if (c.detection() != null) {
      try {
        b.detection(DetectionRule.fromId(c.detection()));
      } catch (IllegalArgumentException e) {
        throw new InvalidRecordException(path + ".detection has an unknown value \"" + c.detection() + "\"");
      }
    }
    return b.sourceNote(c.sourceNote()).build();
  }

  /** The speaker a citation refers to: the listed speaker with its id, else one built in place. */
  private static Speaker speaker(
      CitationSpeakerJson s, String path, Map<String, Speaker> speakers) {
    Speaker listed = s.id() == null ? null : speakers.get(s.id());
    if (listed != null) {
      return listed;
    }
    SpeakerKind kind = constant(SpeakerKind.class, s.kind(), path + ".kind");
    return new Speaker(s.id() == null ? "" : s.id(), name(s.name(), path + ".name"), kind,
        List.of(), List.of(), List.of(), List.of(), gender(s.gender(), kind, path + ".gender"));
  }

  private static Speaker speaker(SpeakerJson s, String path) {
    SpeakerKind kind = constant(SpeakerKind.class, s.kind(), path + ".kind");
    return new Speaker(require(s.id(), path + ".id"), name(s.name(), path + ".name"), kind,
        list(s.mentions(), path + ".mentions", ResultMapping::mention),
        strings(s.variants(), path + ".variants"), strings(s.roles(), path + ".roles"),
        strings(s.affiliations(), path + ".affiliations"), gender(s.gender(), kind, path + ".gender"));
  }

  /**
   * A speaker's gender: as written for a person (unknown when missing, as in output written before
   * speakers had one); for other kinds it must be missing or null.
   */
  private static Optional<Gender> gender(String value, SpeakerKind kind, String path) {
    if (kind != SpeakerKind.PERSON) {
      if (value != null) {
        throw new InvalidRecordException(path + " must be null for a speaker of kind "
            + lower(kind) + " but was \"" + value + "\"");
      }
      return Optional.empty();
    }
    return Optional.of(value == null ? Gender.UNKNOWN : constant(Gender.class, value, path));
  }

  private static Mention mention(MentionJson m, String path) {
    return new Mention(require(m.text(), path + ".text"), span(m.start(), m.end(), path),
        constant(MentionKind.class, m.kind(), path + ".kind"));
  }

  private static Diagnostic diagnostic(DiagnosticJson d, String path) {
    return new Diagnostic(constant(Diagnostic.Kind.class, d.kind(), path + ".kind"),
        span(d.start(), d.end(), path), require(d.message(), path + ".message"));
  }

  private static String name(String name, String path) {
    if (require(name, path).isBlank()) {
      throw new InvalidRecordException(path + " is blank");
    }
    return name;
  }

  private static Span span(Integer start, Integer end, String path) {
    int s = require(start, path + ".start");
    int e = require(end, path + ".end");
    if (s < 0 || e < s) {
      throw new InvalidRecordException(path + " has a bad span: start " + s + ", end " + e);
    }
    return Span.of(s, e);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String path) {
    require(value, path);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException(path + " has an unknown value \"" + value + "\"");
    }
  }

  private static List<String> strings(List<String> values, String path) {
    return list(values, path, (s, p) -> require(s, p));
  }

  /** Converts each element; a missing list is empty, a null element is an error. */
  private static <J, T> List<T> list(
      List<J> values, String path, BiFunction<J, String, T> convert) {
    if (values == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      String elementPath = path + "[" + i + "]";
      out.add(convert.apply(require(values.get(i), elementPath), elementPath));
    }
    return ImmutableList.copyOf(out);
  }

  private static <T> T require(T value, String path) {
    if (value == null) {
      throw new InvalidRecordException(path + " is missing");
    }
    return value;
  }
}

package dev.verbatim.pipeline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.verbatim.Citation;
import dev.verbatim.Cue;
import dev.verbatim.DetectionRule;
import dev.verbatim.Diagnostic;
import dev.verbatim.ExtractionResult;
import dev.verbatim.Mention;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.attribute.Attribution;
import dev.verbatim.attribute.AttributionContext;
import dev.verbatim.attribute.AttributionSieve;
import dev.verbatim.attribute.Attributions;
import dev.verbatim.attribute.ColonIntroSieve;
import dev.verbatim.attribute.NeighbourSieve;
import dev.verbatim.attribute.RemarkAgentSieve;
import dev.verbatim.detect.AttributionRule;
import dev.verbatim.detect.Detected;
import dev.verbatim.detect.Diagnostics;
import dev.verbatim.detect.CueLexicon;
import dev.verbatim.detect.DirectQuoteFinder;
import dev.verbatim.detect.DocumentQuotes;
import dev.verbatim.detect.InterviewFinder;
import dev.verbatim.detect.QuoteScanner;
import dev.verbatim.detect.ReportedSpeechFinder;
import dev.verbatim.detect.Statement;
import dev.verbatim.entity.Entity;
import dev.verbatim.entity.EntityResolver;
import dev.verbatim.entity.ExchangeTurns;
import dev.verbatim.entity.QuotationRanker;
import dev.verbatim.entity.RankedChoice;
import dev.verbatim.entity.SpeakerGenders;
import dev.verbatim.rank.DecisionKind;
import dev.verbatim.rank.RankingModel;
import dev.verbatim.mention.MentionBuilder;
import dev.verbatim.mention.NameGenders;
import dev.verbatim.mention.TagRepair;
import dev.verbatim.nlp.AnalyzedText;
import dev.verbatim.nlp.CoreNlpAnalyzer;
import dev.verbatim.nlp.Token;
import dev.verbatim.text.Paragraphs;
import dev.verbatim.text.TextCleaner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the stages in order: clean the text, analyse it with CoreNLP, find quotations, find reported
 * speech, decide which quotations are statements, attribute the rest with sieves, resolve speakers
 * to entities, attach source notes, and build the public records. Built once (models load here);
 * thread-safe afterwards: {@link #run} keeps all per-document state on its own stack.
 */
public final class Pipeline {
  /**
   * Settings fixed when the pipeline is built.
   *
   * @param maxQuoteLength longest quotation reported
   * @param dependencyParsing whether to run the dependency parser
   * @param disabledRules detection rules switched off
   * @param fastPaths whether the NLP stage may run its faster versions of CoreNLP's code (each
   *     still checked against the CoreNLP loaded); false runs CoreNLP's own code everywhere
   */
  public record Options(int maxQuoteLength, boolean dependencyParsing, Set<DetectionRule> disabledRules,
      boolean fastPaths) {
    /**
     * Copies the set of switched-off rules.
     *
     * @param maxQuoteLength longest quotation reported
     * @param dependencyParsing whether to run the dependency parser
     * @param disabledRules detection rules switched off
     * @param fastPaths whether the NLP stage may run its fast paths
     */
    public Options {
      disabledRules = Sets.immutableEnumSet(disabledRules);
    }

    /**
     * Settings with the fast paths allowed.
     *
     * @param maxQuoteLength longest quotation reported
     * @param dependencyParsing whether to run the dependency parser
     * @param disabledRules detection rules switched off
     */
    public Options(int maxQuoteLength, boolean dependencyParsing, Set<DetectionRule> disabledRules) {
      this(maxQuoteLength, dependencyParsing, disabledRules, true);
    }

    /**
     * Settings with every detection rule on and the fast paths allowed.
     *
     * @param maxQuoteLength longest quotation reported
     * @param dependencyParsing whether to run the dependency parser
     */
    public Options(int maxQuoteLength, boolean dependencyParsing) {
      this(maxQuoteLength, dependencyParsing, Set.of(), true);
    }
  }

  /**
   * A document's result with the speaker choices the resolver made among several candidates for
   * statements' speaker mentions, as the hand rules made them.
   *
   * @param result the extraction result (speakers chosen by the hand rules)
   * @param choices the choices, in the order made
   */
  public record Traced(ExtractionResult result, List<TracedChoice> choices) {}

  /**
   * One recorded speaker choice.
   *
   * @param site the token index of the pronoun or role
   * @param kind what was resolved
   * @param candidateNames each candidate's canonical name at the end of the document
   * @param features each candidate's features
   * @param ruleScores each candidate's score under the hand rule
   * @param statements the spans of the statements whose speaker mention is at the site
   */
  public record TracedChoice(int site, DecisionKind kind, List<String> candidateNames, List<double[]> features,
      List<Double> ruleScores, List<Span> statements) {}

  private static final ImmutableList<AttributionSieve> QUOTE_SIEVES =
      ImmutableList.of(new RemarkAgentSieve(), new ColonIntroSieve());
  private static final AttributionSieve NEIGHBOURS = new NeighbourSieve();

  /**
   * Platt scaling of the raw confidence, {@code 1 / (1 + exp(-(SLOPE * logit(raw) + INTERCEPT)))},
   * fitted by {@code src/test/resources/training/calibrate.py} on text the rules had not been tuned
   * on: the predictions earlier builds made for five sets of the tuning part when those sets were
   * new ({@code src/test/resources/training/first-seen}; docs/accuracy.md, "Calibration"). Fitted
   * on the tuning part as it is now, the confidence would promise the accuracy of text the rules
   * were written for.
   */
  private static final double CALIBRATION_SLOPE = 2.6438;
  private static final double CALIBRATION_INTERCEPT = -0.5117;

  /** Confidence kept when a pronoun or role had a rival antecedent almost as likely. */
  private static final double CLOSE_CALL_WEIGHT = 0.85;

  private final Options options;
  private final CoreNlpAnalyzer analyzer;
  private final NameGenders genders;
  private final SpeakerGenders speakerGenders;
  private final MentionBuilder mentions;
  private final ReportedSpeechFinder reportedSpeech;
  private final DirectQuoteFinder directQuotes;
  private final InterviewFinder interviews;
  private final RankingModel model;

  /**
   * Builds the pipeline and loads the models.
   *
   * @param options settings
   */
  public Pipeline(Options options) {
    this(options, RankingModel.shipped());
  }

  /**
   * Builds the pipeline with a speaker ranking model of the caller's (for cross-validation).
   *
   * @param options settings
   * @param model decides the speaker choices it has weights for; null for the hand rules alone
   */
  public Pipeline(Options options, RankingModel model) {
    this.options = options;
    this.model = model;
    this.analyzer = new CoreNlpAnalyzer(options.dependencyParsing(), CueLexicon::worthParsing,
        options.fastPaths());
    this.genders = NameGenders.load();
    this.speakerGenders = new SpeakerGenders(genders);
    this.mentions = new MentionBuilder(genders);
    this.interviews = new InterviewFinder(options.disabledRules());
    this.reportedSpeech = new ReportedSpeechFinder(mentions, options.disabledRules());
    this.directQuotes = new DirectQuoteFinder(mentions, options.disabledRules());
  }

  /**
   * Extracts the citations of one document.
   *
   * @param text the caller's text, not blank
   * @return the result
   */
  public ExtractionResult run(String text) {
    return run(text, model, false).result();
  }

  /**
   * Extracts the citations of one document with the hand rules alone, recording every speaker
   * choice among several candidates: the training data of the ranking model.
   *
   * @param text the caller's text, not blank
   * @return the result and the choices
   */
  public Traced trace(String text) {
    return run(text, null, true);
  }

  private Traced run(String text, RankingModel ranking, boolean record) {
    String cleaned = TextCleaner.clean(text);
    ImmutableList<Span> paragraphs = Paragraphs.split(cleaned);
    Diagnostics diagnostics = new Diagnostics(Diagnostics.DEFAULT_LIMIT);
    QuoteScanner.Result scanned = QuoteScanner.scan(cleaned, paragraphs, diagnostics);
    AnalyzedText doc = TagRepair.repair(analyzer.analyze(text, cleaned, paragraphs), genders);
    DocumentQuotes quotes = new DocumentQuotes(doc, scanned.quotes());
    int n = quotes.outer().size();
    // What reported speech leaves for the quotation finder: the quotations it gave a cue, and
    // those that became part of a mixed statement. The only state the finders share.
    Detected[] directCue = new Detected[n];
    boolean[] absorbed = new boolean[n];
    List<Detected> found = new ArrayList<>(interviews.find(doc));
    found.addAll(reportedSpeech.find(doc, quotes, directCue, absorbed));
    found.addAll(directQuotes.find(doc, quotes, directCue, absorbed, options.maxQuoteLength()));
    Attributions attributions = new Attributions(withoutOverlaps(found));
    for (int q = 0; q < n; q++) {
      if (quotes.outer().get(q).content().length() > options.maxQuoteLength()) {
        diagnostics.add(new Diagnostic(Diagnostic.Kind.QUOTE_TOO_LONG, quotes.outer().get(q).content(),
            "quotation of " + quotes.outer().get(q).content().length()
                + " characters is over the maximum quote length of " + options.maxQuoteLength()));
      }
    }
    AttributionContext context = new AttributionContext(doc, quotes, attributions, mentions);
    for (AttributionSieve sieve : QUOTE_SIEVES) {
      sieve.resolve(context);
    }
    NEIGHBOURS.resolve(context);
    List<Statement> statements = List.copyOf(attributions.statements());
    EntityResolver resolver = new EntityResolver(doc, quotes, mentions, ranking, record);
    resolver.resolve(attributions);
    List<RankedChoice> quotationChoices = record ? new ArrayList<>() : null;
    ExtractionResult result = assemble(doc, context, resolver, diagnostics.build(), ranking,
        quotationChoices, speakerGenders);
    List<TracedChoice> traced = new ArrayList<>();
    List<RankedChoice> all = new ArrayList<>(resolver.choices());
    if (quotationChoices != null) {
      all.addAll(quotationChoices);
    }
    for (RankedChoice c : all) {
      List<Span> spans = new ArrayList<>();
      for (int i = 0; i < statements.size(); i++) {
        Statement st = statements.get(i);
        if (c.kind() == DecisionKind.QUOTATION ? doc.tokenAtOrAfter(st.span().start()) == c.site()
            : attributions.get(i).speakerHead() == c.site()) {
          spans.add(st.span());
        }
      }
      if (!spans.isEmpty()) {
        traced.add(new TracedChoice(c.site(), c.kind(), c.candidates().stream().map(Entity::name).toList(),
            c.features(), c.ruleScores(), spans));
      }
    }
    return new Traced(result, traced);
  }

  /** Keeps, of statements whose spans overlap, the one found first (interviews, then reported speech). */
  private static List<Detected> withoutOverlaps(List<Detected> found) {
    java.util.TreeMap<Integer, Span> kept = new java.util.TreeMap<>();
    List<Detected> out = new ArrayList<>();
    for (Detected d : found) {
      Span s = d.statement().span();
      Map.Entry<Integer, Span> before = kept.floorEntry(s.start());
      Map.Entry<Integer, Span> after = kept.ceilingEntry(s.start());
      if ((before != null && before.getValue().overlaps(s)) || (after != null && after.getValue().overlaps(s))) {
        continue;
      }
      kept.put(s.start(), s);
      out.add(d);
    }
    out.sort(Comparator.comparing(d -> d.statement().span()));
    return out;
  }

  private static ExtractionResult assemble(AnalyzedText doc, AttributionContext context, EntityResolver resolver,
      List<Diagnostic> diagnostics, RankingModel ranking, List<RankedChoice> record, SpeakerGenders genders) {
    Attributions attributions = context.attributions();
    List<Statement> statements = context.statements();
    List<ExchangeTurns.Turn> turns = new ArrayList<>();
    int[] paragraphs = new int[statements.size()];
    boolean[] opens = new boolean[statements.size()];
    for (int i = 0; i < statements.size(); i++) {
      Statement st = statements.get(i);
      Attribution a = attributions.get(i);
      Statement source = statements.get(attributions.source(i));
      Mention m = resolver.mentionOf(source);
      turns.add(new ExchangeTurns.Turn(st, source, resolver.entityOf(source), a.rule(),
          ExchangeTurns.ownName(m == null ? null : m.kind(), a.rule())));
      paragraphs[i] = context.paragraphOf(st);
      opens[i] = context.opensParagraph(st);
    }
    ExchangeTurns.revise(doc, turns, paragraphs, opens, resolver);
    QuotationRanker.rank(doc, turns, paragraphs, resolver, ranking, record);
    Map<Entity, Speaker> speakers = new IdentityHashMap<>();
    List<Speaker> speakerList = new ArrayList<>();
    List<Entity> entities = new ArrayList<>(resolver.speakers());
    for (ExchangeTurns.Turn t : turns) {
      // An exchange's other party may speak only in turns the revision gave them.
      if (t.entity() != null && !entities.contains(t.entity())) {
        entities.add(t.entity());
      }
    }
    // "Detective admits bus footage was never checked": a headline's paraphrase, with no words of the
    // speaker's, restates what the article reports below; it helps find who is who, but is not
    // reported (in the tuning gold, none of 16 such headline statements is annotated; 4 are optional).
    boolean[] reported = new boolean[statements.size()];
    Set<Entity> speaking = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < statements.size(); i++) {
      reported[i] = !paraphraseInHeadline(doc, statements.get(i));
      if (reported[i] && turns.get(i).entity() != null) {
        speaking.add(turns.get(i).entity());
      }
    }
    entities.removeIf(e -> !speaking.contains(e));
    for (Entity e : entities) {
      Speaker s = new Speaker("s" + (speakerList.size() + 1), e.name(), e.kind(), e.mentions(),
          e.variants(), List.copyOf(e.roles()), List.copyOf(e.affiliations()), genders.genderOf(e));
      speakers.put(e, s);
      speakerList.add(s);
    }
    SourceNotes notes = new SourceNotes(doc);
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      if (!reported[i]) {
        continue;
      }
      Statement st = statements.get(i);
      Statement source = turns.get(i).source();
      Entity e = turns.get(i).entity();
      AttributionRule rule = turns.get(i).rule();
      Mention mention = e == null ? null
          : turns.get(i).hasRevisedMention() ? turns.get(i).revisedMention() : resolver.mentionOf(source);
      // The deciding rule's base confidence, weakened for the evidence; without a speaker, that of
      // an unattributed statement whatever the rule.
      double confidence = e == null ? AttributionRule.UNATTRIBUTED.baseConfidence()
          : rule.baseConfidence() * evidenceWeight(mention, e)
              * (resolver.closeCall(source) ? CLOSE_CALL_WEIGHT : 1.0);
      confidence = calibrated(confidence);
      citations.add(Citation.builder()
          .statement(st.span().in(doc.text()), st.span())
          .type(st.type())
          .speaker(e == null ? null : speakers.get(e), mention)
          .cue(cue(doc, st))
          .confidence(confidence)
          .rule(rule.id())
          .detection(st.detection())
          .sourceNote(notes.noteAfter(st.span()))
          .build());
    }
    return new ExtractionResult(citations, speakerList, diagnostics);
  }

  /** Maps a raw confidence through the Platt scaling fitted on the tuning part. */
  static double calibrated(double raw) {
    double p = Math.min(Math.max(raw, 1e-4), 1 - 1e-4);
    double z = CALIBRATION_SLOPE * Math.log(p / (1 - p)) + CALIBRATION_INTERCEPT;
    return Math.round(1e3 / (1 + Math.exp(-z))) / 1e3;
  }

  /**
   * How much the kind of mention weakens the rule's confidence: a name in the attribution is
   * direct evidence; a pronoun or role had to be resolved first, and an unnamed source is vaguer.
   */
  private static double evidenceWeight(Mention mention, Entity e) {
    if (mention == null) {
      return 0.9;
    }
    switch (mention.kind()) {
      case PRONOUN:
        return 0.92;
      case ROLE:
        return e.kind() == dev.verbatim.SpeakerKind.PERSON ? 0.85 : 0.8;
      case ORGANIZATION:
        return 0.88;
      default:
        return 1.0;
    }
  }

  private static Cue cue(AnalyzedText doc, Statement st) {
    if (st.cueToken() < 0) {
      return null;
    }
    Token t = doc.token(st.cueToken());
    Span span = st.cueSpan() != null ? st.cueSpan() : Span.of(t.begin(), t.end());
    return new Cue(span.in(doc.text()), st.cueLemma() == null ? t.lemma() : st.cueLemma(), span);
  }

  /** Whether a statement is an indirect one (no quoted words) before the lede: a headline's paraphrase. */
  private static boolean paraphraseInHeadline(AnalyzedText doc, Statement st) {
    if (st.type() != dev.verbatim.QuoteType.INDIRECT) {
      return false;
    }
    int first = doc.tokenAtOrAfter(st.span().start());
    int lede = doc.ledeParagraph();
    return first >= 0 && lede > 0 && doc.sentenceOf(doc.token(first)).paragraph() < lede;
  }
}

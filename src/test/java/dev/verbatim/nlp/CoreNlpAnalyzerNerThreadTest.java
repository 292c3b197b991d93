package dev.verbatim.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.verbatim.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

/**
 * The NER run beside the tagger, on a copy of the tokens, gives the same tokens, tags, lemmas and
 * entity labels as the NER run after it on the caller's thread.
 */
class CoreNlpAnalyzerNerThreadTest {
  private static final String TEXT = "\"We will not back down,\" Prime Minister Ana Kovač told "
      + "reporters in Brussels on Tuesday, adding that talks with the European Commission and "
      + "Siemens AG had been \"constructive\".\n\n"
      + "Critics in New York-based Human Rights Watch, however, said the plan was unworkable. "
      + "\"It isn't,\" said Mr. O'Neill.\n\n"
      + "Zorbulent quixotry flummoxed the snarfling archimandrites of Xylophagia in 1873.";

  private static ImmutableList<Span> paragraphs(String text) {
    ImmutableList.Builder<Span> out = ImmutableList.builder();
    int start = 0;
    for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", start)) {
      out.add(Span.of(start, i));
      start = i + 2;
    }
    out.add(Span.of(start, text.length()));
    return out.build();
  }

  @Test
  void nerBesideTheTaggerGivesTheSameTokens() throws Exception {
    CoreNlpAnalyzer inline = new CoreNlpAnalyzer(false, CoreNlpAnalyzer.ParseFilter.ALL, 0);
    CoreNlpAnalyzer beside = new CoreNlpAnalyzer(false, CoreNlpAnalyzer.ParseFilter.ALL, 1);
    ImmutableList<Span> paragraphs = paragraphs(TEXT);
    List<Token> expected = inline.analyze(TEXT, TEXT, paragraphs).tokens();
    assertTrue(expected.stream().anyMatch(t -> t.ner().equals("PERSON")));
    assertTrue(expected.stream().anyMatch(t -> t.ner().equals("ORGANIZATION")));
    assertTrue(expected.stream().anyMatch(t -> t.ner().equals("LOCATION")));
    assertEquals(expected, beside.analyze(TEXT, TEXT, paragraphs).tokens());
    // several callers at once: some hand the NER over, the others run it themselves
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<ImmutableList<Token>>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        results.add(pool.submit(() -> beside.analyze(TEXT, TEXT, paragraphs).tokens()));
      }
      for (Future<ImmutableList<Token>> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void copyTokensCopiesTokensAndSentencesNotValues() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    Annotation doc = new Annotation("One sentence here. And another one.");
    new StanfordCoreNLP(p).annotate(doc);
    Annotation copy = CoreNlpAnalyzer.copyTokens(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreLabel> copied = copy.get(CoreAnnotations.TokensAnnotation.class);
    assertEquals(tokens.size(), copied.size());
    for (int i = 0; i < tokens.size(); i++) {
      assertNotSame(tokens.get(i), copied.get(i));
      assertEquals(tokens.get(i).word(), copied.get(i).word());
      assertEquals(tokens.get(i).beginPosition(), copied.get(i).beginPosition());
    }
    List<CoreMap> sentences = copy.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(2, sentences.size());
    List<CoreLabel> second = sentences.get(1).get(CoreAnnotations.TokensAnnotation.class);
    assertEquals("And", second.get(0).word());
    assertTrue(second.get(0) == copied.get(4));
    copied.get(0).setNER("PERSON");
    assertNull(tokens.get(0).ner());
  }

  @Test
  void helpersOnlyWithAThreadToSpare() {
    assertNull(CoreNlpAnalyzer.helpers(0));
    ThreadPoolExecutor one = CoreNlpAnalyzer.helpers(1);
    assertEquals(1, one.getMaximumPoolSize());
    one.shutdown();
  }
}

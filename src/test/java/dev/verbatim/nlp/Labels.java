package dev.verbatim.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Helpers for the tests that run CoreNLP's models and Verbatim's versions side by side. */
final class Labels {
  private Labels() {}

  /** Fresh copies of {@code tokens} (the models write annotations on what they read). */
  static List<CoreLabel> copy(List<CoreLabel> tokens) {
    List<CoreLabel> out = new ArrayList<>();
    for (CoreLabel l : tokens) {
      out.add(new CoreLabel(l));
    }
    return out;
  }

  /** The NER answer of each token. */
  static List<String> answers(List<CoreLabel> labelled) {
    List<String> out = new ArrayList<>();
    for (CoreLabel l : labelled) {
      out.add(l.get(CoreAnnotations.AnswerAnnotation.class));
    }
    return out;
  }

  /** The first {@code n} fixture articles of the tuning corpus, in name order. */
  static List<Path> devArticles(int n) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/dev"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList();
    }
  }
}

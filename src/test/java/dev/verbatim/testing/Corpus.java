package dev.verbatim.testing;

import dev.verbatim.ExtractionResult;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.eval.Evaluation;
import dev.verbatim.eval.GoldDocument;
import dev.verbatim.eval.GoldReader;
import dev.verbatim.eval.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The annotated fixture corpus under src/test/resources/corpus, and the seed under ../shared. */
public final class Corpus {
  /** The tuning part. */
  public static final Path DEV = Path.of("src/test/resources/corpus/dev");
  /** The held-out part, never tuned on. */
  public static final Path HELDOUT = Path.of("src/test/resources/corpus/heldout");
  /** The seed article's gold, beside the checkout. */
  public static final Path SEED_GOLD = Path.of("../shared/corpus/seed/nato-founding-act.gold.jsonl");

  private Corpus() {}

  /**
   * @param folder a corpus folder
   * @return every gold document in its {@code *.gold.jsonl} files, by file name
   */
  public static List<GoldDocument> gold(Path folder) {
    List<GoldDocument> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".gold.jsonl")).sorted().toList()) {
        out.addAll(GoldReader.read(f, e -> {
          throw new IllegalStateException(e.toString());
        }));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * @param extractor the extractor
   * @param gold gold documents
   * @return the extractor's results by id
   */
  public static Map<String, ExtractionResult> extract(QuoteExtractor extractor, List<GoldDocument> gold) {
    Map<String, ExtractionResult> out = new LinkedHashMap<>();
    for (GoldDocument d : gold) {
      out.put(d.id(), extractor.extract(d.text()));
    }
    return out;
  }

  /**
   * @param gold gold documents
   * @return the shared extractor's scores on them
   */
  public static Evaluation score(List<GoldDocument> gold) {
    return Scorer.score(gold, extract(Extractors.shared(), gold), false);
  }
}

package dev.verbatim.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.json.JsonCodec;
import dev.verbatim.testing.Corpus;
import dev.verbatim.testing.Extractors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Verbatim's fast paths change nothing: {@code extract} output (JSON Lines, byte for byte) with
 * them and with CoreNLP's own code everywhere ({@code fastPaths(false)}) is the same on every
 * {@code .txt} of the fixture corpus, dev and heldout. About a minute and a half on two cores
 * (CoreNLP's own code is about three times slower); {@code -Dverbatim.fastpaths.corpus=subset}
 * runs every eighth article only.
 */
class FastPathsCorpusTest {
  @Test
  void extractOutputIsTheSameWithAndWithoutTheFastPathsOnTheWholeCorpus() throws IOException {
    List<Path> files = articles();
    JsonCodec json = new JsonCodec();
    QuoteExtractor fast = Extractors.shared();
    List<String> expected = new ArrayList<>();
    for (Path f : files) {
      expected.add(json.write(f.getFileName().toString(), fast.extract(read(f))));
    }
    List<String> got = new ArrayList<>();
    try (QuoteExtractor coreNlp = QuoteExtractor.builder().fastPaths(false).build()) {
      for (Path f : files) {
        got.add(json.write(f.getFileName().toString(), coreNlp.extract(read(f))));
      }
    }
    assertThat(files).hasSizeGreaterThan(
        "subset".equals(System.getProperty("verbatim.fastpaths.corpus")) ? 20 : 200);
    for (int i = 0; i < files.size(); i++) {
      assertThat(got.get(i)).as(files.get(i).toString()).isEqualTo(expected.get(i));
    }
  }

  private static List<Path> articles() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path folder : List.of(Corpus.DEV, Corpus.HELDOUT)) {
      try (Stream<Path> s = Files.list(folder)) {
        all.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted()
            .collect(Collectors.toList()));
      }
    }
    if (!"subset".equals(System.getProperty("verbatim.fastpaths.corpus"))) {
      return all;
    }
    List<Path> subset = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 8) {
      subset.add(all.get(i));
    }
    return subset;
  }

  private static String read(Path f) throws IOException {
    return Files.readString(f, StandardCharsets.UTF_8);
  }
}

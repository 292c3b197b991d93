package dev.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {
  @TempDir Path dir;

  @Test
  void loadsTxtFilesOfFoldersInPathOrderAndKeepsDuplicateTextsOnce() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "Bee.");
    Files.writeString(dir.resolve("a.txt"), "Ay.");
    Files.writeString(dir.resolve("c.jsonl"), "{}");
    Path copy = Files.writeString(dir.resolve("copy.txt"), "Ay.");
    BenchCorpus corpus = BenchCorpus.load(List.of(dir, copy));
    assertThat(corpus.ids()).containsExactly("a.txt", "b.txt");
    assertThat(corpus.chars()).isEqualTo(7);
  }

  @Test
  void refusesAnEmptyCorpus() {
    assertThatIllegalArgumentException().isThrownBy(() -> BenchCorpus.load(List.of(dir)))
        .withMessage("the benchmark corpus is empty");
  }

  @Test
  void piecesJoinConsecutiveArticlesUntilLongEnoughAndUseEachOnce() {
    BenchCorpus corpus = new BenchCorpus(com.google.common.collect.ImmutableList.of("1", "2", "3"),
        com.google.common.collect.ImmutableList.of("aaaa\n", "bb", "cccccc"));
    assertThat(corpus.pieces(5)).containsExactly("aaaa\n\nbb", "cccccc");
  }

  @Test
  void repeatCyclesThroughPiecesUntilLongEnough() {
    String doc = BenchCorpus.repeat(List.of("ab", "cd"), 9);
    assertThat(doc).isEqualTo("ab\n\ncd\n\nab");
  }
}

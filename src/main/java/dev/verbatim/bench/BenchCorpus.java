package dev.verbatim.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The benchmark's articles: {@code .txt} files named directly or found in folders (at any depth,
 * in path order), without duplicate texts, plus documents of a chosen size made by joining them.
 * Immutable.
 *
 * @param ids the file names, in order
 * @param texts the texts, in the same order
 */
public record BenchCorpus(ImmutableList<String> ids, ImmutableList<String> texts) {
  /** What joins articles into one document: a paragraph break. */
  static final String JOIN = "\n\n";

  /**
   * Checks that there is one id per text and at least one text.
   *
   * @param ids the file names, in order
   * @param texts the texts, in the same order
   */
  public BenchCorpus {
    checkArgument(ids.size() == texts.size(), "%s ids for %s texts", ids.size(), texts.size());
    checkArgument(!texts.isEmpty(), "the benchmark corpus is empty");
  }

  /**
   * Reads the {@code .txt} files among {@code inputs} (files or folders).
   *
   * @param inputs files and folders
   * @return the corpus, texts that occur twice kept once
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if no text is found
   */
  public static BenchCorpus load(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
      } else {
        files.add(input);
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      if (seen.add(text)) {
        ids.add(f.getFileName().toString());
        texts.add(text);
      }
    }
    return new BenchCorpus(ids.build(), texts.build());
  }

  /**
   * Returns the total length of the texts.
   *
   * @return the total length in UTF-16 units
   */
  public long chars() {
    return texts.stream().mapToLong(String::length).sum();
  }

  /**
   * Joins consecutive articles into documents of at least {@code minChars} each (the last may be
   * shorter), using every article once.
   *
   * @param minChars the least length of a document
   * @return the documents, in corpus order
   */
  public ImmutableList<String> pieces(int minChars) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    StringBuilder b = new StringBuilder();
    for (String t : texts) {
      if (b.length() > 0) {
        b.append(JOIN);
      }
      b.append(t.strip());
      if (b.length() >= minChars) {
        out.add(b.toString());
        b.setLength(0);
      }
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return out.build();
  }

  /**
   * Joins {@code pieces} over and over into one document of at least {@code minChars}.
   *
   * @param pieces documents to repeat, in order
   * @param minChars the least length
   * @return the document
   */
  public static String repeat(List<String> pieces, int minChars) {
    checkArgument(!pieces.isEmpty(), "no pieces to repeat");
    StringBuilder b = new StringBuilder(minChars + 20_000);
    for (int i = 0; b.length() < minChars; i++) {
      if (b.length() > 0) {
        b.append(JOIN);
      }
      b.append(pieces.get(i % pieces.size()));
    }
    return b.toString();
  }
}

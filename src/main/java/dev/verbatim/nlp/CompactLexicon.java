package dev.verbatim.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable map from words to a few hundred distinct values (CoreNLP's distributional
 * similarity clusters: about 530,000 words, 513 cluster names), held in a handful of large
 * arrays instead of a {@link HashMap} of half a million entries.
 *
 * <p>It exists for start-up time and memory. CoreNLP's tagger and NER models each carry this
 * lexicon as a serialized {@code HashMap}, and reading those two maps was a third of the time the
 * models took to load, plus young-generation collections that copied every entry (see {@link
 * PackedModels}). Read from its own format, it loads in a few tens of milliseconds, its arrays are
 * allocated straight into the old generation, and both models share one copy (about 20 MB instead
 * of 2 × 50 MB).
 *
 * <p>{@link #get} gives exactly what the {@code HashMap} gave, for every key, including the same
 * {@code String} instance for equal values. The map cannot be modified.
 */
final class CompactLexicon extends AbstractMap<String, String> {
  private static final int MAGIC = 0x56445331; // "VDS1"
  /** All words, one after another. */
  private final char[] chars;
  /** Word {@code i} is {@code chars[starts[i] .. starts[i + 1])}; words are sorted. */
  private final int[] starts;
  /** Index into {@link #values} of word {@code i}'s value. */
  private final short[] valueOf;
  /** The distinct values. */
  private final String[] values;
  /** {@link String#hashCode} of each word. */
  private final int[] hashes;
  /** Open-addressing table: word index + 1, or 0 for an empty slot. */
  private final int[] table;

  private CompactLexicon(char[] chars, int[] starts, short[] valueOf, String[] values) {
    this.chars = chars;
    this.starts = starts;
    this.valueOf = valueOf;
    this.values = values;
    int n = valueOf.length;
    this.hashes = new int[n];
    this.table = new int[Integer.highestOneBit(Math.max(2, n) * 2) * 2];
    int mask = table.length - 1;
    for (int i = 0; i < n; i++) {
      int h = 0;
      for (int c = starts[i]; c < starts[i + 1]; c++) {
        h = 31 * h + chars[c];
      }
      hashes[i] = h;
      int slot = spread(h) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
  }

  /**
   * A compact copy of {@code map}.
   *
   * @param map words to values; neither may be null
   * @return the copy
   * @throws IllegalArgumentException if the map has more than 65,535 distinct values
   */
  static CompactLexicon of(Map<String, String> map) {
    TreeMap<String, String> sorted = new TreeMap<>(map);
    Map<String, Integer> valueIds = new HashMap<>();
    List<String> values = new ArrayList<>();
    int length = 0;
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      length += e.getKey().length();
      if (!valueIds.containsKey(e.getValue())) {
        valueIds.put(e.getValue(), values.size());
        values.add(e.getValue());
      }
    }
    if (values.size() > 0xFFFF) {
      throw new IllegalArgumentException("Too many distinct values: " + values.size());
    }
    char[] chars = new char[length];
    int[] starts = new int[sorted.size() + 1];
    short[] valueOf = new short[sorted.size()];
    int i = 0;
    int at = 0;
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      String w = e.getKey();
      w.getChars(0, w.length(), chars, at);
      starts[i] = at;
      at += w.length();
      valueOf[i] = (short) (int) valueIds.get(e.getValue());
      i++;
    }
    starts[i] = at;
    return new CompactLexicon(chars, starts, valueOf, values.toArray(new String[0]));
  }

  /**
   * Writes the lexicon in the format {@link #read} reads.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(valueOf.length);
    out.writeInt(chars.length);
    out.writeInt(values.length);
    for (String v : values) {
      out.writeUTF(v);
    }
    ByteBuffer b = ByteBuffer.allocate(chars.length * 2 + starts.length * 4 + valueOf.length * 2);
    b.asCharBuffer().put(chars);
    b.position(chars.length * 2);
    b.asIntBuffer().put(starts);
    b.position(chars.length * 2 + starts.length * 4);
    b.asShortBuffer().put(valueOf);
    out.write(b.array());
  }

  /**
   * Reads a lexicon that {@link #writeTo} wrote.
   *
   * @param in the stream, read to the lexicon's end (not closed)
   * @return the lexicon
   * @throws IOException if reading fails or the stream does not hold a lexicon
   */
  static CompactLexicon read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != MAGIC) {
      throw new IOException("Not a Verbatim lexicon");
    }
    int n = data.readInt();
    int length = data.readInt();
    int valueCount = data.readInt();
    if (n < 0 || length < 0 || valueCount < 0 || valueCount > 0xFFFF) {
      throw new IOException("Corrupt lexicon header");
    }
    String[] values = new String[valueCount];
    for (int i = 0; i < valueCount; i++) {
      values[i] = data.readUTF();
    }
    byte[] bytes = new byte[length * 2 + (n + 1) * 4 + n * 2];
    data.readFully(bytes);
    ByteBuffer b = ByteBuffer.wrap(bytes);
    char[] chars = new char[length];
    b.asCharBuffer().get(chars);
    b.position(length * 2);
    int[] starts = new int[n + 1];
    b.asIntBuffer().get(starts);
    b.position(length * 2 + (n + 1) * 4);
    short[] valueOf = new short[n];
    b.asShortBuffer().get(valueOf);
    for (int i = 0; i < n; i++) {
      if (starts[i] > starts[i + 1] || (valueOf[i] & 0xFFFF) >= valueCount) {
        throw new IOException("Corrupt lexicon entry " + i);
      }
    }
    if (starts[0] != 0 || starts[n] != length) {
      throw new IOException("Corrupt lexicon: word offsets do not cover its text");
    }
    return new CompactLexicon(chars, starts, valueOf, values);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** Index of {@code word}, or -1. */
  private int indexOf(String word) {
    int h = word.hashCode();
    int mask = table.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int i = table[slot] - 1;
      if (i < 0) {
        return -1;
      }
      if (hashes[i] == h && matches(i, word)) {
        return i;
      }
    }
  }

  private boolean matches(int i, String word) {
    int start = starts[i];
    if (starts[i + 1] - start != word.length()) {
      return false;
    }
    for (int c = 0; c < word.length(); c++) {
      if (chars[start + c] != word.charAt(c)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String get(Object key) {
    if (!(key instanceof String)) {
      return null;
    }
    int i = indexOf((String) key);
    return i < 0 ? null : values[valueOf[i] & 0xFFFF];
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String && indexOf((String) key) >= 0;
  }

  @Override
  public int size() {
    return valueOf.length;
  }

  /** The entries, in the words' order; each key is a new string. */
  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < valueOf.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            String word = new String(chars, starts[i], starts[i + 1] - starts[i]);
            return new AbstractMap.SimpleImmutableEntry<>(word, values[valueOf[i] & 0xFFFF]);
          }
        };
      }

      @Override
      public int size() {
        return valueOf.length;
      }
    };
  }
}

package dev.verbatim.nlp;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * A CRF classifier's feature index and weights in a flat form: all feature names in one block
 * of characters, all weights in one block of floats. Reading it builds CoreNLP's own {@link
 * HashIndex} and {@code float[][]}, the same values, in a fraction of the time Java
 * serialization takes to read 143,000 strings and as many small arrays (see {@link
 * PackedModels}).
 *
 * @param index the feature index
 * @param weights the weights, by feature then label (clique assignment)
 */
record CrfWeights(Index<String> index, float[][] weights) {
  private static final int MAGIC = 0x56435731; // "VCW1"

  /**
   * Writes {@code index} and {@code weights} in the format {@link #read} reads.
   *
   * @param out where to write
   * @param index the feature index
   * @param weights the weights, one row per feature of the index
   * @throws IOException if writing fails
   */
  static void write(DataOutputStream out, Index<String> index, float[][] weights)
      throws IOException {
    if (index.size() != weights.length) {
      throw new IllegalArgumentException(
          index.size() + " features but " + weights.length + " rows of weights");
    }
    int n = index.size();
    int chars = 0;
    int floats = 0;
    for (int i = 0; i < n; i++) {
      chars += index.get(i).length();
      floats += weights[i].length;
    }
    out.writeInt(MAGIC);
    out.writeBoolean(index.isLocked());
    out.writeInt(n);
    out.writeInt(chars);
    out.writeInt(floats);
    ByteBuffer b = ByteBuffer.allocate(n * 4 + chars * 2 + n * 2 + floats * 4);
    for (int i = 0; i < n; i++) {
      b.putInt(index.get(i).length());
    }
    for (int i = 0; i < n; i++) {
      String f = index.get(i);
      for (int c = 0; c < f.length(); c++) {
        b.putChar(f.charAt(c));
      }
    }
    for (int i = 0; i < n; i++) {
      if (weights[i].length > Short.MAX_VALUE) {
        throw new IllegalArgumentException("a row of " + weights[i].length + " weights");
      }
      b.putShort((short) weights[i].length);
    }
    for (int i = 0; i < n; i++) {
      for (float w : weights[i]) {
        b.putFloat(w);
      }
    }
    out.write(b.array());
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @param in the stream (not closed)
   * @return the feature index (features numbered as written) and the weights
   * @throws IOException if reading fails or the stream does not hold CRF weights
   */
  static CrfWeights read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != MAGIC) {
      throw new IOException("Not Verbatim's CRF weights");
    }
    boolean locked = data.readBoolean();
    int n = data.readInt();
    int chars = data.readInt();
    int floats = data.readInt();
    if (n < 0 || chars < 0 || floats < 0) {
      throw new IOException("Corrupt CRF weights header");
    }
    byte[] bytes = new byte[n * 4 + chars * 2 + n * 2 + floats * 4];
    data.readFully(bytes);
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int[] lengths = new int[n];
    b.asIntBuffer().get(lengths);
    b.position(n * 4);
    char[] text = new char[chars];
    b.asCharBuffer().get(text);
    b.position(n * 4 + chars * 2);
    short[] rows = new short[n];
    b.asShortBuffer().get(rows);
    b.position(n * 4 + chars * 2 + n * 2);
    float[] all = new float[floats];
    b.asFloatBuffer().get(all);
    HashIndex<String> index = new HashIndex<>(n);
    float[][] weights = new float[n][];
    int at = 0;
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (lengths[i] < 0 || at + lengths[i] > chars || rows[i] < 0 || w + rows[i] > floats) {
        throw new IOException("Corrupt CRF weights at feature " + i);
      }
      if (index.addToIndex(new String(text, at, lengths[i])) != i) {
        throw new IOException("Repeated feature " + i + " in CRF weights");
      }
      at += lengths[i];
      weights[i] = new float[rows[i]];
      System.arraycopy(all, w, weights[i], 0, rows[i]);
      w += rows[i];
    }
    if (at != chars || w != floats) {
      throw new IOException("Corrupt CRF weights: blocks not fully used");
    }
    if (locked) {
      index.lock();
    }
    return new CrfWeights(index, weights);
  }
}
